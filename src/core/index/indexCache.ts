import type { ArticleAnalysis, DateGrain, DateMention, EntityMention, EntityType, Figure, ParsedArticle, Quote, RegionKind, Span } from '../model';
import type { InferredDate } from '../article/dateInference';
import type { ArticleEvents, EventMentionDetail, MentionFigure, MentionQuote } from '../events/mentions';
import type { IndexedArticle, WorkspaceIndex } from './workspaceIndex';

/*
 * A persisted copy of the workspace index, so a reopened workspace is ready without re-analysing
 * every article. Each article is kept with the hash of the text it was analysed from; an article
 * whose text changed since is analysed again, the others are restored as they were. An article is
 * also kept with its file's stamp (size and modification time) when one was safe to record: a file
 * with the same stamp is restored without being read, as git trusts its index for unmodified files.
 */

/** Bump when what the engine stores per article changes shape or meaning (analysis, events), or the cache layout. */
export const INDEX_CACHE_SCHEMA = 4;

/**
 * A file modified this shortly before it was read may be modified again within the same tick of
 * its file system's clock (two seconds on FAT) without its stamp changing: its stamp is not kept.
 */
const RACY_MS = 2000;

/**
 * The stamp of a file of `size` bytes last modified at `mtime` (ms since the epoch), read at
 * `readAt`: equal stamps mean an unchanged file. Undefined when it cannot be trusted: a file
 * system that reports no modification time, or a file modified too shortly before it was read.
 */
export function fileStamp(size: number, mtime: number, readAt: number): string | undefined {
  if (!(mtime > 0) || mtime > readAt - RACY_MS) return undefined;
  return `${size}:${Math.trunc(mtime)}`;
}

const MAGIC = 'dossier-index-cache';

/** The engine version a cache is valid for: the extension's version and the cache schema. */
export function indexCacheVersion(packageVersion: string): string {
  return `${packageVersion}+${INDEX_CACHE_SCHEMA}`;
}

/**
 * A 64-bit hash of the text's UTF-16 code units, as 16 hex digits: fast, stable, not cryptographic.
 * Two FNV-1a 32 lanes take the even and the odd code units, so the multiplications of neighbouring
 * characters overlap (a warm start hashes every article text and the whole cache); each lane is
 * then mixed with MurmurHash3's finaliser, the length and the other lane.
 */
export function contentHash(text: string): string {
  let even = 0x811c9dc5;
  let odd = 0x050c5d1f;
  const length = text.length;
  let i = 0;
  for (const last = length - 1; i < last; i += 2) {
    even = Math.imul(even ^ text.charCodeAt(i), 0x01000193);
    odd = Math.imul(odd ^ text.charCodeAt(i + 1), 0x01000193);
  }
  if (i < length) even = Math.imul(even ^ text.charCodeAt(i), 0x01000193);
  return hex32(mix32(even ^ length)) + hex32(mix32(odd + Math.imul(even, 0x9e3779b1)));
}

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex32(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/** The text an article was analysed from. */
export interface ArticleSource {
  /** `contentHash` of the text. */
  hash: string;
  /** `fileStamp` of the file the text was read from, when one could be trusted. */
  stamp?: string;
}

/** One article as the cache keeps it. */
export interface CachedArticle extends ArticleSource {
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
  /** Characters after the header line. */
  length: number;
  /** `contentHash` of everything after the header line. */
  checksum: string;
}

/*
 * The body is two lines. The first is a JSON array of the distinct strings. The second is every
 * other value, field by field in the order the write and read functions below agree on, as
 * variable-length numbers of printable characters: each character carries five bits and says
 * whether another follows, so the small numbers that make up most of an index (string numbers,
 * lengths, gaps between offsets) take one or two characters and no separator. Offsets are written
 * as the gap from the previous sibling's start (or the parent's), ends as lengths.
 */

/** Value of the first digit character; 64 consecutive printable ASCII characters follow it. */
const DIGIT = 48;
/** Set in a digit when more digits of the same number follow. */
const MORE = 32;

/** Writes the two columns: distinct strings, and every other value as numbers. */
class ColumnWriter {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private chunks: string[] = [];
  private digits: number[] = [];

  /** Any integer, as zigzag (0, -1, 1, -2, …) so that small negative gaps stay short. */
  int(value: number): void {
    let rest = value >= 0 ? value * 2 : -value * 2 - 1;
    while (rest >= MORE) {
      this.digits.push(DIGIT + MORE + (rest % MORE));
      rest = Math.floor(rest / MORE);
    }
    this.digits.push(DIGIT + rest);
    if (this.digits.length > 8192) this.flush();
  }

  str(text: string): void {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(text, id);
      this.strings.push(text);
    }
    this.int(id);
  }

  /** A string, or null or absent as -1. */
  optional(text: string | null | undefined): void {
    if (text === null || text === undefined) this.int(-1);
    else this.str(text);
  }

  bool(value: boolean): void {
    this.int(value ? 1 : 0);
  }

  /** Any number (a figure's value), exactly, through its shortest decimal form. */
  num(value: number): void {
    this.str(String(value));
  }

  span(span: Span, base: number): void {
    this.int(span.start - base);
    this.int(span.end - span.start);
  }

  /** A list whose items' starts are written as gaps from the previous item's. */
  list<T extends Span>(items: readonly T[], base: number, write: (item: T, base: number) => void): void {
    this.int(items.length);
    for (const item of items) {
      write(item, base);
      base = item.start;
    }
  }

  texts(texts: readonly string[]): void {
    this.int(texts.length);
    for (const text of texts) this.str(text);
  }

  /** Sorted or growing numbers (line starts, fingerprints) as their differences. */
  deltas(values: Uint32Array): void {
    this.int(values.length);
    for (let i = 0; i < values.length; i++) this.int(values[i] - (i ? values[i - 1] : 0));
  }

  /**
   * Values written by `write`, preceded by how many characters they take, so that a reader can
   * step over them and decode them later (`ColumnReader.block`).
   */
  block(write: () => void): void {
    const outer = { chunks: this.chunks, digits: this.digits };
    this.chunks = [];
    this.digits = [];
    write();
    this.flush();
    const text = this.chunks.join('');
    this.chunks = outer.chunks;
    this.digits = outer.digits;
    this.int(text.length);
    this.flush();
    this.chunks.push(text);
  }

  body(): string {
    this.flush();
    return `${JSON.stringify(this.strings)}\n${this.chunks.join('')}`;
  }

  private flush(): void {
    this.chunks.push(String.fromCharCode(...this.digits));
    this.digits = [];
  }
}

/**
 * Every empty list read: most event mentions have no figures, quotes or cities, and a warm start
 * keeps hundreds of thousands of mentions. Frozen, as nothing changes a restored record's lists.
 */
const NONE: unknown[] = [];
Object.freeze(NONE);

/** Thrown by the reader on a value out of place; `parseIndexCache` turns it into a rejection. */
class Malformed extends Error {}

/** Reads the columns back in the order `ColumnWriter` wrote them, checking every value as it goes. */
class ColumnReader {
  private at: number;
  private readonly pairs = new Map<string, Map<string, [string, string]>>();

  constructor(private readonly strings: readonly unknown[], private readonly text: string, from: number) {
    this.at = from;
  }

  get done(): boolean {
    return this.at === this.text.length;
  }

  /** Where a block written by `ColumnWriter.block` starts and ends; the reader moves past it. */
  block(): { from: number; to: number } {
    const length = this.count();
    const from = this.at;
    this.at += length;
    return { from, to: this.at };
  }

  /** A reader of the same columns from `from` (a block's start). */
  from(from: number): ColumnReader {
    return new ColumnReader(this.strings, this.text, from);
  }

  /** Whether the reader stopped exactly at `offset`. */
  isAt(offset: number): boolean {
    return this.at === offset;
  }

  int(): number {
    let value = 0;
    let scale = 1;
    let digit: number;
    do {
      digit = this.text.charCodeAt(this.at++) - DIGIT;
      // NaN past the end fails this test too.
      if (!(digit >= 0 && digit < 2 * MORE) || scale > 2 ** 45) throw new Malformed(`bad number at ${this.at - 1}`);
      value += (digit % MORE) * scale;
      scale *= MORE;
    } while (digit >= MORE);
    return value % 2 ? -(value + 1) / 2 : value / 2;
  }

  /** A count of items to come, each taking at least one character. */
  count(): number {
    const value = this.int();
    if (value < 0 || value > this.text.length - this.at) throw new Malformed(`bad count at ${this.at - 1}`);
    return value;
  }

  str(): string {
    const text = this.strings[this.int()];
    if (typeof text !== 'string') throw new Malformed(`bad string reference at ${this.at - 1}`);
    return text;
  }

  optional(): string | null {
    const id = this.int();
    if (id === -1) return null;
    const text = this.strings[id];
    if (typeof text !== 'string') throw new Malformed(`bad string reference at ${this.at - 1}`);
    return text;
  }

  bool(): boolean {
    const value = this.int();
    if (value !== 0 && value !== 1) throw new Malformed(`not a flag at ${this.at - 1}`);
    return value === 1;
  }

  num(): number {
    return Number(this.str());
  }

  /** A non-negative offset: the gap from `base` plus `base`. */
  start(base: number): number {
    const value = base + this.int();
    if (value < 0) throw new Malformed(`negative offset at ${this.at - 1}`);
    return value;
  }

  /** A length added to `start`. */
  end(start: number): number {
    const length = this.int();
    if (length < 0) throw new Malformed(`negative length at ${this.at - 1}`);
    return start + length;
  }

  span(base: number): Span {
    const start = this.start(base);
    return { start, end: this.end(start) };
  }

  list<T extends Span>(base: number, read: (base: number) => T): T[] {
    const count = this.count();
    if (count === 0) return NONE as T[];
    const items = new Array<T>(count);
    for (let i = 0; i < items.length; i++) base = (items[i] = read(base)).start;
    return items;
  }

  /**
   * Two strings as one tuple, the same tuple for the same two: event mentions' date windows, of
   * which a workspace has a few thousand distinct among hundreds of thousands of mentions.
   */
  pair(): [string, string] {
    const first = this.str();
    const second = this.str();
    let bySecond = this.pairs.get(first);
    if (!bySecond) this.pairs.set(first, (bySecond = new Map()));
    let pair = bySecond.get(second);
    if (!pair) bySecond.set(second, (pair = Object.freeze([first, second]) as [string, string]));
    return pair;
  }

  texts(): string[] {
    const count = this.count();
    if (count === 0) return NONE as string[];
    const texts = new Array<string>(count);
    for (let i = 0; i < texts.length; i++) texts[i] = this.str();
    return texts;
  }

  deltas(): Uint32Array {
    const values = new Uint32Array(this.count());
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      sum += this.int();
      if (sum < 0 || sum > 0xffffffff) throw new Malformed(`bad offset at ${this.at - 1}`);
      values[i] = sum;
    }
    return values;
  }
}

/**
 * The index's articles as one string: a header line (engine version, count, length and checksum of
 * the body) and the body. `sourceOf` gives the content hash of each article's text and the stamp
 * of its file if known; articles without a hash (their text was never read) are left out.
 */
export function serializeIndexCache(index: WorkspaceIndex, version: string, sourceOf: (key: string) => ArticleSource | undefined): string {
  const writing = writeIndexCache(index, version, sourceOf);
  while (writing.step());
  return writing.result();
}

/** A cache being written an article at a time, so that a host can write a large one between other work. */
export interface IndexCacheWriting {
  /** Writes the next article; false once all are written. */
  step(): boolean;
  /** The cache as `serializeIndexCache` gives it, once every step is taken. */
  result(): string;
}

/**
 * Starts writing the index's articles as `serializeIndexCache` does, one per `step`. Each article
 * is written as the index holds it at that step, with its source at that step.
 */
export function writeIndexCache(index: WorkspaceIndex, version: string, sourceOf: (key: string) => ArticleSource | undefined): IndexCacheWriting {
  const columns = new ColumnWriter();
  const keys = index.keys();
  let next = 0;
  let count = 0;
  return {
    step() {
      if (next === keys.length) return false;
      const key = keys[next++];
      const entry = index.get(key);
      const source = sourceOf(key);
      if (!entry || !source) return true;
      count++;
      columns.str(key);
      columns.str(source.hash);
      columns.str(source.stamp ?? '');
      writeAnalysis(columns, entry.analysis);
      columns.bool(entry.inferredDate !== undefined);
      if (entry.inferredDate) {
        columns.str(entry.inferredDate.date);
        columns.str(entry.inferredDate.from);
        columns.str(entry.inferredDate.reason);
      }
      const events = index.articleEvents(key);
      columns.bool(events !== undefined);
      if (events) writeEvents(columns, events);
      columns.block(() => writeDetails(columns, entry));
      return true;
    },
    result() {
      const body = columns.body();
      const header: Header = { magic: MAGIC, version, count, length: body.length, checksum: contentHash(body) };
      return `${JSON.stringify(header)}\n${body}`;
    },
  };
}

/** Reads a cache written by `serializeIndexCache`. Never throws: anything unusable is a rejection with its reason. */
export function parseIndexCache(data: string, version: string): CacheLoad {
  const reading = readIndexCache(data, version);
  while (reading.step());
  return reading.result();
}

/** A cache being read an article at a time, so that a host can read a large one between other work. */
export interface IndexCacheReading {
  /** Reads the next article; false once all are read or the cache is found unusable. */
  step(): boolean;
  /** What was read: the articles once every step is taken, or why the cache cannot be used. */
  result(): CacheLoad;
}

/**
 * Starts reading a cache written by `serializeIndexCache`: the header, checksum and string table
 * are checked at once, the articles then read by `step`. Never throws.
 */
export function readIndexCache(data: string, version: string): IndexCacheReading {
  const rejected = (reason: CacheRejection, detail: string): IndexCacheReading => ({ step: () => false, result: () => ({ ok: false, reason, detail }) });
  if (!data) return rejected('empty', 'no cache');
  const newline = data.indexOf('\n');
  const header = parseJson(newline < 0 ? data : data.slice(0, newline));
  if (!isHeader(header)) {
    return newline < 0 && data.startsWith(`{"magic":"${MAGIC}"`) ? rejected('truncated', 'the header is cut short') : rejected('corrupt', 'no valid header');
  }
  if (header.version !== version) return rejected('stale', `written by engine ${header.version}, this is ${version}`);
  const body = newline < 0 ? '' : data.slice(newline + 1);
  if (body.length < header.length) return rejected('truncated', `${body.length} of ${header.length} characters`);
  if (body.length > header.length) return rejected('corrupt', `${body.length - header.length} characters too many`);
  if (contentHash(body) !== header.checksum) return rejected('corrupt', 'checksum mismatch');
  const split = body.indexOf('\n');
  const strings = split < 0 ? undefined : parseJson(body.slice(0, split));
  if (!Array.isArray(strings)) return rejected('corrupt', 'no string table');
  const reader = new ColumnReader(strings, body, split + 1);
  const articles = new Map<string, CachedArticle>();
  let load: CacheLoad | undefined;
  return {
    step() {
      if (load) return false;
      try {
        if (articles.size < header.count) {
          const article = readArticle(reader);
          articles.set(article.entry.key, article);
          return true;
        }
      } catch (error) {
        // Whatever the body holds, a bad cache costs a re-index, never the extension.
        load = { ok: false, reason: 'corrupt', detail: `malformed entry ${articles.size + 1}: ${error instanceof Error ? error.message : String(error)}` };
        return false;
      }
      load = reader.done ? { ok: true, articles } : { ok: false, reason: 'corrupt', detail: 'article count mismatch' };
      return false;
    },
    result: () => load ?? { ok: false, reason: 'truncated', detail: `read ${articles.size} of ${header.count} articles so far` },
  };
}

/** The cached entry of `key` when it was analysed from the text whose `contentHash` is `hash`: one that can be restored as it is. */
export function reusableEntry(cached: ReadonlyMap<string, CachedArticle>, key: string, hash: string): CachedArticle | undefined {
  const hit = cached.get(key);
  return hit?.hash === hash ? hit : undefined;
}

/** The cached entry of `key` when its file had the same `fileStamp` then: one that can be restored without reading the file. */
export function unmodifiedEntry(cached: ReadonlyMap<string, CachedArticle>, key: string, stamp: string | undefined): CachedArticle | undefined {
  const hit = stamp === undefined ? undefined : cached.get(key);
  return hit?.stamp === stamp ? hit : undefined;
}

/**
 * Fills `index` with `files`, as the extension's indexing pass does: a file whose stamp (when
 * given) is the cached one is restored without hashing its text, one the cache holds with the
 * same content hash is restored, the others are analysed. Returns the keys of each, so the
 * caller can report what it did.
 */
export function indexWithCache(index: WorkspaceIndex, files: Iterable<{ key: string; text: string; stamp?: string }>, cached: ReadonlyMap<string, CachedArticle>): { restored: string[]; analysed: string[] } {
  const restored: string[] = [];
  const analysed: string[] = [];
  for (const { key, text, stamp } of files) {
    const hit = unmodifiedEntry(cached, key, stamp) ?? reusableEntry(cached, key, contentHash(text));
    if (hit) {
      index.restore(hit.entry, hit.events);
      restored.push(key);
    } else {
      index.update(key, text);
      analysed.push(key);
    }
  }
  return { restored, analysed };
}

function readArticle(reader: ColumnReader): CachedArticle {
  const key = reader.str();
  const hash = reader.str();
  const stamp = reader.str() || undefined;
  const analysis = readAnalysis(reader);
  const inferredDate = reader.bool() ? { date: reader.str(), from: reader.str(), reason: reader.str() as InferredDate['reason'] } : undefined;
  const events = reader.bool() ? readEvents(reader) : undefined;
  const { from, to } = reader.block();
  const entry = { key, analysis } as IndexedArticle;
  if (inferredDate) entry.inferredDate = inferredDate;
  let details: Details | undefined;
  deferDetails(entry, analysis, () => (details ??= readDetails(reader.from(from), to)));
  return stamp ? { hash, stamp, entry, events } : { hash, entry, events };
}

/**
 * What a restored index does not read until asked (outline, hovers' positions, date inference):
 * kept in the cache as one block after the article's entities, quotes and events, and decoded on
 * first read of any of its fields, so a warm start allocates only what linking and events need.
 */
interface Details {
  regions: ParsedArticle['regions'];
  paragraphs: ParsedArticle['paragraphs'];
  sentences: ParsedArticle['sentences'];
  dates: DateMention[];
  figures: Figure[];
  fingerprint: Uint32Array;
  lineStarts: Uint32Array;
}

/** Where a deferred record keeps the loader of its details (not enumerable: not part of the record's value). */
const LOAD = Symbol('details');

interface Deferred {
  [LOAD]: () => Details;
}

/**
 * Property descriptors of deferred fields, made once and shared by every restored article, so
 * deferring costs an article a few property definitions, not closures per field.
 */
function deferredFields(fields: ReadonlyArray<keyof Details>): PropertyDescriptorMap {
  const descriptors: PropertyDescriptorMap = {};
  for (const field of fields) {
    const settle = (target: object, value: unknown) => Object.defineProperty(target, field, { value, writable: true, enumerable: true, configurable: true });
    descriptors[field] = {
      get(this: Deferred) {
        const value = this[LOAD]()[field];
        settle(this, value);
        return value;
      },
      set(this: Deferred, value: unknown) {
        settle(this, value);
      },
      enumerable: true,
      configurable: true,
    };
  }
  return descriptors;
}

const PARSED_DETAILS = deferredFields(['regions', 'paragraphs', 'sentences']);
const ANALYSIS_DETAILS = deferredFields(['dates', 'figures']);
const ENTRY_DETAILS = deferredFields(['fingerprint', 'lineStarts']);

/** Gives `entry` and its analysis the details' fields as getters that decode them once, then become plain values. */
function deferDetails(entry: IndexedArticle, analysis: ArticleAnalysis, details: () => Details): void {
  const load = { value: details };
  Object.defineProperties(Object.defineProperty(analysis.parsed, LOAD, load), PARSED_DETAILS);
  Object.defineProperties(Object.defineProperty(analysis, LOAD, load), ANALYSIS_DETAILS);
  Object.defineProperties(Object.defineProperty(entry, LOAD, load), ENTRY_DETAILS);
}

function writeDetails(w: ColumnWriter, { analysis: { parsed, dates, figures }, fingerprint, lineStarts }: IndexedArticle): void {
  w.list(parsed.regions, 0, (region, base) => {
    w.span(region, base);
    w.str(region.kind);
  });
  w.list(parsed.paragraphs, 0, (paragraph, base) => w.span(paragraph, base));
  w.list(parsed.sentences, 0, (sentence, base) => {
    w.span(sentence, base);
    w.int(sentence.paragraph);
  });
  w.list(dates, 0, (date, base) => {
    w.span(date, base);
    w.str(date.text);
    w.optional(date.value);
    w.str(date.grain);
    w.bool(date.relative);
    w.str(date.explanation);
    w.optional(date.time);
  });
  w.list(figures, 0, (figure, base) => writeFigure(w, figure, base));
  w.deltas(fingerprint);
  w.deltas(lineStarts);
}

/**
 * Decodes a details block ending at `to`. A block is checked with the whole body by the checksum,
 * so only a body damaged and then signed again gets here malformed: that article then has no
 * details (no sentences, dates or figures, every offset on the first line) rather than an error
 * long after the cache was accepted.
 */
function readDetails(r: ColumnReader, to: number): Details {
  try {
    const details: Details = {
      regions: r.list(0, (base) => {
        const start = r.start(base);
        return { start, end: r.end(start), kind: r.str() as RegionKind };
      }),
      paragraphs: r.list(0, (base) => r.span(base)),
      sentences: r.list(0, (base) => {
        const start = r.start(base);
        return { start, end: r.end(start), paragraph: r.int() };
      }),
      dates: r.list(0, (base): DateMention => {
        const start = r.start(base);
        const date: DateMention = { start, end: r.end(start), text: r.str(), value: r.optional(), grain: r.str() as DateGrain, relative: r.bool(), explanation: r.str() };
        const time = r.optional();
        if (time !== null) date.time = time;
        return date;
      }),
      figures: r.list(0, (base) => readFigure(r, base)),
      fingerprint: r.deltas(),
      lineStarts: r.deltas(),
    };
    if (!r.isAt(to)) throw new Malformed('details block length mismatch');
    return details;
  } catch {
    return { regions: [], paragraphs: [], sentences: [], dates: [], figures: [], fingerprint: new Uint32Array(0), lineStarts: Uint32Array.of(0) };
  }
}

/*
 * One write and one read function per kind of record, side by side: the read must take the
 * fields in the order the write gave them. Optional properties (`role`, `time`, `qualifier`) are
 * set only when present, so a restored record equals the one the engine made.
 */

/** The analysis but for its details (`writeDetails`). */
function writeAnalysis(w: ColumnWriter, { parsed, entities, quotes }: ArticleAnalysis): void {
  writeTextSpan(w, parsed.title, 0);
  w.optional(parsed.source);
  w.optional(parsed.publicationDate);
  w.bool(parsed.publicationDateSpan !== null);
  if (parsed.publicationDateSpan) w.span(parsed.publicationDateSpan, 0);
  writeTextSpan(w, parsed.byline, 0);
  w.str(parsed.language);
  w.list(entities, 0, (entity, base) => {
    w.span(entity, base);
    w.str(entity.text);
    w.str(entity.type);
    w.str(entity.name);
    w.optional(entity.role);
  });
  w.list(quotes, 0, (quote, base) => {
    w.span(quote, base);
    w.str(quote.text);
    w.str(quote.mark);
    w.optional(quote.speaker);
    w.bool(quote.speakerSpan !== null);
    if (quote.speakerSpan) w.span(quote.speakerSpan, quote.start);
    w.bool(quote.partial);
    w.bool(quote.scare);
  });
}

/** The analysis but for its details, which `deferDetails` adds. */
function readAnalysis(r: ColumnReader): ArticleAnalysis {
  const parsed = {
    text: '',
    title: readTextSpan(r, 0),
    source: r.optional(),
    publicationDate: r.optional(),
    publicationDateSpan: r.bool() ? r.span(0) : null,
    byline: readTextSpan(r, 0),
    language: r.str(),
  } as ParsedArticle;
  const entities = r.list(0, (base): EntityMention => {
    const start = r.start(base);
    const entity: EntityMention = { start, end: r.end(start), text: r.str(), type: r.str() as EntityType, name: r.str() };
    const role = r.optional();
    if (role !== null) entity.role = role;
    return entity;
  });
  const quotes = r.list(0, (base): Quote => {
    const start = r.start(base);
    return { start, end: r.end(start), text: r.str(), mark: r.str(), speaker: r.optional(), speakerSpan: r.bool() ? r.span(start) : null, partial: r.bool(), scare: r.bool() };
  });
  return { parsed, entities, quotes } as ArticleAnalysis;
}

function writeTextSpan(w: ColumnWriter, span: (Span & { text: string }) | null, base: number): void {
  w.bool(span !== null);
  if (!span) return;
  w.span(span, base);
  w.str(span.text);
}

function readTextSpan(r: ColumnReader, base: number): (Span & { text: string }) | null {
  if (!r.bool()) return null;
  const start = r.start(base);
  return { start, end: r.end(start), text: r.str() };
}

function writeFigure(w: ColumnWriter, figure: Figure, base: number): void {
  w.span(figure, base);
  w.str(figure.text);
  w.num(figure.value);
  w.str(figure.unit);
  w.span(figure.sentence, figure.start);
  w.optional(figure.qualifier);
}

function readFigure(r: ColumnReader, base: number): Figure {
  const start = r.start(base);
  const figure: Figure = { start, end: r.end(start), text: r.str(), value: r.num(), unit: r.str(), sentence: r.span(start) };
  const qualifier = r.optional();
  if (qualifier !== null) figure.qualifier = qualifier;
  return figure;
}

function writeEvents(w: ColumnWriter, { publicationDate, source, mentions }: ArticleEvents): void {
  w.optional(publicationDate);
  w.optional(source);
  w.block(() => writeMentions(w, mentions));
}

function writeMentions(w: ColumnWriter, mentions: readonly EventMentionDetail[]): void {
  w.list(mentions, 0, (m, base) => {
    w.span(m, base);
    w.span(m.sentence, m.start);
    w.str(m.action);
    w.str(m.trigger);
    w.texts(m.participants);
    w.optional(m.place);
    w.optional(m.date);
    w.bool(m.background);
    w.int(m.sentenceIndex);
    w.int(m.paragraph);
    w.str(m.snippet);
    w.bool(m.window !== null);
    if (m.window) {
      w.str(m.window[0]);
      w.str(m.window[1]);
    }
    w.bool(m.exact);
    writeTextSpan(w, m.dateSpan, m.start);
    w.optional(m.placeKey);
    w.optional(m.placeKind);
    writeTextSpan(w, m.placeSpan, m.start);
    w.texts(m.participantKeys);
    w.texts(m.cityKeys);
    w.str(m.group);
    w.bool(m.planned);
    w.list(m.figures, m.start, (figure, at) => {
      writeFigure(w, figure, at);
      w.str(figure.unitKey);
    });
    w.list(m.quotes, m.start, (quote, at) => {
      w.span(quote, at);
      w.str(quote.text);
      w.optional(quote.speaker);
      w.optional(quote.speakerKey);
    });
  });
}

/**
 * An article's events, its mentions kept as a block decoded when first read: the events engine
 * reads them when the events are next read, not when a warm start restores the article.
 */
function readEvents(r: ColumnReader): ArticleEvents {
  const publicationDate = r.optional();
  const source = r.optional();
  const { from, to } = r.block();
  const events = { publicationDate, source } as ArticleEvents;
  const settle = (mentions: EventMentionDetail[]) => Object.defineProperty(events, 'mentions', { value: mentions, writable: true, enumerable: true, configurable: true });
  return Object.defineProperty(events, 'mentions', {
    get: () => settle(readMentions(r.from(from), to)).mentions,
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

/** The mentions of a block written by `writeMentions`; none if the block is damaged (the cache's checksum makes that unlikely). */
function readMentions(r: ColumnReader, to: number): EventMentionDetail[] {
  try {
    const mentions = decodeMentions(r);
    if (!r.isAt(to)) throw new Malformed('mentions block length mismatch');
    return mentions;
  } catch {
    return [];
  }
}

function decodeMentions(r: ColumnReader): EventMentionDetail[] {
  return r.list(0, (base): EventMentionDetail => {
    const start = r.start(base);
    return {
      start,
      end: r.end(start),
      sentence: r.span(start),
      action: r.str(),
      trigger: r.str(),
      participants: r.texts(),
      place: r.optional(),
      date: r.optional(),
      background: r.bool(),
      sentenceIndex: r.int(),
      paragraph: r.int(),
      snippet: r.str(),
      window: r.bool() ? r.pair() : null,
      exact: r.bool(),
      dateSpan: readTextSpan(r, start),
      placeKey: r.optional(),
      placeKind: r.optional() as EventMentionDetail['placeKind'],
      placeSpan: readTextSpan(r, start),
      participantKeys: r.texts(),
      cityKeys: r.texts(),
      group: r.str(),
      planned: r.bool(),
      figures: r.list(start, (at): MentionFigure => {
        const figure = readFigure(r, at);
        return { ...figure, unitKey: r.str() };
      }),
      quotes: r.list(start, (at): MentionQuote => {
        const quoteStart = r.start(at);
        return { start: quoteStart, end: r.end(quoteStart), text: r.str(), speaker: r.optional(), speakerKey: r.optional() };
      }),
    };
  });
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
