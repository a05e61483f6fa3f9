/**
 * Import of annotations made elsewhere: W3C Web Annotation JSON-LD (a single annotation, an
 * array, or an AnnotationCollection with embedded pages), and the JSON that Hypothesis exports
 * (`{ "annotations": [...] }` or API rows with `uri`, `text`, `tags`, `target`). Each annotation
 * is matched to one of the given articles by its target's source (URL or file URI) or file
 * name, and its quote anchored in that article's text.
 */
import { anchorAnnotations, targetFor } from './anchor';
import { createOffsetConverter } from './codePoints';
import {
  ANNOTATION_STATUSES, MOTIVATIONS, derivedAnnotationId,
  type Annotation, type AnnotationStatus, type Motivation, type TextTarget,
} from './sidecar';
import { ANNOTATION_ID_PATTERN } from './validate';

/** An article annotations may be imported into. */
export interface ImportArticle {
  /** The caller's key for the article (e.g. its URI), returned with its annotations. */
  key: string;
  /** Its path or file name. */
  name: string;
  /** Other IRIs it is known by: its file URI, the URL it was published at. */
  urls?: readonly string[];
  /** Its text as VS Code shows it. */
  text: string;
}

export interface ImportedArticle {
  key: string;
  annotations: Annotation[];
  /** How many of them could not be found in the text (they are kept as orphans). */
  orphans: number;
}

export interface ImportResult {
  articles: ImportedArticle[];
  /** Annotations not imported, with why. */
  skipped: { id: string | null; source: string | null; reason: string }[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A JSON-LD type as a bare W3C term ("oa:Annotation" and the full IRI become "Annotation"). */
const typesOf = (node: Json): string[] =>
  asArray(node.type ?? node['@type']).map((t) => String(t).replace(/^(?:oa:|as:|http:\/\/www\.w3\.org\/ns\/(?:oa|activitystreams)#)/, ''));

/** An annotation as read, before it is matched to an article. */
interface Foreign {
  id: string | null;
  sources: string[];
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  tags: string[];
  notes: string[];
  status?: AnnotationStatus;
  motivation?: Motivation;
  author?: string;
  created?: string;
  modified?: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const dateTime = (v: unknown): string | undefined => {
  const text = asString(v);
  return text && DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
};

/** A motivation or purpose value as a bare term, if it is one of the W3C motivations. */
function motivationTerm(v: unknown): Motivation | undefined {
  const term = String(v ?? '').replace(/^(?:oa:|http:\/\/www\.w3\.org\/ns\/oa#)/, '');
  return (MOTIVATIONS as readonly string[]).includes(term) ? (term as Motivation) : undefined;
}

function authorOf(creator: unknown): string | undefined {
  for (const c of asArray(creator)) {
    if (typeof c === 'string') return c.replace(/^acct:/, '').replace(/@hypothes\.is$/, '');
    if (isObject(c)) {
      const name = asString(c.name) ?? asString(c.nickname);
      if (name) return name;
    }
  }
  return undefined;
}

/** Reads the selectors of one target: the first TextQuoteSelector and TextPositionSelector. */
function readSelectors(target: Json, into: Foreign): void {
  for (const selector of asArray(target.selector)) {
    if (!isObject(selector)) continue;
    const types = typesOf(selector);
    if (types.includes('TextQuoteSelector') && !into.quote && typeof selector.exact === 'string' && selector.exact !== '') {
      into.quote = { exact: selector.exact, prefix: asString(selector.prefix) ?? '', suffix: asString(selector.suffix) ?? '' };
    } else if (types.includes('TextPositionSelector') && !into.position) {
      const start = Number(selector.start);
      const end = Number(selector.end);
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end) into.position = { start, end };
    }
  }
}

/** A W3C Web Annotation, in any of the shapes JSON-LD allows for its values. */
function fromWebAnnotation(node: Json): Foreign {
  const foreign: Foreign = {
    id: asString(node.id) ?? asString(node['@id']) ?? null,
    sources: [], quote: null, position: null, tags: [], notes: [],
    motivation: asArray(node.motivation).map(motivationTerm).find((m) => m !== undefined),
    author: authorOf(node.creator),
    created: dateTime(node.created),
    modified: dateTime(node.modified),
  };
  if (typeof node.bodyValue === 'string') foreign.notes.push(node.bodyValue);
  for (const body of asArray(node.body)) {
    if (!isObject(body) || typeof body.value !== 'string' || body.value.trim() === '') continue;
    const purpose = asArray(body.purpose).map(motivationTerm).find((p) => p !== undefined);
    const value = body.value.trim();
    const status = ANNOTATION_STATUSES.find((s) => s === value.toLowerCase());
    if (purpose === 'tagging') foreign.tags.push(value);
    else if (purpose === 'assessing' && status && !foreign.status) foreign.status = status;
    else if (purpose === 'assessing') foreign.tags.push(value);
    else foreign.notes.push(body.value);
  }
  for (const target of asArray(node.target)) {
    if (typeof target === 'string') {
      foreign.sources.push(target);
    } else if (isObject(target)) {
      const source = isObject(target.source) ? asString(target.source.id) : asString(target.source) ?? asString(target.id);
      if (source) foreign.sources.push(source);
      readSelectors(target, foreign);
    }
  }
  return foreign;
}

/** A Hypothesis API annotation (what its export and search API return). */
function fromHypothesis(row: Json): Foreign {
  const foreign: Foreign = {
    id: asString(row.id) ?? null,
    sources: [asString(row.uri)].filter((s): s is string => s !== undefined),
    quote: null, position: null,
    tags: asArray(row.tags).filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()),
    notes: typeof row.text === 'string' && row.text.trim() !== '' ? [row.text] : [],
    author: (isObject(row.user_info) ? asString(row.user_info.display_name) : undefined) ?? authorOf(row.user),
    created: dateTime(row.created),
    modified: dateTime(row.updated),
  };
  for (const target of asArray(row.target)) {
    if (!isObject(target)) continue;
    const source = asString(target.source);
    if (source && !foreign.sources.includes(source)) foreign.sources.push(source);
    readSelectors(target, foreign);
  }
  return foreign;
}

/** Every annotation in a parsed import document, whatever its envelope. */
function collect(node: unknown, into: Foreign[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  const types = typesOf(node);
  if (types.includes('Annotation')) into.push(fromWebAnnotation(node));
  else if (types.includes('AnnotationCollection')) {
    collect(node.first, into, depth + 1);
  } else if (types.includes('AnnotationPage')) {
    collect(node.items, into, depth + 1);
    if (isObject(node.next)) collect(node.next, into, depth + 1);
  } else if ('uri' in node && ('target' in node || 'text' in node)) into.push(fromHypothesis(node));
  else if (Array.isArray(node.annotations)) collect(node.annotations, into, depth + 1);
  else if (Array.isArray(node.rows)) collect(node.rows, into, depth + 1);
}

/** A URL for comparison: no fragment, no trailing slash, https, no "www.", lower-case host. */
function normalizeUrl(url: string): string {
  const [withoutFragment] = url.trim().split('#');
  return withoutFragment
    .replace(/^http:/i, 'https:')
    .replace(/^(https:\/\/)(?:www\.)?([^/?]+)/i, (_m, scheme: string, host: string) => scheme + host.toLowerCase())
    .replace(/\/+(\?|$)/, '$1');
}

/** The last path segment of a URL or path, decoded, without its extension. */
function stemOf(pathOrUrl: string): string {
  const path = pathOrUrl.split(/[?#]/)[0].replace(/[/\\]+$/, '');
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: compare the segment as written.
  }
  return decoded.replace(/\.[^.]*$/, '').toLowerCase();
}

/** The one article a source names, by URL first, then by file name; null when none or several. */
function matchArticle(sources: readonly string[], articles: readonly ImportArticle[]): ImportArticle | null {
  for (const source of sources) {
    const url = normalizeUrl(source);
    const withoutQuery = url.split('?')[0];
    const byUrl = articles.filter((a) => (a.urls ?? []).some((u) => {
      const candidate = normalizeUrl(u);
      return candidate === url || candidate.split('?')[0] === withoutQuery;
    }));
    if (byUrl.length === 1) return byUrl[0];
  }
  for (const source of sources) {
    const stem = stemOf(source);
    const byName = stem ? articles.filter((a) => stemOf(a.name) === stem) : [];
    if (byName.length === 1) return byName[0];
  }
  return null;
}

/** Its id if it is already one of ours, else one derived from it, so re-importing replaces rather than duplicates. */
function importedId(foreign: Foreign, target: TextTarget): string {
  if (foreign.id && ANNOTATION_ID_PATTERN.test(foreign.id)) return foreign.id.toLowerCase();
  return derivedAnnotationId(`import\n${foreign.id ?? `${foreign.sources.join(' ')}\n${target.exact}\n${foreign.notes.join('\n')}`}`);
}

/** The annotation's target in `article`, and whether its text was found. */
function placeIn(foreign: Foreign, article: ImportArticle): { target: TextTarget; found: boolean } | null {
  const converter = createOffsetConverter(article.text);
  const position = foreign.position;
  let stored: TextTarget;
  if (foreign.quote) {
    stored = { ...foreign.quote, start: position?.start ?? 0, end: position?.end ?? 0 };
  } else if (position && position.end <= converter.codePointLength) {
    // A position alone, on a source that is this article: its text is what it selects.
    const exact = article.text.slice(converter.toUtf16(position.start), converter.toUtf16(position.end));
    stored = { exact, prefix: '', suffix: '', ...position };
  } else {
    return null;
  }
  const [anchor] = anchorAnnotations(article.text, [{ id: '', target: stored }]);
  return anchor.state === 'anchored'
    ? { target: targetFor(article.text, anchor.span, converter), found: true }
    : { target: stored, found: false };
}

/**
 * Imports annotations from `json` into the matching `articles`. Never throws: unreadable input
 * and annotations that match no article (or several) are listed in `skipped`. Annotations whose
 * quote is not in the article's text are kept as orphans. Ids are kept when they are
 * `urn:uuid:` ids and otherwise derived from the original id, so importing the same file twice
 * yields the same annotations (merge them into the sidecar by id). `now` stamps annotations
 * that carry no dates.
 */
export function importJsonLd(json: string, articles: readonly ImportArticle[], options: { now: Date }): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return { articles: [], skipped: [{ id: null, source: null, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const foreign: Foreign[] = [];
  collect(document, foreign);
  const skipped: ImportResult['skipped'] = [];
  if (foreign.length === 0) skipped.push({ id: null, source: null, reason: 'no annotations found (expected W3C Web Annotations or a Hypothesis export)' });
  const byKey = new Map<string, ImportedArticle>();
  const stamp = options.now.toISOString();
  for (const f of foreign) {
    const article = matchArticle(f.sources, articles);
    if (!article) {
      skipped.push({ id: f.id, source: f.sources[0] ?? null, reason: f.sources.length ? 'no single article matches its source' : 'it names no source' });
      continue;
    }
    const placed = placeIn(f, article);
    if (!placed) {
      skipped.push({ id: f.id, source: f.sources[0] ?? null, reason: 'it has no text quote or position selector' });
      continue;
    }
    const note = f.notes.join('\n\n').trim();
    const annotation: Annotation = {
      id: importedId(f, placed.target),
      motivation: f.motivation ?? (note ? 'commenting' : f.tags.length ? 'tagging' : 'highlighting'),
      tags: [...new Set(f.tags)],
      status: f.status ?? 'open',
      ...(note && { note }),
      ...(f.author && { author: f.author }),
      created: f.created ?? f.modified ?? stamp,
      modified: f.modified ?? f.created ?? stamp,
      target: placed.target,
    };
    const entry = byKey.get(article.key) ?? { key: article.key, annotations: [], orphans: 0 };
    byKey.set(article.key, entry);
    if (entry.annotations.some((a) => a.id === annotation.id)) continue;
    entry.annotations.push(annotation);
    if (!placed.found) entry.orphans++;
  }
  return { articles: [...byKey.values()], skipped };
}
