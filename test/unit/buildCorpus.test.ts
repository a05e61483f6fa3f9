import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldFile } from '../eval/gold';
import { buildCorpus, calendarDisagreements, convertMarkup, corpusDirectory } from '../eval/buildCorpus';

const header = '---\nsource: Example Wire\npublicationDate: 2025-03-05\nlanguage: en\nstyle: unit test\n---\n';
const source =
  header +
  '<<boilerplate>>Menu | Sign in<</boilerplate>>\n' +
  '<<headline>>[[Scholz|person|Olaf Scholz]] visits [[Kyiv|place]]<</headline>>\n' +
  '<<body>>[[BERLIN|place|Berlin]], {{March 5|2025-03-05|day}} - The [[German|other]] chancellor said on {{Monday|2025-03-03|day}} that ' +
  '"<<q speaker="Olaf Scholz">>talks are possible,<</q>>" and called it a „<<q kind="scare">>test<</q>>“.\n\n' +
  '“<<q speaker="Olaf Scholz" kind="direct">>One.\n\n“Two.<</q>>” It took {{two days|-|duration}}.<</body>>\n' +
  '<<boilerplate>>Most read<</boilerplate>>';

describe('buildCorpus', () => {
  it('strips the marks and computes every offset from the text', () => {
    const { text, gold } = convertMarkup(source, 'a.txt');
    assert.ok(!/\[\[|\{\{|<</.test(text));
    assert.ok(text.startsWith('Menu | Sign in\nScholz visits Kyiv\nBERLIN, March 5 - The German chancellor said on Monday that "talks'));
    for (const item of [...gold.entities, ...gold.dates, ...gold.quotes]) assert.equal(text.slice(item.start, item.end), item.text);
    assert.deepEqual(gold.entities.map((e) => [e.text, e.type, e.canonical]), [
      ['Scholz', 'PERSON', 'Olaf Scholz'], ['Kyiv', 'PLACE', 'Kyiv'], ['BERLIN', 'PLACE', 'Berlin'], ['German', 'OTHER', 'German'],
    ]);
    assert.deepEqual(gold.dates.map((d) => [d.text, d.resolved, d.grain, d.optional]), [
      ['March 5', '2025-03-05', 'day', false], ['Monday', '2025-03-03', 'day', false], ['two days', null, 'duration', true],
    ]);
    assert.deepEqual(gold.quotes.map((q) => [q.text, q.speaker, q.kind, q.optional]), [
      ['talks are possible,', 'Olaf Scholz', 'direct', false], ['test', null, 'scare', true], ['One.\n\n“Two.', 'Olaf Scholz', 'direct', false],
    ]);
    assert.deepEqual(gold.regions.map((r) => r.kind), ['boilerplate', 'headline', 'body', 'boilerplate']);
    assert.equal(gold.boilerplateChars, 'Menu | Sign in'.length + 'Most read'.length);
    assert.deepEqual([gold.source, gold.publicationDate, gold.language, gold.length], ['Example Wire', '2025-03-05', 'en', text.length]);
  });

  it('rejects gold that contradicts itself', () => {
    const fails = (edit: (s: string) => string, message: RegExp) => assert.throws(() => convertMarkup(edit(source), 'a.txt'), message);
    fails((s) => s.replace('2025-03-03|day', '2025-03-04|day'), /not a monday/);
    fails((s) => s.replace('Most read<</boilerplate>>', '[[Most|person]] read<</boilerplate>>'), /inside boilerplate/);
    fails((s) => s.replace('"<<q speaker="Olaf Scholz">>talks', '<<q speaker="Olaf Scholz">>talks'), /not between quotation marks/);
    fails((s) => s.replace('<<q speaker="Olaf Scholz">>talks', '<<q>>talks'), /needs a speaker/);
    fails((s) => s.replace('<</headline>>\n', '<</headline>>\nloose words\n'), /outside any region/);
    fails((s) => s.replace('<</body>>', ''), /never closed/);
    fails((s) => s.replace('|2025-03-05|day', '|2025-03|day'), /not a day value/);
  });

  it('checks named weekdays and months in several languages', () => {
    assert.deepEqual(calendarDisagreements('lunedì 3 marzo', '2025-03-03'), []);
    assert.deepEqual(calendarDisagreements('Senin (3/3/2025)', '2025-03-03'), []);
    assert.deepEqual(calendarDisagreements('понеділок, 3 березня', '2025-03-03'), []);
    assert.equal(calendarDisagreements('mardi 3 mars', '2025-03-03').length, 1);
    assert.equal(calendarDisagreements('3. April', '2025-03-03').length, 1);
  });

  it('has committed generated files that match their sources', () => {
    assert.deepEqual(buildCorpus(corpusDirectory, true), []);
  });

  it('has at least twelve articles in several languages, each gold fitting its text', () => {
    const golds = readdirSync(corpusDirectory).filter((f) => f.endsWith('.gold.json'));
    assert.ok(golds.length >= 12, `${golds.length} gold articles`);
    const languages = new Set<string>();
    for (const name of golds) {
      const gold = JSON.parse(readFileSync(join(corpusDirectory, name), 'utf8')) as GoldFile;
      for (const article of gold.files) {
        const text = readFileSync(join(corpusDirectory, article.file), 'utf8');
        assert.equal(text.length, article.length, article.file);
        for (const item of [...article.entities, ...article.dates, ...article.quotes]) assert.equal(text.slice(item.start, item.end), item.text, article.file);
        languages.add(article.language ?? '');
      }
    }
    assert.ok(languages.size >= 8, [...languages].join(' '));
  });
});
