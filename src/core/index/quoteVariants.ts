import type { Quote } from '../model';
import type { QuoteRef, WorkspaceIndex } from './workspaceIndex';

export interface QuoteVariant extends QuoteRef {
  /** Share of words in common, 0..1. */
  similarity: number;
  /** True when the other article words the same quote differently. */
  wordingDiffers: boolean;
}

/** Quotes sharing at least this share of their words are taken to be the same quotation. */
const SAME_QUOTE = 0.5;
/** Shorter quotes (scare quotes, two-word fragments) match too much by chance to be compared. */
const MIN_WORDS = 3;
/** An unattributed quote is looked for in this many of the most related articles, not in thousands. */
const RELATED_ARTICLES = 50;

/**
 * The same or a similar quotation in other articles: by the same speaker when the quote is
 * attributed, otherwise among the articles that share the most entities with this one.
 */
export function quoteVariants(index: WorkspaceIndex, key: string, quote: Quote): QuoteVariant[] {
  const words = quoteWords(quote);
  if (words.length < MIN_WORDS) return [];
  const speakerId = quote.speaker ? index.entityIdFor(key, quote.speaker) : undefined;
  const candidates: QuoteRef[] = speakerId
    ? index.quotesBy(speakerId)
    : index.relatedArticles(key).slice(0, RELATED_ARTICLES).flatMap(({ key: other }) => (index.get(other)?.analysis.quotes ?? []).map((q) => ({ key: other, quote: q })));
  const variants: QuoteVariant[] = [];
  const own = wording(quote);
  for (const candidate of candidates) {
    if (candidate.key === key) continue;
    const other = quoteWords(candidate.quote);
    const similarity = overlap(words, other);
    if (other.length < MIN_WORDS || similarity < SAME_QUOTE) continue;
    // Different words always mean different wording; only the same words need the texts compared.
    const wordingDiffers = similarity < 1 || other.length !== words.length || wording(candidate.quote) !== own;
    variants.push({ ...candidate, similarity, wordingDiffers });
  }
  return variants.sort((a, b) => b.similarity - a.similarity || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Per quote, computed once: a prolific speaker's thousands of quotes are compared on every hover. */
const wordsOfQuote = new WeakMap<Quote, Uint32Array>();
const wordingOfQuote = new WeakMap<Quote, string>();
/** Every quoted word gets a number once; a workspace's quotes use a vocabulary of some ten thousand words. */
const wordNumbers = new Map<string, number>();

/**
 * The distinct words of a quote as sorted numbers, computed once per quote object (the index keeps
 * its quotes until their article changes, so it can compute them when it stores an article).
 */
export function quoteWords(quote: Quote): Uint32Array {
  let words = wordsOfQuote.get(quote);
  if (!words) {
    const numbers = new Set<number>();
    for (const word of wording(quote).split(' ')) {
      if (!word) continue;
      let number = wordNumbers.get(word);
      if (number === undefined) wordNumbers.set(word, (number = wordNumbers.size));
      numbers.add(number);
    }
    words = Uint32Array.from(numbers).sort();
    wordsOfQuote.set(quote, words);
  }
  return words;
}

/** A quote's words as compared: lower case, typographic apostrophes plain, punctuation gone. */
function wording(quote: Quote): string {
  let text = wordingOfQuote.get(quote);
  if (text === undefined) {
    text = quote.text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
    wordingOfQuote.set(quote, text);
  }
  return text;
}

/** Overlap coefficient of two sorted word sets: a partial quote fully contained in a longer one is the same quotation. */
function overlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared / Math.min(a.length, b.length);
}
