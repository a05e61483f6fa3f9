import type { ArticleAnalysis } from '../model';
import { weekdayOfIso, weekdayNumber } from '../lexicon/calendar';

/**
 * Publication dates for articles whose text does not give one, borrowed from dated articles of the
 * same workspace. Relative dates ("on Monday") cannot be resolved without a reference, and undated
 * copies and rewrites of agency stories are common in research folders (aggregator pages, reposts).
 *
 * Two kinds of evidence, strongest first:
 * 1. The undated article shares enough wording with a dated one to be a copy or a rewrite of it:
 *    take that article's date.
 * 2. The undated article's lede reports something on a weekday, with a name that a dated article puts
 *    in a sentence on a resolved date of that weekday (talks announced for Monday, reported as held
 *    on Monday): the lede's day is that date, and news ledes report the day of publication.
 */
export interface InferredDate {
  date: string;
  /** The article the date was borrowed from. */
  from: string;
  reason: 'near-duplicate' | 'same-event';
}

/** A dated or undated article as date inference sees it. */
export interface DateInferenceInput {
  key: string;
  analysis: ArticleAnalysis;
  fingerprint: Uint32Array;
}

const SHINGLE_SIZE = 4;
/**
 * Only shingles whose hash is divisible by this are kept: the same shingle is kept or dropped in
 * every article, so shared counts shrink by the same factor while fingerprints stay small enough
 * for ten thousand articles.
 */
const SAMPLING = 4;
const FNV_OFFSET = 0x811c9dc5;
/** Sampled shared 4-grams that make one article a copy or rewrite of another (rewrites share 30+ 4-grams, different coverage of one event under 6). */
const MIN_SHARED = 6;
const MIN_SHARED_FRACTION = 0.03;

/** A compact, sorted sample of an article body's word 4-gram hashes, for near-duplicate detection. */
export function wordingFingerprint(analysis: ArticleAnalysis): Uint32Array {
  const { text, paragraphs } = analysis.parsed;
  // Each paragraph lower-cased on its own (lower case can change a text's length, so offsets of
  // the whole text would not do), joined by a space that no word includes; the words (runs of
  // letters and digits) are kept as offsets, so shingles are hashed where they stand.
  const lower = paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end).toLowerCase()).join(' ');
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < lower.length;) {
    let length = wordUnitLength(lower, i);
    if (length === 0) {
      i++;
      continue;
    }
    starts.push(i);
    do i += length;
    while (i < lower.length && (length = wordUnitLength(lower, i)) > 0);
    ends.push(i);
  }
  // Which shingles SAMPLING (4) keeps depends on the hash's two low bits only. In FNV-1a those
  // follow the two low bits of each unit (the prime is 3 mod 4), and a whole word moves them by a
  // small affine map: its effect from 0 and whether its length is odd. Only kept shingles are hashed.
  const lowBits = new Uint8Array(starts.length);
  for (let w = 0; w < starts.length; w++) {
    let bits = 0;
    for (let k = starts[w]!, end = ends[w]!; k < end; k++) bits = ((bits ^ (lower.charCodeAt(k) & 3)) * 3) & 3;
    lowBits[w] = bits | ((ends[w]! - starts[w]!) & 1) << 2;
  }
  const kept = new Uint32Array(Math.max(0, starts.length - SHINGLE_SIZE + 1));
  let count = 0;
  for (let i = 0; i + SHINGLE_SIZE <= starts.length; i++) {
    let low = FNV_OFFSET & 3;
    for (let w = i; w < i + SHINGLE_SIZE; w++) {
      // The space between words (32, 0 mod 4) and an odd number of units both map (b1 b0) to (b1^b0 b0).
      if (w > i) low ^= (low & 1) << 1;
      if (lowBits[w]! & 4) low ^= (low & 1) << 1;
      low ^= lowBits[w]! & 3;
    }
    if (low !== 0) continue;
    const hash = shingleHash(lower, starts, ends, i);
    if (hash % SAMPLING === 0) kept[count++] = hash;
  }
  const sorted = kept.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** Letters and digits by UTF-16 unit, filled on first sight: 0 unknown, 1 no, 2 yes. */
const wordUnits = new Uint8Array(0x10000);
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** How many UTF-16 units the letter or digit at `i` takes (2 outside the BMP), or 0 if there is none. */
function wordUnitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c < 0xdc00) return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
  let word = wordUnits[c];
  if (word === 0) wordUnits[c] = word = WORD_CHARACTER.test(text[i]!) ? 2 : 1;
  return word === 2 ? 1 : 0;
}

/** FNV-1a of words i … i + SHINGLE_SIZE − 1 joined by spaces, read in place. */
function shingleHash(text: string, starts: readonly number[], ends: readonly number[], i: number): number {
  let hash = FNV_OFFSET;
  for (let w = i; w < i + SHINGLE_SIZE; w++) {
    if (w > i) hash = Math.imul(hash ^ 32, 0x01000193);
    for (let k = starts[w]!, end = ends[w]!; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  }
  return hash >>> 0;
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared;
}

/**
 * Infers the publication date of an undated article from `dated` articles (whose analyses were made
 * with their own dates as reference), or returns undefined when no evidence is strong enough.
 */
export function inferPublicationDate(article: DateInferenceInput, dated: Iterable<DateInferenceInput>): InferredDate | undefined {
  let copyOf: { candidate: DateInferenceInput; shared: number } | undefined;
  let sameEvent: InferredDate | undefined;
  const lede = ledeWeekday(article.analysis);
  for (const candidate of dated) {
    const date = candidate.analysis.parsed.publicationDate;
    if (!date || candidate.key === article.key) continue;
    const shared = sharedCount(article.fingerprint, candidate.fingerprint);
    const smaller = Math.min(article.fingerprint.length, candidate.fingerprint.length);
    if (shared >= MIN_SHARED && shared >= smaller * MIN_SHARED_FRACTION && (!copyOf || shared > copyOf.shared)) copyOf = { candidate, shared };
    if (!copyOf && lede) {
      const day = dayOfWeekdayWithSharedName(candidate.analysis, lede.weekday, lede.names);
      if (day && (!sameEvent || day > sameEvent.date)) sameEvent = { date: day, from: candidate.key, reason: 'same-event' };
    }
  }
  if (copyOf) return { date: copyOf.candidate.analysis.parsed.publicationDate!, from: copyOf.candidate.key, reason: 'near-duplicate' };
  return sameEvent;
}

/** The weekday named in one of the first body sentences, with the names in that sentence. */
function ledeWeekday(analysis: ArticleAnalysis): { weekday: number; names: Set<string> } | undefined {
  const lede = analysis.parsed.sentences.slice(0, 3);
  for (const date of analysis.dates) {
    const weekday = weekdayNumber(date.text.replace(/^(early|late|on)\s+/i, ''));
    const sentence = lede.find((s) => s.start <= date.start && date.end <= s.end);
    if (weekday === undefined || !sentence) continue;
    const names = new Set(analysis.entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end).map((e) => e.name.toLowerCase()));
    if (names.size > 0) return { weekday, names };
  }
  return undefined;
}

/** The latest day date of `weekday` in `analysis` whose sentence shares a name with `names`. */
function dayOfWeekdayWithSharedName(analysis: ArticleAnalysis, weekday: number, names: ReadonlySet<string>): string | undefined {
  let latest: string | undefined;
  for (const date of analysis.dates) {
    if (date.grain !== 'day' || !date.value || weekdayOfIso(date.value) !== weekday || (latest && date.value <= latest)) continue;
    const sentence = analysis.parsed.sentences.find((s) => s.start <= date.start && date.end <= s.end);
    if (sentence && analysis.entities.some((e) => e.start >= sentence.start && e.end <= sentence.end && names.has(e.name.toLowerCase()))) latest = date.value;
  }
  return latest;
}
