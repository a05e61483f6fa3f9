import * as assert from 'node:assert/strict';
import type { DateMention } from '../../src/core/model';
import { extractDates, scanDates } from '../../src/core/extract/dates';
import type { ScanDatesOptions } from '../../src/core/extract/dates';
import { parsedArticle } from '../support/parsedArticle';

/** A Wednesday. */
const WEDNESDAY = '2025-05-28';

function scan(text: string, options: Partial<ScanDatesOptions> = {}): DateMention[] {
  return scanDates(text, { reference: WEDNESDAY, language: 'en', ...options });
}

/** [text, value, grain] of each mention, for compact assertions. */
function read(text: string, options: Partial<ScanDatesOptions> = {}): [string, string | null, string][] {
  return scan(text, options).map((d) => [d.text, d.value, d.grain]);
}

describe('scanDates: publication dates in meta lines, with no reference', () => {
  const lines: [line: string, text: string, time?: string][] = [
    ['Published On 28 May 2025', '28 May 2025'],
    ['Wednesday, 28 May 2025, 19:20', 'Wednesday, 28 May 2025, 19:20', '19:20'],
    [' date 2025-05-28 All Sections', '2025-05-28'],
    ['Updated May 28, 2025', 'May 28, 2025'],
    ['28.05.2025', '28.05.2025'],
    ['2025-05-28T19:20:00Z', '2025-05-28T19:20:00Z', '19:20'],
    ['28 maggio 2025', '28 maggio 2025'],
    ['28. Mai 2025', '28. Mai 2025'],
    ['28 травня 2025', '28 травня 2025'],
    ['28 мая 2025 года', '28 мая 2025'],
    ['28 maja 2025', '28 maja 2025'],
    ['28 de mayo de 2025', '28 de mayo de 2025'],
    ['28 de maio de 2025', '28 de maio de 2025'],
    ['le 28 mai 2025', '28 mai 2025'],
    ['28 mei 2025', '28 mei 2025'],
    ['Rabu, 28 Mei 2025', 'Rabu, 28 Mei 2025'],
    ['28 Mayıs 2025 Çarşamba', '28 Mayıs 2025'],
    ['Wed, 28 May 2025 19:20:00 GMT', 'Wed, 28 May 2025 19:20:00 GMT', '19:20'],
    ['Updated 4:12 PM EDT, May 28, 2025', '4:12 PM EDT, May 28, 2025', '16:12'],
    ['Madrid - 28 may 2025 - 12:47 CEST', '28 may 2025 - 12:47 CEST', '12:47'],
    ['Rabu, 28 Mei 2025 | 13:45 WIB', 'Rabu, 28 Mei 2025 | 13:45 WIB', '13:45'],
    ['Rabu (28/5/2025)', 'Rabu (28/5/2025)'],
    ['Tetyana OliynykWednesday, 28 May 2025, 19:20', 'Wednesday, 28 May 2025, 19:20', '19:20'],
  ];
  for (const [line, text, time] of lines) {
    it(`reads "${line}"`, () => {
      const [date] = scanDates(line, { reference: null });
      assert.ok(date, 'no date found');
      assert.equal(date.text, text);
      assert.equal(line.slice(date.start, date.end), text);
      assert.equal(date.value, '2025-05-28');
      assert.equal(date.grain, 'day');
      assert.equal(date.relative, false);
      assert.equal(date.time, time);
    });
  }

  it('says when a relative date cannot be resolved without a reference', () => {
    const [monday] = scanDates('They meet on Monday.', { reference: null });
    assert.equal(monday.text, 'Monday');
    assert.equal(monday.value, null);
    assert.match(monday.explanation, /no publication date/);
    const [yearless] = scanDates('It happened on May 16.', { reference: null });
    assert.equal(yearless.value, null);
    assert.match(yearless.explanation, /without a year/);
  });

  it('reads US slashes in English and day-first elsewhere, and a number above 12 settles either', () => {
    assert.equal(scanDates('05/06/2025', { reference: null, language: 'en' })[0].value, '2025-05-06');
    assert.equal(scanDates('05/06/2025', { reference: null, language: 'de' })[0].value, '2025-06-05');
    assert.equal(scanDates('28/05/2025', { reference: null, language: 'en' })[0].value, '2025-05-28');
    assert.equal(scanDates('2025/05/28', { reference: null })[0].value, '2025-05-28');
  });

  it('says a date that does not exist is not a day of the calendar', () => {
    const [april] = scanDates('31 April 2025', { reference: null });
    assert.equal(april.value, null);
    assert.match(april.explanation, /not a day/);
    assert.equal(scanDates('29 February 2024', { reference: null })[0].value, '2024-02-29');
    assert.equal(scanDates('29 February 2025', { reference: null })[0].value, null);
  });
});

describe('scanDates: offsets', () => {
  it('adds the offset of a slice', () => {
    const [date] = scanDates('on 2 June', { reference: WEDNESDAY, offset: 100 });
    assert.deepEqual([date.start, date.end, date.text], [103, 109, '2 June']);
  });

  it('counts UTF-16 code units, so emoji before a date do not shift it', () => {
    const text = '🇺🇦👍 Talks on 2 June 🕊️ and on Monday.';
    for (const date of scan(text)) assert.equal(text.slice(date.start, date.end), date.text);
    assert.deepEqual(scan(text).map((d) => d.text), ['2 June', 'Monday']);
  });

  it('reads CRLF text and keeps offsets right', () => {
    const text = 'Published 28 May 2025\r\nTalks were held on Tuesday.\r\n';
    const dates = scan(text);
    assert.deepEqual(dates.map((d) => [text.slice(d.start, d.end), d.value]), [['28 May 2025', '2025-05-28'], ['Tuesday', '2025-05-27']]);
  });

  it('returns nothing for empty or dateless text', () => {
    assert.deepEqual(scan(''), []);
    assert.deepEqual(scan('   \n\t'), []);
    assert.deepEqual(scan('No dates here at all.'), []);
  });
});

describe('scanDates: relative dates against the publication date', () => {
  it('sends a bare weekday forward when the sentence speaks of the future, back otherwise', () => {
    assert.deepEqual(read('Russia has proposed new talks in Istanbul on Monday.'), [['Monday', '2025-06-02', 'day']]);
    assert.deepEqual(read('Talks will be held on Monday.'), [['Monday', '2025-06-02', 'day']]);
    assert.deepEqual(read('The envoy said the talks on Monday will focus on prisoners.'), [['Monday', '2025-06-02', 'day']]);
    assert.deepEqual(read('On Monday, the army launched an attack.'), [['Monday', '2025-05-26', 'day']]);
    assert.deepEqual(read('He warned on Tuesday that talks will fail.'), [['Tuesday', '2025-05-27', 'day']]);
    assert.deepEqual(read('The minister proposed on Monday a new plan.'), [['Monday', '2025-05-26', 'day']]);
    assert.deepEqual(read('Officials met on Friday.'), [['Friday', '2025-05-23', 'day']]);
  });

  it('lets the caller decide the tense', () => {
    assert.equal(scan('They meet on Friday.', { future: () => true })[0].value, '2025-05-30');
    assert.equal(scan('They meet on Friday.', { future: () => false })[0].value, '2025-05-23');
  });

  it('reads the weekday of publication as that day, and last/next as a week away', () => {
    assert.equal(scan('He spoke on Wednesday.')[0].value, WEDNESDAY);
    assert.equal(scan('They will meet on Wednesday.')[0].value, WEDNESDAY);
    assert.deepEqual(read('He left last Wednesday and returns next Wednesday.'), [['last Wednesday', '2025-05-21', 'day'], ['next Wednesday', '2025-06-04', 'day']]);
    assert.deepEqual(read('Shelling began early Monday.'), [['early Monday', '2025-05-26', 'day']]);
    assert.deepEqual(read('It happened on Sunday morning.'), [['Sunday morning', '2025-05-25', 'day']]);
  });

  it('explains the resolution for hovers', () => {
    assert.equal(scan('Talks will be held on Monday.')[0].explanation, 'Monday after publication 28 May 2025 → 2 June 2025');
  });

  it('reads today, yesterday, tomorrow, tonight, last night', () => {
    assert.deepEqual(read('Yesterday he flew, today he speaks, tomorrow he leaves, tonight he rests; last night was calm.'), [
      ['Yesterday', '2025-05-27', 'day'], ['today', WEDNESDAY, 'day'], ['tomorrow', '2025-05-29', 'day'], ['tonight', WEDNESDAY, 'day'], ['last night', '2025-05-27', 'day'],
    ]);
  });

  it('counts back for "ago" in many languages', () => {
    assert.deepEqual(read('2 days ago'), [['2 days ago', '2025-05-26', 'day']]);
    assert.deepEqual(read('Al Jazeera2 days ago'), [['2 days ago', '2025-05-26', 'day']]);
    assert.deepEqual(read('two weeks ago, a month ago, three years ago'), [['two weeks ago', '2025-05-14', 'day'], ['a month ago', '2025-04', 'month'], ['three years ago', '2022', 'year']]);
    assert.equal(scan('vor 2 Tagen', { language: 'de' })[0].value, '2025-05-26');
    assert.equal(scan('il y a 2 jours', { language: 'fr' })[0].value, '2025-05-26');
    assert.equal(scan('2 giorni fa', { language: 'it' })[0].value, '2025-05-26');
    assert.equal(scan('hace 2 días', { language: 'es' })[0].value, '2025-05-26');
    assert.equal(scan('há 2 dias', { language: 'pt' })[0].value, '2025-05-26');
    assert.equal(scan('2 dagen geleden', { language: 'nl' })[0].value, '2025-05-26');
    assert.equal(scan('2 hari yang lalu', { language: 'id' })[0].value, '2025-05-26');
    assert.equal(scan('2 дні тому', { language: 'uk' })[0].value, '2025-05-26');
    assert.equal(scan('2 дня назад', { language: 'ru' })[0].value, '2025-05-26');
    assert.equal(scan('2 dni temu', { language: 'pl' })[0].value, '2025-05-26');
    assert.equal(scan('2 gün önce', { language: 'tr' })[0].value, '2025-05-26');
  });

  it('counts "two days earlier" from the day date mentioned before, else from publication', () => {
    assert.deepEqual(read('The deal was signed on 20 May. Two days earlier, talks had stalled.').map((d) => d[1]), ['2025-05-20', '2025-05-18']);
    assert.equal(scan('Two days earlier, talks had stalled.', { anchor: '2025-05-10' })[0].value, '2025-05-08');
    assert.equal(scan('A week later he resigned.')[0].value, '2025-06-04');
    assert.deepEqual(read('The vote was on 3 March. The next day, he resigned.').map((d) => d[1]), ['2025-03-03', '2025-03-04']);
    assert.deepEqual(read('The day before, she resigned.').map((d) => d[1]), ['2025-05-27']);
  });

  it('says that a count from a named event is not a date', () => {
    const [date] = scan('The deal came two days after the vote.');
    assert.equal(date.text, 'two days after');
    assert.equal(date.value, null);
  });

  it('reads periods: the past week, last week, this month, next year, the weekend', () => {
    assert.deepEqual(read('in the past week'), [['the past week', '2025-05-21/2025-05-28', 'range']]);
    assert.deepEqual(read('over the past three days'), [['the past three days', '2025-05-25/2025-05-28', 'range']]);
    assert.deepEqual(read('last week'), [['last week', '2025-05-19/2025-05-25', 'range']]);
    assert.deepEqual(read('last week', { reference: '2025-06-02' }), [['last week', '2025-05-26/2025-06-01', 'range']]);
    assert.deepEqual(read('this week'), [['this week', '2025-05-26/2025-06-01', 'range']]);
    assert.deepEqual(read('last month, this month, next month'), [['last month', '2025-04', 'month'], ['this month', '2025-05', 'month'], ['next month', '2025-06', 'month']]);
    assert.deepEqual(read('earlier this year, last year, next year'), [['earlier this year', '2025', 'year'], ['last year', '2024', 'year'], ['next year', '2026', 'year']]);
    assert.deepEqual(read('this weekend'), [['this weekend', '2025-05-31/2025-06-01', 'range']]);
    assert.deepEqual(read('over the weekend'), [['the weekend', '2025-05-24/2025-05-25', 'range']]);
  });

  it('crosses month and year ends', () => {
    assert.deepEqual(read('last week', { reference: '2025-01-01' }), [['last week', '2024-12-23/2024-12-29', 'range']]);
    assert.deepEqual(read('next month', { reference: '2025-12-15' }), [['next month', '2026-01', 'month']]);
    assert.deepEqual(read('last month', { reference: '2025-01-15' }), [['last month', '2024-12', 'month']]);
    assert.deepEqual(read('yesterday', { reference: '2025-01-01' }), [['yesterday', '2024-12-31', 'day']]);
    assert.deepEqual(read('the past month', { reference: '2025-03-31' }), [['the past month', '2025-02-28/2025-03-31', 'range']]);
    assert.deepEqual(read('the past month', { reference: '2024-03-31' }), [['the past month', '2024-02-29/2024-03-31', 'range']]);
    assert.deepEqual(read('tomorrow', { reference: '2024-02-28' }), [['tomorrow', '2024-02-29', 'day']]);
    assert.deepEqual(read('on Monday', { reference: '2024-12-31', future: () => true }), [['Monday', '2025-01-06', 'day']]);
  });
});

describe('scanDates: absolute dates in running text', () => {
  it('gives a year-less date the nearest sensible year', () => {
    assert.deepEqual(read('on May 16 and on 2 June'), [['May 16', '2025-05-16', 'day'], ['2 June', '2025-06-02', 'day']]);
    assert.equal(scan('on December 20', { reference: '2025-01-15' })[0].value, '2024-12-20');
    assert.equal(scan('on January 5', { reference: '2025-12-20' })[0].value, '2026-01-05');
    assert.equal(scan('on 29 February', { reference: '2025-03-10' })[0].value, '2024-02-29');
    assert.equal(scan('on 29 February', { reference: '2024-03-10' })[0].value, '2024-02-29');
  });

  it('reads ordinals, abbreviations and "of"', () => {
    assert.deepEqual(read('on 1st June, June 3rd, the 4th of July 2024, Sept. 11, 2001 and Jan 5').map((d) => [d[0], d[1]]), [
      ['1st June', '2025-06-01'], ['June 3rd', '2025-06-03'], ['4th of July 2024', '2024-07-04'], ['Sept. 11, 2001', '2001-09-11'], ['Jan 5', '2025-01-05'],
    ]);
  });

  it('reads bare years, decades, year ranges and early/mid/late', () => {
    assert.deepEqual(read('invaded in 2022, in the 1990s, the 2022-23 season, early 2024, mid-2022 and late 2023'), [
      ['2022', '2022', 'year'], ['the 1990s', '1990/1999', 'range'], ['2022-23', '2022/2023', 'range'],
      ['early 2024', '2024', 'year'], ['mid-2022', '2022', 'year'], ['late 2023', '2023', 'year'],
    ]);
  });

  it('reads months with and without years', () => {
    assert.deepEqual(read('in May 2024, in mid-May, back in May, in January, since March, in March of last year'), [
      ['May 2024', '2024-05', 'month'], ['mid-May', '2025-05', 'month'], ['May', '2025-05', 'month'], ['January', '2025-01', 'month'],
      ['March', '2025-03', 'month'], ['March of last year', '2024-03', 'month'],
    ]);
    assert.equal(scan('in November', { reference: '2025-01-10' })[0].value, '2024-11');
  });

  it('reads day ranges', () => {
    assert.deepEqual(read('June 20 to 30, 20-22 May, from 3 to 5 July 2025, 20 May to 2 June 2025, between 20 May and 2 June'), [
      ['June 20 to 30', '2025-06-20/2025-06-30', 'range'], ['20-22 May', '2025-05-20/2025-05-22', 'range'],
      ['3 to 5 July 2025', '2025-07-03/2025-07-05', 'range'], ['20 May to 2 June 2025', '2025-05-20/2025-06-02', 'range'],
      ['20 May and 2 June', '2025-05-20/2025-06-02', 'range'],
    ]);
    assert.deepEqual(read('from 20 December to 5 January 2026').map((d) => d[1]), ['2025-12-20/2026-01-05']);
  });

  it('reads seasons as northern meteorological ranges', () => {
    assert.deepEqual(read('since the spring of 2022'), [['the spring of 2022', '2022-03-01/2022-05-31', 'range']]);
    assert.deepEqual(read('an offensive during summer'), [['summer', '2025-06-01/2025-08-31', 'range']]);
    assert.deepEqual(read('this winter', { reference: '2024-01-10' }), [['this winter', '2023-12-01/2024-02-29', 'range']]);
    assert.deepEqual(read('in fall 2024'), [['fall 2024', '2024-09-01/2024-11-30', 'range']]);
  });

  it('attaches clock times to a day and reads lone times', () => {
    assert.deepEqual(scan('on Friday at 7pm').map((d) => [d.text, d.value, d.time]), [['Friday at 7pm', '2025-05-23', '19:00']]);
    assert.deepEqual(scan('on 3 June at 14:00').map((d) => [d.text, d.value, d.time]), [['3 June at 14:00', '2025-06-03', '14:00']]);
    assert.deepEqual(read('at 10:30 local time (07:30 GMT)'), [['10:30', '10:30', 'time'], ['07:30 GMT', '07:30', 'time']]);
    assert.deepEqual(scan('at 7 p.m. on Friday').map((d) => [d.text, d.value, d.time]), [['7 p.m. on Friday', '2025-05-23', '19:00']]);
    assert.deepEqual(read('at 7 p.m.'), [['7 p.m.', '19:00', 'time']]);
  });

  it('leaves alone what only looks like a date', () => {
    for (const text of [
      'About 2000 troops arrived.', 'It cost $2025.', 'You may 2 be right.', 'May I ask?', 'The fall of Kabul.', 'The Arab Spring ended.',
      'The Su-34 and F-16 jets.', 'The score was 3-1.', 'COVID-19 and the G7.', 'Eight out of ten.', 'Ring 911.',
      'a rare rebuke', 'He will march on.', 'The spring water.', 'under the Good Friday Agreement', 'FY2025 results', 'It took ten days.',
    ]) assert.deepEqual(read(text), [], text);
  });
});

describe('scanDates: other languages', () => {
  const cases: [language: string, text: string, expected: [string, string][]][] = [
    ['de', 'Am Montag kam er, gestern ging er; morgen wird verhandelt. Am 3. Juni 2024, im Mai, letzte Woche, nächsten Freitag.', [
      ['Montag', '2025-05-26'], ['gestern', '2025-05-27'], ['morgen', '2025-05-29'], ['3. Juni 2024', '2024-06-03'], ['Mai', '2025-05'],
      ['letzte Woche', '2025-05-19/2025-05-25'], ['nächsten Freitag', '2025-05-30'],
    ]],
    ['fr', "Hier, aujourd'hui et demain ; le 1er juin 2025 ; lundi prochain ; la semaine dernière.", [
      ['Hier', '2025-05-27'], ["aujourd'hui", WEDNESDAY], ['demain', '2025-05-29'], ['1er juin 2025', '2025-06-01'], ['lundi prochain', '2025-06-02'],
      ['la semaine dernière', '2025-05-19/2025-05-25'],
    ]],
    ['it', 'Lunedì scorso, ieri e oggi; il 28 maggio 2025; mercoledì prossimo; a giugno.', [
      ['Lunedì scorso', '2025-05-26'], ['ieri', '2025-05-27'], ['oggi', WEDNESDAY], ['28 maggio 2025', WEDNESDAY], ['mercoledì prossimo', '2025-06-04'], ['giugno', '2025-06'],
    ]],
    ['es', 'Ayer y hoy; por la mañana; el lunes pasado; el 28 de mayo; la semana pasada.', [
      ['Ayer', '2025-05-27'], ['hoy', WEDNESDAY], ['lunes pasado', '2025-05-26'], ['28 de mayo', WEDNESDAY], ['la semana pasada', '2025-05-19/2025-05-25'],
    ]],
    ['pt', 'Ontem, hoje e amanhã; na segunda-feira; 28 de maio de 2025.', [
      ['Ontem', '2025-05-27'], ['hoje', WEDNESDAY], ['amanhã', '2025-05-29'], ['segunda-feira', '2025-05-26'], ['28 de maio de 2025', WEDNESDAY],
    ]],
    ['nl', 'Gisteren, vandaag en morgen; op maandag; 28 mei 2025; vorige week.', [
      ['Gisteren', '2025-05-27'], ['vandaag', WEDNESDAY], ['morgen', '2025-05-29'], ['maandag', '2025-05-26'], ['28 mei 2025', WEDNESDAY], ['vorige week', '2025-05-19/2025-05-25'],
    ]],
    ['id', 'Kemarin, hari ini dan besok; pada hari Senin; 28 Mei 2025; minggu lalu; pada Minggu.', [
      ['Kemarin', '2025-05-27'], ['hari ini', WEDNESDAY], ['besok', '2025-05-29'], ['Senin', '2025-05-26'], ['28 Mei 2025', WEDNESDAY],
      ['minggu lalu', '2025-05-19/2025-05-25'], ['Minggu', '2025-05-25'],
    ]],
    ['uk', 'Вчора, сьогодні і завтра; у середу; 28 травня 2025 року; у травні; минулого тижня; у п’ятницю.', [
      ['Вчора', '2025-05-27'], ['сьогодні', WEDNESDAY], ['завтра', '2025-05-29'], ['середу', WEDNESDAY], ['28 травня 2025', WEDNESDAY], ['травні', '2025-05'],
      ['минулого тижня', '2025-05-19/2025-05-25'], ['п’ятницю', '2025-05-23'],
    ]],
    ['ru', 'Вчера и сегодня; в среду; 28 мая 2025 года; в мае; в следующий понедельник; окружающую среду.', [
      ['Вчера', '2025-05-27'], ['сегодня', WEDNESDAY], ['среду', WEDNESDAY], ['28 мая 2025', WEDNESDAY], ['мае', '2025-05'], ['следующий понедельник', '2025-06-02'],
    ]],
    ['pl', 'Wczoraj, dziś i jutro; w środę; 28 maja 2025; w maju; w zeszły poniedziałek.', [
      ['Wczoraj', '2025-05-27'], ['dziś', WEDNESDAY], ['jutro', '2025-05-29'], ['środę', WEDNESDAY], ['28 maja 2025', WEDNESDAY], ['maju', '2025-05'],
      ['zeszły poniedziałek', '2025-05-26'],
    ]],
    ['tr', 'Dün, bugün ve yarın; Çarşamba günü; 28 Mayıs 2025; geçen hafta.', [
      ['Dün', '2025-05-27'], ['bugün', WEDNESDAY], ['yarın', '2025-05-29'], ['Çarşamba', WEDNESDAY], ['28 Mayıs 2025', WEDNESDAY], ['geçen hafta', '2025-05-19/2025-05-25'],
    ]],
  ];
  for (const [language, text, expected] of cases) {
    it(`reads ${language}`, () => {
      assert.deepEqual(scan(text, { language }).map((d) => [d.text, d.value]), expected);
    });
  }

  it('does not read words of one language as dates in another', () => {
    assert.deepEqual(read('Ich bin hier.', { language: 'de' }), []);
    assert.deepEqual(read('Guten Morgen.', { language: 'de' }), []);
    assert.deepEqual(read('The estate was sold.'), []);
  });
});

describe('scanDates: cost', () => {
  // 20 KB each: linear work takes milliseconds even on a loaded machine, quadratic work seconds.
  it('stays linear on adversarial text (long digit runs, repeated month names, separators)', () => {
    for (const text of [
      '1'.repeat(20_000), '1-'.repeat(10_000), '12.'.repeat(7_000), 'May '.repeat(5_000), `${' '.repeat(20_000)}2025`,
      'on Monday '.repeat(2_000), '2 days ago '.repeat(2_000), '28 May 2025, '.repeat(1_500), 'the '.repeat(5_000),
    ]) {
      const started = Date.now();
      scan(text);
      assert.ok(Date.now() - started < 1500, `${text.slice(0, 12)}… took ${Date.now() - started} ms`);
    }
  });
});

describe('extractDates', () => {
  it('reads headline, meta and body, never boilerplate, against the publication date', () => {
    const article = parsedArticle([
      { kind: 'boilerplate', text: 'Related: talks on Friday, 30 May 2025' },
      { kind: 'headline', text: 'Talks set for 2 June' },
      { kind: 'meta', text: 'Published On 28 May 2025' },
      { kind: 'body', text: 'The talks will be held on Monday. Officials met on Tuesday. Two days earlier, a drone struck.' },
      { kind: 'boilerplate', text: 'Most read this week: 13 May 2025' },
    ], { publicationDate: WEDNESDAY });
    assert.deepEqual(extractDates(article).map((d) => [d.text, d.value]), [
      ['2 June', '2025-06-02'], ['28 May 2025', WEDNESDAY], ['Monday', '2025-06-02'], ['Tuesday', '2025-05-27'], ['Two days earlier', '2025-05-25'],
    ]);
  });

  it('takes the tense of each sentence for its own weekday', () => {
    const article = parsedArticle([
      { kind: 'body', text: 'Russia proposed a new round of talks in Istanbul on Monday. On Monday, drones struck the capital.' },
    ], { publicationDate: WEDNESDAY });
    assert.deepEqual(extractDates(article).map((d) => d.value), ['2025-06-02', '2025-05-26']);
  });

  it('reads a relative timestamp in a meta line as the publication date', () => {
    const article = parsedArticle([
      { kind: 'headline', text: 'Talks resume' },
      { kind: 'meta', text: 'Newswire2 days ago' },
      { kind: 'body', text: 'Officials met on Tuesday.' },
    ], { publicationDate: WEDNESDAY });
    const [stamp, tuesday] = extractDates(article);
    assert.deepEqual([stamp.text, stamp.value], ['2 days ago', WEDNESDAY]);
    assert.match(stamp.explanation, /publication date/);
    assert.equal(tuesday.value, '2025-05-27');
  });

  it('leaves relative dates unresolved when the article has no publication date', () => {
    const article = parsedArticle([{ kind: 'body', text: 'They met on Monday in 2024.' }]);
    assert.deepEqual(extractDates(article).map((d) => [d.text, d.value]), [['Monday', null], ['2024', '2024']]);
  });

  it('keeps offsets right in CRLF text and after emoji', () => {
    const article = parsedArticle([
      { kind: 'headline', text: '🇺🇦 Talks on 2 June' },
      { kind: 'body', text: '🕊️ The talks were announced on Wednesday.' },
    ], { publicationDate: WEDNESDAY, newline: '\r\n' });
    const dates = extractDates(article);
    for (const date of dates) assert.equal(article.text.slice(date.start, date.end), date.text);
    assert.deepEqual(dates.map((d) => d.value), ['2025-06-02', WEDNESDAY]);
  });

  it('returns nothing for an empty article', () => {
    assert.deepEqual(extractDates(parsedArticle([])), []);
  });
});
