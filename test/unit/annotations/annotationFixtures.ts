// Shared builders for the annotation tests: real sample articles, seeded randomness, and
// annotations made the way the extension makes them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotation, type Annotation, type NewAnnotation, type RandomSource } from '../../../src/core/annotations/sidecar';

/** The sample articles (real news text), by file name. */
export function sampleArticles(): { name: string; text: string }[] {
  const dir = join(__dirname, '../../../../samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '') }));
}

/** A seeded Park–Miller generator: plenty for reproducible ids and positions, and failures reproduce. */
export function seededRandom(seed: number): RandomSource {
  let state = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

export const FIXED_NOW = new Date('2025-06-01T09:30:00.000Z');

/** An annotation on `text.slice(start, end)`, with reproducible id and times. */
export function annotate(text: string, start: number, end: number, extra: Omit<NewAnnotation, 'text' | 'span'> = {}, seed = start * 7919 + end): Annotation {
  const annotation = createAnnotation({ text, span: { start, end }, ...extra }, { now: FIXED_NOW, random: seededRandom(seed) });
  if (!annotation) throw new Error(`empty span ${start}-${end}`);
  return annotation;
}

/** An annotation on the first occurrence of `quote` in `text`. */
export function annotateQuote(text: string, quote: string, extra: Omit<NewAnnotation, 'text' | 'span'> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return annotate(text, start, start + quote.length, extra);
}
