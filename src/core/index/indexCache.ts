import type { ArticleEvents } from '../events/mentions';
import type { IndexedArticle, WorkspaceIndex } from './workspaceIndex';

/*
 * A persisted copy of the workspace index, so a reopened workspace is ready without re-analysing
 * every article. Each article is kept with the hash of the text it was analysed from; an article
 * whose text changed since is analysed again, the others are restored as they were.
 */

/** Bump when what the engine stores per article changes shape or meaning (analysis, events). */
export const INDEX_CACHE_SCHEMA = 1;

const MAGIC = 'dossier-index-cache';

/** The engine version a cache is valid for: the extension's version and the cache schema. */
export function indexCacheVersion(packageVersion: string): string {
  return `${packageVersion}+${INDEX_CACHE_SCHEMA}`;
}

/** FNV-1a 64 of the text's UTF-16 code units, as 16 hex digits: fast, stable, not cryptographic. */
export function contentHash(text: string): string {
  // 64-bit arithmetic in four 16-bit limbs; the FNV prime is 2^40 + 0x1b3.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    h1 = t1 + (t0 >>> 16);
    h0 = t0 & 0xffff;
    h2 = t2 + (h1 >>> 16);
    h1 &= 0xffff;
    h3 = (t3 + (h2 >>> 16)) & 0xffff;
    h2 &= 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** One article as the cache keeps it. */
export interface CachedArticle {
  /** `contentHash` of the text the entry was analysed from. */
  hash: string;
  entry: IndexedArticle;
  events: ArticleEvents | undefined;
}

/** Why a cache could not be used; the caller then indexes from scratch. */
export type CacheRejection = 'empty' | 'corrupt' | 'truncated' | 'stale';

export type CacheLoad =
  | { ok: true; articles: Map<string, CachedArticle> }
  | { ok: false; reason: CacheRejection; detail: string };

interface Header {
  magic: string;
  version: string;
  count: number;
  length: number;
  checksum: string;
}

/**
 * The index's articles as one string: a header line (engine version, count, length and checksum of
 * the body) and a JSON body. `hashOf` gives the content hash of each article's text; articles
 * without one (their text was never read) are left out.
 */
export function serializeIndexCache(index: WorkspaceIndex, version: string, hashOf: (key: string) => string | undefined): string {
  const rows: unknown[] = [];
  for (const key of index.keys()) {
    const entry = index.get(key);
    const hash = hashOf(key);
    if (!entry || !hash) continue;
    const { analysis, inferredDate, fingerprint, lineStarts } = entry;
    rows.push([key, hash, analysis, inferredDate ?? null, Array.from(fingerprint), deltas(lineStarts), index.articleEvents(key) ?? null]);
  }
  const body = JSON.stringify(rows);
  const header: Header = { magic: MAGIC, version, count: rows.length, length: body.length, checksum: checksum(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** Reads a cache written by `serializeIndexCache`. Never throws: anything unusable is a rejection with its reason. */
export function parseIndexCache(data: string, version: string): CacheLoad {
  if (!data) return { ok: false, reason: 'empty', detail: 'no cache' };
  const newline = data.indexOf('\n');
  const header = parseJson(newline < 0 ? data : data.slice(0, newline));
  if (!isHeader(header)) {
    return newline < 0 && data.startsWith(`{"magic":"${MAGIC}"`)
      ? { ok: false, reason: 'truncated', detail: 'the header is cut short' }
      : { ok: false, reason: 'corrupt', detail: 'no valid header' };
  }
  if (header.version !== version) return { ok: false, reason: 'stale', detail: `written by engine ${header.version}, this is ${version}` };
  const body = newline < 0 ? '' : data.slice(newline + 1);
  if (body.length < header.length) return { ok: false, reason: 'truncated', detail: `${body.length} of ${header.length} characters` };
  if (body.length > header.length) return { ok: false, reason: 'corrupt', detail: `${body.length - header.length} characters too many` };
  if (checksum(body) !== header.checksum) return { ok: false, reason: 'corrupt', detail: 'checksum mismatch' };
  const rows = parseJson(body);
  if (!Array.isArray(rows) || rows.length !== header.count) return { ok: false, reason: 'corrupt', detail: 'article count mismatch' };
  const articles = new Map<string, CachedArticle>();
  for (const row of rows) {
    const article = readRow(row);
    if (!article) return { ok: false, reason: 'corrupt', detail: `malformed entry ${articles.size + 1}` };
    articles.set(article.entry.key, article);
  }
  return { ok: true, articles };
}

/**
 * Fills `index` with `files`: those the cache holds with the same content hash are restored, the
 * others analysed. Returns the keys of each, so the caller can report what it did.
 */
export function indexWithCache(index: WorkspaceIndex, files: Iterable<{ key: string; text: string }>, cached: ReadonlyMap<string, CachedArticle>): { restored: string[]; analysed: string[] } {
  const restored: string[] = [];
  const analysed: string[] = [];
  for (const { key, text } of files) {
    const hit = cached.get(key);
    if (hit && hit.hash === contentHash(text)) {
      index.restore(hit.entry, hit.events);
      restored.push(key);
    } else {
      index.update(key, text);
      analysed.push(key);
    }
  }
  return { restored, analysed };
}

function readRow(row: unknown): CachedArticle | undefined {
  if (!Array.isArray(row) || row.length !== 7) return undefined;
  const [key, hash, analysis, inferredDate, fingerprint, lineDeltas, events] = row as unknown[];
  if (typeof key !== 'string' || typeof hash !== 'string' || !isAnalysis(analysis)) return undefined;
  if (!isNumbers(fingerprint) || !isNumbers(lineDeltas) || (events !== null && !isEvents(events))) return undefined;
  if (inferredDate !== null && (typeof inferredDate !== 'object' || typeof (inferredDate as { date?: unknown }).date !== 'string')) return undefined;
  const entry: IndexedArticle = { key, analysis, fingerprint: Uint32Array.from(fingerprint), lineStarts: undelta(lineDeltas) };
  if (inferredDate) entry.inferredDate = inferredDate as IndexedArticle['inferredDate'];
  return { hash, entry, events: events ?? undefined };
}

function isAnalysis(value: unknown): value is IndexedArticle['analysis'] {
  const analysis = value as IndexedArticle['analysis'] | null;
  return typeof analysis === 'object' && analysis !== null && typeof analysis.parsed === 'object' && analysis.parsed !== null
    && Array.isArray(analysis.parsed.sentences) && Array.isArray(analysis.parsed.regions)
    && Array.isArray(analysis.entities) && Array.isArray(analysis.dates) && Array.isArray(analysis.quotes) && Array.isArray(analysis.figures);
}

function isEvents(value: unknown): value is ArticleEvents {
  return typeof value === 'object' && value !== null && Array.isArray((value as ArticleEvents).mentions);
}

function isNumbers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number' && n >= 0);
}

function isHeader(value: unknown): value is Header {
  const header = value as Header | null;
  return typeof header === 'object' && header !== null && header.magic === MAGIC && typeof header.version === 'string'
    && typeof header.count === 'number' && typeof header.length === 'number' && typeof header.checksum === 'string';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Line starts grow slowly, so their differences are short numbers. */
function deltas(values: Uint32Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] - (i ? values[i - 1] : 0);
  return out;
}

function undelta(values: readonly number[]): Uint32Array {
  const out = new Uint32Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) out[i] = sum += values[i];
  return out;
}

/** FNV-1a 32 of the body: catches flipped or lost characters that still parse. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
