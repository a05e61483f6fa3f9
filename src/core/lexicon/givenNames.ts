import { nameKey, slavicStem } from '../text/fold';
import { lazy } from '../text/lazy';
import { GIVEN_NAME_KEYS } from './givenNameKeys';

/** Keys of the common given names of givenNameList.ts, precomputed there. */
const givenNameKeys = lazy(() => new Set(GIVEN_NAME_KEYS.split(/\s+/).filter((key) => key !== '')));

/** True when `word` is a common given name in some romanisation ("Sergei", "Serhii", "Wolodymyr", "Фрідріх"). */
export function isGivenName(word: string): boolean {
  const key = nameKey(word);
  return key.length > 1 && (givenNameKeys().has(key) || (/[\u0400-\u04ff]/.test(word) && givenNameKeys().has(`~${slavicStem(word)}`)));
}
