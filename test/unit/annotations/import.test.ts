import * as assert from 'node:assert/strict';
import { anchorAnnotations } from '../../../src/core/annotations/anchor';
import { exportJsonLd } from '../../../src/core/annotations/export';
import { importJsonLd, type ImportArticle } from '../../../src/core/annotations/import';
import { annotateQuote, FIXED_NOW, sampleArticles } from './annotationFixtures';

describe('annotations: import', () => {
  const [one, two] = sampleArticles();
  const articles: ImportArticle[] = [
    { key: 'file:///r/one.txt', name: 'research/russia-proposes-talks.txt', urls: ['file:///r/one.txt', 'https://www.example.com/news/2025/5/28/russia-proposes-talks'], text: one.text },
    { key: 'file:///r/two.txt', name: 'research/two.txt', urls: ['file:///r/two.txt'], text: two.text },
  ];
  const quote = one.text.slice(600, 660);
  const at = one.text.indexOf(quote);
  const options = { now: FIXED_NOW };

  it('round-trips Dossier\'s own JSON-LD export', () => {
    const a = annotateQuote(one.text, quote, { tags: ['claim'], status: 'disputed', note: 'check', author: 'Ana' });
    const b = annotateQuote(two.text, two.text.slice(100, 140), { motivation: 'highlighting' });
    const json = exportJsonLd([{ name: 'x', uri: 'file:///r/one.txt', annotations: [a] }, { name: 'y', uri: 'file:///r/two.txt', annotations: [b] }]);
    const result = importJsonLd(json, articles, options);
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.articles, [
      { key: 'file:///r/one.txt', annotations: [a], orphans: 0 },
      { key: 'file:///r/two.txt', annotations: [b], orphans: 0 },
    ]);
  });

  it('imports Hypothesis-style W3C annotations matched by URL, anchored by quote', () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/AbC123',
      created: '2025-05-29T10:00:00.000000+00:00',
      modified: '2025-05-29T11:00:00.000000+00:00',
      creator: 'acct:ana@hypothes.is',
      body: [{ type: 'TextualBody', value: 'Needs a **second** source', format: 'text/markdown' }, { type: 'TextualBody', purpose: 'tagging', value: 'needs-source' }],
      target: [{
        source: 'http://example.com/news/2025/5/28/russia-proposes-talks/#comments',
        selector: [
          { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/div[1]/p[3]' } },
          { type: 'TextPositionSelector', start: 4211, end: 4271 },
          { type: 'TextQuoteSelector', exact: quote, prefix: 'web page prefix', suffix: 'web page suffix' },
        ],
      }],
    };
    const result = importJsonLd(JSON.stringify([hypothesis]), articles, options);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.articles.length, 1);
    const [imported] = result.articles[0].annotations;
    assert.equal(result.articles[0].key, 'file:///r/one.txt');
    assert.match(imported.id, /^urn:uuid:/);
    assert.equal(imported.id, importJsonLd(JSON.stringify(hypothesis), articles, options).articles[0].annotations[0].id, 're-importing gives the same id');
    assert.equal(imported.author, 'ana');
    assert.deepEqual(imported.tags, ['needs-source']);
    assert.equal(imported.note, 'Needs a **second** source');
    assert.equal(imported.motivation, 'commenting');
    assert.equal(imported.created, '2025-05-29T10:00:00.000000+00:00');
    assert.equal(imported.target.exact, quote);
    assert.equal(imported.target.start, [...one.text.slice(0, at)].length);
    const [anchor] = anchorAnnotations(one.text, [imported]);
    assert.equal(anchor.state === 'anchored' && anchor.method, 'position');
  });

  it('imports a Hypothesis JSON export matched by file name, keeping unfound quotes as orphans', () => {
    const exported = {
      export_date: '2025-06-01T00:00:00Z',
      annotations: [
        { id: 'h1', uri: 'https://other.example/two', text: '', tags: ['claim', 'verified'], user: 'acct:ben@hypothes.is', user_info: { display_name: 'Ben' }, created: '2025-05-30T08:00:00Z', updated: '2025-05-30T08:00:00Z', target: [{ source: 'https://other.example/two.txt', selector: [{ type: 'TextQuoteSelector', exact: two.text.slice(200, 230) }] }] },
        { id: 'h2', uri: 'https://other.example/two.txt', text: 'lost', tags: [], target: [{ source: 'https://other.example/two.txt', selector: [{ type: 'TextQuoteSelector', exact: 'words that are not in the article at all' }] }] },
        { id: 'h3', uri: 'https://nowhere.example/unknown-story', text: 'x', tags: [], target: [{ source: 'https://nowhere.example/unknown-story', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] },
        { id: 'h4', uri: 'https://other.example/two.txt', text: 'page note', tags: [], target: [{ source: 'https://other.example/two.txt' }] },
      ],
    };
    const result = importJsonLd(JSON.stringify(exported), articles, options);
    assert.equal(result.articles.length, 1);
    const entry = result.articles[0];
    assert.equal(entry.key, 'file:///r/two.txt');
    assert.equal(entry.annotations.length, 2);
    assert.equal(entry.orphans, 1);
    const [found, lost] = entry.annotations;
    assert.deepEqual(found.tags, ['claim', 'verified']);
    assert.equal(found.author, 'Ben');
    assert.equal(found.motivation, 'tagging');
    assert.equal(found.target.exact, two.text.slice(200, 230));
    assert.equal(lost.note, 'lost');
    assert.equal(lost.created, FIXED_NOW.toISOString());
    assert.deepEqual(result.skipped.map((s) => [s.id, s.reason]), [
      ['h3', 'no single article matches its source'],
      ['h4', 'it has no text quote or position selector'],
    ]);
  });

  it('reports unreadable or empty input instead of throwing', () => {
    assert.match(importJsonLd('{oops', articles, options).skipped[0].reason, /^not valid JSON/);
    assert.match(importJsonLd('{}', articles, options).skipped[0].reason, /no annotations found/);
  });
});
