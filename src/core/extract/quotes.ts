import type { EntityMention, EntityType, ParsedArticle, Quote, Span } from '../model';
import { lookupMonth, lookupWeekday } from '../lexicon/calendar';
import { isTitleHead, isTitleModifier } from '../lexicon/titles';
import { CharClass, isCharClass, scanWhile, someInClass, splitOnRuns, startsWithClass } from '../text/charClass';

/*
 * Quotations and who said them, in three passes over the headline and the body paragraphs.
 *
 * 1. Marks. Each quotation mark is judged by what flanks it (a space or an opening bracket on its
 *    left and a letter on its right opens; the mirror image closes) and by which families are open,
 *    so one scanner reads “English”, ‘single’, 'straight', «French», »German«, „German“ and ”Swedish”
 *    quotes. Apostrophes never open or close: a mark between letters (Russia’s, don't), before a
 *    digit (’90s) or an elided word (’em), after a digit (a prime), and ’ never opens. Pairs match
 *    on a stack, so nesting (‘ inside “) works, and a stray mark neither swallows the rest of the
 *    paragraph nor costs more than linear time. A paragraph that ends inside a quote continues it
 *    when the next paragraph opens again with the same family.
 * 2. Sentences. The reporter's text, with each quotation as one opaque token, is cut at sentence
 *    stops, so a full stop inside a quotation does not separate it from its attribution.
 * 3. Speakers. An attribution after the quote ("…,” Lavrov said), before it (Lavrov said: “…”;
 *    according to Lavrov), inverted (said Lavrov; sagte er), a pronoun (the most recent subject of
 *    a compatible gender), a role ("the spokesperson said" → whom the article calls spokesperson),
 *    the previous quote's speaker for an unattributed follow-up, and for a fragment the subject of
 *    the reporter's sentence.
 */

// ---------------------------------------------------------------------------------------------
// Pass 1: quotation marks.

/** Which marks pair: any opener of a family may be closed by any closer of it (‘…' and “…" too). */
type Family = 'double' | 'single' | 'guillemet' | 'singleGuillemet' | 'corner' | 'whiteCorner';

interface MarkKind {
  family: Family;
  /** The direction the mark has in the languages that use it most. */
  usual: 'open' | 'close' | 'either';
}

const MARKS: ReadonlyMap<string, MarkKind> = new Map<string, MarkKind>([
  ['"', { family: 'double', usual: 'either' }],
  ['“', { family: 'double', usual: 'open' }],
  ['”', { family: 'double', usual: 'close' }],
  ['„', { family: 'double', usual: 'open' }],
  ['‟', { family: 'double', usual: 'open' }],
  ["'", { family: 'single', usual: 'either' }],
  ['‘', { family: 'single', usual: 'open' }],
  ['’', { family: 'single', usual: 'close' }],
  ['‚', { family: 'single', usual: 'open' }],
  ['‛', { family: 'single', usual: 'open' }],
  ['«', { family: 'guillemet', usual: 'open' }],
  ['»', { family: 'guillemet', usual: 'close' }],
  ['‹', { family: 'singleGuillemet', usual: 'open' }],
  ['›', { family: 'singleGuillemet', usual: 'close' }],
  ['「', { family: 'corner', usual: 'open' }],
  ['」', { family: 'corner', usual: 'close' }],
  ['『', { family: 'whiteCorner', usual: 'open' }],
  ['』', { family: 'whiteCorner', usual: 'close' }],
]);

/**
 * Every mark of MARKS. Searched in a slice of one paragraph at a time: searched in the whole text
 * from a paragraph's start, the expression ran on past the paragraph to the next mark of the
 * article, which made a text with few quotes quadratic.
 */
const ANY_MARK = /["“”„‟'‘’‚‛«»‹›「」『』]/g;

const SPACE = /\s/u;
// Letters are told apart with code-point tests rather than \p{…} regexes, which cost more to
// compile than a first article takes to read.
/** /[\p{L}\p{M}\p{N}]/u.test */
const hasWordChar = (text: string): boolean => someInClass(text, CharClass.Letter | CharClass.Mark | CharClass.Number);
/** /^\p{Ll}/u.test */
const startsLower = (text: string): boolean => startsWithClass(text, CharClass.Lower);
/** /^[\p{Lu}\p{Lt}]/u.test */
const startsUpper = (text: string): boolean => startsWithClass(text, CharClass.Upper | CharClass.Title);
/** /\p{Nd}/u.test */
const hasDigit = (text: string): boolean => someInClass(text, CharClass.Digit);
const isLetterOrNumber = (code: number): boolean => isCharClass(code, CharClass.Letter | CharClass.Number);
const isNotLetter = (code: number): boolean => !isCharClass(code, CharClass.Letter);
/** What may stand right before an opening mark besides a space. */
const BEFORE_OPENING = new Set(['(', '[', '{', '<', '—', '–', '-', '/', ':', '“', '‘', '„', '‚', '«', '‹', '»', '「', '『', '"', "'"]);
/** What may stand right after a closing mark besides a space. */
const AFTER_CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '—', '–', '-', '…', '/', '”', '’', '»', '«', '›', '」', '』', '"', "'", '“']);
/** Words an English apostrophe stands in front of: ’em, 'n', ’til, ’cause. */
const ELIDED = ['em', 'n', 'til', 'cause', 'cos', 'tis', 'twas', 'bout', 'round', 's'];

/** /^(?:em|n|til|…)(?![\p{L}\p{N}])/iu.test(text): under /iu, "ſ" also matches "s". */
function startsWithElided(text: string): boolean {
  return ELIDED.some((word) => {
    for (let k = 0; k < word.length; k++) {
      const code = text.charCodeAt(k);
      if (code !== word.charCodeAt(k) && code !== word.charCodeAt(k) - 32 && !(code === 0x17f && word[k] === 's')) return false;
    }
    return !isLetterOrNumber(text.codePointAt(word.length)!);
  });
}
/** How far a possible plural possessive looks for a clearer closing mark. */
const POSSESSIVE_LOOKAHEAD = 250;

const isSpace = (c: string): boolean => c === '' || SPACE.test(c);
const isWord = (c: string): boolean => c !== '' && hasWordChar(c);

type MarkRole = 'open' | 'close' | null;

/** What the mark at `i` does inside the paragraph `[lo, hi)`, given whether its family is open. */
function markRole(text: string, i: number, lo: number, hi: number, kind: MarkKind, familyOpen: boolean): MarkRole {
  const mark = text[i]!;
  const prev = i > lo ? text[i - 1]! : '';
  const next = i + 1 < hi ? text[i + 1]! : '';
  const leftFlank = next !== '' && !isSpace(next) && (prev === '' || isSpace(prev) || BEFORE_OPENING.has(prev));
  const rightFlank = prev !== '' && !isSpace(prev) && (next === '' || isSpace(next) || AFTER_CLOSING.has(next));
  if (kind.family === 'single') {
    if (isWord(prev) && isWord(next)) return null;
    if (leftFlank && (hasDigit(next) || startsWithElided(text.slice(i + 1, i + 6)))) return null;
    if (hasDigit(prev) && !familyOpen) return null;
  }
  // A straight mark between spaces says nothing about its direction; a curly one or a guillemet
  // still does (« French » puts spaces inside).
  if (isSpace(prev) && isSpace(next) && kind.usual === 'either') return null;
  if (kind.usual === 'open') {
    if (mark === '„' || mark === '‚') return 'open';
    // „German“ closes with “; a right-flanking opener otherwise is a typo for a closer.
    if (rightFlank && !leftFlank) return familyOpen ? 'close' : null;
    return 'open';
  }
  if (kind.usual === 'close') {
    if (mark === '’') return familyOpen && !leftFlank ? 'close' : null;
    // »German« and ”Swedish” open with the usual closer.
    const opensHere = leftFlank && isSpace(prev) && (isWord(next) || MARKS.has(next));
    if (familyOpen && !opensHere) return 'close';
    if (leftFlank && (isWord(next) || MARKS.has(next))) return 'open';
    return familyOpen ? 'close' : null;
  }
  if (mark === '"' && hasDigit(prev) && !familyOpen) return null; // inches
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return familyOpen ? 'close' : null;
  // Between letters or after a comma without a space ("said,"We"): the state decides.
  return familyOpen ? 'close' : mark === "'" ? null : 'open';
}

/**
 * A single closer after "s" or "z" followed by a lower-case word ("the workers' rights") is a
 * plural possessive when a clearer closer follows before any new opener.
 */
function isPossessive(text: string, i: number, hi: number): boolean {
  if (!/[sSzZ]/.test(text[i - 1] ?? '')) return false;
  let j = i + 1;
  while (j < hi && text[j] === ' ') j++;
  if (j === i + 1 || j >= hi || !startsLower(text[j]!)) return false;
  const limit = Math.min(hi, i + POSSESSIVE_LOOKAHEAD);
  for (let k = j; k < limit; k++) {
    const c = text[k]!;
    if (c !== "'" && c !== '’' && c !== '‘') continue;
    const before = text[k - 1]!;
    const after = k + 1 < hi ? text[k + 1]! : '';
    if (isWord(before) && isWord(after)) continue;
    if (isSpace(before)) return false;
    if (isSpace(after) || AFTER_CLOSING.has(after)) return true;
  }
  return false;
}

interface Opener {
  at: number;
  mark: string;
  family: Family;
  /** The opener this one opened inside, or -1. */
  parent: number;
  /** Where its closing mark is, or -1. */
  closedAt: number;
}

/** A quotation: opening and closing mark positions, possibly in different paragraphs. */
interface RawQuote {
  open: number;
  close: number;
  mark: string;
}

interface ParagraphMarks {
  /** Outermost quotes closed inside the paragraph, in text order. */
  quotes: RawQuote[];
  /** An outermost opener still open at the paragraph's end, after the last closed quote. */
  pending: Opener | null;
}

/** Pairs the quotation marks of the paragraph `[lo, hi)`. */
function pairMarks(text: string, lo: number, hi: number): ParagraphMarks {
  const openers: Opener[] = [];
  const stack: number[] = [];
  const openCount = new Map<Family, number>();
  const paragraph = text.slice(lo, hi);
  ANY_MARK.lastIndex = 0;
  for (let match = ANY_MARK.exec(paragraph); match; match = ANY_MARK.exec(paragraph)) {
    const i = lo + match.index;
    const mark = match[0];
    const kind = MARKS.get(mark)!;
    const familyOpen = (openCount.get(kind.family) ?? 0) > 0;
    let role = markRole(text, i, lo, hi, kind, familyOpen);
    if (role === 'close' && kind.family === 'single' && isPossessive(text, i, hi)) role = null;
    if (role === 'open') {
      openers.push({ at: i, mark, family: kind.family, parent: stack.length ? stack[stack.length - 1]! : -1, closedAt: -1 });
      stack.push(openers.length - 1);
      openCount.set(kind.family, (openCount.get(kind.family) ?? 0) + 1);
    } else if (role === 'close') {
      // Openers of other families above the match were never closed: they are dropped.
      for (;;) {
        const top = openers[stack.pop()!]!;
        openCount.set(top.family, openCount.get(top.family)! - 1);
        if (top.family === kind.family) {
          top.closedAt = i;
          break;
        }
      }
    }
  }
  // A quote is outermost when no opener around it was closed: a stray opener hides nothing.
  const hidden: boolean[] = [];
  const quotes: RawQuote[] = [];
  openers.forEach((o, k) => {
    hidden[k] = o.parent >= 0 && (openers[o.parent]!.closedAt >= 0 || hidden[o.parent]!);
    if (o.closedAt >= 0 && !hidden[k]) quotes.push({ open: o.at, close: o.closedAt, mark: o.mark });
  });
  const lastClose = quotes.length ? quotes[quotes.length - 1]!.close : -1;
  let pending: Opener | null = null;
  for (let k = openers.length - 1; k >= 0 && openers[k]!.at > lastClose; k--) {
    if (openers[k]!.closedAt < 0 && !hidden[k]) pending = openers[k]!;
  }
  return { quotes, pending };
}

/** Where the first quote of a paragraph opens when the paragraph starts with an opener of `family`. */
function reopensAt(text: string, lo: number, hi: number, family: Family): number {
  let i = lo;
  while (i < hi && SPACE.test(text[i]!)) i++;
  const kind = i < hi ? MARKS.get(text[i]!) : undefined;
  return kind?.family === family && markRole(text, i, i, hi, kind, false) === 'open' ? i : -1;
}

/** Every outermost quotation of the units, a quote left open at a paragraph's end joined to its continuation. */
function findQuotations(text: string, units: readonly Span[]): RawQuote[] {
  const found: RawQuote[] = [];
  let carried: RawQuote | null = null;
  units.forEach((unit, u) => {
    const { quotes, pending } = pairMarks(text, unit.start, unit.end);
    let first = 0;
    if (carried) {
      const head = quotes[0];
      if (head && head.open === reopensAt(text, unit.start, unit.end, MARKS.get(carried.mark)!.family)) {
        found.push({ open: carried.open, close: head.close, mark: carried.mark });
        first = 1;
        carried = null;
      } else if (!(pending && quotes.length === 0 && pending.at === reopensAt(text, unit.start, unit.end, pending.family))) {
        carried = null;
      }
    }
    for (let k = first; k < quotes.length; k++) found.push(quotes[k]!);
    const next = units[u + 1];
    if (!carried && pending && next && reopensAt(text, next.start, next.end, pending.family) >= 0) {
      carried = { open: pending.at, close: -1, mark: pending.mark };
    }
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: tokens and sentences of the reporter's text.

type TokenKind = 'word' | 'punct' | 'entity' | 'quote';

/** A word, a punctuation mark, an entity mention or a whole quotation of the reporter's text. */
class Token implements Span {
  private folded: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly entity: EntityMention | undefined = undefined,
    /** An entity followed by ’s modifies a noun; it is not the subject. */
    readonly possessive = false,
    /** Index into the quotations for quote tokens, else -1. */
    readonly quote = -1,
  ) {}

  /** Lower-cased text (empty for quotes), made on first use: most tokens are never asked. */
  get lower(): string {
    return (this.folded ??= this.kind === 'quote' ? '' : this.source.slice(this.start, this.end).toLowerCase());
  }

  /** A name, or a word written with a capital first letter. */
  get capital(): boolean {
    return this.kind === 'entity' || (this.kind === 'word' && startsUpper(this.source[this.start]!));
  }
}

interface Sentence {
  tokens: Token[];
  /** Running number over the article, to bound how far back a pronoun reaches. */
  index: number;
  unit: number;
  /** Who the sentence is about: the speaker it attributes, else its grammatical subject. */
  subject: Candidate | null;
}

/** A speaker as the output names it. */
interface Candidate {
  name: string;
  type: EntityType;
  span: Span | null;
}

/** Letters, marks and digits by UTF-16 unit, filled on first sight (articles reuse few non-ASCII letters). */
const wordUnits = new Map<number, boolean>();

/** True for a letter, combining mark or digit (an astral letter counts by its high surrogate's pair). */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c < 0xe000) return hasWordChar(text.slice(c < 0xdc00 ? i : i - 1, c < 0xdc00 ? i + 2 : i + 1));
  let word = wordUnits.get(c);
  if (word === undefined) {
    word = hasWordChar(text[i]!);
    wordUnits.set(c, word);
  }
  return word;
}

/** Characters that join two runs of letters into one word: Jean-Luc, don't, U.S, Grand·mère. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 0xb7;
/** /^['’]s?(?![\p{L}\p{N}])/u.test(text): "’s" or a bare "’" ending a word. */
function startsPossessive(text: string): boolean {
  if (text[0] !== "'" && text[0] !== '’') return false;
  return !isLetterOrNumber(text.codePointAt(text[1] === 's' ? 2 : 1)!);
}

/**
 * Tokens of `[lo, hi)`: each quotation (clipped to the range) is one token, entity mentions outside
 * quotations are one token each, the rest is words and punctuation.
 */
function tokenize(text: string, lo: number, hi: number, quotes: readonly Span[], firstQuote: number, entities: readonly EntityMention[], firstEntity: number): Token[] {
  const tokens: Token[] = [];
  let q = firstQuote;
  let e = firstEntity;
  let i = lo;
  while (i < hi) {
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    while (e < entities.length && entities[e]!.start < i) e++;
    const quote = quotes[q];
    if (quote && quote.start <= i) {
      const end = Math.min(quote.end, hi);
      tokens.push(new Token(text, i, end, 'quote', undefined, false, q));
      i = end;
      continue;
    }
    const limit = quote ? Math.min(quote.start, hi) : hi;
    const entity = entities[e];
    if (entity && entity.start === i) {
      if (entity.end <= limit) {
        const possessive = startsPossessive(text.slice(entity.end, entity.end + 3));
        tokens.push(new Token(text, i, entity.end, 'entity', entity, possessive));
        i = entity.end;
      } else {
        e++; // runs into a quotation: not a name of the reporter's text
      }
      continue;
    }
    const end = entity && entity.start < limit ? entity.start : limit;
    // Scanned by hand: a regular expression costs several times as much per token here.
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(text[i]!))) {
        i++;
      } else if (isWordUnit(text, i)) {
        let j = i + 1;
        while (j < end && (isWordUnit(text, j) || (isJoiner(text.charCodeAt(j)) && j + 1 < end && isWordUnit(text, j + 1)))) j++;
        tokens.push(new Token(text, i, j, 'word'));
        i = j;
      } else {
        const width = c >= 0xd800 && c < 0xdc00 && i + 1 < end ? 2 : 1;
        tokens.push(new Token(text, i, i + width, 'punct'));
        i += width;
      }
    }
  }
  return tokens;
}

/** Abbreviations whose dot does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col capt sgt maj adm gov sen rep rev hon st mt vs jr sr inc corp co ltd no nos jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec approx dept mme mlle hr fr bzw sog ca dott sig sra srta bpk вул ул им ім обл проф ген').split(' '),
);
const SENTENCE_STOPS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const ENDS_WITH_STOP = /[.!?…。！？]\s*$/u;

/** Cuts a paragraph's tokens into sentences, at stops outside quotations. */
function splitSentences(text: string, tokens: readonly Token[], quotes: readonly Span[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, k) => {
    current.push(t);
    const next = tokens[k + 1];
    if (!next) return;
    let ends = false;
    if (isStop(tokens, k)) {
      ends = next.start > t.end && startsLikeSentence(text, next);
    } else if (t.kind === 'quote' && t.end === quotes[t.quote]!.end && ENDS_WITH_STOP.test(text.slice(t.start, t.end - 1))) {
      // “… at last.” The next sentence — unless it is this quote's attribution (“…” Trump said).
      ends = next.kind === 'quote' || (startsLikeSentence(text, next) && verbAfterSubject(tokens, k + 1) < 0);
    }
    if (ends) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length) sentences.push(current);
  return sentences;
}

/** A sentence stop at `k`, not the dot of an abbreviation or an initial (Sen., U.S., J.). */
function isStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'punct' || !SENTENCE_STOPS.has(t.lower)) return false;
  const before = tokens[k - 1];
  return !(t.lower === '.' && before?.kind === 'word' && before.end === t.start &&
    (ABBREVIATIONS.has(before.lower) || before.lower.includes('.') || before.lower.length === 1));
}

function startsLikeSentence(text: string, token: Token): boolean {
  if (token.kind === 'quote' || token.kind === 'entity') return true;
  const c = text[token.start]!;
  return startsUpper(c) || hasDigit(c) || (token.kind === 'punct' && !/[,;:)\]}]/.test(c));
}

// ---------------------------------------------------------------------------------------------
// Pass 3: attribution.

/**
 * Words that attribute speech, for attribution only (so nouns such as "claims" or "notes" are left
 * out): English verbs with their participles, and the common verbs of de, fr, it, es, pt, id, uk, ru.
 */
const SPEECH_VERBS = new Set(
  `say says said saying tell tells told telling add adds added adding noted noting write writes wrote writing stated stating
  explain explains explained explaining warn warns warned insist insists insisted insisting stressed stressing
  emphasise emphasised emphasising emphasize emphasized emphasizing argue argues argued arguing ask asks asked asking
  replied replying respond responds responded responding declare declares declared declaring announce
  announces announced announcing tweeted posted remarked suggest suggests suggested suggesting acknowledge acknowledges
  acknowledged admit admits admitted concede concedes conceded confirm confirms confirmed deny denies denied urges
  urged urging recalled commented observed maintained reiterate reiterates reiterated reiterating vowed
  promised predicted cautioned complained concluded continued quipped joked describe describes described describing
  called calling calls slams slammed blasts blasted hails hailed dubs vows branded dubbed labelled labeled termed shouted exclaimed boasted lamented contended asserted alleged
  testified affirmed proclaimed underlined underscored wondered mused accused accusing claimed claiming
  sagte sagt sagten sagen erklärte erklärt erklärten betonte betont schrieb schreibt meinte meint warnte warnt fügte
  ergänzte ergänzt kritisierte forderte teilte äußerte versicherte bekräftigte unterstrich
  dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute écrit souligné souligne estimé estime indiqué
  indique précisé précise assuré assure martelé lancé confié répondu prévenu averti insisté
  dijo dice afirmó afirma declaró declara explicó explica añadió agregó escribió señaló aseguró asegura indicó advirtió
  sostuvo manifestó subrayó insistió comentó respondió
  detto dichiarato affermato spiegato aggiunto scritto sottolineato afferma dichiara spiega aggiunge ribadito osservato
  precisato commentato annunciato
  disse afirmou declarou explicou acrescentou escreveu diz ressaltou destacou garantiu comentou respondeu alertou sublinhou
  kata katanya ujar ujarnya mengatakan menyatakan menjelaskan menegaskan tambahnya jelasnya tegasnya ungkapnya tuturnya
  tutur ucapnya menulis
  сказав сказала сказало сказали заявив заявила заявило заявили зазначив зазначила зазначило зазначили наголосив
  наголосила наголосило наголосили додав додала додали написав написала написали повідомив повідомила повідомило
  повідомили розповів розповіла каже кажуть підкреслив підкреслила пояснив пояснила
  сказал сказало заявил заявило заявили отметил отметила отметили подчеркнул подчеркнула добавил добавила написал
  сообщил сообщила сообщило сообщили рассказал рассказала говорит пояснил пояснила`
    .split(/\s+/)
    .filter(Boolean),
);

/** French inversion: "a-t-il dit", "déclare-t-elle". */
/** "a-t-il", "déclare-t-elle" (/^(\p{L}+)-(?:t-)?(il|elle)$/u): the verb and the pronoun, or null. */
function frenchInversion(word: string): [string, string] | null {
  const verbEnd = scanWhile(word, 0, (code) => isCharClass(code, CharClass.Letter));
  if (verbEnd === 0 || word[verbEnd] !== '-') return null;
  let rest = word.slice(verbEnd + 1);
  if (rest !== 'il' && rest !== 'elle' && rest.startsWith('t-')) rest = rest.slice(2);
  return rest === 'il' || rest === 'elle' ? [word.slice(0, verbEnd), rest] : null;
}

/** "according to X" and its equivalents: the speaker follows. German "so" only in German text. */
const SOURCE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'], ['selon'], ["d'après"], ['d’après'], ['según'], ['de', 'acuerdo', 'con'], ['secondo'], ['segundo'],
  ['de', 'acordo', 'com'], ['laut'], ['menurut'], ['за', 'словами'], ['по', 'словам'],
];
const SOURCE_STARTS = new Set([...SOURCE_PHRASES.map((p) => p[0]!), 'so']);

/** What a pronoun can stand for; a group ("they") is never one speaker. */
type PronounKind = 'male' | 'female' | 'person' | 'organization' | 'group';

const PRONOUNS: ReadonlyMap<string, PronounKind> = new Map<string, PronounKind>([
  ...['he', 'er', 'il', 'lui', 'ele', 'él', 'він', 'он'].map((w) => [w, 'male'] as const),
  ...['she', 'sie', 'elle', 'lei', 'ela', 'ella', 'вона', 'она'].map((w) => [w, 'female'] as const),
  ...['ia', 'dia', 'beliau'].map((w) => [w, 'person'] as const),
  ['it', 'organization'],
  ...['they', 'ils', 'elles', 'loro', 'eles', 'elas', 'ellos', 'ellas', 'mereka', 'вони', 'они'].map((w) => [w, 'group'] as const),
]);

/** Words that may stand between a subject and its verb: "Lavrov also said", "Merz hat betont". */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  `also previously later earlier then again recently reportedly further repeatedly once still never already just has had
  have was is would will has been later on in at last this that week month year morning evening afternoon night today
  yesterday tonight hat hatte habe a ont avait ha hanno aveva tem tinha han había ha sudah telah juga також тоже вже уже
  been being were are wurde wurden worden foi foram fue fueron été stato stata stati`
    .split(/\s+/)
    .filter(Boolean),
);
/** Verbs of reporting someone else's words: "quoted X as saying", "cited X as saying". */
const QUOTING_VERBS = new Set(['quoted', 'quoting', 'quotes', 'cited', 'citing', 'cites']);
/** Auxiliaries that make the following participle passive. */
const PASSIVE_AUXILIARIES = new Set(['been', 'was', 'were', 'being', 'is', 'are', 'wurde', 'wurden', 'worden', 'foi', 'foram', 'fue', 'fueron', 'été', 'stato', 'stata', 'stati']);
/** Words that end a noun phrase backwards: a subject never reaches across them. */
const CLAUSE_WORDS = new Set(
  `and or but that which who whom whose because if when while as than to so und oder dass aber che e ed et ou mais que
  qui y pero mas dan atau yang bahwa і й та и що что а але но`
    .split(/\s+/)
    .filter(Boolean),
);
const DEFINITE = new Set(
  `the der die das den dem des le la l' il lo el o a its his her their sa son ses sein seine seiner ihr ihre su sus sua seu suo`.split(/\s+/),
);
const INDEFINITE = new Set(['a', 'an', 'ein', 'eine', 'einer', 'un', 'une', 'uno', 'una', 'um', 'uma', 'seorang', 'some', 'several', 'two', 'three']);
/** Words after which a quotation is the reporter's label, not anyone's speech. */
const SO_CALLED = new Set(
  `so-called sogenannte sogenannten sogenannter cosiddetto cosiddetta cosiddetti llamado llamada supuesto supuesta chamado
  chamada soi-disant prétendu prétendue так-званий званий звана звані называемый называемая называемые`.split(/\s+/),
);
/** Sentence openers whose clause ends at the first comma: "On Monday, Trump …", "After the call, …". */
const INTRODUCERS = new Set(
  `after on in during since following when as while despite although though speaking meanwhile however earlier later last
  from at before amid under with without if once until by for separately also instead yet still but and then now today
  yesterday this asked pressed nach am im bei während seit après selon dopo durante después según depois durante`
    .split(/\s+/)
    .filter(Boolean),
);
const PREPOSITIONS = new Set(
  `with to from by for against of at on about between among toward towards into over under than like via mit von gegen für
  avec contre pour par de con contro di da per com contra para por dengan kepada dari untuk з із від до для с от к`
    .split(/\s+/)
    .filter(Boolean),
);
/** Spokesperson in the languages Dossier reads: "the spokesman said" finds the article's spokeswoman too. */
const SPOKESPERSON = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'sprecher', 'sprecherin', 'porte-parole', 'portavoz', 'portavoce', 'porta-voz', 'jubir', 'bicara', 'пресс-секретарь', 'речник', 'речниця', 'пресс-секретаря']);
const FEMALE_CUES = new Set(
  `mrs ms madam madame mme frau señora sra signora senhora dona doña ibu bu queen princess spokeswoman chairwoman congresswoman
  businesswoman actress sprecherin ministerin kanzlerin präsidentin ministra presidenta речниця пані госпожа`.split(/\s+/),
);
const MALE_CUES = new Set('mr herr monsieur señor signor senhor pak bapak king prince spokesman chairman congressman businessman пан господин'.split(' '));
/** Slavic and Baltic feminine surname endings (Zakharova, Kowalska, Nováková). */
const FEMININE_SURNAME = /(?:ova|eva|ová|ská|cká|ska|cka|skaya|ienė|aitė|ytė|ова|ева|ська|ская)$/u;
/** "said she", "told reporters he": a person's own pronoun, right after the name, in one clause. */
const SAID_PRONOUN = /^[^.!?;\n“”"«»]{0,40}?\b(?:said|says|told|added|noted|wrote|insisted|stressed|warned|argued|explained|announced)\s+(?:[a-z]+\s+)?(?:that\s+)?(he|she)\b/u;
/** Their masculine counterparts (Lavrov, Zelenskyy, Kowalski, Лавров, Зеленський). */
const MASCULINE_SURNAME = /(?:ov|ev|yov|sky|skyy|skyi|skiy|ski|cki|ckyi|ов|ев|ський|цький|ский|цкий)$/u;

/** How many sentences back a pronoun or a follow-up quote may look for its person. */
const SALIENCE_WINDOW = 8;
/** How many paragraphs before a quotation are read for the people it may refer back to. */
const CONTEXT_UNITS = 6;
/** How many tokens before a quote the attribution search reads. */
const PRE_WINDOW = 60;
/** How many tokens after a quote the attribution search reads. */
const TAIL_WINDOW = 24;

/** Where a quotation opens: its sentence, the token, and the sentence before it (maybe a paragraph ending in a colon). */
interface Opening {
  sentence: Sentence;
  at: number;
  lead: Sentence | null;
}

interface Attribution {
  candidate: Candidate | null;
  /** A cue was found but names nobody ("according to a government statement", "officials said"). */
  unnamed: boolean;
  /** The unnamed source is a statement: the organisation the next sentence names issued it. */
  statement?: boolean;
  /** The speaker was named where the quote is, rather than carried over from earlier sentences. */
  explicit: boolean;
}

const NONE: Attribution = { candidate: null, unnamed: false, explicit: false };
const UNNAMED: Attribution = { candidate: null, unnamed: true, explicit: false };
const STATEMENT: Attribution = { candidate: null, unnamed: true, explicit: false, statement: true };
/** Nouns for a published statement, whose author a following sentence often names. */
const STATEMENT_WORDS = new Set(
  `statement statements readout communiqué communique release erklärung mitteilung comunicado comunicato déclaration
  pernyataan keterangan заява заявление повідомлення сообщение`.split(/\s+/),
);

const isSpeechVerb = (t: Token | undefined): boolean =>
  t?.kind === 'word' && (SPEECH_VERBS.has(t.lower) || isSpeechVerbWithSubject(t));
/** A speech verb at `k`, counting the idiom "as X put it". */
const isSpeechVerbAt = (tokens: readonly Token[], k: number): boolean =>
  isSpeechVerb(tokens[k]) || (tokens[k]!.lower === 'put' && tokens[k + 1]?.lower === 'it');
const isSpeechVerbWithSubject = (t: Token): boolean => {
  const french = t.lower.includes('-') ? frenchInversion(t.lower) : null;
  return french !== null && (SPEECH_VERBS.has(french[0]) || french[0] === 'a');
};
const isComma = (t: Token | undefined): boolean => t?.kind === 'punct' && t.lower === ',';
const isSpeaker = (t: Token | undefined): t is Token & { entity: EntityMention } =>
  t?.kind === 'entity' && !t.possessive && t.entity!.type !== 'place';

function pronounOf(t: Token | undefined): PronounKind | undefined {
  if (t?.kind !== 'word') return undefined;
  const pronoun = PRONOUNS.get(t.lower);
  if (pronoun || t.lower.length < 4) return pronoun;
  if (t.lower.endsWith('nya')) return SPEECH_VERBS.has(t.lower) ? 'person' : undefined;
  const french = t.lower.includes('-') ? frenchInversion(t.lower) : null;
  return french ? (french[1] === 'il' ? 'male' : 'female') : undefined;
}

function candidateOf(mention: EntityMention): Candidate {
  return { name: mention.name || mention.text, type: mention.type, span: { start: mention.start, end: mention.end } };
}

/** An attribution that names its speaker where the quotation is. */
function named(mention: EntityMention): Attribution {
  return { candidate: candidateOf(mention), unnamed: false, explicit: true };
}

/** The subject a verb implies when the language drops it: Ukrainian and Russian past tense say the gender. */
function impliedPronoun(verb: Token): PronounKind {
  if (/[а-яіїєґ]ло$/u.test(verb.lower)) return 'organization';
  if (/[а-яіїєґ]ли$/u.test(verb.lower)) return 'group';
  if (/[а-яіїєґ]ла$/u.test(verb.lower)) return 'female';
  if (/[а-яіїєґ][вл]$/u.test(verb.lower)) return 'male';
  return 'person';
}

/**
 * What the article says a person is at one mention: `all` holds the role, the title words before the
 * name and the appositive after it; `near` only the role, the two words before and the appositive.
 */
interface Descriptor {
  all: string;
  near: string;
}

/** Resolves speakers for one article; holds what earlier sentences said about whom. */
class SpeakerResolver {
  private readonly sentences: Sentence[] = [];
  private readonly genders = new Map<string, 'male' | 'female' | null>();
  private readonly descriptors = new Map<EntityMention, Descriptor>();
  private mentionsByName: Map<string, EntityMention[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly entities: readonly EntityMention[],
    private readonly german: boolean,
  ) {}

  /** Records a finished sentence, its subject set, for later pronouns and follow-up quotes. */
  remember(sentence: Sentence): void {
    this.sentences.push(sentence);
  }

  /**
   * Who said a quotation that opens at token `opening.at` of `opening.sentence` and closes at token
   * `at` of `closing` (the same sentence unless the quotation runs over paragraphs).
   */
  attribute(opening: Opening, closing: Sentence, at: number): Attribution {
    const { sentence, lead } = opening;
    const before = sentence.tokens.slice(Math.max(0, opening.at - PRE_WINDOW), opening.at);
    const after = closing.tokens.slice(at + 1, at + 1 + TAIL_WINDOW);
    const last = before[before.length - 1];
    if (last?.kind === 'word' && SO_CALLED.has(last.lower)) return NONE;
    const index = closing.index;
    if (before.some((t) => t.kind !== 'punct')) {
      const introduced = this.fromBefore(before, index);
      if (introduced?.candidate) return introduced;
      const tail = this.fromTail(after, index);
      if (tail?.candidate) return tail;
      const unnamed = introduced ?? tail;
      if (unnamed) return unnamed;
      // A word or two in quotes with no verb of saying is a label or a name ("the “Alligator
      // Alcatraz” facility"), not the subject's words, unless it is what someone was called as.
      const quoted = sentence.tokens[opening.at]!;
      const words = countWords(this.text.slice(quoted.start, quoted.end));
      if (words <= 2 && !before.some(isSpeechVerb) && !callsAs(before)) return NONE;
      return this.subjectAttribution(sentence.tokens, opening.at, index);
    }
    const tail = this.fromTail(after, index);
    if (tail) return tail;
    // Lavrov said: ¶ “…”
    const leadLast = lead?.tokens[lead.tokens.length - 1];
    if (lead && leadLast?.kind === 'punct' && leadLast.lower === ':') {
      return this.fromBefore(lead.tokens, lead.index) ?? this.subjectAttribution(lead.tokens, lead.tokens.length, lead.index);
    }
    const previous = this.recentSubject(sentence);
    return previous ? { candidate: { ...previous, span: null }, unnamed: false, explicit: false } : NONE;
  }

  /** The subject of a sentence's reporter text: its first non-possessive person or organisation. */
  subjectOf(tokens: readonly Token[], limit: number, index: number): Candidate | null {
    const start = skipIntroduction(tokens, limit);
    for (let k = start; k < Math.min(limit, start + 40); k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && t.lower === ';') break;
      if (isSpeaker(t) && !afterPreposition(tokens, k)) return candidateOf(t.entity);
      const pronoun = k === start || isComma(tokens[k - 1]) ? pronounOf(t) : undefined;
      if (pronoun && pronoun !== 'organization') return this.resolvePronoun(pronoun, index, null);
    }
    return null;
  }

  private subjectAttribution(tokens: readonly Token[], limit: number, index: number): Attribution {
    const subject = this.subjectOf(tokens, limit, index);
    return subject ? { candidate: subject, unnamed: false, explicit: true } : NONE;
  }

  /** The subject of the latest sentence before `sentence`, in its paragraph or the one before, within two sentences. */
  private recentSubject(sentence: Sentence): Candidate | null {
    for (let k = this.sentences.length - 1; k >= 0; k--) {
      const s = this.sentences[k]!;
      if (s.index >= sentence.index) continue;
      if (s.index < sentence.index - 2 || s.unit < sentence.unit - 1) break;
      if (s.subject) return s.subject;
    }
    return null;
  }

  /** An attribution after the quote: “…,” Lavrov said / said Lavrov / he added / according to X. */
  private fromTail(after: readonly Token[], index: number): Attribution | undefined {
    let k = 0;
    while (k < after.length && after[k]!.kind === 'punct' && !SENTENCE_STOPS.has(after[k]!.lower)) k++;
    // “We will not surrender” — Zelenskyy
    const signature = after[k];
    if (k > 0 && /^[—–-]$/.test(after[k - 1]!.lower) && isSpeaker(signature) && (!after[k + 1] || after[k + 1]!.kind === 'punct')) {
      return named(signature.entity);
    }
    // “…,” as Poland’s deputy minister put it.
    if (after[k]?.lower === 'as') k++;
    const tail = after.slice(k, k + 16);
    const source = this.fromSource(tail, 0, index);
    if (source) return source;
    // described as “…” by the UN’s climate panel
    if (tail[0]?.lower === 'by') return this.nameAfter(tail, 1, index);
    const verb = verbAfterSubject(tail, 0);
    if (verb < 0) return undefined;
    const speaker = this.subjectOfVerb(tail, verb, index) ?? this.nameAfter(tail, verb + 1, index);
    if (speaker) return speaker;
    // “…”, ha aggiunto. / «…», — додала. Languages that drop the subject: the verb's own person.
    if (tail.slice(0, verb).every(isBetweenSubjectAndVerb)) return this.pronounAttribution(impliedPronoun(tail[verb]!), index, tail, verb);
    return UNNAMED;
  }

  /** An attribution before the quote: the nearest cue of saying, then its subject. */
  private fromBefore(before: readonly Token[], index: number): Attribution | undefined {
    for (let k = before.length - 1; k >= 0; k--) {
      if (isStop(before, k)) break;
      const source = this.fromSource(before, k, index);
      if (source) return source;
      if (!isSpeechVerbAt(before, k)) continue;
      return this.subjectOfVerb(before, k, index) ?? this.nameAfter(before, k + 1, index) ?? this.passiveAgent(before, k);
    }
    return undefined;
  }

  /** "according to X", "selon X", "за словами X" starting at `k`; German "so X" right after a quotation. */
  private fromSource(tokens: readonly Token[], k: number, index: number): Attribution | undefined {
    if (tokens[k]?.kind !== 'word' || !SOURCE_STARTS.has(tokens[k]!.lower)) return undefined;
    let length = 0;
    for (const phrase of SOURCE_PHRASES) {
      if (phrase.every((w, j) => tokens[k + j]?.lower === w)) length = phrase.length;
    }
    // German „…“, so Scholz / so der Sprecher: "so" right after the quotation.
    if (!length && this.german && k === 0 && tokens[0]?.lower === 'so' && (tokens[1]?.kind === 'entity' || DEFINITE.has(tokens[1]?.lower ?? ''))) length = 1;
    if (!length) return undefined;
    return this.nameAfter(tokens, k + length, index) ?? UNNAMED;
  }

  /** The subject before the verb at `v`: an entity, a pronoun, an appositive's head, or a role. */
  private subjectOfVerb(tokens: readonly Token[], v: number, index: number): Attribution | undefined {
    const own = pronounOf(tokens[v]);
    if (own) return this.pronounAttribution(own, index, tokens, v);
    if (tokens[v - 1]?.lower === 'as') return this.quotedAsSaying(tokens, v - 1);
    let i = v - 1;
    for (let skipped = 0; i >= 0 && skipped < 4 && isBetweenSubjectAndVerb(tokens[i]!); skipped++) {
      // "has been described as": the subject is what was described; the speaker is the agent.
      if (PASSIVE_AUXILIARIES.has(tokens[i]!.lower)) return undefined;
      i--;
    }
    const t = tokens[i];
    if (!t) return undefined;
    if (t.kind === 'entity' && !t.possessive) {
      // A place speaks only when it stands right before the verb ("Russia said").
      if (t.entity!.type !== 'place' || i === v - 1) return named(t.entity!);
      return undefined;
    }
    const pronoun = pronounOf(t);
    if (pronoun) return this.pronounAttribution(pronoun, index, tokens, i);
    if (isComma(t)) {
      // the city's mayor, Luca Marchetti, told …
      const appositive = tokens[i - 1];
      if (isSpeaker(appositive) && isComma(tokens[i - 2])) return named(appositive.entity);
      // Vladimir Medinsky, the head of Russia’s delegation, said …
      for (let j = i - 2; j > 0 && j >= i - 30; j--) {
        const u = tokens[j]!;
        if (u.kind === 'quote' || isStop(tokens, j)) break;
        if (isComma(u) && isSpeaker(tokens[j - 1])) return named(tokens[j - 1]!.entity!);
      }
      return undefined;
    }
    if (t.kind === 'word' && !CLAUSE_WORDS.has(t.lower)) return this.roleAttribution(tokens, i + 1);
    return undefined;
  }

  /**
   * "The BBC quoted Sybiha as saying" → Sybiha; "Sybiha was quoted by Interfax as saying" → Sybiha.
   * `as` is the index of "as"; undefined when no quoting verb precedes it.
   */
  private quotedAsSaying(tokens: readonly Token[], as: number): Attribution | undefined {
    for (let k = as - 1; k >= 0 && k >= as - 8; k--) {
      if (!QUOTING_VERBS.has(tokens[k]!.lower)) continue;
      const between = tokens.slice(k + 1, as);
      if (between[0]?.lower !== 'by') {
        const quoted = between.find(isSpeaker);
        return quoted ? named(quoted.entity!) : undefined;
      }
      // Passive: the subject before "was quoted".
      let i = k - 1;
      while (i >= 0 && isBetweenSubjectAndVerb(tokens[i]!)) i--;
      const subject = tokens[i];
      return isSpeaker(subject) ? named(subject.entity) : undefined;
    }
    return undefined;
  }

  /**
   * The speaker named after a verb or a source word: "said Lavrov", "sagte er", "said the
   * spokesperson", "ha detto il sindaco di Cesena, Luca Marchetti", "según la portavoz de la
   * Aemet" (a role before an organisation: the role speaks, not the organisation).
   */
  private nameAfter(tokens: readonly Token[], from: number, index: number): Attribution | undefined {
    let organization: EntityMention | undefined;
    let role = -1;
    let unknown = -1;
    let statement = false;
    for (let k = from; k < tokens.length && k < from + 14; k++) {
      const t = tokens[k]!;
      if (isComma(t)) {
        // Past a comma only an apposition: "the mayor of Cesena, Luca Marchetti".
        const next = tokens[k + 1];
        if (k > from && isSpeaker(next) && next.entity.type === 'person') return named(next.entity);
        break;
      }
      if (t.kind === 'quote' || (t.kind === 'punct' && t.lower !== '-' && t.lower !== '’' && t.lower !== "'") || CLAUSE_WORDS.has(t.lower) || isSpeechVerb(t)) break;
      if (isSpeaker(t)) {
        if (t.entity.type === 'person') return named(this.appositionAfter(tokens, k) ?? t.entity);
        if (!organization && role < 0) organization = t.entity;
        continue;
      }
      const pronoun = k === from ? pronounOf(t) : undefined;
      const next = tokens[k + 1];
      if (pronoun && (!next || next.kind === 'punct')) return this.pronounAttribution(pronoun, index, tokens, k);
      statement ||= STATEMENT_WORDS.has(t.lower);
      if (role < 0 && t.kind === 'word' && (isTitleHead(t.lower) || SPOKESPERSON.has(t.lower))) role = k;
      else if (unknown < 0 && role < 0 && !organization && t.capital && !isTitleModifier(t.lower)) unknown = k;
    }
    const byRole = role >= 0 ? this.roleAttribution(tokens, role + 1) : undefined;
    if (byRole?.candidate) return byRole;
    if (organization) return named(organization);
    // "ujar Dimas" where Dimas is no entity: a name the article gave in full, or nobody we know.
    if (unknown >= 0) {
      const mention = this.mentionByRole(tokens[unknown]!.lower, tokens[unknown]!.start);
      return mention?.type === 'person' ? named(mention) : UNNAMED;
    }
    return byRole ?? (statement ? STATEMENT : undefined);
  }

  /**
   * The person a name-like run starting at `k` is in apposition with: in "Kepala Pelaksana BPBD,
   * Rina Hartati" a title word taken for a name is followed by the real name after a comma.
   */
  private appositionAfter(tokens: readonly Token[], k: number): EntityMention | undefined {
    let j = k + 1;
    while (j < tokens.length && j < k + 8 && tokens[j]!.capital) j++;
    const next = tokens[j + 1];
    return j > k + 1 && isComma(tokens[j]) && isSpeaker(next) && next.entity.type === 'person' ? next.entity : undefined;
  }

  /** "In a statement issued by X, it was noted …": the agent of a passive. */
  private passiveAgent(tokens: readonly Token[], v: number): Attribution | undefined {
    for (let k = 0; k < v; k++) {
      if (tokens[k]!.lower !== 'by') continue;
      for (let j = k + 1; j < v && j <= k + 4; j++) if (isSpeaker(tokens[j])) return named(tokens[j]!.entity!);
      const role = this.roleAttribution(tokens.slice(k + 1, Math.min(v, k + 5)), -1);
      if (role) return role;
    }
    if (!/^(?:was|is|were|been|wurde|est|fue|foi)$/.test(tokens[v - 1]?.lower ?? '')) return undefined;
    return tokens.slice(0, v).some((t) => STATEMENT_WORDS.has(t.lower)) ? STATEMENT : UNNAMED;
  }

  /**
   * A role noun phrase ending before `end` (-1: at its first punctuation or its end): "the
   * spokesperson" → the person the article calls so; "the ministry" → the ministry it names.
   */
  private roleAttribution(tokens: readonly Token[], end: number): Attribution | undefined {
    const stop = end < 0 ? tokens.length : end;
    let head = -1;
    for (let k = stop - 1; k >= 0 && k >= stop - 5; k--) {
      const t = tokens[k]!;
      if (t.kind === 'word' && !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower) && !CLAUSE_WORDS.has(t.lower)) {
        head = k;
        break;
      }
      if (t.kind !== 'word') return undefined;
    }
    if (head < 0) return undefined;
    let determiner = head;
    for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
      const t = tokens[k]!;
      if (t.kind === 'punct' || t.kind === 'quote') break;
      if (t.kind === 'word' && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower))) {
        determiner = k;
        break;
      }
    }
    const word = tokens[head]!.lower;
    if (STATEMENT_WORDS.has(word)) return STATEMENT;
    const plural = word.endsWith('s') && !isTitleHead(word) && !SPOKESPERSON.has(word);
    if ((determiner < head && INDEFINITE.has(tokens[determiner]!.lower)) || plural) return UNNAMED;
    const mention = this.mentionByRole(word, tokens[head]!.start);
    if (!mention) return UNNAMED;
    return { candidate: { ...candidateOf(mention), span: { start: tokens[determiner]!.start, end: tokens[head]!.end } }, unnamed: false, explicit: true };
  }

  /** The most recent entity before `before` named by `word` or described by it in the article. */
  private mentionByRole(word: string, before: number): EntityMention | undefined {
    if (word.length < 3) return undefined;
    const spokesperson = SPOKESPERSON.has(word);
    const words = spokesperson ? [...SPOKESPERSON] : [word];
    const pattern = rolePattern(spokesperson ? 'spokesperson' : word, words);
    const role = spokesperson || isTitleHead(word);
    let k = upperBound(this.entities, before) - 1;
    const stop = Math.max(0, k - 300);
    let described: EntityMention | undefined;
    for (; k >= stop; k--) {
      const m = this.entities[k]!;
      if (m.type === 'place') continue;
      if (pattern.test((m.name || m.text).toLowerCase())) return m;
      if (role && !described && m.type === 'person' && pattern.test(this.descriptor(m).all)) described = m;
    }
    return described;
  }

  private descriptor(m: EntityMention): Descriptor {
    let d = this.descriptors.get(m);
    if (d !== undefined) return d;
    const text = this.text;
    let end = m.start;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
    // Back to the clause's start or the previous person, whose title this is not.
    const previous = this.entities[upperBound(this.entities, m.start) - 1];
    const floor = previous && previous.type === 'person' && previous.end <= end ? previous.end : 0;
    let start = end;
    while (start > floor && end - start < 80 && !/[.!?;,\n(]/.test(text[start - 1]!)) start--;
    const appositive = /^\s*[,(]\s*([^,.;\n()]{1,80})/u.exec(text.slice(m.end, m.end + 90))?.[1] ?? '';
    const before = text.slice(start, end).toLowerCase();
    const near = splitOnRuns(before, isNotLetter).filter((word) => word !== '').slice(-2).join(' ');
    d = { all: `${m.role ?? ''} ${before} ${appositive}`.toLowerCase(), near: `${m.role ?? ''} ${near} ${appositive}`.toLowerCase() };
    this.descriptors.set(m, d);
    return d;
  }

  private pronounAttribution(kind: PronounKind, index: number, tokens: readonly Token[], at: number): Attribution {
    // A pronoun may point back to a subject earlier in its own sentence (“Zelenskyy met Merz and, he said, …”).
    const own = this.subjectOfOwnSentence(tokens, at);
    const candidate = this.resolvePronoun(kind, index, own);
    return candidate ? { candidate, unnamed: false, explicit: false } : NONE;
  }

  private subjectOfOwnSentence(tokens: readonly Token[], at: number): Candidate | null {
    for (let k = skipIntroduction(tokens, at); k < at; k++) {
      const t = tokens[k]!;
      if (isSpeaker(t) && !afterPreposition(tokens, k)) return candidateOf(t.entity);
    }
    return null;
  }

  /** The most recent salient person (or organisation, for "it") that the pronoun can stand for. */
  private resolvePronoun(kind: PronounKind, index: number, own: Candidate | null): Candidate | null {
    const fits = (c: Candidate | null): c is Candidate => {
      if (!c || kind === 'group') return false;
      if (kind === 'organization') return c.type === 'organization';
      if (c.type !== 'person') return false;
      const gender = this.genderOf(c.name);
      return kind === 'person' || gender === null || gender === kind;
    };
    if (fits(own)) return { ...own, span: null };
    for (let k = this.sentences.length - 1; k >= 0; k--) {
      const s = this.sentences[k]!;
      if (s.index < index - SALIENCE_WINDOW) break;
      if (fits(s.subject)) return { ...s.subject, span: null };
    }
    // Nobody suitable was a subject: the latest suitable person mentioned in the previous sentences.
    for (let k = this.sentences.length - 1; k >= 0 && k >= this.sentences.length - 2 && this.sentences[k]!.index >= index - 2; k--) {
      const tokens = this.sentences[k]!.tokens;
      for (let j = tokens.length - 1; j >= 0; j--) {
        const t = tokens[j]!;
        if (isSpeaker(t) && fits(candidateOf(t.entity))) return { ...candidateOf(t.entity), span: null };
      }
    }
    return null;
  }

  /** Gender when the article makes it knowable (Mrs, spokeswoman, a feminine surname), else null. */
  private genderOf(name: string): 'male' | 'female' | null {
    let gender = this.genders.get(name);
    if (gender !== undefined) return gender;
    gender = null;
    const parts = name.split(/\s+/);
    if (!this.mentionsByName) {
      this.mentionsByName = new Map();
      for (const m of this.entities) {
        if (m.type !== 'person') continue;
        const same = this.mentionsByName.get(m.name);
        if (same) same.push(m);
        else this.mentionsByName.set(m.name, [m]);
      }
    }
    for (const m of this.mentionsByName.get(name) ?? []) {
      for (const word of splitOnRuns(this.descriptor(m).near, isNotLetter)) {
        if (FEMALE_CUES.has(word)) gender = 'female';
        else if (MALE_CUES.has(word)) gender = 'male';
        if (gender) break;
      }
      // The article's own pronoun: "Zakharova said she …", "Merz told reporters he …".
      const own: RegExpExecArray | null = gender ? null : SAID_PRONOUN.exec(this.text.slice(m.end, m.end + 80));
      if (own) gender = own[1] === 'she' ? 'female' : 'male';
      if (gender) break;
    }
    const surname = parts.length > 1 ? parts[parts.length - 1]!.toLowerCase() : '';
    if (!gender && FEMININE_SURNAME.test(surname)) gender = 'female';
    else if (!gender && MASCULINE_SURNAME.test(surname)) gender = 'male';
    this.genders.set(name, gender);
    return gender;
  }
}

/** "… referred to Putin as “crazy”", "… as a “disaster”": what someone was called. */
function callsAs(before: readonly Token[]): boolean {
  const last = before.length - 1;
  return before[last]?.lower === 'as' || (INDEFINITE.has(before[last]?.lower ?? '') && before[last - 1]?.lower === 'as') ||
    (before[last]?.lower === 'the' && before[last - 1]?.lower === 'as');
}

function isBetweenSubjectAndVerb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (PRONOUNS.has(t.lower) || CLAUSE_WORDS.has(t.lower)) return false;
  return BETWEEN_SUBJECT_AND_VERB.has(t.lower) || /ly$/.test(t.lower) || lookupWeekday(t.lower) !== undefined || lookupMonth(t.lower) !== undefined || hasDigit(t.lower[0]!);
}

/**
 * Index of a speech verb that follows a subject starting at `from` ("Trump said", "the State
 * Department said", "he added", "said Lavrov"), or -1.
 */
function verbAfterSubject(tokens: readonly Token[], from: number): number {
  let appositive = false;
  for (let k = from; k < tokens.length && k < from + 16; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || isStop(tokens, k)) return -1;
    if (isSpeechVerbAt(tokens, k)) return k;
    if (isComma(t)) appositive = !appositive;
    else if (!appositive && t.kind !== 'entity' && !canStandInSubject(t)) return -1;
  }
  return -1;
}

/** Words a subject phrase before its verb is made of: names, titles, determiners, pronouns, adverbs. */
function canStandInSubject(t: Token): boolean {
  if (t.kind !== 'word') return t.lower === '-' || t.lower === '’' || t.lower === "'" || t.lower === '.';
  return t.capital === true || PRONOUNS.has(t.lower) || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || isTitleHead(t.lower) ||
    isTitleModifier(t.lower) || SPOKESPERSON.has(t.lower) || /['’]s$/.test(t.lower) || t.lower === 's' || isBetweenSubjectAndVerb(t) ||
    frenchInversion(t.lower) !== null;
}

/** Where a sentence's main clause starts: after a bullet, a "Label:" and an introductory phrase. */
function skipIntroduction(tokens: readonly Token[], limit: number): number {
  let k = 0;
  while (k < limit && tokens[k]!.kind === 'punct') k++;
  if (tokens[k]?.kind === 'word' && tokens[k + 1]?.lower === ':' && k + 2 < limit) k += 2;
  if (tokens[k]?.kind === 'word' && INTRODUCERS.has(tokens[k]!.lower)) {
    for (let j = k + 1; j < limit && j < k + 25; j++) {
      if (tokens[j]!.kind === 'quote') break;
      if (isComma(tokens[j])) return j + 1;
    }
  }
  return k;
}

/** True when the entity at `k` is the object of a preposition ("with Russian President Vladimir Putin"). */
function afterPreposition(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j]!;
    if (t.kind === 'entity' || (t.kind === 'word' && (t.capital || isTitleHead(t.lower)))) continue;
    return t.kind === 'word' && PREPOSITIONS.has(t.lower) && tokens[j - 1]?.lower !== 'according';
  }
  return false;
}

const rolePatterns = new Map<string, RegExp>();

/** Matches any of `words` as a word or as the end of a compound ("Regierungssprecher", "Bundeskanzler"). */
function rolePattern(key: string, words: readonly string[]): RegExp {
  let pattern = rolePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^\\p{L}])\\p{L}*(?:${words.map(escapeRegExp).join('|')})(?:$|[^\\p{L}])`, 'u');
    if (rolePatterns.size < 1000) rolePatterns.set(key, pattern);
  }
  return pattern;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function upperBound(mentions: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// The stage.

/** The headline and the body paragraphs, in text order: the only text quotations are read from. */
function unitsOf(article: ParsedArticle): Span[] {
  const units: Span[] = [];
  for (const region of article.regions) {
    if (region.kind !== 'headline') continue;
    units.push(...linesOf(article.text, region));
  }
  const paragraphs = article.paragraphs.length
    ? article.paragraphs
    : article.regions.filter((r) => r.kind === 'body').flatMap((r) => linesOf(article.text, r));
  units.push(...paragraphs);
  units.sort((a, b) => a.start - b.start);
  return units.filter((u, k) => k === 0 || u.start >= units[k - 1]!.end);
}

function linesOf(text: string, span: Span): Span[] {
  const lines: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n') {
      let end = i;
      while (end > start && SPACE.test(text[end - 1]!)) end--;
      if (end > start) lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * Which units need reading: those with a quotation and the few before each, whose sentences may
 * name whom a pronoun or a follow-up quotation points back to.
 */
function unitsNeeded(units: readonly Span[], quotes: readonly Span[]): boolean[] {
  const needed = new Array<boolean>(units.length).fill(false);
  let q = 0;
  units.forEach((unit, u) => {
    while (q < quotes.length && quotes[q]!.end <= unit.start) q++;
    if (q < quotes.length && quotes[q]!.start < unit.end) {
      for (let k = Math.max(0, u - CONTEXT_UNITS); k <= u; k++) needed[k] = true;
    }
  });
  return needed;
}

/** Inner span of a quotation: the text between its marks, without the blanks French puts inside. */
function innerSpan(text: string, q: RawQuote): Span {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * How many words `text` has (matches of /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\/gu): runs of letters
 * and digits, one hyphen or apostrophe joining two runs into one word.
 */
function countWords(text: string): number {
  let words = 0;
  let joined = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (!isLetterOrNumber(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    if (!joined) words++;
    i = scanWhile(text, i, isLetterOrNumber);
    const joiner = text.charCodeAt(i);
    joined = (joiner === 0x2d || joiner === 0x27 || joiner === 0x2019) && isLetterOrNumber(text.codePointAt(i + 1)!);
    if (joined) i++;
  }
  return words;
}

/**
 * Finds the quotations in an article's headline and body (never its boilerplate) and attributes
 * each to its speaker, named as the fullest in-article name of the speaker's entity mention
 * (`EntityMention.name`). `speakerSpan` is where the attribution names the speaker (null when a
 * pronoun or an earlier quotation gives it); `partial` marks a fragment inside the reporter's own
 * sentence and `scare` a fragment of one or two words. Multilingual; linear in the text's length.
 */
export function extractQuotes(article: ParsedArticle, entities: EntityMention[]): Quote[] {
  const text = article.text;
  const units = unitsOf(article);
  const raw = findQuotations(text, units).filter((q) => innerSpan(text, q).end > innerSpan(text, q).start);
  const spans: Span[] = raw.map((q) => ({ start: q.open, end: q.close + 1 }));
  const mentions = entities
    .filter((m) => m.end > m.start && (m.type === 'person' || m.type === 'organization' || m.type === 'place'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const resolver = new SpeakerResolver(text, mentions, article.language === 'de');
  const attributions: (Attribution | undefined)[] = [];
  const openings: Opening[] = [];
  const partial: boolean[] = [];
  const sentenceOf: number[] = [];
  const needed = unitsNeeded(units, spans);
  let index = 0;
  let lead: Sentence | null = null;
  let q = 0;
  let e = 0;
  units.forEach((unit, u) => {
    if (!needed[u]) {
      // Too far before any quotation to be what a pronoun points back to.
      index += SALIENCE_WINDOW + 1;
      lead = null;
      return;
    }
    while (q < spans.length && spans[q]!.end <= unit.start) q++;
    while (e < mentions.length && mentions[e]!.start < unit.start) e++;
    const tokens = tokenize(text, unit.start, unit.end, spans, q, mentions, e);
    for (const sentenceTokens of splitSentences(text, tokens, spans)) {
      const sentence: Sentence = { tokens: sentenceTokens, index: index++, unit: u, subject: null };
      sentenceTokens.forEach((t, k) => {
        if (t.kind !== 'quote') return;
        const quote = t.quote;
        if (t.start === spans[quote]!.start) {
          openings[quote] = { sentence, at: k, lead };
          partial[quote] = isPartial(text, sentenceTokens, k, innerSpan(text, raw[quote]!));
        }
        // The attribution is read where the quotation closes: “…,” he said.
        if (t.end !== spans[quote]!.end || !openings[quote]) return;
        attributions[quote] = resolver.attribute(openings[quote]!, sentence, k);
        sentenceOf[quote] = sentence.index;
        sentence.subject ??= attributions[quote]!.candidate;
      });
      sentence.subject ??= resolver.subjectOf(sentenceTokens, sentenceTokens.length, sentence.index);
      resolver.remember(sentence);
      lead = sentence;
    }
  });

  // "according to a statement, “…” / “…,” the ministry said": an unnamed source takes the name
  // the next sentence gives.
  attributions.forEach((a, k) => {
    const next = attributions[k + 1];
    if (a?.statement && next?.explicit && next.candidate?.type === 'organization' && sentenceOf[k + 1]! - sentenceOf[k]! <= 1) {
      attributions[k] = { candidate: { ...next.candidate, span: null }, unnamed: false, explicit: false };
    }
  });

  return raw.map((r, k) => {
    const inner = innerSpan(text, r);
    const quoteText = text.slice(inner.start, inner.end);
    const candidate = attributions[k]?.candidate ?? null;
    const isPartialQuote = partial[k] ?? false;
    return {
      start: inner.start,
      end: inner.end,
      text: quoteText,
      mark: r.mark,
      speaker: candidate?.name ?? null,
      speakerSpan: candidate?.span ?? null,
      partial: isPartialQuote,
      scare: isPartialQuote && countWords(quoteText) <= 2,
    };
  });
}

/** A fragment woven into the reporter's sentence: a word leads into it ("was “at Russia’s request”"). */
function isPartial(text: string, tokens: readonly Token[], k: number, inner: Span): boolean {
  const before = tokens[k - 1];
  if (!before || before.kind === 'punct') return false;
  // Lavrov said “We hope …” is a full quotation introduced without a comma.
  return !(isSpeechVerb(before) && startsUpper(text[inner.start] ?? ''));
}
