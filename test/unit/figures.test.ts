import * as assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model';
import { extractFigures } from '../../src/core/extract/figures';
import { parsedArticle } from '../support/parsedArticle';

function figures(body: string, language = 'en'): Figure[] {
  return extractFigures(parsedArticle([{ kind: 'body', text: body }], { language }));
}

/** [text, value, unit, qualifier] of each figure. */
function read(body: string, language = 'en'): [string, number, string, string | undefined][] {
  return figures(body, language).map((f) => [f.text, f.value, f.unit, f.qualifier]);
}

describe('extractFigures', () => {
  it('reads counts with what they count', () => {
    assert.deepEqual(read('The sides exchanged 1,000 prisoners of war each.'), [['1,000 prisoners of war', 1000, 'prisoners of war', undefined]]);
    assert.deepEqual(read('Investigators found 6,000 bodies and 9 civilians were hurt.'), [['6,000 bodies', 6000, 'bodies', undefined], ['9 civilians', 9, 'civilians', undefined]]);
    assert.deepEqual(read('The strike killed at least 13 people.'), [['at least 13 people', 13, 'people', 'at least']]);
    assert.deepEqual(read('Some 1,000 Ukrainian prisoners were freed.'), [['Some 1,000 Ukrainian prisoners', 1000, 'Ukrainian prisoners', 'some']]);
  });

  it('reads qualifiers', () => {
    assert.deepEqual(read('More than 2,000 troops, about 150 tanks, up to 10 km and nearly 40 drones.'), [
      ['More than 2,000 troops', 2000, 'troops', 'more than'], ['about 150 tanks', 150, 'tanks', 'about'], ['up to 10 km', 10, 'km', 'up to'], ['nearly 40 drones', 40, 'drones', 'nearly'],
    ]);
  });

  it('reads money, scales and percentages', () => {
    assert.deepEqual(read('Berlin pledged €5bn, Kyiv needs US$30bn, Washington sent $3 billion and £2.5m more.'), [
      ['€5bn', 5e9, 'EUR', undefined], ['US$30bn', 30e9, 'USD', undefined], ['$3 billion', 3e9, 'USD', undefined], ['£2.5m', 2.5e6, 'GBP', undefined],
    ]);
    assert.deepEqual(read('It paid 500 dollars and 20 euros.'), [['500 dollars', 500, 'USD', undefined], ['20 euros', 20, 'EUR', undefined]]);
    assert.deepEqual(read('Some 1.2 million people fled.'), [['Some 1.2 million people', 1.2e6, 'people', 'some']]);
    assert.deepEqual(read('Prices rose 5% and wages 3.5 per cent.'), [['5%', 5, '%', undefined], ['3.5 per cent', 3.5, '%', undefined]]);
  });

  it('reads spelled-out numbers', () => {
    assert.deepEqual(read('Two dozen drones and thirteen missiles hit, and twenty-five homes burned.'), [
      ['Two dozen drones', 24, 'drones', undefined], ['thirteen missiles', 13, 'missiles', undefined], ['twenty-five homes', 25, 'homes', undefined],
    ]);
    assert.deepEqual(read('Dozens of people and tens of thousands of troops.'), [
      ['Dozens of people', 12, 'people', 'dozens of'], ['tens of thousands of troops', 1e4, 'troops', 'tens of thousands of'],
    ]);
    assert.deepEqual(read('Three million people voted.'), [['Three million people', 3e6, 'people', undefined]]);
  });

  it('reads European number formats', () => {
    assert.deepEqual(read('Mindestens 13 Menschen starben, 1.000 Gefangene und 1,5 Millionen Euro, 40 Prozent.', 'de'), [
      ['Mindestens 13 Menschen', 13, 'Menschen', 'mindestens'], ['1.000 Gefangene', 1000, 'Gefangene', undefined], ['1,5 Millionen Euro', 1.5e6, 'EUR', undefined], ['40 Prozent', 40, '%', undefined],
    ]);
    assert.deepEqual(read('Scambio di 1.000 prigionieri di guerra e 5 miliardi di euro.', 'it'), [
      ['1.000 prigionieri di guerra', 1000, 'prigionieri di guerra', undefined], ['5 miliardi di euro', 5e9, 'EUR', undefined],
    ]);
    assert.deepEqual(read('Щонайменше 13 людей загинули, 1 000 полонених, 5 млрд євро.', 'uk'), [
      ['Щонайменше 13 людей', 13, 'людей', 'щонайменше'], ['1 000 полонених', 1000, 'полонених', undefined], ['5 млрд євро', 5e9, 'EUR', undefined],
    ]);
    assert.deepEqual(read('Pelo menos 1.500 pessoas.', 'pt'), [['Pelo menos 1.500 pessoas', 1500, 'pessoas', 'pelo menos']]);
  });

  it('leaves out dates, times, years, ages, ordinals and identifiers', () => {
    for (const text of [
      'They met on May 16 and on 2 June 2025.', 'It began in 2022.', 'The call was at 19:20.', 'A 45-year-old man, aged 45, spoke.',
      'The second round, the 2nd round.', 'Su-34 and F-16 jets flew; the G7 met over COVID-19.', 'A Boeing 737 landed under Resolution 2231.',
      'It has 5G and 3D maps.', 'The score was 3-1.', 'Two days ago they met.', 'On the one hand, the two leaders agreed.',
    ]) assert.deepEqual(read(text), [], text);
  });

  it('takes only modifiers before the counted noun, and hyphenated compounds whole', () => {
    assert.deepEqual(read('The plant adds up to 1,150 full-time positions.'), [['up to 1,150 full-time positions', 1150, 'full-time positions', 'up to']]);
    assert.deepEqual(read('It has 3,500 fully certified controllers.'), [['3,500 fully certified controllers', 3500, 'fully certified controllers', undefined]]);
    assert.deepEqual(read('The 1,200 figure includes contractors.'), []);
    assert.deepEqual(read('A 20 gigawatt plant.'), [['20 gigawatt', 20, 'gigawatt', undefined]]);
  });

  it('keeps a year-like count of people', () => {
    assert.deepEqual(read('About 2000 troops arrived.'), [['About 2000 troops', 2000, 'troops', 'about']]);
  });

  it('reads hyphenated durations and counts of time', () => {
    assert.deepEqual(read('Kyiv wants a 30-day pause within 24 hours.'), [['30-day', 30, 'day', undefined], ['24 hours', 24, 'hours', undefined]]);
  });

  it('keeps each figure with its sentence, and reads body sentences only', () => {
    const article = parsedArticle([
      { kind: 'headline', text: '13 people killed' },
      { kind: 'body', text: 'Officials spoke. The attack killed 13 people.' },
      { kind: 'boilerplate', text: 'Read 5 more stories' },
    ]);
    const [figure, ...rest] = extractFigures(article);
    assert.equal(rest.length, 0);
    assert.equal(figure.text, '13 people');
    assert.equal(article.text.slice(figure.sentence.start, figure.sentence.end), 'The attack killed 13 people.');
    assert.equal(article.text.slice(figure.start, figure.end), '13 people');
  });

  it('keeps offsets right after emoji and in CRLF text', () => {
    const article = parsedArticle([{ kind: 'body', text: 'Intro line.' }, { kind: 'body', text: '🇺🇦 Drones hit 40 homes.' }], { newline: '\r\n' });
    const [figure] = extractFigures(article);
    assert.equal(article.text.slice(figure.start, figure.end), '40 homes');
  });

  it('stays linear on adversarial text', () => {
    for (const body of ['1'.repeat(20_000), '1,000 '.repeat(3_000), '1.'.repeat(10_000), 'at least 3 people and '.repeat(1_000), '€'.repeat(20_000)]) {
      const started = Date.now();
      figures(body);
      assert.ok(Date.now() - started < 1500, `${body.slice(0, 12)}… took ${Date.now() - started} ms`);
    }
  });

  it('returns nothing for an empty article', () => {
    assert.deepEqual(extractFigures(parsedArticle([])), []);
    assert.deepEqual(read(''), []);
  });
});
