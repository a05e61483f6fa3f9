import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { ParsedArticle } from '../../../src/core/model';
import { parseArticle } from '../../../src/core/article/parse';

const repoRoot = resolve(__dirname, '../../../..');
const samples = readdirSync(join(repoRoot, 'samples')).sort().map((f) => readFileSync(join(repoRoot, 'samples', f), 'utf8'));

/** Every span lies in the text; regions are ordered and disjoint; paragraphs lie in body regions; sentences in paragraphs. */
function assertWellFormed(parsed: ParsedArticle): void {
  const { text, regions, paragraphs, sentences } = parsed;
  let last = 0;
  for (const r of regions) {
    assert.ok(r.start >= last && r.start < r.end && r.end <= text.length, `region ${r.start}-${r.end}`);
    last = r.end;
  }
  for (const p of paragraphs) {
    assert.ok(regions.some((r) => r.kind === 'body' && r.start <= p.start && p.end <= r.end), `paragraph ${p.start}-${p.end}`);
  }
  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    assert.ok(p && p.start <= s.start && s.start < s.end && s.end <= p.end, `sentence ${s.start}-${s.end}`);
  }
  if (parsed.title) assert.equal(text.slice(parsed.title.start, parsed.title.end), parsed.title.text);
  if (parsed.byline) assert.equal(text.slice(parsed.byline.start, parsed.byline.end), parsed.byline.text);
  if (parsed.publicationDate) assert.match(parsed.publicationDate, /^\d{4}-\d{2}-\d{2}$/);
}

describe('parseArticle on awkward input', () => {
  it('returns an empty structure for empty and blank text', () => {
    for (const text of ['', '\n\n\n', '   \r\n\t\r\n']) {
      const parsed = parseArticle(text);
      assert.deepEqual([parsed.regions, parsed.paragraphs, parsed.sentences, parsed.title, parsed.language], [[], [], [], null, 'und']);
      assert.deepEqual([parsed.source, parsed.publicationDate, parsed.byline], [null, null, null]);
    }
  });

  it('gives CRLF, LF and CR files the same structure', () => {
    const lf = samples[3]!;
    const kinds = (p: ParsedArticle) => p.regions.map((r) => [r.kind, p.text.slice(r.start, r.end).replace(/\r\n?/g, '\n')]);
    const expected = kinds(parseArticle(lf));
    for (const eol of ['\r\n', '\r']) {
      const parsed = parseArticle(lf.replace(/\n/g, eol));
      assert.deepEqual(kinds(parsed), expected, JSON.stringify(eol));
      assertWellFormed(parsed);
    }
  });

  it('tolerates a leading byte order mark', () => {
    const plain = parseArticle(samples[4]!);
    const withBom = parseArticle(`\uFEFF${samples[4]!}`);
    assert.equal(withBom.title?.text, plain.title?.text);
    assert.equal(withBom.title?.start, 1);
    assert.equal(withBom.paragraphs.length, plain.paragraphs.length);
  });

  it('survives NUL bytes and control characters', () => {
    const text = `Headline with\u0000 a NUL byte in it\n${'\u0000'.repeat(50)}\n${samples[1]!}\u0000\u0007`;
    const parsed = parseArticle(text);
    assertWellFormed(parsed);
    assert.ok(parsed.paragraphs.length > 10);
  });

  it('keeps UTF-16 offsets around emoji and astral characters', () => {
    const text = 'Peace talks 🕊️ resume in Istanbul 🇹🇷\n\nDelegations from Russia 🇷🇺 and Ukraine 🇺🇦 met again on Monday in Istanbul for another session of talks. 𝒜 mathematical letter did not break anything.';
    const parsed = parseArticle(text);
    assertWellFormed(parsed);
    assert.equal(parsed.title?.text, 'Peace talks 🕊️ resume in Istanbul 🇹🇷');
    assert.equal(text.slice(parsed.sentences[0]!.start, parsed.sentences[0]!.end), 'Delegations from Russia 🇷🇺 and Ukraine 🇺🇦 met again on Monday in Istanbul for another session of talks.');
  });

  it('reads right-to-left articles', () => {
    const text = [
      'روسيا تقترح جولة جديدة من المحادثات مع أوكرانيا في إسطنبول',
      'اقترحت روسيا إجراء جولة جديدة من المحادثات المباشرة مع أوكرانيا في إسطنبول يوم الاثنين، حسبما قال وزير الخارجية الروسي.',
      'وقال الوزير إن الوفد الروسي مستعد لتقديم مذكرة تتضمن شروط وقف إطلاق النار؟ ولم ترد كييف بعد.',
    ].join('\n');
    const parsed = parseArticle(text);
    assertWellFormed(parsed);
    assert.equal(parsed.language, 'ar');
    assert.equal(parsed.title?.start, 0);
    assert.equal(parsed.paragraphs.length, 2);
    assert.equal(parsed.sentences.length, 3);
  });

  it('handles one very long line and many very short ones', () => {
    const long = parseArticle(`Headline of a very long piece\n${'The delegation met again in Istanbul on Monday. '.repeat(50_000)}`);
    assert.equal(long.paragraphs.length, 1);
    assert.equal(long.sentences.length, 50_000);
    const short = parseArticle('a\nb\nc\n'.repeat(20_000));
    assertWellFormed(short);
  });

  it('is well formed on arbitrary text', () => {
    const piece = fc.constantFrom(
      'Advertisement', 'Share', 'Related articles', 'By Jane Doe', 'Published On 28 May 2025', '20:23', '2 hours ago', 'Source: Al Jazeera', '', ' ',
      'Russia has proposed a new round of talks with Ukraine in Istanbul on Monday, its foreign minister said.', 'Title Of The Page',
      'Mr. Lavrov said: “We hope.” He left.', '© 2025 Example News', 'Укр Рус Eng', '\u0000', '🕊️', '\uFEFF', 'Read more: Something else',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ')), { maxLength: 40 }), (parts) => {
        assertWellFormed(parseArticle(parts.map(([p, eol]) => p + eol).join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('parses 20 MB of articles in linear time', function () {
    this.timeout(60_000);
    const joined = samples.join('\n');
    const small = joined.repeat(Math.ceil(2e6 / joined.length));
    const large = joined.repeat(Math.ceil(2e7 / joined.length));
    const time = (text: string) => {
      const started = process.cpuUsage();
      parseArticle(text);
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    time(small);
    const smallMs = time(small);
    const largeMs = time(large);
    // Ten times the text may take at most about ten times as long, and 20 MB stays within seconds.
    assert.ok(largeMs < 20 * Math.max(smallMs, 50), `2 MB ${smallMs} ms, 20 MB ${largeMs} ms`);
    assert.ok(largeMs < 8000, `20 MB took ${largeMs} ms`);
  });
});
