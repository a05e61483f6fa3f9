import type { ParsedArticle, Region, Span } from '../model';
import { analyseStructure, type LineInfo, type Structure } from './boilerplate';
import { detectLanguage } from './language';
import { findFullDates, readMetadata } from './metadata';
import { splitSentences } from './sentences';

/** Language detection reads this much body text; more adds time, not accuracy. */
const LANGUAGE_SAMPLE = 1_000;
const LIST_MARKER = /^(?:[•◦▪▫●○■□►▶–—*·-]|\d{1,2}[.)])\s+/u;

/**
 * Reads an article's structure from its text alone: headline, outlet, publication date, byline,
 * language, and which lines are body, metadata or boilerplate, with body paragraphs and sentences.
 * `text` is the text as the editor shows it (a leading U+FEFF is tolerated). Linear in the length
 * of the text; all offsets are UTF-16 code units.
 */
export function parseArticle(text: string): ParsedArticle {
  const structure = analyseStructure(text, { findDates: (line) => findFullDates(line) });
  const paragraphs = bodyParagraphs(structure);
  const language = detectLanguage(sampleOf(text, paragraphs));
  const headline = structure.lines[structure.headline];
  const metadata = readMetadata(text, structure);
  return {
    text,
    title: headline ? titleOf(headline) : null,
    source: metadata.source,
    publicationDate: metadata.publicationDate,
    publicationDateSpan: metadata.publicationDateSpan,
    byline: metadata.byline,
    language,
    regions: regionsOf(structure.lines),
    paragraphs,
    sentences: splitSentences(text, paragraphs, { language }),
  };
}

/** The headline line without a Markdown heading marker ("# Title"). */
function titleOf(line: LineInfo): Span & { text: string } {
  const marker = /^#{1,6}\s+/u.exec(line.text)?.[0].length ?? 0;
  return { start: line.start + marker, end: line.end, text: line.text.slice(marker) };
}

/** Consecutive lines of one kind, blank lines between them included, form one region. */
function regionsOf(lines: readonly LineInfo[]): Region[] {
  const regions: Region[] = [];
  let open: Region | null = null;
  for (const line of lines) {
    if (open && open.kind === line.kind && line.kind !== 'headline') {
      open.end = line.end;
    } else {
      open = { start: line.start, end: line.end, kind: line.kind };
      regions.push(open);
    }
  }
  return regions;
}

/**
 * Each body line is a paragraph, without a leading list marker; in hard-wrapped text a paragraph
 * is a run of body lines between blank lines. Liveblog entry times are not paragraphs.
 */
function bodyParagraphs(structure: Structure): Span[] {
  const paragraphs: Span[] = [];
  let open: Span | null = null;
  for (const line of structure.lines) {
    // A liveblog entry's time is part of the body but not a paragraph of prose.
    if (line.kind !== 'body' || line.role === 'time') {
      open = null;
      continue;
    }
    const marker = LIST_MARKER.exec(line.text);
    if (open && structure.wrapped && !line.gapBefore && !marker) {
      open.end = line.end;
      continue;
    }
    open = { start: line.start + (marker ? marker[0].length : 0), end: line.end };
    if (open.end > open.start) paragraphs.push(open);
  }
  return paragraphs;
}

function sampleOf(text: string, paragraphs: readonly Span[]): string {
  if (paragraphs.length === 0) return text.slice(0, LANGUAGE_SAMPLE);
  // Joined rather than concatenated: the detector reads the sample character by character.
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (length >= LANGUAGE_SAMPLE) break;
    const part = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LANGUAGE_SAMPLE - length));
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n');
}
