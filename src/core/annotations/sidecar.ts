/**
 * Annotations on an article, kept in a sidecar file next to it (`story.txt` →
 * `story.txt.annotations.json`). The file follows the W3C Web Annotation model closely (see
 * serialize.ts for its exact shape and schemas/annotations.schema.json for its schema); in memory
 * an annotation is the flat {@link Annotation} below, which is what adapters and exporters use.
 */
import type { Span } from '../model';
import { targetFor } from './anchor';

/** The sidecar of `article.txt` is `article.txt.annotations.json`. */
export const SIDECAR_SUFFIX = '.annotations.json';
/** The value of the file's `format` key, which tells a sidecar from any other JSON. */
export const SIDECAR_FORMAT = 'dossier-annotations';
/** The format version this code reads and writes. Older files are migrated; newer ones are read-only. */
export const SIDECAR_VERSION = 1;

/** Where a research claim stands. Decorations are coloured by it and reports grouped by it. */
export const ANNOTATION_STATUSES = ['open', 'checking', 'verified', 'disputed', 'false', 'unverifiable'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** Human labels for statuses, in report order. */
export const STATUS_LABELS: Readonly<Record<AnnotationStatus, string>> = {
  open: 'Open',
  checking: 'Being checked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** The W3C Web Annotation motivations (oa:Motivation instances). */
export const MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** Why an annotation needs the user's review after a merge. */
export const CONFLICT_REASONS = ['edited-on-both-sides', 'edited-and-deleted'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/**
 * Set by a merge on annotations the user should review. When both sides edited one annotation,
 * both versions are kept, each pointing at the other; the user keeps one with
 * {@link resolveConflict}.
 */
export interface AnnotationConflict {
  reason: ConflictReason;
  /** For `edited-on-both-sides`: the id of the other version. */
  otherVersion?: string;
}

/**
 * What an annotation points at: a W3C TextQuoteSelector (exact text with up to
 * 32 UTF-16 code units of context either side) and a TextPositionSelector in
 * Unicode code points, both as they were when the annotation was last saved.
 */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** Code-point offset of the first character of `exact`. */
  start: number;
  /** Code-point offset just past `exact`. */
  end: number;
}

/** One annotation, flat. Immutable by convention: the functions here return new objects. */
export interface Annotation {
  /** `urn:uuid:` followed by a lower-case UUID; stable for the annotation's life, the key of every merge. */
  id: string;
  motivation: Motivation;
  /** Labels such as `claim` or `needs-source`, in the user's order, without duplicates. */
  tags: string[];
  status: AnnotationStatus;
  note?: string;
  author?: string;
  /** ISO 8601 date-time. */
  created: string;
  /** ISO 8601 date-time of the last change to the annotation's content (moving with the text is no change). */
  modified: string;
  target: TextTarget;
  conflict?: AnnotationConflict;
}

/** The sidecar path of an article path (any separator style). */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** The article path of a sidecar path, or null when `path` is no sidecar. */
export function articlePathFor(sidecarPath: string): string | null {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) && sidecarPath.length > SIDECAR_SUFFIX.length
    ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length)
    : null;
}

/** A source of uniformly distributed numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

interface WebCrypto {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** Web Crypto where the host has it (Node ≥ 19, browsers, web workers), else Math.random. */
function defaultRandomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const crypto = (globalThis as { crypto?: Partial<WebCrypto> }).crypto;
  if (typeof crypto?.getRandomValues === 'function') return crypto.getRandomValues(bytes);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** Formats 16 bytes as a UUID of the given version with the RFC 9562 variant bits. */
function formatUuid(bytes: Uint8Array, version: number): string {
  bytes[6] = (bytes[6] & 0x0f) | (version << 4);
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new random (version 4) annotation id, `urn:uuid:…`. Pass `random` for reproducible ids in
 * tests; by default Web Crypto is used where present.
 */
export function newAnnotationId(random?: RandomSource): string {
  const bytes = random
    ? Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff)
    : defaultRandomBytes(16);
  return `urn:uuid:${formatUuid(bytes, 4)}`;
}

/**
 * A deterministic id derived from `seed` (a version 8 "custom" UUID from a 128-bit
 * non-cryptographic hash), so that the same merge or import run twice, on any machine, names
 * its results the same way.
 */
export function derivedAnnotationId(seed: string): string {
  const bytes = new Uint8Array(16);
  // Four FNV-1a lanes with distinct offsets, each finished with a murmur-style avalanche.
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) >>> 0;
    for (let b = 0; b < 4; b++) bytes[lane * 4 + b] = (h >>> (24 - 8 * b)) & 0xff;
  }
  return `urn:uuid:${formatUuid(bytes, 8)}`;
}

/** What the user chose when tagging a selection. */
export interface NewAnnotation {
  /** The article text as VS Code shows it. */
  text: string;
  /** The selection, in UTF-16 code units. Must not be empty. */
  span: Span;
  tags?: readonly string[];
  status?: AnnotationStatus;
  note?: string;
  author?: string;
  /** Defaults to `assessing`: tagging a claim is judging it. */
  motivation?: Motivation;
}

/** Cleans user input the way the validator expects it: trimmed, unique, non-empty tags; no blank note. */
function normalizedFields(fields: { tags?: readonly string[]; note?: string; author?: string }): Pick<Annotation, 'tags' | 'note' | 'author'> {
  const tags = [...new Set((fields.tags ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  const note = fields.note?.trim() ? fields.note : undefined;
  const author = fields.author?.trim() ? fields.author.trim() : undefined;
  return { tags, ...(note !== undefined && { note }), ...(author !== undefined && { author }) };
}

/** Drops keys whose value is undefined, so that equal annotations compare and serialise equally. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Creates an annotation on a selection of `input.text`. `now` stamps `created` and `modified`;
 * `random` makes the id reproducible in tests. Returns null for an empty selection.
 */
export function createAnnotation(input: NewAnnotation, options: { now: Date; random?: RandomSource }): Annotation | null {
  if (input.span.end <= input.span.start) return null;
  const stamp = options.now.toISOString();
  return withoutUndefined({
    id: newAnnotationId(options.random),
    motivation: input.motivation ?? 'assessing',
    ...normalizedFields(input),
    status: input.status ?? 'open',
    created: stamp,
    modified: stamp,
    target: targetFor(input.text, input.span),
  });
}

/** A change to an annotation's content; `note: ''` or `author: ''` removes it. */
export interface AnnotationPatch {
  tags?: readonly string[];
  status?: AnnotationStatus;
  note?: string;
  author?: string;
  motivation?: Motivation;
}

/** Applies `patch` and stamps `modified` with `now`. */
export function updateAnnotation(annotation: Annotation, patch: AnnotationPatch, now: Date): Annotation {
  return withoutUndefined({
    ...annotation,
    note: undefined,
    author: undefined,
    ...normalizedFields({
      tags: patch.tags ?? annotation.tags,
      note: patch.note ?? annotation.note,
      author: patch.author ?? annotation.author,
    }),
    status: patch.status ?? annotation.status,
    motivation: patch.motivation ?? annotation.motivation,
    modified: now.toISOString(),
  });
}

/** Adds `annotation`, or replaces the one with its id. */
export function upsertAnnotation(annotations: readonly Annotation[], annotation: Annotation): Annotation[] {
  const index = annotations.findIndex((a) => a.id === annotation.id);
  if (index < 0) return [...annotations, annotation];
  const next = [...annotations];
  next[index] = annotation;
  return next;
}

/** Removes the annotation with `id` (no change when there is none). */
export function removeAnnotation(annotations: readonly Annotation[], id: string): Annotation[] {
  return annotations.filter((a) => a.id !== id);
}

/**
 * Resolves a merge conflict by keeping the version `keepId`: the other version it points at is
 * removed and the conflict mark cleared. Any other annotation is left alone.
 */
export function resolveConflict(annotations: readonly Annotation[], keepId: string): Annotation[] {
  const kept = annotations.find((a) => a.id === keepId);
  if (!kept?.conflict) return [...annotations];
  const other = kept.conflict.otherVersion;
  return annotations
    .filter((a) => a.id !== other)
    .map((a) => (a.id === keepId ? withoutUndefined({ ...a, conflict: undefined }) : a));
}

/**
 * Attaches an annotation to a new span of `text` (re-attaching an orphan, or correcting where it
 * sits): a fresh target, and `modified` stamped, since where a claim is is part of its content.
 * Returns null for an empty span.
 */
export function retargetAnnotation(annotation: Annotation, text: string, span: Span, now: Date): Annotation | null {
  if (span.end <= span.start) return null;
  return { ...annotation, target: targetFor(text, span), modified: now.toISOString() };
}

/**
 * Copies of annotations for another article (the user copied the article and asked for its
 * annotations too): the same content under new ids, derived from the copy's key so that copying
 * twice gives the same ids, and without conflict marks, which point at the original's versions.
 */
export function copyAnnotations(annotations: readonly Annotation[], copyKey: string): Annotation[] {
  return annotations.map((a) => withoutUndefined({ ...a, id: derivedAnnotationId(`copy\n${copyKey}\n${a.id}`), conflict: undefined }));
}
