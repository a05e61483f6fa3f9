import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_COLUMNS, exportBrat, exportCsv, exportJsonLd, exportMarkdownReport, type ExportArticle } from '../../../src/core/annotations/export';
import type { Annotation } from '../../../src/core/annotations/sidecar';
import { annotate, annotateQuote, sampleArticles } from './annotationFixtures';

interface JsonLd {
  expand(input: unknown, options: { documentLoader: (url: string) => Promise<unknown>; safe?: boolean }): Promise<Record<string, unknown>[]>;
}
// jsonld ships no type declarations; this is the one call the test makes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonld = require('jsonld') as JsonLd;

const W3C_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
const W3C_CONTEXT = JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/w3c-anno-context.jsonld'), 'utf8'));

/** No network: the W3C context is served from the fixture, anything else is refused. */
async function documentLoader(url: string) {
  if (url !== W3C_CONTEXT_URL && url !== 'https://www.w3.org/ns/anno.jsonld') throw new Error(`unexpected remote context ${url}`);
  return { contextUrl: null, documentUrl: url, document: W3C_CONTEXT };
}

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
type Node = Record<string, unknown>;
const first = (node: Node, key: string): Node => (node[key] as Node[])[0];
const all = (node: Node, key: string): Node[] => (node[key] as Node[] | undefined) ?? [];

/** A tiny RFC 4180 reader, written apart from the exporter, to check what it wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  assert.equal(field, '', 'the file ends with CRLF');
  return rows;
}

describe('annotations: export', () => {
  const [one, two] = sampleArticles();
  const text = `${one.text}\nAdded: 😀 “quoted, with \"marks\"”\nsecond line`;
  const claim = annotateQuote(text, one.text.slice(500, 560), { tags: ['claim', 'needs-source'], status: 'disputed', note: 'Check the "official" figure, twice.\nAsk the ministry.', author: 'Ana Lima' });
  const emoji = annotateQuote(text, '😀 “quoted, with "marks"”\nsecond', { tags: ['opinion'], status: 'verified' });
  const plain = annotateQuote(two.text, two.text.slice(1000, 1030), { motivation: 'highlighting' });
  const articles: ExportArticle[] = [
    { name: 'news/one.txt', uri: 'file:///research/news/one.txt', title: 'Talks *proposed*', outlet: 'Outlet A', published: '2025-05-28', annotations: [emoji, claim] },
    { name: 'two.txt', uri: 'https://example.org/news/two', annotations: [plain] },
  ];

  it('JSON-LD: expands against the W3C Web Annotation context with nothing dropped', async () => {
    const document = JSON.parse(exportJsonLd(articles, { id: 'urn:uuid:6a1f0a3e-1c1e-4c5a-9a57-1d5f8e0b9a11' }));
    // Safe mode makes expansion fail on any term or value it would have to drop.
    const expanded = await jsonld.expand(document, { documentLoader, safe: true });
    assert.equal(expanded.length, 1);
    const collection = expanded[0];
    assert.deepEqual(collection['@type'], [`${AS}OrderedCollection`]);
    assert.deepEqual(first(collection, `${AS}totalItems`), { '@type': `${XSD}nonNegativeInteger`, '@value': 3 });
    const page = first(collection, `${AS}first`);
    assert.deepEqual(page['@type'], [`${AS}OrderedCollectionPage`]);
    const items = (first(page, `${AS}items`)['@list'] as Node[]);
    assert.equal(items.length, 3);
    const anno = items.find((item) => item['@id'] === claim.id) as Node;
    assert.deepEqual(anno['@type'], [`${OA}Annotation`]);
    assert.deepEqual(anno[`${OA}motivatedBy`], [{ '@id': `${OA}assessing` }]);
    assert.deepEqual(first(anno, 'http://purl.org/dc/terms/created'), { '@type': `${XSD}dateTime`, '@value': claim.created });
    assert.deepEqual(first(first(anno, 'http://purl.org/dc/terms/creator'), 'http://xmlns.com/foaf/0.1/name'), { '@value': 'Ana Lima' });
    const bodies = all(anno, `${OA}hasBody`).map((b) => [(first(b, `${OA}hasPurpose`)['@id']), first(b, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value')['@value']]);
    assert.deepEqual(bodies, [[`${OA}tagging`, 'claim'], [`${OA}tagging`, 'needs-source'], [`${OA}assessing`, 'disputed'], [`${OA}commenting`, claim.note]]);
    const target = first(anno, `${OA}hasTarget`);
    assert.deepEqual(target[`${OA}hasSource`], [{ '@id': 'file:///research/news/one.txt' }]);
    const selectors = all(target, `${OA}hasSelector`);
    const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`) as Node;
    assert.equal(first(quote, `${OA}exact`)['@value'], claim.target.exact);
    assert.equal(first(quote, `${OA}prefix`)['@value'], claim.target.prefix);
    const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`) as Node;
    assert.deepEqual(first(position, `${OA}start`), { '@type': `${XSD}nonNegativeInteger`, '@value': claim.target.start });
    const highlight = items.find((item) => item['@id'] === plain.id) as Node;
    assert.deepEqual(highlight[`${OA}motivatedBy`], [{ '@id': `${OA}highlighting` }]);
    assert.deepEqual(first(first(highlight, `${OA}hasTarget`), `${OA}hasSource`), { '@id': 'https://example.org/news/two' });
  });

  it('JSON-LD: positions are code points, and the output is deterministic', () => {
    const document = JSON.parse(exportJsonLd(articles));
    const item = document.first.items.find((i: { id: string }) => i.id === emoji.id);
    const [, position] = item.target.selector;
    const startUtf16 = text.indexOf('😀 “quoted');
    assert.equal(position.start, [...text.slice(0, startUtf16)].length);
    assert.equal(position.end - position.start, [...emoji.target.exact].length);
    assert.equal(exportJsonLd(articles), exportJsonLd([...articles]));
    assert.match(document.id, /^urn:uuid:/);
    assert.deepEqual(JSON.parse(exportJsonLd([])), { '@context': document['@context'], id: JSON.parse(exportJsonLd([])).id, type: 'AnnotationCollection', label: 'Dossier annotations', total: 0 });
  });

  it('CSV: RFC 4180 with the agreed columns, quoting commas, quotes and line breaks', () => {
    const csv = exportCsv(articles);
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(csv.split('"').filter((_, i) => i % 2 === 0).join('')), 'record separators are CRLF');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 4);
    const byQuote = new Map(rows.slice(1).map((r) => [r[1], r]));
    const claimRow = byQuote.get(claim.target.exact);
    assert.deepEqual(claimRow, ['news/one.txt', claim.target.exact, 'claim; needs-source', 'disputed', claim.note, 'Ana Lima', claim.created, String(claim.target.start), String(claim.target.end)]);
    assert.equal(byQuote.get(emoji.target.exact)?.[1], '😀 “quoted, with "marks"”\nsecond');
    assert.deepEqual(byQuote.get(plain.target.exact)?.slice(0, 6), ['two.txt', plain.target.exact, '', 'open', '', '']);
  });

  it('brat: text-bound annotations in code points, split at line breaks, orphans skipped', () => {
    const orphan: Annotation = { ...annotate(text, 10, 20), target: { exact: 'no such words here at all', prefix: '', suffix: '', start: 0, end: 25 } };
    const { ann, skipped } = exportBrat(text, [claim, emoji, orphan]);
    assert.deepEqual(skipped, [orphan.id]);
    const lines = ann.trimEnd().split('\n');
    const chars = [...text];
    const entities = lines.filter((l) => l.startsWith('T'));
    assert.equal(entities.length, 3, 'claim has two tags, emoji one');
    for (const line of entities) {
      const [id, typeAndOffsets, covered] = line.split('\t');
      assert.match(id, /^T\d+$/);
      const [, ...offsets] = typeAndOffsets.split(' ');
      const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), covered);
    }
    const emojiLine = entities.find((l) => l.startsWith('T3'));
    assert.match(emojiLine ?? '', /^T3\topinion \d+ \d+;\d+ \d+\t😀 “quoted, with "marks"” second$/);
    assert.ok(lines.includes('A1\tStatus T1 disputed'));
    assert.ok(lines.includes('#1\tAnnotatorNotes T1\tCheck the "official" figure, twice. Ask the ministry.'));
    assert.ok(lines.includes('A2\tStatus T3 verified'));
  });

  it('Markdown report: grouped by status, quotes and sources, text escaped', () => {
    const report = exportMarkdownReport(articles);
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# Research report', '## Open (1)', '## Verified (1)', '## Disputed (1)']);
    assert.match(report, /3 claims in 2 articles\./);
    assert.match(report, /— \*Talks \\\*proposed\\\** · Outlet A · 2025-05-28 · `news\/one.txt`/);
    assert.match(report, /Tags: claim, needs-source · By Ana Lima, 2025-06-01/);
    assert.match(report, /Note: Check the "official" figure, twice\.\nNote: Ask the ministry\./);
    assert.ok(report.includes(`> ${emoji.target.exact.split('\n')[0]}\n> second\n`));
    assert.ok(report.endsWith('\n') && !report.endsWith('\n\n'));
  });

  it('Markdown report: grouped by event within status when given an event lookup', () => {
    const report = exportMarkdownReport(articles, {
      title: 'Talks',
      eventOf: (article, annotation) => (article.name === 'two.txt' ? null : { id: 'e1', label: annotation === claim ? 'Istanbul talks' : 'Istanbul talks' }),
    });
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# Talks', '## Open (1)', '### No event', '## Verified (1)', '### Istanbul talks', '## Disputed (1)', '### Istanbul talks']);
  });
});
