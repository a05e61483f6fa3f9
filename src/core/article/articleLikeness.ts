/**
 * Deciding whether a plain-text file is a news article, from its path and the start of its text.
 * The editor uses this to switch `.txt` files to the Article language and the workspace index to
 * pick which files to analyse, so both agree on what an article is.
 */
import { matchesAnyGlob } from '../text/glob';
import { lookupMonth, lookupWeekday } from '../lexicon/calendar';

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

const NON_LETTERS = /[^\p{L}\s]/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SENTENCE_END = /[.!?…。！？]["'”’»)]*(?=\s|$)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// A capitalised word after a word or comma, not opening a sentence or a quotation.
const MID_SENTENCE_NAME = /(?<=[\p{L}\p{N},’'])\s+\p{Lu}\p{Ll}/gu;

// Reporting words in the languages Dossier reads; capped in the score, so a stray "laut" or
// "secondo" in another sense costs little.
const ATTRIBUTION = new RegExp(`(?<![\\p{L}])(?:${[
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
].join('|')})(?![\\p{L}])`, 'giu');
const QUOTE_OPENERS = /[“„«]/g;
const STRAIGHT_DOUBLE = /"/g;
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
  const prose: string[] = [];
  const weekdays = new Map<string, boolean>();
  for (const raw of sample.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    lines++;
    chars += line.length;
    const words = line.match(WORD) ?? [];
    evidence.dates += countDates(words, weekdays);
    if (!evidence.hasMetaLine && META_LINES.some((pattern) => pattern.test(line))) evidence.hasMetaLine = true;
    if (isTechnical(line)) {
      technical++;
      continue;
    }
    const wordCount = words.length >= 6 ? words.length : unspacedWords(line);
    if (wordCount < 6 || letterShare(line) < 0.7) continue;
    prose.push(line);
    proseChars += line.length;
    evidence.proseWords += wordCount;
    evidence.sentences += line.match(SENTENCE_END)?.length ?? 0;
    names += line.match(MID_SENTENCE_NAME)?.length ?? 0;
  }
  if (lines === 0) return evidence;
  evidence.technicalShare = technical / lines;
  evidence.proseShare = proseChars / chars;
  evidence.nameShare = evidence.proseWords ? names / evidence.proseWords : 0;
  evidence.dates += sample.match(ISO_DATE)?.length ?? 0;

  const proseText = prose.join('\n');
  evidence.attributions = proseText.match(ATTRIBUTION)?.length ?? 0;
  evidence.quotes = (proseText.match(QUOTE_OPENERS)?.length ?? 0) + Math.floor((proseText.match(STRAIGHT_DOUBLE)?.length ?? 0) / 2);
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

function letterShare(line: string): number {
  const visible = line.length - (line.match(/\s/g)?.length ?? 0);
  const nonLetters = line.match(NON_LETTERS)?.length ?? 0;
  return visible ? (visible - nonLetters) / visible : 0;
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
  words.forEach((word, i) => {
    if (word.length < 3 || !/^\p{L}/u.test(word)) return;
    let isWeekday = weekdays.get(word);
    if (isWeekday === undefined) {
      const weekday = lookupWeekday(word);
      isWeekday = !!weekday && !weekday.abbreviation && (!weekday.ambiguous || CAPITALISED.test(word));
      weekdays.set(word, isWeekday);
    }
    if (isWeekday) dates++;
    else if ((isDayOrYear(words[i - 1]) || isDayOrYear(words[i + 1])) && lookupMonth(word)) dates++;
  });
  return dates;
}

function isDayOrYear(token: string | undefined): boolean {
  if (token === undefined) return false;
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
