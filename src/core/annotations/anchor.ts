/**
 * Anchoring: finding where each annotation sits in the article's current text, and moving those
 * places as the user types.
 *
 * When an article is opened or changed on disk, each annotation is tried, in order, at
 *  1. its stored position, if the text there is still exactly its quote;
 *  2. the occurrences of its exact quote, the best scored by how well the surrounding text
 *     agrees with the stored prefix and suffix, and by distance from the stored position;
 *  3. approximate matches of its quote, accepted only when at least `threshold` similar: first
 *     the text between its surviving prefix and suffix, then `approx-string-match` (Myers'
 *     bit-parallel algorithm) near where it was, then in the whole text, scored the same way.
 * Otherwise it is an orphan: kept with its stored target, never attached to other text. A quote
 * shorter than {@link SHORT_QUOTE} code units is too common to trust alone away from its stored
 * position, so steps 2 and 3 also need its prefix or suffix to agree.
 */
import search from 'approx-string-match';
import type { Span } from '../model';
import { createOffsetConverter, snapToCodePoints, type OffsetConverter } from './codePoints';
import type { Annotation, TextTarget } from './sidecar';

/** Context stored either side of a quote, in UTF-16 code units (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;
/**
 * Default least similarity of an approximate match: 1 − (edit distance ÷ length of the longer
 * of quote and match). 0.75 lets a quote survive a corrected typo or a changed word or two, and
 * stops it drifting onto a different sentence.
 */
export const DEFAULT_THRESHOLD = 0.75;
/** Quotes shorter than this (UTF-16 code units) need agreeing context to move. */
export const SHORT_QUOTE = 16;
/** How much of the stored prefix or suffix must agree to trust a short quote. */
const MIN_CONTEXT_AGREEMENT = 0.5;
// Relative weights of the evidence, as in Hypothesis's quote matcher: the quote counts most,
// context next, the distance from the old position only breaks ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** How an annotation was placed. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchoredAnchor {
  id: string;
  state: 'anchored';
  /** Where the annotation is in the current text, in UTF-16 code units. Never empty. */
  span: Span;
  method: AnchorMethod;
  /** 1 for an exact quote; the similarity for an approximate match. */
  confidence: number;
}

export interface OrphanAnchor {
  id: string;
  state: 'orphan';
  /** `not-found`: the quote is nowhere to be trusted; `deleted`: its text was deleted while editing. */
  reason: 'not-found' | 'deleted';
}

/** Where one annotation is in the current text, or that it is an orphan. */
export type Anchor = AnchoredAnchor | OrphanAnchor;

export interface AnchorOptions {
  /** Least similarity of an approximate match, in (0, 1]; default {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
}

/** A replacement of `[start, end)` (UTF-16 code units) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Levenshtein distance; quadratic, so only for stretches already known to be about as long as the quote. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Share of the stored prefix that still stands right before `start`. */
function prefixAgreement(text: string, start: number, prefix: string): number {
  if (prefix === '') return start === 0 ? 1 : 0;
  let n = 0;
  while (n < prefix.length && n < start && text.charCodeAt(start - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n++;
  return n / prefix.length;
}

/** Share of the stored suffix that still stands right after `end`. */
function suffixAgreement(text: string, end: number, suffix: string): number {
  if (suffix === '') return end === text.length ? 1 : 0;
  let n = 0;
  while (n < suffix.length && end + n < text.length && text.charCodeAt(end + n) === suffix.charCodeAt(n)) n++;
  return n / suffix.length;
}

interface Candidate {
  start: number;
  end: number;
  /** 1 − errors ÷ quote length: how much of the quote is there. */
  quoteScore: number;
  /** 1 − edit distance ÷ length of the longer of quote and stretch: what the threshold bounds. */
  confidence: number;
}

/**
 * The best-scored candidate, or null when none is trustworthy: a short quote needs its prefix or
 * suffix to agree.
 */
function bestCandidate(text: string, target: TextTarget, expected: number, candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  const short = target.exact.length < SHORT_QUOTE;
  for (const c of candidates) {
    const before = prefixAgreement(text, c.start, target.prefix);
    const after = suffixAgreement(text, c.end, target.suffix);
    if (short && Math.max(before, after) < MIN_CONTEXT_AGREEMENT) continue;
    const nearness = 1 - Math.min(1, Math.abs(c.start - expected) / Math.max(1, text.length));
    const score = QUOTE_WEIGHT * c.quoteScore + CONTEXT_WEIGHT * (before + after) + POSITION_WEIGHT * nearness;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Anchors one target in `text`; see the module comment for the steps. */
function anchorTarget(text: string, id: string, target: TextTarget, converter: OffsetConverter, threshold: number): Anchor {
  const { exact } = target;
  if (exact === '') return { id, state: 'orphan', reason: 'not-found' };
  const expected = converter.toUtf16(target.start);

  if (text.startsWith(exact, expected)) {
    return { id, state: 'anchored', span: { start: expected, end: expected + exact.length }, method: 'position', confidence: 1 };
  }

  const occurrences: Candidate[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    occurrences.push({ start: i, end: i + exact.length, quoteScore: 1, confidence: 1 });
  }
  if (occurrences.length > 0) {
    // The exact quote exists: an approximate search would only find these same places again.
    const found = bestCandidate(text, target, expected, occurrences);
    return found
      ? { id, state: 'anchored', span: { start: found.start, end: found.end }, method: 'quote', confidence: 1 }
      : { id, state: 'orphan', reason: 'not-found' };
  }

  const found = approximateMatch(text, target, expected, threshold);
  return found
    ? { id, state: 'anchored', span: { start: found.start, end: found.end }, method: 'fuzzy', confidence: found.confidence }
    : { id, state: 'orphan', reason: 'not-found' };
}

/** Surviving copies of the stored context considered as hints, per side. */
const MAX_CONTEXT_HINTS = 4;
/** Shorter stored context is too common to hint at anything. */
const MIN_HINT_CONTEXT = 8;

/**
 * Where a changed quote probably starts: its old position, right after a surviving copy of its
 * prefix, and right before a surviving copy of its suffix.
 */
function likelyStarts(text: string, target: TextTarget, expected: number): number[] {
  const hints = [expected];
  const addHints = (context: string, shift: number): void => {
    if (context.length < MIN_HINT_CONTEXT) return;
    for (let i = text.indexOf(context), n = 0; i >= 0 && n < MAX_CONTEXT_HINTS; i = text.indexOf(context, i + 1), n++) hints.push(i + shift);
  };
  addHints(target.prefix, target.prefix.length);
  addHints(target.suffix, -target.exact.length);
  return hints;
}

/** Approximate matches of `exact` within `[from, to)` of `text`, at least `threshold` similar. */
function approximateCandidates(text: string, exact: string, maxErrors: number, threshold: number, from: number, to: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of search(text.slice(from, to), exact, maxErrors)) {
    const { start, end } = snapToCodePoints(text, from + match.start, from + match.end);
    if (end <= start || candidates.some((c) => c.start === start && c.end === end)) continue;
    // The search's error count is the edit distance of exactly this stretch, unless snapping to
    // whole characters changed the stretch.
    const snapped = start !== from + match.start || end !== from + match.end;
    const errors = snapped ? editDistance(exact, text.slice(start, end)) : match.errors;
    const confidence = 1 - errors / Math.max(exact.length, end - start);
    if (confidence >= threshold) candidates.push({ start, end, quoteScore: 1 - errors / exact.length, confidence });
  }
  return candidates;
}

/**
 * The commonest change, a quote edited in place, leaves its prefix and suffix standing: the text
 * between a surviving copy of each is the edited quote, if it is similar enough.
 */
function bracketedMatch(text: string, target: TextTarget, maxErrors: number, threshold: number): Candidate | null {
  const { exact, prefix, suffix } = target;
  if (prefix.length < MIN_HINT_CONTEXT || suffix.length < MIN_HINT_CONTEXT) return null;
  let best: Candidate | null = null;
  for (let i = text.indexOf(prefix), n = 0; i >= 0 && n < MAX_CONTEXT_HINTS; i = text.indexOf(prefix, i + 1), n++) {
    const start = i + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end <= start || Math.abs(end - start - exact.length) > maxErrors) continue;
    const errors = editDistance(exact, text.slice(start, end));
    const confidence = 1 - errors / Math.max(exact.length, end - start);
    if (confidence >= threshold && (!best || confidence > best.confidence)) best = { start, end, quoteScore: 1 - errors / exact.length, confidence };
  }
  return best;
}

/**
 * The best approximate match of the quote, or null. Searching the whole article for every
 * changed quote would dominate re-anchoring time, so the quote is looked for between its
 * surviving context first, then around {@link likelyStarts}, and in the whole text only when
 * those hold nothing trustworthy.
 */
function approximateMatch(text: string, target: TextTarget, expected: number, threshold: number): Candidate | null {
  const { exact } = target;
  const maxErrors = Math.floor(exact.length * (1 - threshold));
  if (maxErrors < 1) return null;
  const bracketed = bracketedMatch(text, target, maxErrors, threshold);
  if (bracketed) return bracketed;
  const pad = maxErrors + CONTEXT_LENGTH;
  const windows = likelyStarts(text, target, expected)
    .map((start) => ({ from: Math.max(0, start - pad), to: Math.min(text.length, start + exact.length + pad) }))
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else merged.push({ ...w });
  }
  const nearby = merged.flatMap((w) => approximateCandidates(text, exact, maxErrors, threshold, w.from, w.to));
  const found = bestCandidate(text, target, expected, nearby);
  const coveredAll = merged.length === 1 && merged[0].from === 0 && merged[0].to === text.length;
  if (found || coveredAll) return found;
  return bestCandidate(text, target, expected, approximateCandidates(text, exact, maxErrors, threshold, 0, text.length));
}

/**
 * Anchors every annotation in `text` (the article as VS Code shows it). Returns one anchor per
 * annotation, in the same order; none is dropped.
 */
export function anchorAnnotations(text: string, annotations: readonly Pick<Annotation, 'id' | 'target'>[], options: AnchorOptions = {}): Anchor[] {
  const threshold = Math.min(1, Math.max(Number.EPSILON, options.threshold ?? DEFAULT_THRESHOLD));
  const converter = createOffsetConverter(text);
  return annotations.map((a) => anchorTarget(text, a.id, a.target, converter, threshold));
}

/** Moves one span through one edit; see {@link applyEdits} for the rules. */
function moveSpan(span: Span, edit: TextEdit): Span {
  const { start, end } = span;
  const delta = edit.text.length - (edit.end - edit.start);
  if (edit.start >= end) return span;
  if (edit.end <= start) return { start: start + delta, end: end + delta };
  if (edit.start >= start && edit.end <= end) return { start, end: end + delta };
  if (edit.start <= start && edit.end >= end) return { start: edit.start, end: edit.start };
  if (edit.start < start) return { start: edit.start + edit.text.length, end: end + delta };
  return { start, end: edit.start };
}

/**
 * Moves anchors through a batch of edits as VS Code reports them while the user types: each edit
 * in UTF-16 offsets of the text left by the edits before it (the order of
 * `TextDocumentChangeEvent.contentChanges`). Text typed inside an annotation joins it; text typed
 * at either edge stays outside; an edit straddling an edge trims the annotation to what is left
 * of it; an annotation whose text is all deleted or replaced becomes an orphan (`deleted`), to be
 * found again by {@link anchorAnnotations} if the text comes back (an undo). Anchors that did not
 * change are returned as the same objects.
 */
export function applyEdits(anchors: readonly Anchor[], edits: readonly TextEdit[]): Anchor[] {
  return anchors.map((anchor) => {
    if (anchor.state !== 'anchored') return anchor;
    let span = anchor.span;
    for (const edit of edits) {
      span = moveSpan(span, edit);
      if (span.end <= span.start) return { id: anchor.id, state: 'orphan', reason: 'deleted' };
    }
    return span === anchor.span ? anchor : { ...anchor, span };
  });
}

/**
 * The stored target for a span of `text` (UTF-16 code units): the quote, its context and its
 * code-point position. A span splitting an emoji is widened to whole characters. Pass a
 * `converter` built for `text` when making many targets.
 */
export function targetFor(text: string, span: Span, converter: OffsetConverter = createOffsetConverter(text)): TextTarget {
  const { start, end } = snapToCodePoints(text, Math.max(0, span.start), Math.min(text.length, span.end));
  const context = snapToCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), Math.min(text.length, end + CONTEXT_LENGTH));
  // Snapping widened the context outward; trim a half character back off rather than exceed it.
  const prefixStart = start - context.start > CONTEXT_LENGTH ? context.start + 2 : context.start;
  const suffixEnd = context.end - end > CONTEXT_LENGTH ? context.end - 2 : context.end;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start: converter.toCodePoint(start),
    end: converter.toCodePoint(end),
  };
}

/**
 * Brings stored targets up to date with the anchors (before saving the sidecar): an anchored
 * annotation whose quote, context or position changed gets a fresh target; orphans keep theirs,
 * so they can be found again later. `modified` is not touched: moving with the text is no edit.
 * Unchanged annotations are returned as the same objects.
 */
export function updateTargets(text: string, annotations: readonly Annotation[], anchors: readonly Anchor[]): Annotation[] {
  const byId = new Map(anchors.map((a) => [a.id, a]));
  const converter = createOffsetConverter(text);
  return annotations.map((annotation) => {
    const anchor = byId.get(annotation.id);
    if (anchor?.state !== 'anchored') return annotation;
    const fresh = targetFor(text, anchor.span, converter);
    const old = annotation.target;
    const same = fresh.exact === old.exact && fresh.prefix === old.prefix && fresh.suffix === old.suffix
      && fresh.start === old.start && fresh.end === old.end;
    return same ? annotation : { ...annotation, target: fresh };
  });
}
