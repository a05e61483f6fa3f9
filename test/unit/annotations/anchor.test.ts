import * as assert from 'node:assert/strict';
import {
  anchorAnnotations, applyEdits, updateTargets, type Anchor, type AnchoredAnchor, type TextEdit,
} from '../../../src/core/annotations/anchor';
import { annotate, annotateQuote, sampleArticles } from './annotationFixtures';

const anchored = (anchor: Anchor): AnchoredAnchor => {
  assert.equal(anchor.state, 'anchored', `expected ${anchor.id} anchored, got ${JSON.stringify(anchor)}`);
  return anchor as AnchoredAnchor;
};
const textAt = (text: string, anchor: Anchor): string => {
  const { span } = anchored(anchor);
  return text.slice(span.start, span.end);
};

describe('annotations: anchoring', () => {
  const article = sampleArticles()[0].text;
  const claim = annotateQuote(article, 'the first direct contact in more than three years');

  it('uses the stored position while the text is unchanged', () => {
    const [anchor] = anchorAnnotations(article, [claim]);
    assert.equal(anchored(anchor).method, 'position');
    assert.equal(textAt(article, anchor), claim.target.exact);
  });

  it('finds the exact quote again after text was inserted above it', () => {
    const changed = `EDITOR'S NOTE: updated with new figures.\n${article}`;
    const [anchor] = anchorAnnotations(changed, [claim]);
    assert.equal(anchored(anchor).method, 'quote');
    assert.equal(textAt(changed, anchor), claim.target.exact);
  });

  it('counts stored positions in code points, so emoji before the quote do not shift it', () => {
    const text = '🇺🇦🇷🇺 😀 Talks in Istanbul resulted in an exchange of prisoners.';
    const a = annotateQuote(text, 'an exchange of prisoners');
    assert.equal(a.target.start, [...text.slice(0, text.indexOf('an exchange'))].length);
    const [anchor] = anchorAnnotations(text, [a]);
    assert.equal(anchored(anchor).method, 'position');
  });

  it('picks the occurrence whose surroundings agree when the quote appears twice', () => {
    const text = 'Officials said the talks were productive. Later, critics said the talks were productive only for one side.';
    const second = text.lastIndexOf('the talks were productive');
    const a = annotate(text, second, second + 'the talks were productive'.length);
    const changed = `Update: ${text}`;
    const [anchor] = anchorAnnotations(changed, [a]);
    assert.equal(anchored(anchor).span.start, changed.lastIndexOf('the talks were productive'));
  });

  it('follows a quote whose wording was slightly corrected, above the threshold', () => {
    const changed = article.replace('the first direct contact in more than three years', 'the first direct contacts in over three years');
    const [anchor] = anchorAnnotations(changed, [claim]);
    const found = anchored(anchor);
    assert.equal(found.method, 'fuzzy');
    assert.ok(found.confidence >= 0.75, `confidence ${found.confidence}`);
    assert.match(textAt(changed, anchor), /first direct contacts in over three years/);
  });

  it('orphans an annotation whose text is gone instead of attaching it elsewhere', () => {
    const changed = article.replace('the first direct contact in more than three years', 'a meeting');
    const [anchor] = anchorAnnotations(changed, [claim]);
    assert.deepEqual(anchor, { id: claim.id, state: 'orphan', reason: 'not-found' });
    const [strict] = anchorAnnotations(article.replace('more than three', 'more than four'), [claim], { threshold: 1 });
    assert.equal(strict.state, 'orphan');
  });

  it('moves a short quote only where its context agrees', () => {
    const text = 'The ministry said 1,000 prisoners were freed. Separately, 1,000 troops moved.';
    const a = annotate(text, text.indexOf('1,000'), text.indexOf('1,000') + 5);
    // The sentence around the first figure is rewritten; the other "1,000" has different context.
    const rewritten = text.replace('The ministry said 1,000 prisoners were freed.', 'Nobody confirmed the count.');
    assert.equal(anchorAnnotations(rewritten, [a])[0].state, 'orphan');
    // Text inserted far above: the prefix still agrees, so the figure is found again.
    const shifted = `Breaking. ${text}`;
    assert.equal(anchored(anchorAnnotations(shifted, [a])[0]).span.start, shifted.indexOf('1,000'));
  });

  it('returns one anchor per annotation, in order, none dropped', () => {
    const many = [claim, annotateQuote(article, 'Russia'), annotateQuote(article, 'Istanbul')];
    const anchors = anchorAnnotations('unrelated text', many);
    assert.deepEqual(anchors.map((a) => a.id), many.map((a) => a.id));
    assert.ok(anchors.every((a) => a.state === 'orphan'));
  });
});

describe('annotations: moving anchors through edits', () => {
  const text = 'Alpha beta gamma delta epsilon.';
  const a = annotateQuote(text, 'gamma delta');
  const start = text.indexOf('gamma');
  const end = start + 'gamma delta'.length;
  const [initial] = anchorAnnotations(text, [a]);
  const move = (...edits: TextEdit[]) => applyEdits([initial], edits)[0];

  it('shifts with text inserted or deleted before it and ignores text after it', () => {
    assert.deepEqual(anchored(move({ start: 0, end: 0, text: 'New ' })).span, { start: start + 4, end: end + 4 });
    assert.deepEqual(anchored(move({ start: 0, end: 6, text: '' })).span, { start: start - 6, end: end - 6 });
    assert.equal(move({ start: end + 1, end: end + 3, text: 'XYZ' }), initial, 'untouched anchors stay the same object');
  });

  it('keeps text typed at its edges outside and text typed inside in', () => {
    assert.deepEqual(anchored(move({ start, end: start, text: '«' })).span, { start: start + 1, end: end + 1 });
    assert.equal(move({ start: end, end, text: '»' }), initial);
    assert.deepEqual(anchored(move({ start: start + 5, end: start + 6, text: ' and ' })).span, { start, end: end + 4 });
  });

  it('trims to what is left when an edit straddles an edge', () => {
    assert.deepEqual(anchored(move({ start: start - 3, end: start + 2, text: 'XY' })).span, { start: start - 1, end: end - 3 });
    assert.deepEqual(anchored(move({ start: end - 2, end: end + 3, text: '' })).span, { start, end: end - 2 });
  });

  it('becomes an orphan when all its text is deleted', () => {
    assert.deepEqual(move({ start: start - 1, end: end + 1, text: 'x' }), { id: a.id, state: 'orphan', reason: 'deleted' });
    assert.deepEqual(move({ start, end, text: '' }), { id: a.id, state: 'orphan', reason: 'deleted' });
  });

  it('applies a batch in order, each edit on the text the previous left', () => {
    // VS Code reports multi-cursor edits last-first, so each offset is valid when applied in turn.
    const after = move({ start: end + 2, end: end + 2, text: '!!' }, { start: start + 1, end: start + 1, text: '-' }, { start: 0, end: 0, text: '>> ' });
    assert.deepEqual(anchored(after).span, { start: start + 3, end: end + 4 });
  });

  it('updates stored targets to the moved text without touching modified', () => {
    const edited = `>> ${text}`;
    const [moved] = applyEdits([initial], [{ start: 0, end: 0, text: '>> ' }]);
    const [updated] = updateTargets(edited, [a], [moved]);
    assert.equal(updated.target.start, a.target.start + 3);
    assert.equal(updated.target.prefix, '>> Alpha beta ');
    assert.equal(updated.modified, a.modified);
    assert.equal(updateTargets(text, [a], [initial])[0], a, 'unchanged annotations stay the same object');
    const orphan: Anchor = { id: a.id, state: 'orphan', reason: 'deleted' };
    assert.equal(updateTargets('', [a], [orphan])[0], a, 'orphans keep their stored target');
  });
});
