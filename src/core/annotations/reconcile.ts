/**
 * The editor's side of durability: before every write, and whenever a sidecar changes on disk,
 * the annotations in memory are reconciled with the file's current text. The file may have been
 * changed meanwhile (a git pull, another window, a hand edit), deleted, broken or written by a
 * newer Dossier; this decides, without touching any file, what the editor shows and whether and
 * what it may write.
 */
import { loadSidecar } from './load';
import { mergeAnnotations, type MergeConflict } from './merge';
import { serializeSidecar } from './serialize';
import type { Annotation } from './sidecar';

/** What the editor last knew of a sidecar file. */
export interface SidecarSnapshot {
  /** The annotations as last read from or written to the file: the ancestor of a three-way merge. */
  base: readonly Annotation[] | null;
  /** The file's text as last read or written; null while no file was seen. */
  text: string | null;
}

/** A snapshot of a sidecar never seen: no file, nothing read. */
export const NO_SIDECAR: SidecarSnapshot = { base: null, text: null };

export type Reconciliation =
  /**
   * Writable. `annotations` is what the editor now holds; `write` is the text to write, or null
   * when the file already says the same (or there is no file and nothing to put in one).
   * `read` is the snapshot of the file as it was read, to keep if writing fails; after a
   * successful write the snapshot is `{ base: annotations, text: write }`.
   */
  | { kind: 'ok'; annotations: Annotation[]; conflicts: MergeConflict[]; write: string | null; read: SidecarSnapshot }
  /** The file does not parse or validate: write nothing until it is fixed; keep showing what memory holds. */
  | { kind: 'invalid'; message: string }
  /** Written by a newer Dossier: write nothing. `annotations` is what could be read, for display, or null. */
  | { kind: 'readOnly'; message: string; annotations: Annotation[] | null };

/** Same annotations, whatever the order and however the file was formatted. */
function sameContent(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  return a.length === b.length && serializeSidecar(a) === serializeSidecar(b);
}

/**
 * Reconciles the annotations in memory (`ours`) with the sidecar's current text (`diskText`,
 * null when there is no file), given what was last read or written (`snapshot`).
 *
 * - The file unchanged since the snapshot: memory wins as it is.
 * - The file changed: a three-way merge by id with the snapshot as ancestor ({@link mergeAnnotations}):
 *   both sides' additions and edits are kept, and when both changed one annotation differently
 *   both versions are kept and marked. With no ancestor (the file appeared) it is a union.
 * - The file deleted after it was seen: annotations unchanged since are gone, ones edited in
 *   memory since stay (marked `edited-and-deleted`).
 * - The file invalid or from a newer format: nothing may be written.
 *
 * Nothing is rewritten that would only change the file's formatting or format version: `write`
 * is set only when the annotations differ from the file's.
 */
export function reconcileSidecar(snapshot: SidecarSnapshot, ours: readonly Annotation[], diskText: string | null): Reconciliation {
  let theirs: Annotation[];
  if (diskText === null) {
    theirs = [];
  } else {
    const loaded = loadSidecar(diskText);
    if (loaded.kind === 'invalid') return { kind: 'invalid', message: loaded.message };
    if (loaded.kind === 'readOnly') return { kind: 'readOnly', message: loaded.message, annotations: loaded.annotations };
    theirs = loaded.annotations;
  }
  const read: SidecarSnapshot = { base: theirs, text: diskText };
  const unchanged = diskText === snapshot.text;
  const base = snapshot.text === null ? null : snapshot.base;
  const { annotations, conflicts } = unchanged
    ? { annotations: [...ours], conflicts: [] }
    : mergeAnnotations(base, ours, theirs);
  const needsFile = diskText !== null || annotations.length > 0;
  const write = needsFile && !sameContent(annotations, theirs) ? serializeSidecar(annotations) : null;
  return { kind: 'ok', annotations, conflicts, write, read };
}
