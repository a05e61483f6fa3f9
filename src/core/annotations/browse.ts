/**
 * What the editor shows of annotations: which spans to colour by status, which annotations sit
 * under the cursor or on an entity, and the Annotations view's groups and filter. Plain data in,
 * plain data out; the adapters only convert and draw.
 */
import type { Span } from '../model';
import { foldText } from '../text/fold';
import type { Anchor } from './anchor';
import { ANNOTATION_STATUSES, type Annotation, type AnnotationStatus } from './sidecar';

/** Anchors of one article by annotation id. */
export type AnchorMap = ReadonlyMap<string, Anchor>;

/** The current span of an annotation, or null when it is an orphan (or was never anchored). */
export function spanOf(anchors: AnchorMap, id: string): Span | null {
  const anchor = anchors.get(id);
  return anchor?.state === 'anchored' ? anchor.span : null;
}

/** What to draw in one article: spans by status, where gutter marks go, and conflicted spans. */
export interface DecorationPlan {
  byStatus: Record<AnnotationStatus, Span[]>;
  /** The start offset of every anchored annotation (one gutter mark each; a line may hold several). */
  marks: number[];
  /** Spans of annotations a merge marked as conflicting. */
  conflicts: Span[];
}

/** The decorations of one article's anchored annotations; orphans draw nothing. */
export function decorationPlan(annotations: readonly Annotation[], anchors: AnchorMap): DecorationPlan {
  const byStatus = Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, [] as Span[]])) as Record<AnnotationStatus, Span[]>;
  const marks: number[] = [];
  const conflicts: Span[] = [];
  for (const a of annotations) {
    const span = spanOf(anchors, a.id);
    if (!span) continue;
    byStatus[a.status].push(span);
    marks.push(span.start);
    if (a.conflict) conflicts.push(span);
  }
  return { byStatus, marks, conflicts };
}

/**
 * The anchored annotations whose span touches `span` (an empty `span` is a position, which an
 * annotation touches from its first character to just past its last), innermost first, so a
 * hover shows the most specific annotation on top.
 */
export function annotationsTouching(annotations: readonly Annotation[], anchors: AnchorMap, span: Span): { annotation: Annotation; span: Span }[] {
  const found: { annotation: Annotation; span: Span }[] = [];
  for (const annotation of annotations) {
    const at = spanOf(anchors, annotation.id);
    if (!at) continue;
    const touches = span.end === span.start
      ? at.start <= span.start && span.start <= at.end
      : at.start < span.end && span.start < at.end;
    if (touches) found.push({ annotation, span: at });
  }
  return found.sort((a, b) => (a.span.end - a.span.start) - (b.span.end - b.span.start) || a.span.start - b.span.start);
}

/** One annotation as the Annotations view lists it. */
export interface AnnotationEntry {
  /** The article's key (its URI). */
  key: string;
  /** The article's name as shown (its path in the workspace). */
  name: string;
  annotation: Annotation;
  /** Its current span, or null for an orphan. */
  span: Span | null;
}

export type AnnotationGrouping = 'article' | 'tag' | 'status';

/**
 * A group of the Annotations view. `conflicts` and `orphans` come first and hold annotations
 * needing review (an orphan is listed only there; a conflicted annotation also in its own group);
 * then one group per article (`value` is its key), tag (`untagged` for none) or status.
 */
export interface AnnotationGroup {
  kind: 'conflicts' | 'orphans' | 'article' | 'tag' | 'untagged' | 'status';
  value: string;
  entries: AnnotationEntry[];
}

/** Reading order within an article, articles by name. */
function compareEntries(a: AnnotationEntry, b: AnnotationEntry): number {
  if (a.key !== b.key) return a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1);
  return (a.span?.start ?? a.annotation.target.start) - (b.span?.start ?? b.annotation.target.start)
    || a.annotation.id.localeCompare(b.annotation.id);
}

/**
 * Groups entries for the view. Tags are ordered as in `tagOrder` (the user's configured tags),
 * then alphabetically; statuses in their workflow order; articles by name. Empty groups are left out.
 */
export function groupAnnotations(entries: readonly AnnotationEntry[], by: AnnotationGrouping, tagOrder: readonly string[] = []): AnnotationGroup[] {
  const sorted = [...entries].sort(compareEntries);
  const groups: AnnotationGroup[] = [];
  const push = (kind: AnnotationGroup['kind'], value: string, list: AnnotationEntry[]) => {
    if (list.length > 0) groups.push({ kind, value, entries: list });
  };
  push('conflicts', '', sorted.filter((e) => e.annotation.conflict));
  push('orphans', '', sorted.filter((e) => !e.span));
  const anchored = sorted.filter((e) => e.span);
  if (by === 'status') {
    for (const status of ANNOTATION_STATUSES) push('status', status, anchored.filter((e) => e.annotation.status === status));
  } else if (by === 'tag') {
    const tags = [...new Set(anchored.flatMap((e) => e.annotation.tags))];
    const rank = (tag: string) => {
      const i = tagOrder.indexOf(tag);
      return i < 0 ? tagOrder.length : i;
    };
    tags.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const tag of tags) push('tag', tag, anchored.filter((e) => e.annotation.tags.includes(tag)));
    push('untagged', '', anchored.filter((e) => e.annotation.tags.length === 0));
  } else {
    const byKey = new Map<string, AnnotationEntry[]>();
    for (const e of anchored) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    for (const [key, list] of byKey) push('article', key, list);
  }
  return groups;
}

/** A parsed filter term: `field:value` restricts the field, a bare word searches everything. */
interface FilterTerm {
  field: 'any' | 'tag' | 'status' | 'author' | 'article' | 'is';
  value: string;
}

const FILTER_FIELDS = new Set(['tag', 'status', 'author', 'article', 'is']);

function parseFilter(query: string): FilterTerm[] {
  const terms: FilterTerm[] = [];
  // Double quotes keep a phrase together: "prisoners of war".
  for (const m of query.matchAll(/(?:(\w+):)?(?:"([^"]*)"|(\S+))/g)) {
    const field = m[1]?.toLowerCase();
    const value = foldText((m[2] ?? m[3] ?? '').trim());
    if (field && FILTER_FIELDS.has(field)) terms.push({ field: field as FilterTerm['field'], value });
    else terms.push({ field: 'any', value: foldText(m[0].replace(/"/g, '')) });
  }
  return terms.filter((t) => t.value !== '');
}

function matchesTerm(entry: AnnotationEntry, term: FilterTerm): boolean {
  const a = entry.annotation;
  const has = (text: string | undefined) => text !== undefined && foldText(text).includes(term.value);
  switch (term.field) {
    case 'tag': return a.tags.some(has);
    case 'status': return has(a.status);
    case 'author': return has(a.author);
    case 'article': return has(entry.name);
    case 'is': return (term.value === 'orphan' && !entry.span) || (term.value === 'conflict' && !!a.conflict);
    case 'any': return has(a.target.exact) || a.tags.some(has) || has(a.status) || has(a.note) || has(a.author) || has(entry.name);
  }
}

/**
 * The entries matching `query`: every term must match, case- and accent-insensitively. A bare
 * word is looked for in the quote, tags, status, note, author and article name; `tag:`,
 * `status:`, `author:` and `article:` look in one field; `is:orphan` and `is:conflict` pick
 * annotations needing review; double quotes keep a phrase together. An empty query matches all.
 */
export function filterAnnotations(entries: readonly AnnotationEntry[], query: string): AnnotationEntry[] {
  const terms = parseFilter(query);
  return terms.length === 0 ? [...entries] : entries.filter((e) => terms.every((t) => matchesTerm(e, t)));
}

/**
 * Ids used by more than one article's sidecar, with the articles using each (in the order given).
 * Ids are unique per annotation, so a shared one means a sidecar was copied with its article
 * outside the editor; exports would otherwise merge the two into one W3C resource.
 */
export function sharedIds(articles: readonly { key: string; annotations: readonly Annotation[] }[]): Map<string, string[]> {
  const keysById = new Map<string, string[]>();
  for (const { key, annotations } of articles) {
    for (const a of annotations) {
      const keys = keysById.get(a.id);
      if (!keys) keysById.set(a.id, [key]);
      else if (!keys.includes(key)) keys.push(key);
    }
  }
  for (const [id, keys] of keysById) if (keys.length < 2) keysById.delete(id);
  return keysById;
}
