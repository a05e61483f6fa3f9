import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParsedArticle, RegionKind, Span } from '../../../src/core/model';
import { parseArticle } from '../../../src/core/article/parse';

const repoRoot = resolve(__dirname, '../../../..');

interface GoldFile {
  file: string;
  source: string;
  publicationDate: string | null;
  regions: (Span & { kind: RegionKind })[];
}

interface Scored {
  gold: GoldFile;
  text: string;
  parsed: ParsedArticle;
}

function load(goldPath: string, textDir: string): Scored[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { files: GoldFile[] };
  return gold.files.map((g) => {
    const text = readFileSync(join(textDir, g.file), 'utf8');
    return { gold: g, text, parsed: parseArticle(text) };
  });
}

/** Non-space characters: regions disagree about the newlines between them, which carry nothing. */
function charsOf(text: string, regions: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const r of regions) for (let i = r.start; i < r.end; i++) if (!/\s/.test(text[i]!)) out.add(i);
  return out;
}

function boilerplateScore(items: readonly Scored[]): { precision: number; recall: number; bodyLost: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let bodyLost = 0;
  for (const { gold: g, text, parsed } of items) {
    const want = charsOf(text, g.regions.filter((r) => r.kind === 'boilerplate'));
    const got = charsOf(text, parsed.regions.filter((r) => r.kind === 'boilerplate'));
    const body = charsOf(text, parsed.regions.filter((r) => r.kind === 'body'));
    for (const i of got) if (want.has(i)) tp++;
    predicted += got.size;
    gold += want.size;
    for (const i of charsOf(text, g.regions.filter((r) => r.kind === 'body'))) if (!body.has(i)) bodyLost++;
  }
  return { precision: predicted === 0 ? 1 : tp / predicted, recall: gold === 0 ? 1 : tp / gold, bodyLost };
}

const samples = load(join(repoRoot, 'test/fixtures/gold/seeds.gold.json'), join(repoRoot, 'samples'));

describe('article structure on the five samples (gold regions)', () => {
  it('finds the boilerplate characters of the gold and loses no body text', () => {
    const { precision, recall, bodyLost } = boilerplateScore(samples);
    assert.ok(precision >= 0.98, `precision ${precision}`);
    assert.ok(recall >= 0.98, `recall ${recall}`);
    assert.equal(bodyLost, 0);
  });

  it('reads the headline where the gold has one, and none where it has none', () => {
    for (const { gold, parsed } of samples) {
      const headline = gold.regions.find((r) => r.kind === 'headline');
      if (headline) assert.deepEqual([parsed.title?.start, parsed.title?.end], [headline.start, headline.end], gold.file);
      else assert.equal(parsed.title, null, gold.file);
    }
  });

  it('names the outlet the text names', () => {
    for (const { gold, parsed } of samples) {
      // The gold notes how the copy reached the folder ("Al Jazeera (rewritten copy)").
      assert.ok(parsed.source && gold.source.startsWith(parsed.source), `${gold.file}: ${parsed.source} vs ${gold.source}`);
    }
  });

  it('reads the publication date where the text gives one, and only there', () => {
    const byFile = new Map(samples.map((s) => [s.gold.file.slice(0, 3), s]));
    for (const key of ['000', '003']) {
      const { gold, parsed } = byFile.get(key)!;
      assert.equal(parsed.publicationDate, gold.publicationDate, gold.file);
    }
    // 001 and 004 have no date line; 002 only says "2 days ago", relative to an unknown crawl day.
    for (const key of ['001', '002', '004']) assert.equal(byFile.get(key)!.parsed.publicationDate, null, key);
    const aggregator = byFile.get('002')!;
    const span = aggregator.parsed.publicationDateSpan!;
    assert.equal(aggregator.text.slice(span.start, span.end), '2 days ago');
  });

  it('keeps the other stories of an aggregator page out of the body', () => {
    const { text, parsed } = samples.find((s) => s.gold.file.startsWith('002'))!;
    const body = parsed.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
    for (const other of ['Serbia', 'Hamas', 'Lebanon', 'Daily8']) assert.ok(!body.includes(other), other);
    assert.ok(body.includes('Zelenskyy said'));
  });

  it('reads the byline glued to the date line', () => {
    const { text, parsed } = samples.find((s) => s.gold.file.startsWith('003'))!;
    assert.equal(parsed.byline?.text, 'Tetyana Oliynyk');
    assert.equal(text.slice(parsed.byline!.start, parsed.byline!.end), 'Tetyana Oliynyk');
    assert.equal(text.slice(parsed.publicationDateSpan!.start, parsed.publicationDateSpan!.end), 'Wednesday, 28 May 2025, 19:20');
  });

  it('detects English in every sample', () => {
    for (const { gold, parsed } of samples) assert.equal(parsed.language, 'en', gold.file);
  });
});

describe('article structure on the gold corpus of other outlets', () => {
  const dir = join(repoRoot, 'test/fixtures/gold/corpus');
  const corpus = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().flatMap((f) => load(join(dir, f), dir));

  it('has articles to measure', () => assert.ok(corpus.length >= 5));

  it('separates boilerplate from body across outlets and languages', () => {
    const { precision, recall, bodyLost } = boilerplateScore(corpus);
    assert.ok(precision >= 0.9, `precision ${precision}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
    const body = corpus.reduce((n, { text, gold }) => n + charsOf(text, gold.regions.filter((r) => r.kind === 'body')).size, 0);
    assert.ok(bodyLost <= 0.02 * body, `lost ${bodyLost} of ${body} body characters`);
  });

  it('starts each title where the gold headline starts', () => {
    const wrong = corpus.filter(({ gold, parsed }) => {
      const headline = gold.regions.find((r) => r.kind === 'headline');
      return headline && parsed.title?.start !== headline.start;
    });
    assert.ok(wrong.length <= Math.floor(corpus.length / 10), wrong.map((w) => w.gold.file).join(', '));
  });
});
