import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  addDays, addMonths, daysBetween, daysInMonth, describeIso, formatIsoDay, fromDayNumber, isLeapYear, isValidDay, lookupMonth,
  lookupRelativeDay, lookupWeekday, monthNumber, normalizeWord, parseIsoDay, toDayNumber, weekdayNumber, weekdayOfIso,
} from '../../src/core/lexicon/calendar';

describe('calendar words', () => {
  it('folds case, diacritics, apostrophes, dotless ı and ł into one key', () => {
    assert.equal(normalizeWord('LUNEDÌ'), 'lunedi');
    assert.equal(normalizeWord('Mayıs'), 'mayis');
    assert.equal(normalizeWord('zeszły'), 'zeszly');
    assert.equal(normalizeWord('п’ятниця'), normalizeWord("п'ятниця"));
    assert.equal(normalizeWord('пʼятниця'), normalizeWord("п'ятниця"));
    assert.equal(normalizeWord('März'), 'marz');
  });

  const months: [word: string, month: number][] = [
    ['May', 5], ['MAY', 5], ['december', 12], ['Mai', 5], ['März', 3], ['Marz', 3], ['Jänner', 1], ['juin', 6], ['août', 8], ['aout', 8],
    ['maggio', 5], ['Dicembre', 12], ['mayo', 5], ['setiembre', 9], ['março', 3], ['marco', 3], ['mei', 5], ['maart', 3], ['Agustus', 8],
    ['Desember', 12], ['травень', 5], ['травня', 5], ['травні', 5], ['ЛИСТОПАДА', 11], ['мая', 5], ['мае', 5], ['декабря', 12],
    ['maja', 5], ['maju', 5], ['października', 10], ['pazdziernika', 10], ['Mayıs', 5], ['MAYIS', 5], ['Şubat', 2], ['aralık', 12],
  ];
  for (const [word, month] of months) {
    it(`reads month "${word}" as ${month}`, () => {
      assert.equal(lookupMonth(word)?.month, month);
      assert.equal(monthNumber(word), month);
    });
  }

  it('marks abbreviations, which monthNumber does not accept', () => {
    assert.deepEqual([lookupMonth('Sept')?.month, lookupMonth('Sept')?.abbreviation], [9, true]);
    assert.equal(lookupMonth('трав')?.month, 5);
    assert.equal(monthNumber('Sept'), undefined);
    assert.equal(monthNumber('ago'), undefined);
    assert.equal(lookupMonth('Monday'), undefined);
  });

  const weekdays: [word: string, weekday: number][] = [
    ['Wednesday', 3], ['SUNDAY', 0], ['Mittwoch', 3], ['mercredi', 3], ['mercoledì', 3], ['mercoledi', 3], ['miércoles', 3],
    ['quarta-feira', 3], ['woensdag', 3], ['Rabu', 3], ['середа', 3], ['середу', 3], ['п’ятницю', 5], ['пʼятниця', 5],
    ['среду', 3], ['пятницу', 5], ['środę', 3], ['sroda', 3], ['Çarşamba', 3], ['carsamba', 3], ['Pazartesi', 1],
  ];
  for (const [word, weekday] of weekdays) {
    it(`reads weekday "${word}" as ${weekday}`, () => {
      assert.equal(lookupWeekday(word)?.weekday, weekday);
      assert.equal(weekdayNumber(word), weekday);
    });
  }

  it('flags weekday words that are ordinary words too, and abbreviations', () => {
    assert.equal(lookupWeekday('minggu')?.ambiguous, true);
    assert.equal(lookupWeekday('среду')?.ambiguous, true);
    assert.equal(lookupWeekday('Monday')?.ambiguous, false);
    assert.equal(lookupWeekday('Wed')?.abbreviation, true);
    assert.equal(weekdayNumber('Wed'), undefined);
  });

  it('knows today, yesterday and tomorrow in each language', () => {
    const words: [string, number][] = [
      ['today', 0], ['yesterday', -1], ['tomorrow', 1], ['gestern', -1], ['aujourd’hui', 0], ['demain', 1], ['ieri', -1], ['hoy', 0],
      ['ontem', -1], ['amanhã', 1], ['vandaag', 0], ['kemarin', -1], ['besok', 1], ['сьогодні', 0], ['вчора', -1], ['вчера', -1],
      ['завтра', 1], ['wczoraj', -1], ['jutro', 1], ['dün', -1], ['yarın', 1], ['bugün', 0],
    ];
    for (const [word, days] of words) assert.equal(lookupRelativeDay(word)?.days, days, word);
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years and month lengths', () => {
    assert.deepEqual([isLeapYear(2024), isLeapYear(2025), isLeapYear(2000), isLeapYear(1900)], [true, false, true, false]);
    assert.deepEqual([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)], [29, 28, 30, 31]);
    assert.equal(isValidDay(2025, 2, 29), false);
    assert.equal(isValidDay(2024, 2, 29), true);
    assert.equal(isValidDay(2025, 4, 31), false);
    assert.equal(isValidDay(2025, 13, 1), false);
  });

  it('adds days across month ends, leap days and year boundaries', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-02-28', 1), '2025-03-01');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2025-05-28', 5), '2025-06-02');
    assert.equal(addDays('2025-03-01', -366), '2024-02-29');
    assert.equal(daysBetween('2025-05-28', '2025-06-02'), 5);
    assert.throws(() => addDays('28 May', 1), RangeError);
  });

  it('gives the weekday of an ISO date, Sunday = 0', () => {
    assert.equal(weekdayOfIso('2025-05-28'), 3);
    assert.equal(weekdayOfIso('1970-01-01'), 4);
    assert.equal(weekdayOfIso('2000-02-29'), 2);
    assert.equal(weekdayOfIso('1900-01-01'), 1);
    assert.equal(weekdayOfIso('2025-06-01T23:30:00-05:00'), 0);
  });

  it('moves months across year ends', () => {
    assert.deepEqual(addMonths(2025, 1, -1), [2024, 12]);
    assert.deepEqual(addMonths(2024, 12, 1), [2025, 1]);
    assert.deepEqual(addMonths(2025, 5, -17), [2023, 12]);
  });

  it('parses only real days and describes them for hovers', () => {
    assert.deepEqual(parseIsoDay('2025-05-28T19:20:00Z'), { year: 2025, month: 5, day: 28 });
    assert.equal(parseIsoDay('2025-02-29'), null);
    assert.equal(parseIsoDay('May 28'), null);
    assert.equal(describeIso('2025-06-02'), '2 June 2025');
    assert.equal(describeIso('2025-05'), 'May 2025');
    assert.equal(describeIso('2025'), '2025');
  });

  it('agrees with Date.UTC on every day from 1600 to 2400', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / 864e5, max: Date.UTC(2400, 11, 31) / 864e5 }), (dayNumber) => {
      const date = new Date(dayNumber * 864e5);
      const day = fromDayNumber(dayNumber);
      assert.deepEqual(day, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      assert.equal(toDayNumber(day), dayNumber);
      assert.equal(weekdayOfIso(formatIsoDay(day)), date.getUTCDay());
    }));
  });
});
