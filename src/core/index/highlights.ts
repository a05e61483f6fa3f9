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
  for (const q of analysis.quotes) {
    const modifiers: TokenModifier[] = [];
    if (q.partial) modifiers.push('partial');
    if (q.scare) modifiers.push('scare');
    let cursor = q.start;
    for (const span of spans) {
      if (span.end <= cursor || span.start >= q.end) continue;
      if (span.start > cursor) quoteSpans.push({ start: cursor, end: span.start, type: 'quote', modifiers });
      cursor = Math.max(cursor, span.end);
    }
    if (cursor < q.end) quoteSpans.push({ start: cursor, end: q.end, type: 'quote', modifiers });
  }
  return [...spans, ...quoteSpans].sort((a, b) => a.start - b.start);
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
    for (let i = span.start; i <= span.end; i++) {
      if (i === span.end || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
        if (i > start && text.slice(start, i).trim()) pieces.push({ ...span, start, end: i });
        start = i + 1;
      }
    }
  }
  return pieces;
}
