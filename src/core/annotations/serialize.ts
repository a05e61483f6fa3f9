/**
 * The sidecar's text. Deterministic so that diffs stay small and git merges rarely conflict:
 * keys in a fixed order, annotations sorted by where they sit in the article, two-space
 * indentation, one final newline.
 */
import { SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation } from './sidecar';

/** A TextualBody as stored: tags, status and note each become one, in that order. */
export interface BodyJson {
  type: 'TextualBody';
  purpose: 'tagging' | 'assessing' | 'commenting';
  value: string;
}

/** One annotation as stored in the file: the W3C Web Annotation shape, minus the target's source. */
export interface AnnotationJson {
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: BodyJson[];
  target: {
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  conflict?: { reason: string; otherVersion?: string };
}

/** The stored form of an annotation, keys in file order. */
export function annotationToJson(a: Annotation): AnnotationJson {
  const body: BodyJson[] = [
    ...a.tags.map((value): BodyJson => ({ type: 'TextualBody', purpose: 'tagging', value })),
    { type: 'TextualBody', purpose: 'assessing', value: a.status },
    ...(a.note !== undefined ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note } as const] : []),
  ];
  return {
    id: a.id,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    ...(a.author !== undefined && { creator: { type: 'Person' as const, name: a.author } }),
    body,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix },
        { type: 'TextPositionSelector', start: a.target.start, end: a.target.end },
      ],
    },
    ...(a.conflict && {
      conflict: { reason: a.conflict.reason, ...(a.conflict.otherVersion !== undefined && { otherVersion: a.conflict.otherVersion }) },
    }),
  };
}

/** Reading order, then creation, then id: a total order, so sorting is deterministic. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start
    || a.target.end - b.target.end
    || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** True when two annotations would be stored identically. */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(annotationToJson(a)) === JSON.stringify(annotationToJson(b));
}

/** The sidecar file's text for `annotations` (in any order). */
export function serializeSidecar(annotations: readonly Annotation[]): string {
  const document = {
    format: SIDECAR_FORMAT,
    version: SIDECAR_VERSION,
    annotations: [...annotations].sort(compareAnnotations).map(annotationToJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
