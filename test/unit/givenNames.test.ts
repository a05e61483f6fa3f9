import * as assert from 'node:assert/strict';
import { GIVEN_NAME_KEYS } from '../../src/core/lexicon/givenNameKeys';
import { givenNameKeys } from '../../src/core/lexicon/givenNameList';
import { isGivenName } from '../../src/core/lexicon/givenNames';

describe('given names', () => {
  it('loads keys that are current with the list (else run node scripts/givenNameKeys.mjs after a build)', () => {
    assert.deepEqual(GIVEN_NAME_KEYS.split(/\s+/).filter((key) => key !== ''), givenNameKeys());
  });

  it('knows listed names in their romanisations, declined Cyrillic forms and parts of hyphenated names', () => {
    for (const name of ['Sergei', 'Serhii', 'Wolodymyr', 'Фрідріх', 'Володимира', 'Walter', 'Jürgen']) assert.ok(isGivenName(name), name);
    for (const word of ['Ministry', 'Kyiv', 'Monday', 'A']) assert.ok(!isGivenName(word), word);
  });
});
