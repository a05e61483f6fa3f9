import type { DateMention, Span } from '../model';
import { scanDates } from '../extract/dates';
import { lookupWeekday } from '../lexicon/calendar';
import { CharClass, codePointBefore, isCharClass, scanWhile, startsWithClass } from '../text/charClass';
import { lazy } from '../text/lazy';
import { DATE_LABEL, OUTLET_WITH_AGENCY, pageTitleHead, titleKey, type LineInfo, type Structure } from './boilerplate';

/**
 * Article metadata from the lines `analyseStructure` classified: the outlet, the byline and the
 * publication date. Every rule reads a line shape that many outlets share ("Source: X",
 * "Support X on Patreon", "© 2025 X", "X2 days ago", wire datelines "KYIV (AP) —"), never a name.
 */

export interface ArticleMetadata {
  source: string | null;
  byline: (Span & { text: string }) | null;
  publicationDate: string | null;
  publicationDateSpan: Span | null;
}

/** Words that make a capitalised name an outlet rather than a person. */
const OUTLET_WORDS = new Set(
  ('news times post press agency journal herald tribune daily gazette telegraph observer express mail review chronicle today online tv radio media ' +
    'network broadcasting newswire wire service magazine weekly insider monitor report zeitung nachrichten rundschau allgemeine corriere gazzetta ' +
    'diario jornal gazeta dagblad krant noticias notícias nieuws haber haberleri berita новини новости вести газета').split(' '),
);

/** Words that label a line rather than name anyone. */
const LABEL_WORDS = new Set('time updated published posted by and the a on at de von par di por door oleh'.split(' '));

/** "… and news agencies": the agencies are not the outlet. */
const AGENCY_TAIL =
  /(?:\s*[,;/&+]\s*|\s+(?:and|with|und|mit|et|avec|e|y|con|en|met|dan|та|і|и|oraz|i|ve)\s+)(?:news |wire )?(?:agencies|agency|wires|agenturen|agences|agenzie|agencias|agências|agentschappen|agensi|агенції|агентства|agencje|ajanslar)(?![\p{L}]).*$/iu;

const SOURCE_VALUE = /^(?:sources?|quellen?|fonte|fonti|fuentes?|sumber|bronn?en|bron|джерело|джерела|источник|источники|źródło|źródła|kaynak)\s*[:：]?\s*/iu;
const SUPPORT_ON =
  /^(?:support|unterstützen sie|unterstütze|soutenez|sostieni|apoya|apoie|steun|dukung|підтримайте|поддержите|wesprzyj|destekleyin)\s+(.{2,60}?)\s+(?:on|auf|sur|su|en|em|op|di|на|w|na)\s+(?:patreon|ko-?fi|substack|buy me a coffee)(?![\p{L}])/iu;
const DISCOVER_MORE = /^discover more from\s+(.{2,60}?)\s*$/iu;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?([^.,|©]{2,60}?)\s*(?:[.,|]|all rights|$)/iu;
const RIGHTS_AFTER = /^(.{2,60}?)[.,]?\s+all rights reserved/iu;
/** The site logo's link text: "The Meridian - Back to home". */
const HOME_LINK = /^(.{2,60}?)\s*[-–—|:]\s*(?:back to |go to )?(?:the )?home(?: ?page)?$/iu;
const AGO_TAIL =
  /\s*[·|•,\-–—]?\s*(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b.*$/iu;
/** A wire dateline: a capitalised place, perhaps a date, then the agency in slashes or brackets. */
const WIRE_DATELINE = lazy(() => /^\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:,[^/()\n]{1,40})?\s*[/(]\s*([\p{L}][\p{L}-]{1,14}(?:[ -]\p{L}[\p{L}-]{0,14})?)\s*[/)]/u);

/** "JAKARTA, KOMPAS.com - ": a capitalised place, then the site's domain name before a dash. */
const SITE_DATELINE = lazy(() => /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s*([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co|id|info|news|tv|ua|ru|de|it|fr|es|pt|br|nl|pl|tr|my|uk)(?:\.[a-z]{2})?)\s*[-–—]/u);

/** Reads the outlet, byline and publication date from a classified article. */
export function readMetadata(text: string, structure: Structure): ArticleMetadata {
  return {
    source: findSource(structure),
    byline: findByline(structure),
    ...findPublicationDate(text, structure),
  };
}

// -- Source -----------------------------------------------------------------------------------

/** International and national news agencies, as "Source:" lines and datelines name them. */
const AGENCIES = new Set(
  ('afp ap reuters dpa ansa efe lusa antara tass ria novosti ria interfax ukrinform unn pap anadolu aa xinhua kyodo yonhap kna epd apa sda keystone-sda belga anp ' +
    'upi bloomberg ctk mti bta hina agerpres ap/afp afp/ap').split(' '),
);

function findSource(structure: Structure): string | null {
  const { lines, body } = structure;
  const credited = sourceFromTrailer(lines, body.end);
  // "Quelle: dpa, Reuters" credits the wires, not the site that published the article.
  if (credited && !isAgencyList(credited)) return credited;
  return sourceFromHeader(lines, body.start) ?? sourceFromPageTitle(structure) ?? sourceFromPrompts(lines) ?? credited ?? sourceFromDateline(lines, body);
}

function isAgencyList(value: string): boolean {
  const parts = value.toLowerCase().split(/\s*(?:,|;|\/|&|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*/u).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => AGENCIES.has(p));
}

/** "Source: X" right after the body, possibly split over lines ("Source", ":", "X"). */
function sourceFromTrailer(lines: readonly LineInfo[], bodyEnd: number): string | null {
  let value: string | null = null;
  for (let i = bodyEnd; i < lines.length; i++) {
    const line = lines[i]!;
    // Only the trailer's lines are metadata after the body; boilerplate between them is skipped.
    if (line.kind !== 'meta' && line.kind !== 'byline') continue;
    const withAgency = value === null ? OUTLET_WITH_AGENCY.exec(line.text) : null;
    if (withAgency) return cleanOutlet(withAgency[1]!);
    if (value === null && !SOURCE_VALUE.test(line.text)) continue;
    value = `${value ?? ''} ${line.text}`.trim().replace(SOURCE_VALUE, '').replace(/^[:：]\s*/u, '');
    if (value !== '') break;
  }
  return value ? cleanOutlet(value) : null;
}

/** An aggregator card's "X2 days ago" / "X · 3 hours ago" in the header. */
function sourceFromHeader(lines: readonly LineInfo[], bodyStart: number): string | null {
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    if (line.meta !== 'ago') continue;
    const name = line.text.replace(AGO_TAIL, '').trim();
    if (name !== line.text && isNameLike(name)) return name;
  }
  return null;
}

/** The page's own title above the article's: "Russia proposes talks | Al Jazeera". */
function sourceFromPageTitle({ lines, headline }: Structure): string | null {
  const title = lines[headline];
  if (!title) return null;
  for (let i = 0; i < headline; i++) {
    const text = lines[i]!.text;
    const head = pageTitleHead(text);
    if (head !== null && titleKey(head) === titleKey(title.text)) {
      const site = text.slice(head.length).replace(/^\s+[|–—-]\s+/u, '');
      if (isNameLike(site)) return site;
    }
  }
  return null;
}

/** Prompts and footers that name the site: "Support X on Patreon", "Discover more from X", "© 2025 X". */
function sourceFromPrompts(lines: readonly LineInfo[]): string | null {
  for (const line of lines) {
    if (line.kind !== 'boilerplate' || line.text.length > 200) continue;
    const match = SUPPORT_ON.exec(line.text) ?? DISCOVER_MORE.exec(line.text) ?? COPYRIGHT.exec(line.text) ?? RIGHTS_AFTER.exec(line.text) ?? HOME_LINK.exec(line.text);
    const name = match ? cleanOutlet(match[1]!) : null;
    if (name && isNameLike(name)) return name;
  }
  return null;
}

/** "ISTANBUL, June 2. /TASS/" or "KYIV, Ukraine (AP) —" opening the first paragraph. */
function sourceFromDateline(lines: readonly LineInfo[], body: Span): string | null {
  for (let i = body.start; i < body.end; i++) {
    const line = lines[i]!;
    if (line.kind !== 'body') continue;
    const head = line.text.slice(0, 120);
    // Both datelines open with a capital; each expression is compiled only for a line that could match it.
    if (!startsWithClass(head, CharClass.Upper)) return null;
    const wire = /[/(]/.test(head) ? WIRE_DATELINE().exec(head) : null;
    // An upper-case place makes any bracketed word an agency; "Moscow, May 28 (Interfax)" needs a known one.
    if (wire && (startsWithTwoCapitals(head) || AGENCIES.has(wire[1]!.toLowerCase()))) return wire[1]!;
    return head.includes(',') && /[-–—]/.test(head) ? SITE_DATELINE().exec(head)?.[1] ?? null : null;
  }
  return null;
}

/** What copyright lines say instead of a name. */
const RIGHTS_WORDS = /riservat|reserved|rights|droits|derechos|direitos|rechte|rechten|права|prawa|hakları|hak cipta/iu;

function cleanOutlet(value: string): string | null {
  if (RIGHTS_WORDS.test(value)) return null;
  const name = value
    .replace(AGENCY_TAIL, '')
    .replace(/,?\s+citing\b.*$/iu, '')
    .replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«».,;:!]+$/gu, '');
  return name === '' || name.length > 80 ? null : name;
}

/** One to six words, the first capitalised (or a digit: "24 Kanal"), not a label. */
function isNameLike(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length > 6 || name.length < 2) return false;
  if (!startsWithClass(name, CharClass.Upper | CharClass.Number) || DATE_LABEL.test(name) || /\d[:.]\d|\d{4}/u.test(name)) return false;
  return !words.every((w) => LABEL_WORDS.has(w.toLowerCase()));
}

// -- Byline -----------------------------------------------------------------------------------

const BYLINE_PREFIX =
  /^(?:by|written by|words by|reporting by|additional reporting by|compiled by|von|par|di|por|door|oleh|av|af|przez|yazan|texto|text|author|autor|autorin|auteur|autore|autrice|penulis|yazar|reporter|автор|авторка|автори)(?![\p{L}\p{N}])\s*:?\s*/iu;

function findByline(structure: Structure): (Span & { text: string }) | null {
  const { lines, body } = structure;
  const header = lines.slice(0, body.start);
  const trailer = lines.slice(body.end);
  for (const line of [...header, ...trailer]) {
    if (line.meta === 'byline') return bylineIn(line, BYLINE_PREFIX.exec(line.text)?.[0].length ?? 0);
  }
  for (const line of header) {
    if (line.meta !== 'date') continue;
    const name = personBeforeDate(line);
    if (name) return name;
  }
  return null;
}

/** The names of a byline line after its label, without a trailing date or separator. */
function bylineIn(line: LineInfo, skip: number): Span & { text: string } {
  let end = line.text.length;
  const date = findFullDates(line.text)[0];
  if (date && date.start > skip) end = date.start;
  const names = line.text.slice(skip, end).replace(/[\s|·•,;:\-–—]+$/u, '');
  return { start: line.start + skip, end: line.start + skip + names.length, text: names };
}

/** "Jane DoeWednesday, 28 May 2025": a person's name glued to the date line. */
function personBeforeDate(line: LineInfo): (Span & { text: string }) | null {
  const date = findFullDates(line.text)[0];
  if (!date || date.start === 0) return null;
  const prefix = stripWeekday(line.text.slice(0, date.start)).replace(/[\s|·•,;:\-–—]+$/u, '');
  const words = prefix.split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2 || words.length > 4 || DATE_LABEL.test(prefix)) return null;
  if (!words.every((w) => startsWithClass(w, CharClass.Upper) && scanWhile(w, 0, isNameChar) === w.length)) return null;
  if (words.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) return null;
  return { start: line.start, end: line.start + prefix.length, text: prefix };
}

// -- Publication date -----------------------------------------------------------------------

/** Labels of a first publication, as opposed to an update. */
const PUBLISHED_LABEL =
  /^(?:first published|published|posted|dated|date|veröffentlicht|publié|pubblicato|publicado|gepubliceerd|diterbitkan|dipublikasikan|опубліковано|опубликовано|opublikowano|yayınlanma|yayın tarihi)(?![\p{L}\p{N}])/iu;
/** Where a wire dateline ends: the agency, a dash, or the first full stop. */
const DATELINE_END = /\s[-–—]\s|[/)]|\.\s|:\s/u;
/** /^\p{Lu}{2,}[\p{Lu}\p{M} .'’-]*[,(/]/u: "KYIV, …", "ISTANBUL (…", by code point. */
function startsDateline(text: string): boolean {
  if (!startsWithTwoCapitals(text)) return false;
  const end = scanWhile(text, 0, (code) => isCharClass(code, CharClass.Upper | CharClass.Mark) || code === 0x20 || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d);
  return /[,(/]/.test(text[end] ?? '');
}

/** /^\p{Lu}{2,}/u.test(text) */
function startsWithTwoCapitals(text: string): boolean {
  return startsWithClass(text, CharClass.Upper) && startsWithClass(text.slice(text.codePointAt(0)! > 0xffff ? 2 : 1), CharClass.Upper);
}

const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** `[\p{L}'’.-]`, the characters of a capitalised word in a name. */
const isNameChar = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || isCharClass(code, CharClass.Letter);

/** The dates in `line` with day, month and year, offset by `offset`. */
export function findFullDates(line: string, offset = 0): DateMention[] {
  return scanLine(line, offset).filter((m) => m.grain === 'day' && m.value !== null && !m.relative);
}

/** Saved pages glue a year to the clock time after it ("March 3, 202510:42 AM GMT"). */
const YEAR_TIME_GLUE = /(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}[:.]\d\d)/u;

/** `scanDates` over one line, with a year glued to a time pulled apart first. */
function scanLine(line: string, offset: number): DateMention[] {
  const glue = YEAR_TIME_GLUE.exec(line);
  if (!glue) return scanDates(line, { reference: null, offset });
  const at = offset + glue.index;
  const back = (position: number) => (position > at ? position - 1 : position);
  return scanDates(`${line.slice(0, glue.index)} ${line.slice(glue.index)}`, { reference: null, offset }).map((m) => {
    const start = back(m.start);
    const end = back(m.end);
    return { ...m, start, end, text: line.slice(start - offset, end - offset) };
  });
}

/** A weekday glued to the end of a name ("OliynykWednesday") belongs to the date. */
function stripWeekday(prefix: string): string {
  // /(\p{Ll})(\p{Lu}\p{Ll}+)[\s,]*$/u, read backwards by code point.
  let end = prefix.length;
  while (end > 0 && /[\s,]/.test(prefix[end - 1]!)) end--;
  let lowerStart = end;
  while (lowerStart > 0 && isCharClass(codePointBefore(prefix, lowerStart), CharClass.Lower)) lowerStart -= width(codePointBefore(prefix, lowerStart));
  if (lowerStart === end || !isCharClass(codePointBefore(prefix, lowerStart), CharClass.Upper)) return prefix;
  const upperStart = lowerStart - width(codePointBefore(prefix, lowerStart));
  if (!isCharClass(codePointBefore(prefix, upperStart), CharClass.Lower)) return prefix;
  return lookupWeekday(prefix.slice(upperStart, end)) ? prefix.slice(0, upperStart - width(codePointBefore(prefix, upperStart)) + 1) : prefix;
}

/**
 * The publication date, strongest evidence first: a "Published …" line of the header or trailer,
 * another date line of the header (a date glued to a byline, "Updated …"), a date in the page
 * chrome above the article ("date 2025-05-28"), then a wire dateline ("ISTANBUL, June 2. /TASS/"),
 * whose missing year is taken from another full date of the text. A relative header ("2 days ago")
 * gives only the span: the day it counts from is not in the text.
 */
function findPublicationDate(text: string, structure: Structure): Pick<ArticleMetadata, 'publicationDate' | 'publicationDateSpan'> {
  const { lines, body } = structure;
  const header = lines.slice(0, body.start);
  const trailer = lines.slice(body.end).filter((l) => l.kind === 'meta' || l.kind === 'byline');
  const metaLines = [...header, ...trailer].filter((l) => l.role === 'meta' && (l.meta === 'date' || l.meta === 'ago' || l.meta === 'byline'));
  const ordered = [
    ...metaLines.filter((l) => PUBLISHED_LABEL.test(l.text)),
    ...metaLines.filter((l) => !PUBLISHED_LABEL.test(l.text)),
    ...header.filter((l) => l.role !== 'meta' && l.role !== 'prose' && l.text.length <= 120 && /\d/.test(l.text)),
  ];
  for (const line of ordered) {
    const date = findFullDates(line.text, line.start)[0];
    if (date) return { publicationDate: date.value, publicationDateSpan: { start: date.start, end: date.end } };
  }
  const fromDateline = datelineDate(text, structure);
  if (fromDateline) return fromDateline;
  for (const line of metaLines) {
    if (line.meta !== 'ago') continue;
    const ago = scanLine(line.text, line.start).find((m) => m.relative);
    if (ago) return { publicationDate: null, publicationDateSpan: { start: ago.start, end: ago.end } };
  }
  return { publicationDate: null, publicationDateSpan: null };
}

/** The date of a wire dateline opening the first body paragraph. */
function datelineDate(text: string, structure: Structure): Pick<ArticleMetadata, 'publicationDate' | 'publicationDateSpan'> | null {
  const { lines, body } = structure;
  const first = lines.slice(body.start, body.end).find((l) => l.kind === 'body');
  if (!first || !startsDateline(first.text)) return null;
  const head = first.text.slice(0, 100);
  const end = DATELINE_END.exec(head.slice(3));
  const dateline = end ? head.slice(0, end.index + 3) : head;
  const mention = scanDates(dateline, { reference: null, offset: first.start }).find((m) => m.grain === 'day');
  if (!mention) return null;
  const span = { start: mention.start, end: mention.end };
  if (mention.value !== null && !mention.relative) return { publicationDate: mention.value, publicationDateSpan: span };
  const reference = otherFullDate(lines, body);
  if (!reference) return null;
  const resolved = scanDates(text.slice(mention.start, mention.end), { reference }).find((m) => m.grain === 'day');
  return resolved?.value ? { publicationDate: resolved.value, publicationDateSpan: span } : null;
}

/** The first date with a year in the article (body first, then anywhere), for a dateline without one. */
function otherFullDate(lines: readonly LineInfo[], body: Span): string | null {
  const firstIn = (from: number, to: number): string | null => {
    for (let i = from; i < to; i++) {
      const text = lines[i]!.text;
      const date = /\d{4}/.test(text) ? findFullDates(text)[0] : undefined;
      if (date?.value) return date.value;
    }
    return null;
  };
  return firstIn(body.start, body.end) ?? firstIn(0, lines.length);
}
