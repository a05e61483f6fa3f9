import * as assert from 'node:assert/strict';
import { NO_SIDECAR, reconcileSidecar, type Reconciliation } from '../../../src/core/annotations/reconcile';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { updateAnnotation, type Annotation } from '../../../src/core/annotations/sidecar';
import { annotateQuote, sampleArticles } from './annotationFixtures';

const later = (minutes: number) => new Date(Date.parse('2025-06-02T08:00:00Z') + minutes * 60_000);
const ids = (list: readonly Annotation[]) => list.map((x) => x.id).sort();

function ok(result: Reconciliation): Extract<Reconciliation, { kind: 'ok' }> {
  assert.equal(result.kind, 'ok', result.kind === 'ok' ? '' : result.message);
  return result as Extract<Reconciliation, { kind: 'ok' }>;
}

describe('annotations: reconciling memory with the sidecar on disk', () => {
  const article = sampleArticles()[1].text;
  const a = annotateQuote(article, article.slice(200, 240), { tags: ['claim'] });
  const b = annotateQuote(article, article.slice(500, 530), { tags: ['opinion'] });
  const c = annotateQuote(article, article.slice(800, 850), { note: 'check the figure' });
  const written = (list: readonly Annotation[]) => ({ base: list, text: serializeSidecar(list) });

  it('writes a first annotation when there is no file, and nothing when there is nothing to keep', () => {
    assert.equal(ok(reconcileSidecar(NO_SIDECAR, [a], null)).write, serializeSidecar([a]));
    assert.equal(ok(reconcileSidecar(NO_SIDECAR, [], null)).write, null);
  });

  it('reads a file seen for the first time without rewriting it', () => {
    const text = serializeSidecar([a, b]);
    const result = ok(reconcileSidecar(NO_SIDECAR, [], text));
    assert.deepEqual(ids(result.annotations), ids([a, b]));
    assert.equal(result.write, null);
    assert.equal(result.read.text, text);
    assert.deepEqual(ids(result.read.base ?? []), ids([a, b]));
  });

  it('lets memory win when the file did not change since it was last written', () => {
    const snapshot = written([a, b]);
    const edited = updateAnnotation(a, { status: 'verified' }, later(1));
    const result = ok(reconcileSidecar(snapshot, [edited, b, c], snapshot.text));
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.write, serializeSidecar([edited, b, c]));
  });

  it('merges by id when the file changed meanwhile: both sides’ additions and edits stay', () => {
    const snapshot = written([a, b]);
    const mine = updateAnnotation(a, { status: 'verified' }, later(1));
    const theirsB = updateAnnotation(b, { note: 'from the other window' }, later(2));
    const result = ok(reconcileSidecar(snapshot, [mine, b], serializeSidecar([a, theirsB, c])));
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(ids(result.annotations), ids([a, b, c]));
    assert.equal(result.annotations.find((x) => x.id === a.id)?.status, 'verified');
    assert.equal(result.annotations.find((x) => x.id === b.id)?.note, 'from the other window');
    assert.equal(result.write, serializeSidecar(result.annotations));
  });

  it('keeps both versions, marked, when the same field changed in memory and on disk', () => {
    const snapshot = written([a]);
    const mine = updateAnnotation(a, { status: 'verified' }, later(1));
    const theirs = updateAnnotation(a, { status: 'false' }, later(2));
    const result = ok(reconcileSidecar(snapshot, [mine], serializeSidecar([theirs])));
    assert.equal(result.conflicts.length, 1);
    assert.equal(result.annotations.length, 2);
    assert.deepEqual(result.annotations.map((x) => x.status).sort(), ['false', 'verified']);
    assert.ok(result.annotations.every((x) => x.conflict?.reason === 'edited-on-both-sides'));
    assert.ok(result.write?.includes('"conflict"'));
  });

  it('takes a hand reformatting of the same annotations as no change', () => {
    const snapshot = written([a, b]);
    const reformatted = JSON.stringify(JSON.parse(snapshot.text), null, 4);
    const result = ok(reconcileSidecar(snapshot, [a, b], reformatted));
    assert.equal(result.write, null);
    assert.equal(result.read.text, reformatted);
  });

  it('follows a deletion of the file, but keeps what memory changed since', () => {
    const snapshot = written([a, b]);
    const edited = updateAnnotation(b, { status: 'disputed' }, later(1));
    const result = ok(reconcileSidecar(snapshot, [a, edited], null));
    assert.deepEqual(ids(result.annotations), [b.id]);
    assert.equal(result.annotations[0].conflict?.reason, 'edited-and-deleted');
    assert.ok(result.write);
    assert.equal(ok(reconcileSidecar(snapshot, [a, b], null)).write, null, 'nothing left, no file recreated');
  });

  it('never lets a broken file be written over, and says where it is broken', () => {
    const result = reconcileSidecar(written([a]), [a, b], '{ "format": "dossier-annotations", "version": 1, "annotations": [ }');
    assert.equal(result.kind, 'invalid');
    assert.match(result.kind === 'invalid' ? result.message : '', /line 1, column \d+/);
    const invalidShape = reconcileSidecar(NO_SIDECAR, [a], JSON.stringify({ format: 'dossier-annotations', version: 1, annotations: [{ id: 'x' }] }));
    assert.equal(invalidShape.kind, 'invalid');
  });

  it('treats a sidecar from a newer format as read-only, showing what it can read', () => {
    const newer = JSON.parse(serializeSidecar([a]));
    newer.version = 99;
    newer.annotations[0].futureField = true;
    const result = reconcileSidecar(NO_SIDECAR, [], JSON.stringify(newer));
    assert.equal(result.kind, 'readOnly');
    assert.deepEqual(result.kind === 'readOnly' ? result.annotations?.map((x) => x.id) : null, [a.id]);
    assert.match(result.kind === 'readOnly' ? result.message : '', /version 99/);
  });
});
