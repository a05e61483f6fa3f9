import type { ParsedArticle, RegionKind, Sentence, Span } from '../../src/core/model';

/** One line of a hand-built article and the region it belongs to. */
export interface Line {
  kind: RegionKind;
  text: string;
}

/**
 * A ParsedArticle built by hand, so extractor tests do not depend on the structure stage: each line
 * is one region, body lines are paragraphs split into sentences after `.`, `!` or `?` and a space.
 */
export function parsedArticle(lines: readonly Line[], options: { publicationDate?: string | null; publicationDateSpan?: Span | null; language?: string; newline?: string } = {}): ParsedArticle {
  const newline = options.newline ?? '\n';
  const text = lines.map((l) => l.text).join(newline);
  const regions: ParsedArticle['regions'] = [];
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  let at = 0;
  for (const line of lines) {
    const span = { start: at, end: at + line.text.length };
    regions.push({ ...span, kind: line.kind });
    if (line.kind === 'body') {
      const paragraph = paragraphs.length;
      paragraphs.push(span);
      const boundary = /[.!?]["”’]?\s+/g;
      let start = span.start;
      for (let m = boundary.exec(line.text); m; m = boundary.exec(line.text)) {
        const end = span.start + m.index + m[0].trimEnd().length;
        sentences.push({ start, end, paragraph });
        start = span.start + m.index + m[0].length;
      }
      if (start < span.end) sentences.push({ start, end: span.end, paragraph });
    }
    at = span.end + newline.length;
  }
  return {
    text, title: null, source: null, byline: null,
    publicationDate: options.publicationDate ?? null, publicationDateSpan: options.publicationDateSpan ?? null,
    language: options.language ?? 'en', regions, paragraphs, sentences,
  };
}
