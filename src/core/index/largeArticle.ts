import { analyzeArticle } from '../analyze';
import type { ArticleAnalysis, DateMention, EntityMention, Figure, Quote, Region, Sentence, Span } from '../model';

/**
 * Articles longer than this are analysed chunk by chunk. The engine runs at about 1 ms per KB, so
 * one chunk is a step of some tens of milliseconds and a 5 MB file never holds the editor for seconds.
 */
export const LARGE_ARTICLE_CHARS = 96 * 1024;
/** A chunk ends at the first fitting paragraph end after this many characters… */
const CHUNK_MIN = 8 * 1024;
/** …and at the latest here. */
const CHUNK_MAX = 24 * 1024;
/** The article's head (headline, metadata) put in front of each chunk, at most this long. */
const HEAD_MAX = 4 * 1024;
const PARAGRAPH_END = /[.!?…:"'”’»)\]]\s*$/u;

/**
 * Where a large text is cut into chunks: at paragraph ends, chosen by the paragraph itself (the
 * length of its last line) rather than by position, so that an edit moves only the boundaries
 * next to it and every other chunk keeps its text, and with it its cached analysis.
 */
export function chunkSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= CHUNK_MAX ? text.length : chunkEnd(text, start);
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

function chunkEnd(text: string, start: number): number {
  let lineStart = start;
  let fallback = -1;
  for (let lineEnd = text.indexOf('\n', start); lineEnd !== -1 && lineEnd < start + CHUNK_MAX; lineEnd = text.indexOf('\n', lineEnd + 1)) {
    const line = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (lineStart - start < CHUNK_MIN || !line.trim()) continue;
    if (PARAGRAPH_END.test(line)) {
      if (line.trimEnd().length % 4 === 0) return lineStart;
      fallback = lineStart;
    } else if (fallback < 0) {
      fallback = lineStart;
    }
  }
  if (fallback > 0) return fallback;
  // One enormous line: cut at a space, never inside a surrogate pair.
  const space = text.lastIndexOf(' ', start + CHUNK_MAX);
  const cut = space > start + CHUNK_MIN ? space + 1 : start + CHUNK_MAX;
  const code = text.charCodeAt(cut);
  return code >= 0xdc00 && code <= 0xdfff ? cut - 1 : cut;
}

/** A chunk's findings at their places in the whole text. */
interface Placed {
  start: number;
  regions: Region[];
  paragraphs: Span[];
  sentences: Sentence[];
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  figures: Figure[];
}

/**
 * A large article analysed a chunk at a time, each step short. The first chunk is analysed as the
 * article's start; every other chunk behind the article's head (headline, outlet, date line), so
 * that the engine reads it as body of the same article with the same publication date. What is
 * lost: a quote that spans a chunk boundary, and a short name or another spelling resolved to a
 * full name written in another chunk (the linker still joins them across the workspace). Given
 * the previous version of the same document, chunks whose text did not change keep their analyses.
 */
export class LargeArticle {
  readonly chunks: readonly Span[];
  private readonly analysed: Array<ArticleAnalysis | undefined>;
  private readonly placed: Array<Placed | undefined>;
  /** The head text the body chunks were analysed behind; undefined until one is. */
  private bodyHead: string | undefined;
  private bodyHeadChecked = false;

  constructor(readonly text: string, previous?: LargeArticle) {
    this.chunks = chunkSpans(text);
    this.analysed = this.chunks.map(() => undefined);
    this.placed = this.chunks.map(() => undefined);
    if (previous) this.carryOver(previous);
  }

  /** How many chunks are analysed (or carried over from the previous version), of how many. */
  get progress(): { analysed: number; total: number } {
    return { analysed: this.analysed.filter(Boolean).length, total: this.chunks.length };
  }

  /** True when every chunk is analysed and placed, so that `analysis()` is quick. */
  get complete(): boolean {
    return this.placed.every(Boolean);
  }

  /** One short step of the remaining work (analysing or placing one chunk, the head first); false when none is left. */
  step(): boolean {
    const next = this.placed.findIndex((p) => !p);
    if (next < 0) return false;
    this.place(next);
    return true;
  }

  /** The analysis of the chunks overlapping `start..end` (all of them by default), as one article. */
  analysis(start = 0, end = this.text.length): ArticleAnalysis {
    const parts = this.chunks.flatMap((chunk, i) => (chunk.end > start && chunk.start < Math.max(end, start + 1) ? [this.place(i)] : []));
    const all = <K extends Exclude<keyof Placed, 'start'>>(key: K) => parts.flatMap((part) => part[key]) as Placed[K];
    return {
      parsed: { ...this.head().parsed, text: this.text, regions: all('regions'), paragraphs: all('paragraphs'), sentences: all('sentences') },
      entities: all('entities'), dates: all('dates'), quotes: all('quotes'), figures: all('figures'),
    };
  }

  /** The first chunk's analysis: headline, metadata and lead, as the article's own start. */
  head(): ArticleAnalysis {
    return this.analyse(0);
  }

  private carryOver(previous: LargeArticle): void {
    const textOf = (article: LargeArticle, i: number) => article.text.slice(article.chunks[i].start, article.chunks[i].end);
    if (textOf(previous, 0) === textOf(this, 0)) {
      this.analysed[0] = previous.analysed[0];
      this.placed[0] = previous.placed[0];
    }
    // Chunk texts are keys only here: kept, they would keep every old version's text alive.
    const bodies = new Map<string, number>();
    for (let i = 1; i < previous.chunks.length; i++) if (previous.analysed[i]) bodies.set(textOf(previous, i), i);
    for (let i = 1; i < this.chunks.length; i++) {
      const j = bodies.get(textOf(this, i));
      if (j === undefined) continue;
      this.analysed[i] = previous.analysed[j];
      if (previous.chunks[j].start === this.chunks[i].start) this.placed[i] = previous.placed[j];
    }
    this.bodyHead = previous.bodyHead;
  }

  private place(i: number): Placed {
    if (i > 0) this.checkBodyHead();
    const done = this.placed[i];
    if (done) return done;
    const part = this.analyse(i);
    const { start } = this.chunks[i];
    const shift = <T extends Span>(span: T): T => ({ ...span, start: span.start + start, end: span.end + start });
    return (this.placed[i] = {
      start,
      regions: part.parsed.regions.map(shift),
      paragraphs: part.parsed.paragraphs.map(shift),
      sentences: part.parsed.sentences.map(shift),
      entities: part.entities.map(shift),
      dates: part.dates.map(shift),
      quotes: part.quotes.map((q) => ({ ...shift(q), speakerSpan: q.speakerSpan && shift(q.speakerSpan) })),
      figures: part.figures.map((f) => ({ ...shift(f), sentence: shift(f.sentence) })),
    });
  }

  private analyse(i: number): ArticleAnalysis {
    if (i > 0) this.checkBodyHead();
    const done = this.analysed[i];
    if (done) return done;
    const { start, end } = this.chunks[i];
    const chunkText = this.text.slice(start, end);
    if (i === 0) return (this.analysed[0] = analyzeArticle(chunkText));
    const head = this.bodyHead!;
    return (this.analysed[i] = bodyOf(analyzeArticle(head + chunkText), head.length));
  }

  /** Once per version: body chunks carried over were read behind the old head; a new one (a changed date line) voids them. */
  private checkBodyHead(): void {
    if (this.bodyHeadChecked) return;
    this.bodyHeadChecked = true;
    const head = this.headText();
    if (head === this.bodyHead) return;
    for (let j = 1; j < this.analysed.length; j++) this.analysed[j] = this.placed[j] = undefined;
    this.bodyHead = head;
  }

  /** The text before the first body paragraph, cut at a line end, at most HEAD_MAX long. */
  private headText(): string {
    const first = this.head().parsed.paragraphs[0]?.start ?? 0;
    const head = this.text.slice(0, Math.min(first, HEAD_MAX));
    return head.slice(0, head.lastIndexOf('\n') + 1);
  }
}

/** What an analysis of `head + chunk` found in the chunk, with offsets relative to the chunk. */
function bodyOf(analysis: ArticleAnalysis, headLength: number): ArticleAnalysis {
  const inChunk = <T extends Span>(spans: readonly T[]): T[] => spans
    .filter((s) => s.end > headLength)
    .map((s) => ({ ...s, start: Math.max(s.start, headLength) - headLength, end: s.end - headLength }));
  const unshift = (span: Span): Span => ({ start: Math.max(span.start - headLength, 0), end: span.end - headLength });
  const { parsed } = analysis;
  return {
    parsed: { ...parsed, text: '', regions: inChunk(parsed.regions), paragraphs: inChunk(parsed.paragraphs), sentences: inChunk(parsed.sentences) },
    entities: inChunk(analysis.entities),
    dates: inChunk(analysis.dates),
    quotes: inChunk(analysis.quotes).map((q) => ({ ...q, speakerSpan: q.speakerSpan && q.speakerSpan.start >= headLength ? unshift(q.speakerSpan) : null })),
    figures: inChunk(analysis.figures).map((f) => ({ ...f, sentence: unshift(f.sentence) })),
  };
}
