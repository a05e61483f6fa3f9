import type { ArticleAnalysis } from '../model';
import { isoWeekday } from '../lexicon/calendar';

/**
 * Publication dates for articles whose text does not give one, borrowed from dated articles of the
 * same workspace. Relative dates ("on Monday") cannot be resolved without a reference, and undated
 * copies and rewrites of agency stories are common in research folders (aggregator pages, reposts).
 *
 * Two kinds of evidence, strongest first:
 * 1. The undated article shares enough word 4-grams with a dated one to be a copy or a rewrite of it:
 *    take that article's date.
 * 2. The undated article's lede reports something "on <weekday>" at a place or with people that a dated
 *    article also puts on a resolved date of that weekday (announced talks that the undated article
 *    reports as happening): the lede's day is that date, and news ledes report the day of publication.
 */
export interface DatedCandidate {
  key: string;
  analysis: ArticleAnalysis;
}

export interface InferredDate {
  date: string;
  /** The article the date was borrowed from. */
  from: string;
  reason: 'near-duplicate' | 'same-event';
}

const SHINGLE_SIZE = 4;
/** Shared 4-grams needed to call one article a copy or rewrite of another (measured: rewrites share 30+, unrelated coverage of one event under 6). */
const MIN_SHARED_SHINGLES = 20;
const MIN_SHARED_FRACTION = 0.03;

/** Word 4-gram hashes of an article's body, for near-duplicate detection. */
export function bodyShingles(analysis: ArticleAnalysis): Set<number> {
  const { text } = analysis.parsed;
  const words: string[] = [];
  for (const paragraph of analysis.parsed.paragraphs) {
    for (const match of text.slice(paragraph.start, paragraph.end).toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.push(match[0]);
  }
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_SIZE).join(' ')));
  return shingles;
}

function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Infers publication dates for the undated articles among `articles`. Dated articles are those whose
 * `parsed.publicationDate` is set; their analyses must have been made with that date as reference.
 */
export function inferPublicationDates(articles: readonly DatedCandidate[]): Map<string, InferredDate> {
  const dated = articles.filter((a) => a.analysis.parsed.publicationDate);
  const undated = articles.filter((a) => !a.analysis.parsed.publicationDate);
  const inferred = new Map<string, InferredDate>();
  if (dated.length === 0 || undated.length === 0) return inferred;

  // Inverted index from shingle to dated articles, so each undated article is compared only with
  // the articles it actually shares text with.
  const shingleOwners = new Map<number, number[]>();
  const datedShingleCounts = dated.map((article, index) => {
    const shingles = bodyShingles(article.analysis);
    for (const shingle of shingles) {
      const owners = shingleOwners.get(shingle);
      if (owners) owners.push(index);
      else shingleOwners.set(shingle, [index]);
    }
    return shingles.size;
  });

  for (const article of undated) {
    const shingles = bodyShingles(article.analysis);
    const shared = new Map<number, number>();
    for (const shingle of shingles) for (const owner of shingleOwners.get(shingle) ?? []) shared.set(owner, (shared.get(owner) ?? 0) + 1);
    let best: { index: number; count: number } | undefined;
    for (const [index, count] of shared) {
      const smaller = Math.min(shingles.size, datedShingleCounts[index]);
      if (count >= MIN_SHARED_SHINGLES && count >= smaller * MIN_SHARED_FRACTION && (!best || count > best.count)) best = { index, count };
    }
    if (best) {
      const source = dated[best.index];
      inferred.set(article.key, { date: source.analysis.parsed.publicationDate!, from: source.key, reason: 'near-duplicate' });
      continue;
    }
    const sameEvent = dateFromSameEventCoverage(article.analysis, dated);
    if (sameEvent) inferred.set(article.key, sameEvent);
  }
  return inferred;
}

const WEEKDAY_PATTERN = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Evidence 2: the first body sentence that names a weekday, matched against day dates of that weekday
 * in dated articles whose sentence shares an entity with it. The latest such date wins: coverage is
 * published after what it reports was announced.
 */
function dateFromSameEventCoverage(article: ArticleAnalysis, dated: readonly DatedCandidate[]): InferredDate | undefined {
  const { text } = article.parsed;
  const lede = article.parsed.sentences.slice(0, 3).find((s) => WEEKDAY_PATTERN.test(text.slice(s.start, s.end)));
  if (!lede) return undefined;
  const weekday = WEEKDAYS.indexOf(WEEKDAY_PATTERN.exec(text.slice(lede.start, lede.end))![1].toLowerCase());
  const ledeNames = new Set(article.entities.filter((e) => e.start >= lede.start && e.end <= lede.end).map((e) => e.name.toLowerCase()));
  if (ledeNames.size === 0) return undefined;

  let best: InferredDate | undefined;
  for (const candidate of dated) {
    const { analysis } = candidate;
    for (const date of analysis.dates) {
      if (date.grain !== 'day' || !date.value || isoWeekday(date.value) !== weekday) continue;
      const sentence = analysis.parsed.sentences.find((s) => s.start <= date.start && date.end <= s.end);
      if (!sentence) continue;
      const sharesName = analysis.entities.some((e) => e.start >= sentence.start && e.end <= sentence.end && ledeNames.has(e.name.toLowerCase()));
      if (sharesName && (!best || date.value > best.date)) best = { date: date.value, from: candidate.key, reason: 'same-event' };
    }
  }
  return best;
}
