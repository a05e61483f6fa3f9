import * as assert from 'node:assert/strict';
import { anchorAnnotations, type Anchor } from '../../../src/core/annotations/anchor';
import {
  annotationsTouching, decorationPlan, filterAnnotations, groupAnnotations, sharedIds, type AnnotationEntry,
} from '../../../src/core/annotations/browse';
import { copyAnnotations, retargetAnnotation, type Annotation } from '../../../src/core/annotations/sidecar';
import { annotate } from './annotationFixtures';

const TEXT = 'The ministry said 1,000 prisoners were exchanged on Monday. Critics called the figure “wildly inflated”. Kyiv disputed it.';
const at = (quote: string) => TEXT.indexOf(quote);
const on = (quote: string, extra: Parameters<typeof annotate>[3] = {}) => annotate(TEXT, at(quote), at(quote) + quote.length, extra);

const figure = on('1,000 prisoners', { tags: ['claim', 'needs-source'], status: 'disputed', author: 'Ana Lima' });
const critics = on('Critics called the figure', { tags: ['opinion'], status: 'open', note: 'Who are the critics?' });
const kyiv = on('Kyiv disputed it', { tags: ['claim'], status: 'verified' });
const lost: Annotation = { ...on('exchanged on Monday', { tags: ['claim'] }), target: { exact: 'swapped on Tuesday', prefix: 'nothing like this ', suffix: ' in the text at all', start: 0, end: 18 } };

function anchorMap(annotations: Annotation[]): Map<string, Anchor> {
  return new Map(anchorAnnotations(TEXT, annotations).map((x) => [x.id, x]));
}

describe('annotations: what the editor shows', () => {
  const all = [figure, critics, kyiv, lost];
  const anchors = anchorMap(all);

  it('plans decorations by status, one gutter mark per anchored annotation, none for orphans', () => {
    const plan = decorationPlan(all, anchors);
    assert.deepEqual(plan.byStatus.disputed, [{ start: at('1,000'), end: at('1,000') + '1,000 prisoners'.length }]);
    assert.equal(plan.byStatus.open.length, 1, 'the orphan (also open) draws nothing');
    assert.equal(plan.byStatus.verified.length, 1);
    assert.deepEqual(plan.marks.sort((x, y) => x - y), [at('1,000'), at('Critics'), at('Kyiv')]);
    assert.deepEqual(plan.conflicts, []);
    const conflicted = { ...kyiv, conflict: { reason: 'edited-and-deleted' as const } };
    assert.equal(decorationPlan([conflicted], anchors).conflicts.length, 1);
  });

  it('finds the annotations at a position, including just past the last character, innermost first', () => {
    const outer = on('1,000 prisoners were exchanged', { tags: ['claim'] });
    const list = [figure, outer, critics];
    const map = anchorMap(list);
    const here = annotationsTouching(list, map, { start: at('prisoners'), end: at('prisoners') });
    assert.deepEqual(here.map((x) => x.annotation.id), [figure.id, outer.id]);
    const end = at('1,000') + '1,000 prisoners'.length;
    assert.deepEqual(annotationsTouching(list, map, { start: end, end }).map((x) => x.annotation.id), [figure.id, outer.id]);
    assert.deepEqual(annotationsTouching(list, map, { start: end, end: end + 1 }).map((x) => x.annotation.id), [outer.id], 'a span must overlap');
    assert.deepEqual(annotationsTouching(list, map, { start: 0, end: 3 }), []);
  });

  const entries: AnnotationEntry[] = all.map((annotation) => ({
    key: 'file:///w/a.txt', name: 'a.txt', annotation, span: anchors.get(annotation.id)?.state === 'anchored' ? (anchors.get(annotation.id) as { span: { start: number; end: number } }).span : null,
  }));
  const other: AnnotationEntry = { key: 'file:///w/b.txt', name: 'b.txt', annotation: { ...critics, id: 'urn:uuid:00000000-0000-4000-8000-000000000001', status: 'false', tags: [] }, span: { start: 0, end: 5 } };

  it('groups by article, tag or status, with orphans apart and conflicts listed first', () => {
    const withConflict = [...entries, other, { ...entries[2], annotation: { ...kyiv, id: 'urn:uuid:00000000-0000-4000-8000-000000000002', conflict: { reason: 'edited-and-deleted' as const } } }];
    const byArticle = groupAnnotations(withConflict, 'article');
    assert.deepEqual(byArticle.map((g) => [g.kind, g.value, g.entries.length]), [
      ['conflicts', '', 1], ['orphans', '', 1], ['article', 'file:///w/a.txt', 4], ['article', 'file:///w/b.txt', 1],
    ]);
    assert.deepEqual(byArticle[2].entries.map((e) => e.annotation.target.exact.slice(0, 5)), ['1,000', 'Criti', 'Kyiv ', 'Kyiv '], 'reading order');

    const byTag = groupAnnotations([...entries, other], 'tag', ['opinion', 'claim']);
    assert.deepEqual(byTag.map((g) => [g.kind, g.value, g.entries.length]), [
      ['orphans', '', 1], ['tag', 'opinion', 1], ['tag', 'claim', 2], ['tag', 'needs-source', 1], ['untagged', '', 1],
    ]);
    const byStatus = groupAnnotations([...entries, other], 'status');
    assert.deepEqual(byStatus.map((g) => g.value), ['', 'open', 'verified', 'disputed', 'false']);
  });

  it('filters on every field, ignoring case and accents, with field prefixes and phrases', () => {
    const list = [...entries, other];
    const names = (query: string) => filterAnnotations(list, query).map((e) => `${e.name}:${e.annotation.target.exact.slice(0, 5)}`);
    assert.equal(names('').length, 5);
    assert.deepEqual(names('PRISONERS'), ['a.txt:1,000']);
    assert.deepEqual(names('ána'), ['a.txt:1,000'], 'author, accent-insensitive');
    assert.deepEqual(names('tag:claim'), ['a.txt:1,000', 'a.txt:Kyiv ', 'a.txt:swapp']);
    assert.deepEqual(names('tag:claim status:verified'), ['a.txt:Kyiv ']);
    assert.deepEqual(names('article:b.txt'), ['b.txt:Criti']);
    assert.deepEqual(names('is:orphan'), ['a.txt:swapp']);
    assert.deepEqual(names('"the critics"'), ['a.txt:Criti', 'b.txt:Criti'], 'a phrase, found in the note');
    assert.deepEqual(names('critics status:false'), ['b.txt:Criti']);
    assert.deepEqual(names('nowhere'), []);
  });

  it('finds ids shared by two articles’ sidecars', () => {
    const shared = sharedIds([
      { key: 'a', annotations: [figure, critics] },
      { key: 'b', annotations: [figure] },
      { key: 'c', annotations: [kyiv] },
    ]);
    assert.deepEqual([...shared], [[figure.id, ['a', 'b']]]);
  });
});

describe('annotations: re-attaching and copying', () => {
  it('re-attaches an annotation to a new span with a fresh target and a new modified time', () => {
    const now = new Date('2025-07-01T10:00:00Z');
    const moved = retargetAnnotation(lost, TEXT, { start: at('exchanged'), end: at('exchanged') + 'exchanged on Monday'.length }, now);
    assert.ok(moved);
    assert.equal(moved.id, lost.id);
    assert.equal(moved.target.exact, 'exchanged on Monday');
    assert.equal(moved.target.prefix, TEXT.slice(Math.max(0, at('exchanged') - 32), at('exchanged')));
    assert.equal(moved.modified, now.toISOString());
    assert.equal(moved.created, lost.created);
    assert.equal(retargetAnnotation(lost, TEXT, { start: 4, end: 4 }, now), null);
  });

  it('copies annotations under new, reproducible ids, without conflict marks', () => {
    const marked = { ...kyiv, conflict: { reason: 'edited-and-deleted' as const } };
    const copies = copyAnnotations([figure, marked], 'file:///w/copy.txt');
    assert.equal(copies.length, 2);
    assert.ok(copies.every((c) => /^urn:uuid:[0-9a-f-]{36}$/.test(c.id)));
    assert.notEqual(copies[0].id, figure.id);
    assert.deepEqual({ ...copies[0], id: figure.id }, figure);
    assert.equal(copies[1].conflict, undefined);
    assert.deepEqual(copyAnnotations([figure], 'file:///w/copy.txt')[0].id, copies[0].id);
    assert.notEqual(copyAnnotations([figure], 'file:///w/other.txt')[0].id, copies[0].id);
  });
});
