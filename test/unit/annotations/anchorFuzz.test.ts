// Property-based test of anchoring on real article text: thousands of random edit sequences,
// checked against what the issue promises (every annotation anchored on its quote or on text
// similar above the threshold, or an orphan; none lost; none mis-anchored while its exact quote
// exists once). DOSSIER_FUZZ_RUNS scales the run count (default 2,000 per property).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchorAnnotations, applyEdits, DEFAULT_THRESHOLD, SHORT_QUOTE, updateTargets, type Anchor, type TextEdit,
} from '../../../src/core/annotations/anchor';
import { snapToCodePoints } from '../../../src/core/annotations/codePoints';
import type { Annotation } from '../../../src/core/annotations/sidecar';
import { annotate, sampleArticles } from './annotationFixtures';

const RUNS = Number(process.env.DOSSIER_FUZZ_RUNS ?? 2000);
const articles = sampleArticles();

/** Levenshtein, written independently of the engine's, as the oracle for "similar". */
function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** A code-point boundary at or before `offset`. */
const boundary = (text: string, offset: number): number => snapToCodePoints(text, offset, offset).start;

const pieces = fc.oneof(
  fc.constantFrom('the ', 'said ', ' ', '\n', ', ', 'Ukraine', 'ceasefire', '😀', '🇺🇦 ', '“', '”', '1,000', 'Istanbul '),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** An edit described relative to whatever text it meets, so that any sequence stays valid. */
interface EditSpec {
  kind: 'insert' | 'delete' | 'replace' | 'copy';
  at: number;
  length: number;
  from: number;
  piece: string;
}

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'copy'),
  at: fc.integer({ min: 0, max: 1_000_000 }),
  length: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 120 })),
  from: fc.integer({ min: 0, max: 1_000_000 }),
  piece: pieces,
});

function realize(text: string, spec: EditSpec): TextEdit {
  const start = boundary(text, Math.floor((spec.at / 1_000_000) * text.length));
  const end = spec.kind === 'insert' || spec.kind === 'copy' ? start : snapToCodePoints(text, start, Math.min(text.length, start + spec.length)).end;
  if (spec.kind === 'delete') return { start, end, text: '' };
  if (spec.kind === 'copy') {
    // Copy a passage elsewhere: this is what makes a quote appear twice.
    const from = boundary(text, Math.floor((spec.from / 1_000_000) * text.length));
    const to = snapToCodePoints(text, from, Math.min(text.length, from + spec.length * 2)).end;
    return { start, end, text: text.slice(from, to) };
  }
  return { start, end, text: spec.piece };
}

const applyEdit = (text: string, edit: TextEdit): string => text.slice(0, edit.start) + edit.text + text.slice(edit.end);

const spanSpecs = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: 1_000_000 }), length: fc.oneof(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 16, max: 80 }), fc.integer({ min: 81, max: 300 })) }),
  { minLength: 1, maxLength: 12 },
);

function annotationsOn(text: string, specs: readonly { at: number; length: number }[]): Annotation[] {
  return specs.map((s, index) => {
    const start = boundary(text, Math.floor((s.at / 1_000_000) * (text.length - 1)));
    const { end } = snapToCodePoints(text, start, Math.min(text.length, start + s.length));
    return annotate(text, start, Math.max(end, start + 1), {}, s.at * 31 + index);
  });
}

const stats = {
  runs: 0, edits: 0, annotations: 0, position: 0, quote: 0, fuzzy: 0, orphaned: 0, uniqueQuoteCases: 0,
  liveRuns: 0, liveEdits: 0, liveAnchored: 0, liveOrphaned: 0,
};

function checkAnchor(text: string, annotation: Annotation, anchor: Anchor): void {
  assert.equal(anchor.id, annotation.id);
  const { exact } = annotation.target;
  const places = occurrences(text, exact);
  if (anchor.state === 'orphan') {
    stats.orphaned++;
    assert.ok(places.length !== 1 || exact.length < SHORT_QUOTE, `a ${exact.length}-unit quote that exists once was orphaned: ${JSON.stringify(exact)}`);
    return;
  }
  stats[anchor.method]++;
  const { start, end } = anchor.span;
  assert.ok(start >= 0 && start < end && end <= text.length, `span ${start}-${end} outside text of ${text.length}`);
  assert.deepEqual(snapToCodePoints(text, start, end), { start, end }, 'span splits a character');
  const found = text.slice(start, end);
  if (places.length === 1) stats.uniqueQuoteCases++;
  if (places.length > 0) {
    // While the exact quote exists, only an exact occurrence will do, and the only one if unique.
    assert.equal(found, exact, 'anchored on other text while the exact quote exists');
    if (places.length === 1) assert.equal(start, places[0], 'mis-anchored: the quote exists exactly once elsewhere');
    return;
  }
  assert.equal(anchor.method, 'fuzzy');
  const similar = 1 - levenshtein(exact, found) / Math.max(exact.length, found.length);
  assert.ok(similar >= DEFAULT_THRESHOLD, `similarity ${similar.toFixed(3)} below threshold: ${JSON.stringify(exact)} vs ${JSON.stringify(found)}`);
}

describe('annotations: anchoring fuzz (fast-check, real articles)', function () {
  this.timeout(120_000);

  after(() => {
    console.log(`      anchoring fuzz: ${JSON.stringify(stats)}`);
  });

  it('re-anchors after arbitrary changes on disk: on its quote, on similar text, or orphaned; never lost or misplaced', () => {
    fc.assert(fc.property(fc.nat(articles.length - 1), spanSpecs, fc.array(editSpec, { minLength: 1, maxLength: 25 }), (articleIndex, spans, specs) => {
      const original = articles[articleIndex].text;
      const annotations = annotationsOn(original, spans);
      let text = original;
      for (const spec of specs) text = applyEdit(text, realize(text, spec));
      const anchors = anchorAnnotations(text, annotations);
      assert.equal(anchors.length, annotations.length, 'an annotation was lost');
      annotations.forEach((annotation, i) => checkAnchor(text, annotation, anchors[i]));
      stats.runs++;
      stats.edits += specs.length;
      stats.annotations += annotations.length;
    }), { numRuns: RUNS, seed: 20250601 });
  });

  it('moves anchors with live edits: surviving text stays covered, untouched quotes stay exact, saving round-trips', () => {
    fc.assert(fc.property(fc.nat(articles.length - 1), spanSpecs, fc.array(editSpec, { minLength: 1, maxLength: 25 }), (articleIndex, spans, specs) => {
      const original = articles[articleIndex].text;
      const annotations = annotationsOn(original, spans);
      const initial = anchorAnnotations(original, annotations);
      let anchors = initial;
      // Each character remembers where it came from (-1 for typed text): the oracle.
      const origin = Array.from({ length: original.length }, (_, i) => i);
      let text = original;
      for (const spec of specs) {
        const edit = realize(text, spec);
        text = applyEdit(text, edit);
        origin.splice(edit.start, edit.end - edit.start, ...new Array<number>(edit.text.length).fill(-1));
        anchors = applyEdits(anchors, [edit]);
      }
      assert.equal(anchors.length, annotations.length, 'an annotation was lost');
      const where = new Int32Array(original.length).fill(-1);
      origin.forEach((o, at) => {
        if (o >= 0) where[o] = at;
      });
      annotations.forEach((annotation, i) => {
        const before = initial[i];
        const anchor = anchors[i];
        assert.equal(before.state, 'anchored');
        if (before.state !== 'anchored') return;
        const survivors: number[] = [];
        for (let o = before.span.start; o < before.span.end; o++) if (where[o] >= 0) survivors.push(where[o]);
        const intact = survivors.length === before.span.end - before.span.start
          && survivors.every((at, k) => k === 0 || at === survivors[k - 1] + 1);
        if (survivors.length > 0) {
          assert.equal(anchor.state, 'anchored', 'an annotation with surviving text was orphaned');
          if (anchor.state !== 'anchored') return;
          assert.ok(anchor.span.start <= survivors[0] && anchor.span.end > survivors[survivors.length - 1], 'surviving text left the anchor');
          if (intact) assert.equal(text.slice(anchor.span.start, anchor.span.end), annotation.target.exact, 'an untouched quote changed');
        }
        if (anchor.state === 'anchored') {
          assert.ok(anchor.span.start >= 0 && anchor.span.start < anchor.span.end && anchor.span.end <= text.length);
          stats.liveAnchored++;
        } else stats.liveOrphaned++;
      });
      // Saving writes fresh targets; reading them back against the same text finds each anchored
      // annotation at its stored position.
      const saved = updateTargets(text, annotations, anchors);
      const reread = anchorAnnotations(text, saved);
      anchors.forEach((anchor, i) => {
        if (anchor.state !== 'anchored') return;
        const again = reread[i];
        assert.equal(again.state === 'anchored' && again.method, 'position');
        assert.deepEqual(again.state === 'anchored' && again.span, anchor.span);
      });
      stats.liveRuns++;
      stats.liveEdits += specs.length;
    }), { numRuns: RUNS, seed: 20250602 });
  });
});
