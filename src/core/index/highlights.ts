import type { ArticleAnalysis } from '../model';

/** Dossier's semantic token types, in legend order. */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'quote', 'speaker'] as const;
/** Dossier's semantic token modifiers, in legend order. */
export const TOKEN_MODIFIERS = ['resolved', 'unresolved', 'relative', 'partial', 'scare'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface HighlightSpan {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

export interface HighlightLayers {
  entities: boolean;
  dates: boolean;
  quotes: boolean;
}

/**
 * The article's highlights as non-overlapping spans in text order. Names and dates inside a quote win
 * over the quote (the quote's span is cut around them), because semantic tokens cannot nest.
 * A speaker's name in the attribution is typed `speaker`.
 */
export function highlightSpans(analysis: ArticleAnalysis, layers: HighlightLayers = { entities: true, dates: true, quotes: true }): HighlightSpan[] {
  const speakerStarts = new Set(analysis.quotes.map((q) => q.speakerSpan?.start).filter((s): s is number => s !== undefined));
  const inner: HighlightSpan[] = [];
  if (layers.entities) {
    for (const m of analysis.entities) {
      inner.push({ start: m.start, end: m.end, type: speakerStarts.has(m.start) && m.type === 'person' ? 'speaker' : m.type, modifiers: [] });
    }
  }
  if (layers.dates) {
    for (const d of analysis.dates) {
      const modifiers: TokenModifier[] = [d.value ? 'resolved' : 'unresolved'];
      if (d.relative) modifiers.push('relative');
      inner.push({ start: d.start, end: d.end, type: 'date', modifiers });
    }
  }
  inner.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans = dropOverlaps(inner);
  if (!layers.quotes) return spans;

  const quoteSpans: HighlightSpan[] = [];
  // Quotes and spans are both in text order: one pass over each, even for a 5 MB article.
  let first = 0;
  for (const q of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const modifiers: TokenModifier[] = [];
    if (q.partial) modifiers.push('partial');
    if (q.scare) modifiers.push('scare');
    while (first < spans.length && spans[first].end <= q.start) first++;
    let cursor = q.start;
    for (let i = first; i < spans.length && spans[i].start < q.end; i++) {
      if (spans[i].start > cursor) quoteSpans.push({ start: cursor, end: spans[i].start, type: 'quote', modifiers });
      cursor = Math.max(cursor, spans[i].end);
    }
    if (cursor < q.end) quoteSpans.push({ start: cursor, end: q.end, type: 'quote', modifiers });
  }
  return mergeInOrder(spans, quoteSpans);
}

/** Two lists in text order as one. */
function mergeInOrder(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): HighlightSpan[] {
  const merged: HighlightSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return merged;
}

/** Keeps the first of overlapping spans (sorted by start, longest first). */
function dropOverlaps(sorted: readonly HighlightSpan[]): HighlightSpan[] {
  const kept: HighlightSpan[] = [];
  let end = -1;
  for (const span of sorted) {
    if (span.start >= end) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}

/**
 * Splits spans at line breaks (semantic tokens are single-line) and drops empty pieces and pure
 * whitespace, returning spans in text order.
 */
export function splitAtLineBreaks(text: string, spans: readonly HighlightSpan[]): HighlightSpan[] {
  const pieces: HighlightSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    let blank = true;
    for (let i = span.start; i <= span.end; i++) {
      const code = i === span.end ? 10 : text.charCodeAt(i);
      if (code === 10 || code === 13) {
        if (!blank) pieces.push(start === span.start && i === span.end ? span : { ...span, start, end: i });
        start = i + 1;
        blank = true;
      } else if (blank && !WHITESPACE.test(text[i])) {
        blank = false;
      }
    }
  }
  return pieces;
}

const WHITESPACE = /\s/;
