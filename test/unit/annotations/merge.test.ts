import * as assert from 'node:assert/strict';
import { mergeAnnotations } from '../../../src/core/annotations/merge';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { updateAnnotation, type Annotation } from '../../../src/core/annotations/sidecar';
import { annotateQuote, sampleArticles } from './annotationFixtures';

const later = (minutes: number) => new Date(Date.parse('2025-06-02T08:00:00Z') + minutes * 60_000);
const ids = (list: readonly Annotation[]) => list.map((a) => a.id).sort();

describe('annotations: merge by id', () => {
  const article = sampleArticles()[3].text;
  const a = annotateQuote(article, article.slice(300, 340), { tags: ['claim'], status: 'open' });
  const b = annotateQuote(article, article.slice(600, 650), { tags: ['opinion'] });
  const c = annotateQuote(article, article.slice(900, 930), { note: 'ask the ministry' });
  const base = [a, b, c];

  it('keeps additions from both sides', () => {
    const mine = annotateQuote(article, article.slice(1000, 1040), { author: 'Ana' });
    const yours = annotateQuote(article, article.slice(1100, 1140), { author: 'Ben' });
    const result = mergeAnnotations(base, [...base, mine], [...base, yours]);
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(ids(result.annotations), ids([...base, mine, yours]));
  });

  it('combines edits of different fields of one annotation, tags as a set', () => {
    const mine = updateAnnotation(a, { status: 'verified', tags: ['claim', 'needs-source'] }, later(1));
    const yours = updateAnnotation(a, { note: 'second source found', tags: ['opinion'] }, later(2));
    const result = mergeAnnotations(base, [mine, b, c], [yours, b, c]);
    assert.deepEqual(result.conflicts, []);
    const merged = result.annotations.find((x) => x.id === a.id);
    assert.equal(merged?.status, 'verified');
    assert.equal(merged?.note, 'second source found');
    assert.deepEqual(merged?.tags, ['needs-source', 'opinion'], 'claim was removed by one side');
    assert.equal(merged?.modified, later(2).toISOString());
  });

  it('keeps both versions, marked, when both sides changed the same field', () => {
    const mine = updateAnnotation(a, { status: 'verified' }, later(1));
    const yours = updateAnnotation(a, { status: 'false' }, later(2));
    const result = mergeAnnotations(base, [mine, b, c], [yours, b, c]);
    assert.equal(result.conflicts.length, 1);
    const [conflict] = result.conflicts;
    assert.equal(conflict.id, a.id);
    assert.equal(conflict.reason, 'edited-on-both-sides');
    const ours = result.annotations.find((x) => x.id === a.id);
    const theirs = result.annotations.find((x) => x.id === conflict.otherVersion);
    assert.equal(ours?.status, 'verified');
    assert.equal(theirs?.status, 'false');
    assert.deepEqual(ours?.conflict, { reason: 'edited-on-both-sides', otherVersion: theirs?.id });
    assert.deepEqual(theirs?.conflict, { reason: 'edited-on-both-sides', otherVersion: a.id });
    assert.equal(result.annotations.length, 4);
    // Deterministic: the same merge names their version the same way.
    assert.deepEqual(mergeAnnotations(base, [mine, b, c], [yours, b, c]), result);
  });

  it('deletes what one side deleted and the other left alone', () => {
    const result = mergeAnnotations(base, [a, c], [a, b, c]);
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(ids(result.annotations), ids([a, c]));
  });

  it('keeps an annotation deleted on one side but edited on the other, marked', () => {
    const edited = updateAnnotation(b, { status: 'disputed' }, later(3));
    const result = mergeAnnotations(base, [a, c], [a, edited, c]);
    assert.deepEqual(result.conflicts, [{ id: b.id, reason: 'edited-and-deleted' }]);
    assert.deepEqual(result.annotations.find((x) => x.id === b.id), { ...edited, conflict: { reason: 'edited-and-deleted' } });
  });

  it('treats targets on the same quote as equal, whichever side moved them', () => {
    const moved = { ...a, target: { ...a.target, start: a.target.start + 5, end: a.target.end + 5, prefix: 'other' } };
    const edited = updateAnnotation(a, { status: 'checking' }, later(1));
    const movedToo = { ...edited, target: { ...a.target, start: a.target.start + 9, end: a.target.end + 9 } };
    const result = mergeAnnotations(base, [moved, b, c], [movedToo, b, c]);
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.annotations.find((x) => x.id === a.id)?.status, 'checking');
  });

  it('without a base, unions both sides and only conflicts on real differences', () => {
    const touched = { ...a, modified: later(5).toISOString() };
    const clean = mergeAnnotations(null, [a, b], [touched, c]);
    assert.deepEqual(clean.conflicts, []);
    assert.deepEqual(ids(clean.annotations), ids([a, b, c]));
    assert.equal(clean.annotations.find((x) => x.id === a.id)?.modified, touched.modified);
    const differing = mergeAnnotations(null, [a], [updateAnnotation(a, { note: 'x' }, later(1))]);
    assert.equal(differing.conflicts.length, 1);
    assert.equal(differing.annotations.length, 2);
  });

  it('returns annotations in the stored order, and is idempotent on identical sides', () => {
    const result = mergeAnnotations(base, [c, b, a], [b, a, c]);
    assert.equal(serializeSidecar(result.annotations), serializeSidecar(base));
    assert.deepEqual(result.annotations.map((x) => x.id), JSON.parse(serializeSidecar(base)).annotations.map((x: { id: string }) => x.id));
  });
});
