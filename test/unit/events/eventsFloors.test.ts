import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreEvents, type EventsScore } from '../../eval/eventsScore';

/*
 * The events engine's measured clustering accuracy, held as floors like test/unit/evalFloors.test.ts
 * does for the rest: a change that scores lower fails. Rates are the measured value to two decimals,
 * rounded down, less 0.01; counts are exact. Raise a floor when the engine improves (`npm run eval`
 * prints the figures); lower one only with a reason in the commit message.
 */
const floors: Record<string, { pairwiseF1: number; bcubedF1: number; bcubedPrecision: number; mainEventRight: number; maxMissed: number }> = {
  // The thirty written articles of test/fixtures/events (seven languages, twelve events).
  events: { pairwiseF1: 0.96, bcubedF1: 0.95, bcubedPrecision: 0.99, mainEventRight: 30, maxMissed: 3 },
  // The five samples, labelled by anchors.
  samples: { pairwiseF1: 0.91, bcubedF1: 0.95, bcubedPrecision: 0.99, mainEventRight: 5, maxMissed: 1 },
};
/** How much gold each file holds, so that gold cannot change unnoticed under the floors. */
const goldSize: Record<string, { articles: number; items: number }> = {
  events: { articles: 30, items: 77 },
  samples: { articles: 5, items: 27 },
};

describe('events evaluation floors', function () {
  this.timeout(60000);
  const dir = join(resolve(__dirname, '../../../..'), 'test', 'fixtures', 'events');
  const scores = new Map<string, EventsScore>();
  before(() => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const score = scoreEvents(join(dir, file));
      scores.set(score.name, score);
    }
  });

  for (const [name, floor] of Object.entries(floors)) {
    it(`holds the ${name} figures`, () => {
      const score = scores.get(name);
      assert.ok(score, `no gold named ${name}`);
      assert.deepEqual({ articles: score.articles, items: score.items }, goldSize[name], 'gold size changed');
      const below: string[] = [];
      if (score.pairwise.f1 < floor.pairwiseF1) below.push(`pairwise F1 ${score.pairwise.f1.toFixed(3)} < ${floor.pairwiseF1}`);
      if (score.bcubed.f1 < floor.bcubedF1) below.push(`B-cubed F1 ${score.bcubed.f1.toFixed(3)} < ${floor.bcubedF1}`);
      if (score.bcubed.precision < floor.bcubedPrecision) below.push(`B-cubed precision ${score.bcubed.precision.toFixed(3)} < ${floor.bcubedPrecision}`);
      if (score.mainEventRight < floor.mainEventRight) below.push(`main event ${score.mainEventRight} < ${floor.mainEventRight}`);
      if (score.missed > floor.maxMissed) below.push(`missed ${score.missed} > ${floor.maxMissed}`);
      assert.deepEqual(below, [], `${name} fell below its floors:\n${score.mistakes.join('\n')}`);
    });
  }
});
