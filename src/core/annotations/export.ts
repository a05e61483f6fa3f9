/**
 * Exports of annotations for other tools and for readers: W3C Web Annotation JSON-LD, CSV,
 * brat standoff and a Markdown research report. Each is a pure function from annotations (and,
 * for brat, the article text) to a string.
 */
import { anchorAnnotations } from './anchor';
import { createOffsetConverter } from './codePoints';
import { ANNOTATION_STATUSES, STATUS_LABELS, derivedAnnotationId, type Annotation } from './sidecar';
import { annotationToJson, compareAnnotations } from './serialize';

/** One article and its annotations, as the exporters see it. */
export interface ExportArticle {
  /** The article's path or file name as the user knows it. */
  name: string;
  /** The IRI W3C targets use as `source`: the article's URL or its file URI. Defaults to `name`. */
  uri?: string;
  title?: string;
  /** The outlet that published it. */
  outlet?: string;
  /** ISO publication date. */
  published?: string;
  annotations: readonly Annotation[];
}

/**
 * The W3C context, plus the term `assessing`: the Web Annotation Vocabulary defines
 * `oa:assessing`, but the published context (http://www.w3.org/ns/anno.jsonld) lacks the term,
 * so without it a JSON-LD processor could not expand our motivation and status purpose.
 */
export const JSON_LD_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { assessing: 'oa:assessing' }] as const;

/** One annotation as a W3C Web Annotation on `source`. */
function toWebAnnotation(a: Annotation, source: string): Record<string, unknown> {
  const { conflict: _conflict, body, target, ...stored } = annotationToJson(a);
  return {
    ...stored,
    generator: { type: 'Software', name: 'Dossier' },
    body: body.map((b) => (b.purpose === 'commenting' ? { ...b, format: 'text/plain' } : b)),
    target: { source, selector: target.selector },
  };
}

export interface JsonLdOptions {
  /** The collection's IRI; by default a `urn:uuid:` derived from the annotations' ids. */
  id?: string;
  label?: string;
}

/**
 * A W3C AnnotationCollection (JSON-LD, one embedded AnnotationPage) holding the annotations of
 * all `articles`, pretty-printed with a final newline.
 */
export function exportJsonLd(articles: readonly ExportArticle[], options: JsonLdOptions = {}): string {
  const items = articles.flatMap((article) =>
    [...article.annotations].sort(compareAnnotations).map((a) => toWebAnnotation(a, article.uri ?? encodeURI(article.name))));
  const id = options.id ?? derivedAnnotationId(`collection\n${items.map((item) => item.id).join('\n')}`);
  const collection = {
    '@context': JSON_LD_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Dossier annotations',
    total: items.length,
    ...(items.length > 0 && { first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items } }),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['article', 'quote', 'tags', 'status', 'note', 'author', 'created', 'start', 'end'] as const;

/** One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV per RFC 4180 (CRLF line ends, a header row) with the columns {@link CSV_COLUMNS}; tags
 * joined by "; "; start and end are the stored code-point offsets.
 */
export function exportCsv(articles: readonly ExportArticle[]): string {
  const rows = [CSV_COLUMNS.map(csvField).join(',')];
  for (const article of articles) {
    for (const a of [...article.annotations].sort(compareAnnotations)) {
      rows.push([article.name, a.target.exact, a.tags.join('; '), a.status, a.note ?? '', a.author ?? '', a.created, a.target.start, a.target.end]
        .map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** A brat entity type: no whitespace or reserved characters. */
const bratType = (tag: string): string => tag.replace(/[^\p{L}\p{N}_-]/gu, '_') || 'Annotation';

/** brat keeps one record per line: line breaks inside a field become spaces. */
const bratText = (text: string): string => text.replace(/\r\n|[\r\n]/g, ' ');

export interface BratExport {
  /** The `.ann` file's text. */
  ann: string;
  /** Ids of the annotations left out because they are orphans in `text`. */
  skipped: string[];
}

/**
 * brat standoff (`.ann`) for one article. Offsets are code points into `text`, which is what
 * brat reads as the `.txt` file, so the annotations are anchored in `text` first and orphans
 * are left out (listed in `skipped`). Each annotation becomes one text-bound annotation per tag
 * (typed by the tag, or `Annotation` when it has none), split into fragments at line breaks as
 * brat requires; its status is a `Status` attribute and its note an `AnnotatorNotes` comment,
 * both on the first.
 */
export function exportBrat(text: string, annotations: readonly Annotation[]): BratExport {
  const sorted = [...annotations].sort(compareAnnotations);
  const anchors = anchorAnnotations(text, sorted);
  const converter = createOffsetConverter(text);
  const lines: string[] = [];
  const skipped: string[] = [];
  let t = 0;
  let attribute = 0;
  let note = 0;
  sorted.forEach((a, index) => {
    const anchor = anchors[index];
    if (anchor.state !== 'anchored') {
      skipped.push(a.id);
      return;
    }
    const fragments: { start: number; end: number }[] = [];
    const lineBreak = /\r\n|[\r\n]/g;
    let from = anchor.span.start;
    const quote = text.slice(anchor.span.start, anchor.span.end);
    for (const m of quote.matchAll(lineBreak)) {
      const at = anchor.span.start + (m.index ?? 0);
      if (at > from) fragments.push({ start: from, end: at });
      from = at + m[0].length;
    }
    if (anchor.span.end > from) fragments.push({ start: from, end: anchor.span.end });
    if (fragments.length === 0) {
      skipped.push(a.id);
      return;
    }
    const offsets = fragments.map((f) => `${converter.toCodePoint(f.start)} ${converter.toCodePoint(f.end)}`).join(';');
    const covered = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    const types = a.tags.length > 0 ? a.tags.map(bratType) : ['Annotation'];
    const first = t + 1;
    for (const type of new Set(types)) lines.push(`T${++t}\t${type} ${offsets}\t${covered}`);
    lines.push(`A${++attribute}\tStatus T${first} ${a.status}`);
    if (a.note !== undefined) lines.push(`#${++note}\tAnnotatorNotes T${first}\t${bratText(a.note)}`);
  });
  return { ann: lines.length ? `${lines.join('\n')}\n` : '', skipped };
}

/** An event the report groups claims under. */
export interface ReportEvent {
  id: string;
  label: string;
}

export interface ReportOptions {
  title?: string;
  /** The event an annotation is about (from the event index), or null; enables grouping by event. */
  eventOf?: (article: ExportArticle, annotation: Annotation) => ReportEvent | null | undefined;
}

/** Escapes text so that Markdown shows it literally. */
function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

function renderClaim(article: ExportArticle, a: Annotation): string[] {
  const quote = markdownText(a.target.exact).split(/\r\n|[\r\n]/).map((line) => `> ${line}`.trimEnd());
  const source = [
    article.title ? `*${markdownText(article.title)}*` : null,
    article.outlet ? markdownText(article.outlet) : null,
    article.published ? markdownText(article.published) : null,
    `\`${article.name.replace(/`/g, "'")}\``,
  ].filter((part): part is string => part !== null).join(' · ');
  const details = [
    a.tags.length ? `Tags: ${a.tags.map(markdownText).join(', ')}` : null,
    a.author ? `By ${markdownText(a.author)}, ${a.created.slice(0, 10)}` : `Added ${a.created.slice(0, 10)}`,
  ].filter((part): part is string => part !== null).join(' · ');
  const lines = [...quote, '', `— ${source}  `, details];
  if (a.note) lines.push('', ...markdownText(a.note).split(/\r\n|[\r\n]/).map((line) => `Note: ${line}`.trimEnd()));
  return [...lines, ''];
}

/**
 * A Markdown research report: the claims grouped by status (in the order of
 * {@link ANNOTATION_STATUSES}), and within a status by event when `eventOf` is given (claims
 * tied to no event last), each with its quote, source article, tags, author and note.
 */
export function exportMarkdownReport(articles: readonly ExportArticle[], options: ReportOptions = {}): string {
  const claims = articles.flatMap((article) => [...article.annotations].sort(compareAnnotations).map((a) => ({ article, a })));
  const out = [`# ${markdownText(options.title ?? 'Research report')}`, ''];
  const articleCount = new Set(claims.map((c) => c.article.name)).size;
  out.push(`${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} in ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}.`, '');
  for (const status of ANNOTATION_STATUSES) {
    const group = claims.filter((c) => c.a.status === status);
    if (group.length === 0) continue;
    out.push(`## ${STATUS_LABELS[status]} (${group.length})`, '');
    const eventOf = options.eventOf;
    if (!eventOf) {
      for (const c of group) out.push(...renderClaim(c.article, c.a));
      continue;
    }
    const byEvent = new Map<string, { label: string; claims: typeof group }>();
    const unassigned: typeof group = [];
    for (const c of group) {
      const event = eventOf(c.article, c.a);
      if (!event) unassigned.push(c);
      else if (byEvent.has(event.id)) byEvent.get(event.id)?.claims.push(c);
      else byEvent.set(event.id, { label: event.label, claims: [c] });
    }
    for (const { label, claims: eventClaims } of byEvent.values()) {
      out.push(`### ${markdownText(label)}`, '');
      for (const c of eventClaims) out.push(...renderClaim(c.article, c.a));
    }
    if (unassigned.length > 0) {
      out.push('### No event', '');
      for (const c of unassigned) out.push(...renderClaim(c.article, c.a));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
