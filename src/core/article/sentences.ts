import type { Sentence, Span } from '../model';
import { CharClass, isCharClass, scanWhile, startsWithClass } from '../text/charClass';

/**
 * Sentence splitting for body paragraphs. A sentence ends at `.`, `!`, `?`, `…` (and the CJK,
 * Arabic and Devanagari stops), after any closing quotes or brackets, when the next word does not
 * continue it: abbreviations and titles (Mr., Gen., St., z.B., вул.), initials (J. Smith), decimals,
 * numbered references (No. 5, Jan. 6), dotted acronyms before a name (U.S. President) and, in
 * languages that write ordinals with a dot, day numbers (am 28. Mai) keep the sentence going.
 */

/** Options that change where sentences end. */
export interface SentenceOptions {
  /** ISO 639-1 language of the text; enables ordinal dots ("28. Mai") for the languages that use them. */
  language?: string;
}

/** Abbreviations (lower case, without the dot) that are followed by a name or a noun, not a sentence end. */
const NEVER_FINAL = new Set(
  ('mr mrs ms messrs dr prof gen lt col capt cpt sgt maj adm cmdr brig gov sen rep rev hon pres supt insp det ' +
    'st mt ft vs v approx dept est ' +
    'mme mlle mgr ste boul ' + // French
    'hr fr bzw vgl ggf bspw inkl evtl ehem sog ca ' + // German
    'sig sigg dott avv ing geom arch ' + // Italian
    'sr sra srta dña dra lic núm pág avda ' + // Spanish, Portuguese
    'dhr mevr bijv zgn ' + // Dutch
    'bpk jl kec kab prov tn ny sdr ' + // Indonesian
    'ul al np tzw ks płk mjr kpt św im tys mln mld ' + // Polish
    'doç yrd sn ' + // Turkish
    'вул ул им ім обл просп проф акад ген пл тис млн млрд грн руб').split(' '), // Ukrainian, Russian
);

/** Abbreviations that are not final when a number follows (No. 5, Art. 3, Jan. 6). */
const BEFORE_NUMBER = new Set('no nos nr art arts p pp vol ch fig sec para op jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Words that begin a new sentence after a dotted acronym ("… in the U.S. The …"). */
const SENTENCE_STARTERS = new Set(
  ('the a an he she it they we i you in on at but and this that these those there his her its their our after ' +
    'as when while however meanwhile yet so if for what why how der die das er sie es le la les il elle ils ' +
    'el los las ella ellos o os as ele ela eles de het een hij zij').split(' '),
);

/** Languages that write ordinal numbers with a dot, so "am 28. Mai" does not end a sentence. */
const ORDINAL_DOT_LANGUAGES = new Set(['de', 'pl', 'cs', 'sk', 'hu', 'fi', 'da', 'no', 'sv', 'hr', 'sr', 'sl', 'et', 'lv', 'lt', 'tr']);

const STOP = /[.!?…。！？؟।]+["'”’»›)\]]*/gu;
const ANY_STOP = /[.!?…。！？؟।]/u;
const CJK_STOPS = /[。！？]/u;
const WHITESPACE = /\s/u;
/** `[\p{L}\p{N}]`, tested on code points: a letter outside the BMP (𝒜) is still a letter. */
const isLetterOrDigit = (code: number) => isCharClass(code, CharClass.Letter | CharClass.Number);
/** Opening quotes and brackets before a word. */
const isOpening = (code: number) => code < 0x2000 ? code === 0x28 || code === 0x22 || code === 0x27 || code === 0xab || code === 0x5b : code === 0x201c || code === 0x2018 || code === 0x201e;

/**
 * Splits each paragraph span of `text` into sentences, trimmed of surrounding whitespace, numbered
 * by the paragraph's index in `paragraphs`. Runs in time linear in the paragraphs' length.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], options: SentenceOptions = {}): Sentence[] {
  const ordinalDots = ORDINAL_DOT_LANGUAGES.has(options.language ?? '');
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Matching on the paragraph alone keeps a paragraph without stops from scanning the rest of the text.
    const slice = text.slice(paragraph.start, paragraph.end);
    const offset = paragraph.start;
    if (!ANY_STOP.test(slice)) {
      sentences.push({ start: paragraph.start, end: paragraph.end, paragraph: index });
      return;
    }
    let start = skipSpace(slice, 0, slice.length);
    for (const match of slice.matchAll(STOP)) {
      if (match.index < start) continue;
      const stopEnd = match.index + match[0].length;
      const next = skipSpace(slice, stopEnd, slice.length);
      if (next >= slice.length) break;
      if (!(next > stopEnd || CJK_STOPS.test(match[0])) || !endsSentence(slice, match.index, match[0], next, ordinalDots)) continue;
      sentences.push({ start: offset + start, end: offset + stopEnd, paragraph: index });
      start = next;
    }
    const end = trimEnd(slice, start, slice.length);
    if (end > start) sentences.push({ start: offset + start, end: offset + end, paragraph: index });
  });
  return sentences;
}

function endsSentence(text: string, stopStart: number, stop: string, next: number, ordinalDots: boolean): boolean {
  const following = firstLetterOrDigit(text, next);
  if (startsWithClass(following, CharClass.Lower)) return false;
  if (stop[0] !== '.' || stop.startsWith('..')) return true;
  const token = tokenBefore(text, stopStart);
  const bare = token.toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  if (startsWithClass(following, CharClass.Digit) && BEFORE_NUMBER.has(bare)) return false;
  // A lone capital is an initial (J. Smith, В. Зеленський).
  if (token.length === 1 && startsWithClass(token, CharClass.Upper)) return false;
  // Dotted acronyms (U.S., e.g., a.m.) end a sentence only before a word that typically starts one.
  if (token.includes('.')) return SENTENCE_STARTERS.has(wordAt(text, next).toLowerCase());
  if (ordinalDots && /^\d{1,2}$/.test(token) && startsWithClass(following, CharClass.Upper)) return false;
  return true;
}

/** The word before a stop: back to whitespace, without opening quotes or brackets. */
function tokenBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !WHITESPACE.test(text[i - 1]!)) i--;
  return text.slice(i, at).replace(/^[("'“‘«„[]+/u, '');
}

/** The word at `at` (/[("'“‘«„[]*([\p{L}\p{N}]+)/uy), or "". */
function wordAt(text: string, at: number): string {
  const start = scanWhile(text, pairStart(text, at), isOpening);
  return text.slice(start, scanWhile(text, start, isLetterOrDigit));
}

/** The first letter or digit at or after `at` (past up to three quotes, dashes or brackets), or "". */
function firstLetterOrDigit(text: string, at: number): string {
  // Walked by code point rather than matched with a negated Unicode class: such a pattern took
  // milliseconds to compile, which every first article paid.
  for (let i = pairStart(text, at), seen = 0; i < text.length && seen <= 3; seen++) {
    const code = text.codePointAt(i)!;
    const character = code > 0xffff ? text.slice(i, i + 2) : text[i]!;
    if (isLetterOrDigit(code)) return character;
    i += character.length;
  }
  return '';
}

/** Inside a surrogate pair, a Unicode pattern would have begun at the pair's start. */
function pairStart(text: string, at: number): number {
  return at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code < 0xdc00;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code < 0xe000;

function skipSpace(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && WHITESPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && WHITESPACE.test(text[i - 1]!)) i--;
  return i;
}
