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

/**
 * The same or a similar quotation in other articles: by the same speaker when the quote is
 * attributed, otherwise among articles that share entities with this one.
 */
export function quoteVariants(index: WorkspaceIndex, key: string, quote: Quote): QuoteVariant[] {
  const speakerId = quote.speaker ? index.entityIdFor(key, quote.speaker) : undefined;
  const candidates: QuoteRef[] = speakerId
    ? index.quotesBy(speakerId)
    : index.relatedArticles(key).flatMap(({ key: other }) => (index.get(other)?.analysis.quotes ?? []).map((q) => ({ key: other, quote: q })));
  const words = wordSet(quote.text);
  const variants: QuoteVariant[] = [];
  for (const candidate of candidates) {
    if (candidate.key === key) continue;
    const similarity = overlap(words, wordSet(candidate.quote.text));
    if (Math.min(words.size, wordSet(candidate.quote.text).size) >= MIN_WORDS && similarity >= SAME_QUOTE) variants.push({ ...candidate, similarity, wordingDiffers: normalise(candidate.quote.text) !== normalise(quote.text) });
  }
  return variants.sort((a, b) => b.similarity - a.similarity || a.key.localeCompare(b.key));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

function wordSet(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter(Boolean));
}

/** Overlap coefficient: a partial quote fully contained in a longer one is the same quotation. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}
