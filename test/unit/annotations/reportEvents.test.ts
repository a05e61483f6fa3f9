import * as assert from 'node:assert/strict';
import { createEventFinder } from '../../../src/core/annotations/reportEvents';
import type { EventCluster } from '../../../src/core/model';

function cluster(id: string, label: string, mentions: EventCluster['mentions']): EventCluster {
  return { id, label, action: 'talks', date: null, place: null, entities: [], articles: [...new Set(mentions.map((m) => m.file))], mentions, discrepancies: [] };
}

describe('annotations: the event of a claim, for the report', () => {
  const talks = cluster('e1', 'Talks in the capital', [
    { file: 'a', start: 100, end: 200, background: false, snippet: '' },
    { file: 'b', start: 0, end: 80, background: false, snippet: '' },
  ]);
  const earlier = cluster('e2', 'Earlier talks', [{ file: 'a', start: 150, end: 260, background: true, snippet: '' }]);
  const strike = cluster('e3', 'Strike', [{ file: 'a', start: 400, end: 480, background: false, snippet: '' }]);
  const find = createEventFinder([talks, earlier, strike], (key) => (key === 'a' ? 'e3' : undefined));

  it('takes the event reported by the sentence the claim is in', () => {
    assert.deepEqual(find('a', { start: 120, end: 140 }), { id: 'e1', label: 'Talks in the capital' });
    assert.deepEqual(find('a', { start: 410, end: 420 })?.id, 'e3');
    assert.deepEqual(find('b', { start: 10, end: 20 })?.id, 'e1');
  });

  it('prefers a report to a passing reference, even with less overlap', () => {
    assert.equal(find('a', { start: 190, end: 250 })?.id, 'e1');
    assert.equal(find('a', { start: 210, end: 250 })?.id, 'e2', 'only the reference overlaps');
  });

  it('falls back to the article’s main event, or none', () => {
    assert.equal(find('a', { start: 300, end: 320 })?.id, 'e3');
    assert.equal(find('a', null)?.id, 'e3', 'an orphan');
    assert.equal(find('b', { start: 500, end: 520 }), null);
    assert.equal(find('c', { start: 0, end: 5 }), null);
  });
});
