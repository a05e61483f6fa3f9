/**
 * Merging two versions of one sidecar by annotation id: the git merge driver's three-way merge
 * (base, ours, theirs) and the editor's reconciliation of a sidecar changed on disk with the
 * annotations in memory. Nothing is ever lost: when both sides changed the same thing
 * differently, both versions are kept and marked with a `conflict` for the user to resolve.
 */
import { derivedAnnotationId, withoutUndefined, type Annotation, type AnnotationConflict, type ConflictReason } from './sidecar';
import { annotationToJson, compareAnnotations, sameAnnotation } from './serialize';

/** A conflict the merge recorded (and marked on the annotations involved). */
export interface MergeConflict {
  /** The annotation's id (our version keeps it). */
  id: string;
  reason: ConflictReason;
  /** For `edited-on-both-sides`: the id given to their version. */
  otherVersion?: string;
}

export interface MergeResult {
  /** The merged annotations, sorted as the sidecar stores them. */
  annotations: Annotation[];
  /** Empty for a clean merge. */
  conflicts: MergeConflict[];
}

/** Value equality for the plain data of annotation fields. */
const equal = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The later of two ISO date-times (compared as instants, since offsets may differ). */
const later = (a: string, b: string): string => (Date.parse(b) > Date.parse(a) ? b : a);
const earlier = (a: string, b: string): string => (Date.parse(b) < Date.parse(a) ? b : a);

/** Three-way choice for one value: whoever changed it wins; undefined when both changed it differently. */
function pick<T>(base: T, ours: T, theirs: T): { value: T } | undefined {
  if (equal(ours, theirs) || equal(theirs, base)) return { value: ours };
  if (equal(ours, base)) return { value: theirs };
  return undefined;
}

/** Tags merge as a set: additions from either side are kept, removals by either side apply. */
function mergeTags(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const removed = new Set(base.filter((tag) => !ours.includes(tag) || !theirs.includes(tag)));
  return [...new Set([...ours, ...theirs])].filter((tag) => !removed.has(tag));
}

/** Field-by-field three-way merge of one annotation; null when a field conflicts. */
function mergeThreeWay(base: Annotation, ours: Annotation, theirs: Annotation): Annotation | null {
  const motivation = pick(base.motivation, ours.motivation, theirs.motivation);
  const status = pick(base.status, ours.status, theirs.status);
  const note = pick(base.note, ours.note, theirs.note);
  const author = pick(base.author, ours.author, theirs.author);
  const conflict = pick<AnnotationConflict | undefined>(base.conflict, ours.conflict, theirs.conflict);
  // Two targets on the same quote differ only in where the text was when each side saved;
  // anchoring finds the quote either way, so that is no conflict.
  const target = ours.target.exact === theirs.target.exact ? { value: ours.target } : pick(base.target, ours.target, theirs.target);
  if (!motivation || !status || !note || !author || !conflict || !target) return null;
  return withoutUndefined<Annotation>({
    id: ours.id,
    motivation: motivation.value,
    tags: mergeTags(base.tags, ours.tags, theirs.tags),
    status: status.value,
    note: note.value,
    author: author.value,
    created: earlier(ours.created, theirs.created),
    modified: later(ours.modified, theirs.modified),
    target: target.value,
    conflict: conflict.value,
  });
}

/** Without a common ancestor, two versions agree when they differ at most in `modified`. */
function mergeTwoWay(ours: Annotation, theirs: Annotation): Annotation | null {
  if (!sameAnnotation({ ...ours, modified: theirs.modified }, theirs)) return null;
  return later(ours.modified, theirs.modified) === ours.modified ? ours : theirs;
}

/**
 * Merges two versions of a sidecar's annotations by id.
 *
 * With `base` (the common ancestor: git's `%O`, or the version the editor last read or wrote),
 * this is a three-way merge: an annotation added on one side is kept; deleted on one side and
 * unchanged on the other, it goes; deleted on one side and edited on the other, the edited
 * version stays, marked `edited-and-deleted`; edited on both sides, the edits combine field by
 * field (tags as a set), and where the same field was changed differently both versions are
 * kept: ours under its id, theirs under a new id derived from its content, each marked
 * `edited-on-both-sides` and pointing at the other.
 *
 * With `base` null (no ancestor known, e.g. a file added on both branches) it is a two-way
 * union: everything from either side is kept, and an annotation that differs between the two in
 * more than `modified` becomes a conflict pair.
 */
export function mergeAnnotations(base: readonly Annotation[] | null, ours: readonly Annotation[], theirs: readonly Annotation[]): MergeResult {
  const baseById = new Map((base ?? []).map((a) => [a.id, a]));
  const oursById = new Map(ours.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const merged: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  const ids = new Set([...oursById.keys(), ...theirsById.keys()]);

  for (const id of ids) {
    const o = oursById.get(id);
    const t = theirsById.get(id);
    const b = baseById.get(id);
    if (o && t) {
      const clean = b ? mergeThreeWay(b, o, t) : mergeTwoWay(o, t);
      if (clean) {
        merged.push(clean);
        continue;
      }
      const reason: ConflictReason = 'edited-on-both-sides';
      // Derived from their content, so the same merge gives the same id wherever it runs.
      const theirsId = derivedAnnotationId(`${id}\n${JSON.stringify(annotationToJson(t))}`);
      merged.push({ ...o, conflict: { reason, otherVersion: theirsId } });
      if (!ids.has(theirsId)) merged.push({ ...t, id: theirsId, conflict: { reason, otherVersion: id } });
      conflicts.push({ id, reason, otherVersion: theirsId });
      continue;
    }
    const only = (o ?? t) as Annotation;
    if (!b) {
      merged.push(only);
    } else if (!sameAnnotation(only, b)) {
      const reason: ConflictReason = 'edited-and-deleted';
      merged.push({ ...only, conflict: { reason } });
      conflicts.push({ id, reason });
    }
    // Otherwise one side deleted it and the other left it alone: it stays deleted.
  }
  return { annotations: merged.sort(compareAnnotations), conflicts };
}
