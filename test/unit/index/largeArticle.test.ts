import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze';
import { chunkSpans, LARGE_ARTICLE_CHARS, LargeArticle } from '../../../src/core/index/largeArticle';
import type { ArticleAnalysis } from '../../../src/core/model';

const repoRoot = resolve(__dirname, '../../../..');
const samples = readdirSync(join(repoRoot, 'samples')).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => readFileSync(join(repoRoot, 'samples', name), 'utf8'));

/** A long article: the first sample's head, then the body paragraphs of every sample again and again. */
function longArticle(length: number): string {
  const first = analyzeArticle(samples[0]);
  const bodies = samples.map((text) => analyzeArticle(text).parsed.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n'));
  let text = samples[0].slice(0, first.parsed.paragraphs[0].start);
  for (let i = 0; text.length < length; i++) text += `${bodies[i % bodies.length]}\n`;
  return text;
}

const finish = (article: LargeArticle) => {
  while (article.step());
};
const keysOf = (analysis: ArticleAnalysis) => ({
  // Not the in-article full names of people: a chunk resolves "Lavrov" and other spellings among
  // its own mentions, so one chunk may say Sergei Lavrov where the whole text says Sergey.
  entities: analysis.entities.map((e) => `${e.start}:${e.end}:${e.type}`),
  dates: analysis.dates.map((d) => `${d.start}:${d.end}:${d.value}`),
  quotes: analysis.quotes.map((q) => `${q.start}:${q.end}:${q.speaker?.split(' ').pop()}`),
});

describe('large articles analysed in chunks', () => {
  const text = longArticle(LARGE_ARTICLE_CHARS + 40_000);

  it('cuts at line ends into chunks that cover the text exactly', () => {
    const spans = chunkSpans(text);
    assert.ok(spans.length >= 3, `${spans.length} chunks`);
    assert.equal(spans[0].start, 0);
    assert.equal(spans[spans.length - 1].end, text.length);
    for (let i = 1; i < spans.length; i++) {
      assert.equal(spans[i].start, spans[i - 1].end);
      assert.equal(text[spans[i].start - 1], '\n', `chunk ${i} starts a line`);
    }
  });

  it('finds the names, dates and quotes the engine finds in the whole text', () => {
    const article = new LargeArticle(text);
    finish(article);
    const chunked = article.analysis();
    assert.deepEqual(keysOf(chunked), keysOf(analyzeArticle(text)));
    assert.equal(chunked.parsed.publicationDate, '2025-05-28');
    assert.equal(chunked.parsed.text, text);
  });

  it('analyses only the chunks a range needs, with the head', () => {
    const article = new LargeArticle(text);
    const middle = Math.floor(text.length / 2);
    const part = article.analysis(middle, middle + 500);
    const chunk = article.chunks.find((c) => c.start <= middle && middle < c.end)!;
    assert.ok(part.entities.length > 0);
    assert.ok(part.entities.every((e) => e.start >= chunk.start && e.end <= chunk.end + 500));
    assert.equal(text.slice(part.entities[0].start, part.entities[0].end), part.entities[0].text);
    assert.equal(article.progress.analysed, 2, 'the head and the chunk in view are done');
  });

  it('keeps the analyses of unchanged chunks across an edit, and starts again when the head changes', () => {
    const before = new LargeArticle(text);
    finish(before);
    const at = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    const edited = `${text.slice(0, at)}Finnish President Alexander Stubb said on Tuesday that talks would continue.\n${text.slice(at)}`;
    const after = new LargeArticle(edited, before);
    assert.equal(after.progress.total - after.progress.analysed, 1, 'only the edited chunk is left to read');
    finish(after);
    assert.deepEqual(keysOf(after.analysis()), keysOf(analyzeArticle(edited)));
    assert.ok(after.analysis().dates.some((d) => d.relative && d.value === '2025-06-02'), 'Monday after Wednesday 28 May');

    const redated = new LargeArticle(edited.replace('Published On 28 May 2025', 'Published On 4 June 2025'), after);
    redated.analysis(text.length - 10, text.length);
    assert.equal(redated.progress.analysed, 2, 'a new date line: the chunks carried over were read behind the old one');
    finish(redated);
    assert.ok(redated.analysis().dates.some((d) => d.relative && d.value === '2025-06-09'), 'Monday after Wednesday 4 June');
  });
});
