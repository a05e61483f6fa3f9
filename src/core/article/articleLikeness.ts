/**
 * Deciding whether a plain-text file is a news article, from its path and the start of its text.
 * The editor uses this to switch `.txt` files to the Article language and the workspace index to
 * pick which files to analyse, so both agree on what an article is.
 */
import { matchesAnyGlob } from '../text/glob';
import { lookupMonth, lookupWeekday } from '../lexicon/calendar';
import { CharClass, isCharClass, isLetter, isLower, isUpper, isWhiteSpace } from '../text/charClass';

/** How much text the detector reads: a headline, a dateline and several paragraphs fit in 16 KB. */
export const ARTICLE_SNIFF_CHARS = 16 * 1024;

/** The evidence behind `looksLikeArticle`, for tests and for explaining a verdict. */
export interface ArticleLikeness {
  isArticle: boolean;
  /** Words on prose lines: lines of several words that are mostly letters and not code, logs or tables. */
  proseWords: number;
  /** Sentence ends on prose lines. */
  sentences: number;
  /** Share of non-blank characters on prose lines. */
  proseShare: number;
  /** Share of non-blank lines that look like code, logs, markup or tables. */
  technicalShare: number;
  /** Reporting words: "said", "told", "according to", "sagte", "selon", "заявив"… */
  attributions: number;
  /** Quotations opened with double quotes or guillemets. */
  quotes: number;
  /** Dates: month names beside a number, weekday names, ISO dates. */
  dates: number;
  /** A "Published …" / "Updated …" line, a byline, a "Source:" line or a wire dateline ("KYIV (AP) —"). */
  hasMetaLine: boolean;
  /** Share of prose words that are capitalised mid-sentence: the names news is full of. */
  nameShare: number;
  /** Sum of the news signals above; an article needs `ARTICLE_SCORE_THRESHOLD`. */
  score: number;
}

/** Prose alone is not enough (lorem ipsum, manuals, essays): this much news evidence must add up. */
export const ARTICLE_SCORE_THRESHOLD = 3;

// A file that is mostly prose may still be a README or notes; these floors keep out a short note
// and a page of bullet points.
const MIN_PROSE_WORDS = 60;
const MIN_SENTENCES = 3;
const MIN_PROSE_SHARE = 0.35;
// Scraped articles carry some menu and tag junk, but a quarter of code-like lines is a technical file.
const MAX_TECHNICAL_SHARE = 0.25;

const TECHNICAL_LINE = new RegExp([
  /^#{1,6}\s|^(?:```|~~~)|^[-*+]\s+\[[ xX]\]/.source, // Markdown headings, fences, task lists
  /[{};]\s*$|^[}\])]/.source, // code blocks and statements
  /^(?:import|export|from|def|class|function|const|let|var|return|package|using|#include|#define|#!)\s/.source,
  /^(?:\$|>>>|PS>|[A-Z]:\\)\s?/.source, // shell and REPL prompts
  /^\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|^\[?\d{1,2}:\d{2}:\d{2}|^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}/.source, // log timestamps
  /^\[?(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE|FATAL)\]?[\s:]/.source, // log levels
  /^[\w.-]+\s*=\s*\S/.source, // key=value configuration
  /^<\/?[A-Za-z][^>]*>|^(?:https?:\/\/|www\.)\S+$/.source, // markup, bare URLs
].join('|'));
const CODE_SYMBOLS = /[{}[\]<>=_\\|#@$^*~`]/g;
const FIELD_SEPARATORS = /[,;\t|]/;
const TABLE_SEPARATORS = /[,;\t]/;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

// Reporting words in the languages Dossier reads; capped in the score, so a stray "laut" or
// "secondo" in another sense costs little. Sticky: `readLine` tries it where a word starts.
const ATTRIBUTION = new RegExp(`(?:${[
  'said', 'says', 'told', 'added', 'stated', 'announced', 'reported', 'claimed', 'noted', 'warned', 'explained', 'insisted',
  'confirmed', 'denied', 'urged', 'declared', 'according to', 'acknowledged', 'alleged', 'emphasi[sz]ed', 'stressed', 'tweeted',
  'sagte', 'sagten', 'erklärte', 'erklärten', 'betonte', 'teilte', 'berichtete', 'kündigte', 'warnte', 'zufolge', 'forderte',
  'a déclaré', 'a dit', 'a affirmé', 'a indiqué', 'a expliqué', 'a ajouté', 'a annoncé', 'a souligné', 'selon',
  'dijo', 'afirmó', 'declaró', 'aseguró', 'explicó', 'señaló', 'añadió', 'indicó', 'anunció', 'según', 'advirtió',
  'ha detto', 'ha dichiarato', 'ha affermato', 'ha spiegato', 'ha aggiunto', 'ha annunciato', 'ha sottolineato',
  'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'anunciou', 'informou',
  'zei', 'verklaarde', 'volgens', 'meldde', 'liet weten',
  'powiedział', 'powiedziała', 'stwierdził', 'oświadczył', 'według', 'poinformował', 'dodał',
  'сказал', 'сказала', 'заявил', 'заявила', 'сообщил', 'сообщила', 'отметил', 'по словам', 'подчеркнул', 'добавил',
  'сказав', 'заявив', 'повідомив', 'повідомила', 'зазначив', 'за словами', 'наголосив', 'додав',
  'mengatakan', 'menurut', 'katanya', 'ujarnya', 'ungkapnya',
  'dedi', 'söyledi', 'açıkladı', 'belirtti',
].join('|')})(?![\\p{L}])`, 'iuy');
const ISO_DATE = /(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)/g;

const META_LINES = [
  /^(?:(?:first\s+)?published|updated|last\s+updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|opublikowano|diterbitkan|опубліковано|оновлено|опубликовано|обновлено)(?![\p{L}]).{0,80}\d/iu,
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Oo]leh)\s+\p{Lu}[^.!?]{0,60}$/u,
  /^(?:sources?|quellen?|fuentes?|fontes?|sumber|джерело|источник)\s*:/iu,
  /^\p{Lu}[\p{Lu}\s.'’-]{2,30}(?:,\s*[\p{L}\s.]{2,30})?\s*(?:\([^)]{2,25}\))?\s*[—–-]\s/u,
];

/**
 * Whether `text` reads like a news article: mostly prose (lines of sentences rather than code, logs,
 * tables or lists) with news evidence adding up — reporting verbs ("said", "selon", "заявив"),
 * quotations, dates, a "Published …"/byline/"Source:" line. Conservative, so that a README, a log, a
 * CSV or lorem ipsum saved as `.txt` stays plain text. Reads at most the first `ARTICLE_SNIFF_CHARS`.
 */
export function looksLikeArticle(text: string): boolean {
  return measureArticleLikeness(text).isArticle;
}

/** The evidence `looksLikeArticle` decides on. */
export function measureArticleLikeness(text: string): ArticleLikeness {
  const sample = sniff(text);
  const evidence: ArticleLikeness = {
    isArticle: false, proseWords: 0, sentences: 0, proseShare: 0, technicalShare: 0,
    attributions: 0, quotes: 0, dates: 0, hasMetaLine: false, nameShare: 0, score: 0,
  };
  if (sample === undefined) return evidence;

  let lines = 0;
  let chars = 0;
  let technical = 0;
  let proseChars = 0;
  let names = 0;
  let straightDoubles = 0;
  const weekdays = new Map<string, boolean>();
  for (const raw of sample.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    lines++;
    chars += line.length;
    const words = wordsOf(line);
    evidence.dates += countDates(words, weekdays);
    if (!evidence.hasMetaLine && META_LINES.some((pattern) => pattern.test(line))) evidence.hasMetaLine = true;
    if (isTechnical(line)) {
      technical++;
      continue;
    }
    const wordCount = words.length >= 6 ? words.length : unspacedWords(line);
    if (wordCount < 6) continue;
    const shape = readLine(line);
    if (shape.letterShare < 0.7) continue;
    proseChars += line.length;
    evidence.proseWords += wordCount;
    evidence.sentences += shape.sentenceEnds;
    names += shape.names;
    evidence.quotes += shape.quoteOpeners;
    straightDoubles += shape.straightDoubles;
    evidence.attributions += shape.attributions;
  }
  if (lines === 0) return evidence;
  evidence.technicalShare = technical / lines;
  evidence.proseShare = proseChars / chars;
  evidence.nameShare = evidence.proseWords ? names / evidence.proseWords : 0;
  evidence.dates += sample.match(ISO_DATE)?.length ?? 0;
  evidence.quotes += Math.floor(straightDoubles / 2);
  evidence.score = Math.min(evidence.attributions, 3)
    + tier(evidence.quotes)
    + tier(evidence.dates)
    + (evidence.hasMetaLine ? 2 : 0)
    + (evidence.nameShare >= 0.06 ? 1 : 0);

  evidence.isArticle = evidence.technicalShare <= MAX_TECHNICAL_SHARE
    && evidence.proseWords >= MIN_PROSE_WORDS
    && evidence.sentences >= MIN_SENTENCES
    && evidence.proseShare >= MIN_PROSE_SHARE
    && evidence.score >= ARTICLE_SCORE_THRESHOLD;
  return evidence;
}

/** The start of `text` to judge, or undefined when it is empty or binary. */
function sniff(text: string): string | undefined {
  let sample = text.length > ARTICLE_SNIFF_CHARS ? text.slice(0, ARTICLE_SNIFF_CHARS) : text;
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  if (!sample.trim()) return undefined;
  // NUL and other C0 controls (besides tab, line breaks and form feed), or many U+FFFD from a
  // failed decode, mean the bytes were never text.
  const controls = sample.match(/[\x00-\x08\x0b\x0e-\x1f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\0') || controls > sample.length * 0.01) return undefined;
  return sample;
}

function isTechnical(line: string): boolean {
  if (TECHNICAL_LINE.test(line)) return true;
  if ((line.match(CODE_SYMBOLS)?.length ?? 0) > line.length * 0.08) return true;
  // Tables: many separators between short fields ("2025-05-28,Kyiv,12,3"), unlike a sentence's
  // commas. A menu of words between bars ("Home | World | Sport") is page chrome, not a table.
  const fields = line.split(FIELD_SEPARATORS);
  return fields.length >= 4 && line.length / fields.length < 16 && (TABLE_SEPARATORS.test(line) || /\d/.test(line));
}

/** Words in a line written without spaces (Chinese, Japanese, Korean): about one per two characters. */
function unspacedWords(line: string): number {
  return Math.round((line.match(CJK)?.length ?? 0) / 2);
}

/** What one pass over a line finds for the prose signals. */
interface LineShape {
  /** Letters among the characters that are not white space. */
  letterShare: number;
  /** Sentence ends: `.`, `!`, `?`, `…` or a CJK stop, maybe closed by quotes or a parenthesis, before white space or the end. */
  sentenceEnds: number;
  /** Capitalised words (upper then lower case) after white space that follows a letter, digit, comma or apostrophe: not opening a sentence or a quotation. */
  names: number;
  /** “ „ « */
  quoteOpeners: number;
  /** " */
  straightDoubles: number;
  /** Reporting words (`ATTRIBUTION`). */
  attributions: number;
}

const LETTER_OR_NUMBER = CharClass.Letter | CharClass.Number;

/** The signals of one line in a single pass over its code points, rather than a regex each. */
function readLine(line: string): LineShape {
  const shape: LineShape = { letterShare: 0, sentenceEnds: 0, names: 0, quoteOpeners: 0, straightDoubles: 0, attributions: 0 };
  let spaces = 0;
  let nonLetters = 0;
  // Code points only, never NaN or undefined past the end: the class tests stay on small integers.
  let previous = -1;
  let afterLetter = false;
  let attributionsFrom = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    const letter = isLetter(code);
    if (letter) {
      // A reporting word is tried where a word starts: no letter before, as `(?<![\p{L}])` under
      // /iu would demand (U+0345 counts as one there); after a match, only past its end, as a
      // global search would go on. One search for so many words through all prose cost more.
      if (i >= attributionsFrom && !afterLetter) {
        ATTRIBUTION.lastIndex = i;
        if (ATTRIBUTION.test(line)) {
          shape.attributions++;
          attributionsFrom = ATTRIBUTION.lastIndex;
        }
      }
    } else if (isWhiteSpace(code)) {
      spaces++;
      if (isCharClass(previous, LETTER_OR_NUMBER) || previous === 0x2c || previous === 0x2019 || previous === 0x27) {
        let end = next;
        while (isWhiteSpace(line.charCodeAt(end))) end++;
        const first = line.codePointAt(end)!;
        const second = end + (first > 0xffff ? 2 : 1);
        if (isUpper(first) && second < line.length && isLower(line.codePointAt(second)!)) shape.names++;
      }
    } else {
      nonLetters++;
      if (SENTENCE_ENDERS.includes(code)) {
        let end = next;
        while (end < line.length && SENTENCE_CLOSERS.includes(line.charCodeAt(end))) end++;
        if (end === line.length || isWhiteSpace(line.charCodeAt(end))) shape.sentenceEnds++;
      } else if (code === 0x22) shape.straightDoubles++;
      else if (code === 0x201c || code === 0x201e || code === 0xab) shape.quoteOpeners++;
    }
    previous = code;
    afterLetter = letter || code === 0x345;
    i = next;
  }
  const visible = line.length - spaces;
  shape.letterShare = visible ? (visible - nonLetters) / visible : 0;
  return shape;
}

/** . ! ? … 。 ！ ？ */
const SENTENCE_ENDERS = [0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f];
/** " ' ” ’ » ) */
const SENTENCE_CLOSERS = [0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29];

/** Words of a line: a letter or digit, then letters, digits, apostrophes and hyphens. */
function wordsOf(line: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < line.length;) {
    let code = line.codePointAt(i)!;
    if (!isCharClass(code, LETTER_OR_NUMBER)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + (code > 0xffff ? 2 : 1);
    for (; end < line.length; end += code > 0xffff ? 2 : 1) {
      code = line.codePointAt(end)!;
      if (!(isCharClass(code, LETTER_OR_NUMBER) || code === 0x27 || code === 0x2019 || code === 0x2d)) break;
    }
    words.push(line.slice(i, end));
    i = end;
  }
  return words;
}

/** 0 for none, 1 for some, 2 for several: repeated evidence counts for more, but not without bound. */
function tier(count: number): number {
  return count >= 3 ? 2 : count >= 1 ? 1 : 0;
}

/**
 * Month names beside a day or year ("28 May", "May 16", "травня 2025") and full weekday names among
 * one line's words; `weekdays` caches the lookups, as the same words recur all through a file.
 */
function countDates(words: readonly string[], weekdays: Map<string, boolean>): number {
  let dates = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length < 3 || !isLetter(word.codePointAt(0)!)) continue;
    let isWeekday = weekdays.get(word);
    if (isWeekday === undefined) {
      const weekday = lookupWeekday(word);
      isWeekday = !!weekday && !weekday.abbreviation && (!weekday.ambiguous || CAPITALISED.test(word));
      weekdays.set(word, isWeekday);
    }
    if (isWeekday) dates++;
    else if ((isDayOrYear(words[i - 1]) || isDayOrYear(words[i + 1])) && lookupMonth(word)) dates++;
  }
  return dates;
}

function isDayOrYear(token: string | undefined): boolean {
  // Most words start with no digit 1–9: spare them the regex.
  if (token === undefined || !(token.charCodeAt(0) >= 0x31 && token.charCodeAt(0) <= 0x39)) return false;
  return /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^(?:19|20)\d{2}$/.test(token);
}

/** Which files are articles, from the `dossier.articles.*` settings. */
export interface ArticleFileRules {
  /** Globs of files that are always articles. */
  include: readonly string[];
  /** Globs of files that never are, whatever `include` or detection say. */
  exclude: readonly string[];
  /** Whether other plain-text files are articles when their content looks like one. */
  detect: boolean;
}

/** Why a file is or is not an article. */
export type ArticleFileVerdict = 'excluded' | 'articleExtension' | 'included' | 'detected' | 'notArticle';

/**
 * Classifies a file by its workspace-relative `path` (`/` separators) and, only when the globs do
 * not decide, its text: exclusions win, `.article` files and `include` globs are articles, and
 * the rest are articles when `detect` is on and `looksLikeArticle` agrees.
 */
export function classifyArticleFile(path: string, readText: () => string, rules: ArticleFileRules): ArticleFileVerdict {
  if (matchesAnyGlob(path, rules.exclude)) return 'excluded';
  if (path.endsWith('.article')) return 'articleExtension';
  if (matchesAnyGlob(path, rules.include)) return 'included';
  return rules.detect && looksLikeArticle(readText()) ? 'detected' : 'notArticle';
}

/** Whether a verdict of `classifyArticleFile` makes the file an article. */
export function isArticleVerdict(verdict: ArticleFileVerdict): boolean {
  return verdict === 'articleExtension' || verdict === 'included' || verdict === 'detected';
}
