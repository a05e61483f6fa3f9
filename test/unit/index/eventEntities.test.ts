import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyOverrides } from '../../../src/core/link/overrides';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { generateCorpus } from '../../bench/corpus';

const samples = join(__dirname, '..', '..', '..', '..', 'samples');
const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ key: file, text: readFileSync(join(samples, file), 'utf8') }));

/** Each event's entities as the linker names them now, asked afresh for every mention. */
function assertEntitiesCurrent(index: WorkspaceIndex): void {
  const details = index.eventDetails();
  assert.ok(details.length > 0);
  for (const cluster of details) {
    const ids = new Set<string>();
    for (const { key, mention } of cluster.sources) {
      for (const name of [...mention.participants, ...(mention.placeSpan ? [mention.placeSpan.text] : [])]) {
        const id = index.entityIdFor(key, name);
        if (id) ids.add(id);
      }
    }
    assert.deepEqual(cluster.entities, [...ids].sort(), cluster.label);
  }
  const { participants: _participants, sources: _sources, ...first } = details[0];
  assert.deepEqual(index.events()[0], first);
}

describe('event entities kept between reads', () => {
  it('follow every change: articles added, edited, renamed, removed, and the user relinking names', () => {
    const index = new WorkspaceIndex();
    const corpus = generateCorpus(40, 11);
    for (const { file, text } of corpus.slice(0, 30)) index.update(file, text);
    for (const { key, text } of sampleFiles) index.update(key, text);
    assertEntitiesCurrent(index);
    for (const { file, text } of corpus.slice(30)) {
      index.update(file, text);
      assertEntitiesCurrent(index);
    }
    index.update(corpus[3].file, corpus[3].text.replace(/\n\n/, '\n\nKyiv officials met Sergei Lavrov in Doha on Monday.\n\n'));
    assertEntitiesCurrent(index);
    index.rename(corpus[4].file, 'renamed.txt');
    index.remove(corpus[5].file);
    assertEntitiesCurrent(index);
    // Names merged, retyped and dropped by the user move mentions to other forms and entities.
    const people = index.entities().filter((e) => e.type === 'person');
    const places = index.entities().filter((e) => e.type === 'place');
    assert.ok(people.length >= 2 && places.length >= 2);
    index.setOverrides({
      ...emptyOverrides(),
      merge: [{ names: [people[0].name, people[1].name] }],
      retype: [{ name: places[0].name, type: 'organization' }],
      notEntity: [places[1].name],
    });
    assertEntitiesCurrent(index);
    index.setOverrides(undefined);
    assertEntitiesCurrent(index);
  });
});
