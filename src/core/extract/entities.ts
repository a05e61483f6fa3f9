import type { EntityMention, EntityType, ParsedArticle, RegionKind, Span } from '../model';
import { isCapsNonName, isFunctionWord, NAME_PARTICLES } from '../lexicon/commonWords';
import { lookupMonth, lookupWeekday, type MonthWord, type WeekdayWord } from '../lexicon/calendar';
import { isGivenName } from '../lexicon/givenNames';
import { isKnownAcronym, isOrganizationHead, lookupOrganization, startsMultiwordOrganization } from '../lexicon/organizations';
import { isDemonym, lookupPlace, PLACE_HEADS, PLACE_NOUNS, PLACE_PREFIXES, PLACE_WORD_ENDINGS, startsMultiwordPlace } from '../lexicon/places';
import { isHonorific, isTitleHead, isTitleModifier, multiwordTitleLength, SPEECH_VERBS, startsMultiwordTitle } from '../lexicon/titles';
import { CharClass, isCharClass, scanWhile, startsWithClass } from '../text/charClass';
import { foldText, nameKey, sameGivenName, slavicStem } from '../text/fold';

/*
 * Rules, not a model: capitalised phrases are found line by line, titles and roles are peeled off
 * them, and what is left is typed by gazetteers (places, organisations, given names), head words
 * ("Ministry", "Palace") and context ("said", "according to"). A second pass resolves bare
 * surnames to the full names the same article gives, and types single words that only the article
 * itself can explain. Headings in Title Case and German (which capitalises every noun) get a
 * stricter treatment: only what is known or already introduced counts there.
 */

/** A word of a line, with what the characters around it say about it. */
interface Word {
  start: number;
  /** End of the name part: a possessive ’s is not included. */
  end: number;
  /** End including a possessive, so that gaps between words are measured correctly. */
  rawEnd: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter upper-case, two letters or more ("NATO", "U.S."). */
  caps: boolean;
  possessive: boolean;
  /** First word of a sentence, a line, a quotation or a heading. */
  sentenceStart: boolean;
  /** What lies between the previous word and this one. */
  gap: string;
  /** The lexicons' facts about `text`, once asked. */
  facts: Facts | undefined;
}

type Label = 'stop' | 'demonym' | 'place' | 'org' | 'title' | 'name' | 'of';

interface Unit {
  from: number;
  to: number; // exclusive word index
  label: Label;
  /** Canonical name from a gazetteer. */
  canonical?: string;
  /** An organisation head word on its own ("Union"): kept only if a complement follows. */
  lone?: boolean;
}

/** A phrase found in pass one, typed or waiting for the article's other names to decide. */
interface Candidate {
  line: Line;
  from: number;
  to: number;
  type: EntityType | null;
  name: string | undefined;
  /** One hyphenated word ("Emilia-Romagna"): typed like a single word. */
  compound: boolean;
  /** The text, once resolve has read it. */
  text: string | undefined;
}

interface Line {
  words: Word[];
  text: string;
  /** Offset of `text` in the article. */
  offset: number;
  /**
   * `heading`/`caps`: capitalisation says nothing; `byline`: names are the authors; `dateline`: a
   * credit line with a time ("Al Jazeera 2 days ago", "Madrid - 02 jul 2025 - 12:47"), where only
   * places count.
   */
  mode: 'normal' | 'heading' | 'caps' | 'byline' | 'dateline';
  /** The article's language (ISO 639-1). */
  language: string;
  /** The kind of region the line is in. */
  region: RegionKind;
}

/** Scanned regions: never boilerplate. */
const SCANNED = new Set(['headline', 'meta', 'byline', 'body']);

const POSSESSIVE = /['’]s$/;
const SENTENCE_BREAK = /[.!?:;•·“"«„(\[]|^\s*[-–—*]\s*$/;
/** Initials written with periods: "J.D." Vance, "W." Bush. */
/** Abbreviations written with a period before a name. */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cpl', 'Adm', 'Maj', 'Rev', 'St', 'Mt', 'Ft', 'Pres', 'Sr', 'Sra', 'Dott', 'Sig', 'Hr', 'Fr']);
/** "2 days ago", "28 May 2025, 19:20": a credit line (author or outlet with a time), not content. */
const DATELINE = /\b\d{1,2}[:.]\d{2}\b|\d\s*(?:min(?:ute)?s?|hours?|days?|weeks?)\s+ago\b|\bago\b/i;

/**
 * Finds the people, organisations and places of an article's headline, metadata and body.
 * Mentions come in text order; each carries the fullest name the article gives ("Lavrov" →
 * "Sergey Lavrov") and, where the text gives one, the role ("Russian Foreign Minister").
 */
export function extractEntities(article: ParsedArticle): EntityMention[] {
  const strictNouns = article.language === 'de';
  const lines: Line[] = [];
  const byline = article.byline;
  for (const region of article.regions) {
    if (!SCANNED.has(region.kind)) continue;
    let lineStart = region.start;
    for (const lineText of article.text.slice(region.start, region.end).split('\n')) {
      const lineEnd = lineStart + lineText.length;
      if (byline && byline.start >= lineStart && byline.end <= lineEnd && region.kind !== 'byline') {
        // A byline glued into a meta line ("Tetyana OliynykWednesday, 28 May 2025"): the parser's span decides.
        lines.push(tokenizeLine(article.text.slice(byline.start, byline.end), byline.start, article.language, 'byline', region.kind));
        const rest = article.text.slice(byline.end, lineEnd);
        lines.push(tokenizeLine(rest, byline.end, article.language, DATELINE.test(rest) ? 'dateline' : undefined, region.kind));
      } else {
        const mode = region.kind === 'byline' ? 'byline' : region.kind === 'meta' && DATELINE.test(lineText) ? 'dateline' : undefined;
        lines.push(tokenizeLine(lineText, lineStart, article.language, mode, region.kind));
      }
      lineStart = lineEnd + 1;
    }
  }
  const candidates = lines.flatMap((line) => findCandidates(line, strictNouns));
  return resolve(candidates, strictNouns).sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// What the lexicons say about a word or phrase, memoised: articles repeat their words, and
// folding is the costliest step of a lookup.

interface Facts {
  functionWord: boolean;
  demonym: boolean;
  givenName: boolean;
  titleHead: boolean;
  titleModifier: boolean;
  /** Can begin a multi-word title ("Secretary" of State). */
  titleStart: boolean;
  organizationHead: boolean;
  placeHead: boolean;
  placePrefix: boolean;
  place: string | undefined;
  organization: string | undefined;
  /** Can begin a gazetteer name of several words ("United" States, "Al" Jazeera). */
  startsName: boolean;
  /** Month or weekday this word names in some language, if any. */
  calendar: MonthWord | WeekdayWord | undefined;
  key: string;
}

const factsCache = new Map<string, Facts>();
const FACTS_CACHE_LIMIT = 50_000;

function facts(text: string): Facts {
  let found = factsCache.get(text);
  if (found === undefined) {
    if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
    const folded = foldText(text);
    found = {
      functionWord: isFunctionWord(text),
      demonym: isDemonym(text),
      givenName: isGivenName(text),
      titleHead: isTitleHead(text),
      titleModifier: isTitleModifier(text),
      titleStart: startsMultiwordTitle(text),
      organizationHead: isOrganizationHead(text),
      placeHead: PLACE_HEADS.has(folded),
      placePrefix: PLACE_PREFIXES.has(folded),
      place: lookupPlace(text)?.canonical,
      organization: lookupOrganization(text),
      startsName: startsMultiwordPlace(text) || startsMultiwordOrganization(text),
      calendar: lookupMonth(text) ?? lookupWeekday(text),
      // Surnames compare by key, Cyrillic ones without their case ending ("Зеленського" is Зеленський).
      key: /[\u0400-\u04ff]/.test(text) ? `~${slavicStem(text)}` : nameKey(text),
    };
    factsCache.set(text, found);
  }
  return found;
}

function wordFacts(word: Word): Facts {
  return (word.facts ??= facts(word.text));
}

// ---------------------------------------------------------------------------------------------
// Pass one: words, capitalised phrases, labels.

function tokenizeLine(text: string, offset: number, language: string, mode: Line['mode'] | undefined, region: RegionKind): Line {
  const words: Word[] = [];
  let previousEnd = 0;
  for (let at = nextWord(text, 0); at >= 0; at = nextWord(text, scannedEnd)) {
    let raw = text.slice(at, scannedEnd);
    let start = at;
    const apostrophe = scannedApostrophe;
    const elided = apostrophe ? elision(raw) : null;
    if (elided) {
      start += elided[1].length + 1;
      raw = elided[2];
    }
    let gap = start === previousEnd ? '' : start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, start);
    // "Mr. Biden", "St. Petersburg", "George W. Bush": the period of an abbreviation or initial ends no sentence.
    const before = words[words.length - 1];
    if (gap === '. ' && before && (ABBREVIATIONS.has(before.text) || isInitials(before.text, false)) && isUpper(text.slice(start, start + 1))) gap = ' ';
    const rawEnd = start + raw.length;
    const cap = isUpper(raw);
    let end = rawEnd;
    let possessive = false;
    if (cap && apostrophe && POSSESSIVE.test(raw) && raw.length > 3) {
      end -= 2;
      possessive = true;
    } else if (cap && raw.endsWith('s') && isApostrophe(text.charCodeAt(rawEnd)) && !isCharClass(text.slice(rawEnd, rawEnd + 2).codePointAt(1)!, CharClass.Letter)) {
      possessive = true; // "Reuters’ report"
    }
    const wordText = end === rawEnd ? raw : raw.slice(0, end - start);
    words.push({
      start: offset + start,
      end: offset + end,
      rawEnd: offset + rawEnd,
      text: wordText,
      cap,
      caps: cap && wordText.length >= 2 && scanWhile(wordText, 0, (c) => !isLower(c)) === wordText.length,
      possessive,
      sentenceStart: words.length === 0 || (gap !== ' ' && SENTENCE_BREAK.test(gap)),
      gap,
      facts: undefined,
    });
    previousEnd = rawEnd;
  }
  // A line that ends like a sentence is prose, however many names it holds.
  const prose = words.length >= 5 && /\.["”’)]?\s*$/.test(text);
  return { words, text, offset, mode: mode ?? (prose ? 'normal' : lineMode(words)), language, region };
}

// Character classes for the hand-written word scanner (faster than a Unicode regex per word).
const OTHER = 0;
const LOWER = 1;
const UPPER_LETTER = 2;
const LETTER = 3;
const DIGIT = 4;
const classCache = new Uint8Array(0x10000).fill(255);

function charClass(code: number): number {
  let c = classCache[code];
  if (c === 255) {
    c = isCharClass(code, CharClass.Upper) ? UPPER_LETTER : isCharClass(code, CharClass.Lower) ? LOWER : isCharClass(code, CharClass.Letter | CharClass.Mark) ? LETTER : isCharClass(code, CharClass.Digit) ? DIGIT : OTHER;
    classCache[code] = c;
  }
  return c;
}

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const c = charClass(code);
  return c === LOWER || c === UPPER_LETTER || c === LETTER;
}

/** End of the word `nextWord` found last: a number, not a new object, per word of every article. */
let scannedEnd = 0;
/** Whether that word has an inner apostrophe (' or ’), so callers need not search it again. */
let scannedApostrophe = false;

/**
 * The start of the next word at or after `from` (its end in `scannedEnd`), or -1: an abbreviation ("U.S."), capitals with digits ("G7",
 * "MH17"), or letters with inner apostrophes ("O’Brien", "Russia’s", "В'ячеслав").
 */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && !isLetter(text.charCodeAt(i))) i++;
  if (i >= n) return -1;
  scannedApostrophe = false;
  if (charClass(text.charCodeAt(i)) === UPPER_LETTER && text.charCodeAt(i + 1) === 46 && charClass(text.charCodeAt(i + 2)) === UPPER_LETTER && text.charCodeAt(i + 3) === 46) {
    let j = i;
    while (j < n && charClass(text.charCodeAt(j)) === UPPER_LETTER && text.charCodeAt(j + 1) === 46) j += 2;
    scannedEnd = j;
    return i;
  }
  let j = i + 1;
  for (;;) {
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    const next = text.charCodeAt(j);
    if ((next === 39 || next === 0x2019) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
      j += 2;
      scannedApostrophe = true;
    } else break;
  }
  // "G7", "MH17": up to three capitals, up to four digits, nothing after.
  if (j - i <= 3 && charClass(text.charCodeAt(j)) === DIGIT) {
    let allCaps = true;
    for (let k = i; k < j; k++) if (charClass(text.charCodeAt(k)) !== UPPER_LETTER) allCaps = false;
    let k = j;
    while (k < n && k - j < 4 && charClass(text.charCodeAt(k)) === DIGIT) k++;
    const after = k < n ? charClass(text.charCodeAt(k)) : OTHER;
    if (allCaps && after === OTHER) {
      scannedEnd = k;
      return i;
    }
  }
  scannedEnd = j;
  return i;
}

/** Starts with an upper-case letter; ASCII first, as most words are. */
function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return startsWithClass(word, CharClass.Upper);
}

// Letters are told apart with code-point tests rather than \p{…} regexes, which cost more to
// compile than a first article takes to read.
const isLower = (code: number) => isCharClass(code, CharClass.Lower);
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const width = (code: number) => (code > 0xffff ? 2 : 1);

/**
 * "d'Alembert", "l’Ukraine": an elided article glued to a name
 * (/^(\p{Ll}{1,5})['’](\p{Lu}[\p{L}\p{M}'’]*)$/u), as [word, article, name], or null.
 */
function elision(word: string): [string, string, string] | null {
  const articleEnd = scanWhile(word, 0, isLower);
  if (articleEnd === 0 || !isApostrophe(word.charCodeAt(articleEnd))) return null;
  let letters = 0;
  for (let i = 0; i < articleEnd; i += width(word.codePointAt(i)!)) letters++;
  const name = articleEnd + 1;
  if (letters > 5 || !startsWithClass(word.slice(name), CharClass.Upper)) return null;
  if (scanWhile(word, name, (c) => isApostrophe(c) || isCharClass(c, CharClass.Letter | CharClass.Mark)) !== word.length) return null;
  return [word, word.slice(0, articleEnd), word.slice(name)];
}

/** "J.", "J.R.R." and, when `single` allows, "J" (/^(?:\p{Lu}\.)+$|^\p{Lu}$/u). */
function isInitials(word: string, dotted = true): boolean {
  if (startsWithClass(word, CharClass.Upper) && width(word.codePointAt(0)!) === word.length) return true;
  if (!dotted || word === '') return false;
  for (let i = 0; i < word.length;) {
    const code = word.codePointAt(i)!;
    if (!isCharClass(code, CharClass.Upper) || word.charCodeAt(i + width(code)) !== 0x2e) return false;
    i += width(code) + 1;
  }
  return true;
}

/** Headings in Title Case and lines in capitals carry no capitalisation signal. */
function lineMode(words: readonly Word[]): Line['mode'] {
  let letters = 0;
  let caps = 0;
  let content = 0;
  let lower = 0;
  for (const w of words) {
    if (w.caps && /\d/.test(w.text)) continue;
    letters++;
    if (w.caps || w.text.length < 2) caps++;
    if (w.text.length <= 3) continue;
    if (w.cap) content++;
    else if (!wordFacts(w).functionWord) {
      content++;
      // Title Case leaves almost no content word in lower case; a sentence has several.
      if (++lower > 1) return 'normal';
    }
  }
  if (letters >= 3 && caps === letters) return 'caps';
  return content >= 3 && (content - lower) / content >= 0.75 ? 'heading' : 'normal';
}

/** Joined by one space (or a hyphen inside a compound), nothing else: the words can form one name. */
function joined(previous: Word, word: Word): boolean {
  return (word.gap === ' ' || word.gap === '\u00a0' || (word.gap === '' && previous.rawEnd === word.start)) && !previous.possessive;
}

function isHyphenJoined(words: readonly Word[], i: number): boolean {
  return i > 0 && /^[-‐‑]$/.test(words[i].gap) && !words[i - 1].possessive;
}

/** Words of a line grouped into capitalised phrases: [from, to) word ranges. */
function capitalisedPhrases(words: readonly Word[], language: string): Array<[number, number]> {
  const phrases: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i].cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const word = words[j];
      if (word.cap && (joined(words[j - 1], word) || possessiveInName(words[j - 1], word) || (isHyphenJoined(words, j) && !splitsAtHyphen(words[j - 1], word)))) {
        j++;
        continue;
      }
      // "Ministry of Foreign Affairs", "Ursula von der Leyen", "Rostov-on-Don": connectors inside a name.
      const bridge = bridgeLength(words, j, language);
      if (bridge > 0) {
        j += bridge;
        continue;
      }
      break;
    }
    phrases.push([i, j]);
    i = j;
  }
  return phrases;
}

/** "St Peter's Square", "People's Liberation Army": a possessive inside a name, before its head word. */
function possessiveInName(previous: Word, word: Word): boolean {
  if (!previous.possessive || word.gap !== ' ' || previous.rawEnd !== previous.end + 2) return false;
  const owner = wordFacts(previous);
  return (wordFacts(word).placeHead || wordFacts(word).organizationHead) && owner.place === undefined && owner.organization === undefined && !owner.demonym;
}

/** "Ukraine-Russia", "Russian-Ukrainian": two names joined by a hyphen, not one compound name. */
function splitsAtHyphen(left: Word, right: Word): boolean {
  const known = (w: Word) => wordFacts(w).place !== undefined || wordFacts(w).demonym;
  return known(left) && known(right);
}

/** How many lower-case connector words at `j` lead to a capitalised word that continues the name. */
function bridgeLength(words: readonly Word[], j: number, language: string): number {
  const previous = words[j - 1];
  if (previous.possessive) return 0;
  const first = words[j];
  if (!first || first.cap || !joined(previous, first) && !isHyphenJoined(words, j)) return 0;
  const lower = first.text.toLowerCase();
  if (lower === 'of' || (lower === 'on' && wordFacts(previous).organizationHead)) {
    if (!(wordFacts(previous).organizationHead || wordFacts(previous).placeHead || wordFacts(previous).placePrefix || wordFacts(previous).titleHead || wordFacts(previous).startsName || /^(?:states|republic|kingdom|emirates|bay|gulf|sea|strait|isle|cape|times)$/i.test(previous.text))) return 0;
    const afterOf = words[j + 1];
    if (afterOf && afterOf.text === 'the' && joined(first, afterOf) && words[j + 2]?.cap && joined(afterOf, words[j + 2])) return 2;
    // "Federal Aviation Administration on Wednesday": a date after "on" is not part of the name.
    return afterOf?.cap && joined(first, afterOf) && wordFacts(afterOf).calendar === undefined && !wordFacts(afterOf).functionWord ? 1 : 0;
  }
  let k = j;
  while (k < words.length && !words[k].cap && isParticle(words[k].text, k > j ? words[k - 1] : previous, language) && k - j < 2) k++;
  if (k === j) {
    // Rostov-on-Don, Stratford-upon-Avon
    if (isHyphenJoined(words, j) && /^(?:on|upon|am|an|sur|en|de|la|le)$/.test(lower) && words[j + 1]?.cap && isHyphenJoined(words, j + 1)) return 1;
    return 0;
  }
  const next = words[k];
  return next?.cap && (joined(words[k - 1], next) || isHyphenJoined(words, k)) && !previous.caps ? k - j : 0;
}

const ARTICLE_PARTICLES = new Set(['la', 'le', 'el', 'der', 'den']);

/** Connectors after an organisation or place head in many languages: "Ministério do Meio Ambiente", "Consiglio dei Ministri". */
const HEAD_CONNECTORS = new Set(['of', 'on', 'for', 'de', 'do', 'da', 'dos', 'das', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'des', 'du', 'für', 'van', 'von', 'dla']);

/**
 * A lower-case particle that may sit inside a name: "von der", "bin", "da". Indonesian "di" is a
 * preposition, not a particle; after a head word, the head connectors count too.
 */
function isParticle(word: string, previous: Word, language: string): boolean {
  const lower = word.toLowerCase();
  if (language === 'id' && (lower === 'di' || lower === 'dan')) return false;
  // Articles are particles only after one ("de la"): "a Mosca la Protezione civile" is two names.
  if (ARTICLE_PARTICLES.has(lower)) return /^(?:de|del|van|von)$/i.test(previous.text);
  if (wordFacts(previous).place !== undefined) return false;
  if (NAME_PARTICLES.has(lower)) return true;
  return HEAD_CONNECTORS.has(lower) && (wordFacts(previous).organizationHead || wordFacts(previous).placeHead || wordFacts(previous).placePrefix);
}

function findCandidates(line: Line, strictNouns: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  let consumed = 0;
  for (const [phraseFrom, to] of capitalisedPhrases(line.words, line.language)) {
    const from = Math.max(phraseFrom, consumed);
    if (from >= to) continue;
    // "Media Contact:", "Details:": a label opening the line names nothing unless a gazetteer knows it.
    const label = from === 0 && /^\s*:/.test(after(line, line.words[to - 1].rawEnd, 8));
    for (const unit of labelPhrase(line, from, to)) {
      if (label && unit.label === 'org' && unit.canonical === undefined) continue;
      const end = unit.label === 'org' && unit.to === to && line.mode === 'normal' ? complementEnd(line, unit.to) : unit.to;
      if (end > unit.to) {
        candidates.push(candidate(line, unit.from, end, 'organization'));
        consumed = end;
      } else {
        candidates.push(...candidatesFor(line, unit, strictNouns));
      }
    }
  }
  return candidates;
}

/** Every candidate is made here with every field, so that they share one shape (property access stays fast). */
function candidate(line: Line, from: number, to: number, type: EntityType | null, name?: string, compound = false): Candidate {
  return { line, from, to, type, name, compound, text: undefined };
}

/** Labels the words of one capitalised phrase: gazetteer names, titles, organisations, names. */
function labelPhrase(line: Line, from: number, to: number): Unit[] {
  const { words, mode } = line;
  const units: Unit[] = [];
  let i = from;
  while (i < to) {
    const unit = knownNameAt(words, i, to, mode) ?? titleAt(words, i, to) ?? singleLabel(line, i);
    units.push(unit);
    i = unit.to;
  }
  return mergeHeads(words, units);
}

/** The longest place, organisation or multi-word title starting at `i`. */
function knownNameAt(words: readonly Word[], i: number, to: number, mode: Line['mode']): Unit | undefined {
  for (let length = wordFacts(words[i]).startsName ? Math.min(4, to - i) : 1; length >= 1; length--) {
    const last = words[i + length - 1];
    if (length > 1 && words.slice(i, i + length - 1).some((w) => w.possessive)) continue;
    // Phrases are joined only when longer than a word: a single word's facts are on the word.
    const text = length > 1 ? words.slice(i, i + length).map((w) => w.text).join(' ') : '';
    const hyphenText = length > 1 ? words.slice(i, i + length).map((w) => w.text).join('-') : '';
    const caps = mode === 'caps';
    if (caps && length === 1 && words[i].text.length < 4) {
      if (!isKnownAcronym(words[i].text) || wordFacts(words[i]).functionWord) continue;
    }
    const textFacts = length === 1 ? wordFacts(words[i]) : facts(text);
    // Portuguese "Para o governo…": a function word opening a sentence is no place, whatever it folds to.
    if (length === 1 && words[i].sentenceStart && !words[i].caps && textFacts.functionWord) continue;
    const place = textFacts.place ?? (length > 1 ? facts(hyphenText).place : undefined) ?? (length === 1 ? genitivePlace(last.text) : undefined);
    // "Sofia Conti", "Georgia Meloni": a given name before another name is no city or country.
    const givenBeforeName = length === 1 && textFacts.givenName && i + 1 < to && words[i + 1].cap && !words[i].possessive && wordFacts(words[i + 1]).place === undefined;
    if (place && (last.cap || caps) && !givenBeforeName) return { from: i, to: i + length, label: 'place', canonical: place };
    const organization = textFacts.organization ?? (length > 1 ? facts(hyphenText).organization : undefined);
    if (organization && !(caps && !isKnownAcronym(organization) && length === 1 && organization.length < 4)) {
      return { from: i, to: i + length, label: 'org', canonical: organization };
    }
  }
  return undefined;
}

/** "Russlands" (German genitive) → Russia. */
function genitivePlace(word: string): string | undefined {
  return word.length > 4 && word.endsWith('s') ? facts(word.slice(0, -1)).place : undefined;
}

/** A title at `i`: modifiers then a head ("Deputy Foreign Minister"), or a multi-word title. */
function titleAt(words: readonly Word[], i: number, to: number): Unit | undefined {
  let j = i;
  let end = -1;
  while (j < to) {
    const multi = wordFacts(words[j]).titleStart ? multiwordTitleLength(words.slice(j, Math.min(to, j + 6)).map((w) => w.text), 0) : 0;
    if (multi > 0) {
      j += multi;
      end = j;
      continue;
    }
    if (wordFacts(words[j]).titleHead && !(words[j].caps && words[j].text.length > 3)) {
      j++;
      end = j;
      if (words[j - 1].possessive) break;
      continue;
    }
    if (wordFacts(words[j]).titleModifier && !words[j].possessive) {
      j++;
      continue;
    }
    break;
  }
  return end > i ? { from: i, to: end, label: 'title' } : undefined;
}

function singleLabel(line: Line, i: number): Unit {
  const { words, mode } = line;
  const word = words[i];
  const unit = (label: Label): Unit => ({ from: i, to: i + 1, label });
  if (wordFacts(word).demonym) return unit('demonym');
  if (word.caps && isCapsNonName(word.text)) return unit('stop');
  if (!word.cap) return unit(word.text === 'of' ? 'of' : 'name'); // "of" and particles bridged into the phrase
  // A capitalised function word is one by position; inside an English name it is a name ("Kim Jong Un").
  const inside = i > 0 && words[i - 1].cap && joined(words[i - 1], word) && line.language === 'en' && !isFunctionWordPhraseStart(words, i);
  if (!word.caps && wordFacts(word).functionWord && !inside) return unit(wordFacts(word).givenName && words[i + 1]?.cap && joined(word, words[i + 1]) && !word.sentenceStart ? 'name' : 'stop');
  if (!word.caps && isCalendarWord(word.text, line.language)) return unit('stop');
  if (mode === 'caps' && !isKnownAcronym(word.text)) return unit('stop');
  return unit('name');
}

/** True when every capitalised word before `i` in its run is itself a function word ("In The", "But In"). */
function isFunctionWordPhraseStart(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && words[k].cap && (k === i - 1 || joined(words[k], words[k + 1])); k--) {
    if (!wordFacts(words[k]).functionWord) return false;
    if (k === 0 || !joined(words[k - 1], words[k])) break;
  }
  return true;
}

/** A month or weekday name of English or the article's language ("May", "Monday"): "Marco" is no month in English. */
function isCalendarWord(word: string, language: string): boolean {
  const found = facts(word).calendar;
  return found !== undefined && !found.abbreviation && (found.languages.includes('en') || found.languages.includes(language));
}

/**
 * Organisation and place head words absorb the names before them ("State Department", "Ciragan
 * Palace") and an "of …" complement after them ("Ministry of Foreign Affairs").
 */
function mergeHeads(words: readonly Word[], units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    const word = words[unit.from];
    const single = unit.to - unit.from === 1 && word.cap && !word.caps && (unit.label === 'name' || unit.label === 'title');
    if (single && wordFacts(word).organizationHead) {
      let start = out.length;
      while (start > 0 && ['name', 'demonym', 'place', 'org'].includes(out[start - 1].label) && !ownerEnds(words, out[start - 1].to - 1)) start--;
      let end = u + 1;
      while (end < units.length && /^(?:name|place|org|of)$/.test(units[end].label) && !words[units[end - 1].to - 1].possessive) {
        if (units[end].label === 'of' && !/^(?:name|place|org)$/.test(units[end + 1]?.label ?? '')) break;
        // "Lokführergewerkschaft GDL": an acronym after the head is the organisation's own name.
        if (units[end].label === 'name' && words[units[end].from].caps) break;
        // "presidente del Consiglio Giorgia Meloni": a person follows the organisation.
        if (units[end].label === 'name' && wordFacts(words[units[end].from]).givenName && units[end + 1]?.label === 'name') break;
        end++;
      }
      const from = start < out.length ? out[start].from : unit.from;
      const to = units[end - 1].to;
      out.splice(start);
      // A lone head ("Parliament", "Union") names nothing unless a complement follows ("Union européenne").
      if (from === unit.from && to === unit.to) out.push({ ...unit, label: 'org', lone: true });
      // The last head decides: "Newark Liberty International Airport" is a place.
      else out.push({ from, to, label: lastHeadIsPlace(words, from, to) ? 'place' : 'org' });
      u = end - 1;
      continue;
    }
    // "Rebecca Hall", "Grace Park": a given name before a place head is a person.
    const givenOnly = out.length > 0 && out[out.length - 1].label === 'name' && out[out.length - 1].to - out[out.length - 1].from === 1 && wordFacts(words[out[out.length - 1].from]).givenName;
    if (single && wordFacts(word).placeHead && !givenOnly) {
      let start = out.length;
      while (start > 0 && (out[start - 1].label === 'name' || out[start - 1].label === 'place') && out.length - start < 3 && !ownerEnds(words, out[start - 1].to - 1)) start--;
      if (start < out.length) {
        const from = out[start].from;
        out.splice(start);
        out.push({ from, to: unit.to, label: 'place' });
        continue;
      }
    }
    if (unit.label === 'name' && wordFacts(word).placePrefix && units[u + 1]?.label === 'name' && !word.possessive) {
      out.push({ from: unit.from, to: units[u + 1].to, label: 'place' });
      u++;
      continue;
    }
    // Consecutive name words make one name ("Donald Trump", "Ursula von der Leyen"); an acronym
    // stands apart ("GDL Chef Thomas Keller").
    const previous = out[out.length - 1];
    const last = previous && words[previous.to - 1];
    if (unit.label === 'name' && previous?.label === 'name' && !last!.possessive && (last!.caps === word.caps || isInitials(last!.text))) {
      previous.to = unit.to;
      continue;
    }
    out.push(unit);
  }
  return out;
}

/** Word `k` is a possessive that ends one name before another ("Russia’s Foreign Ministry"), not one inside a name ("St Peter's Square"). */
function ownerEnds(words: readonly Word[], k: number): boolean {
  return words[k].possessive && !(k + 1 < words.length && possessiveInName(words[k], words[k + 1]));
}

function lastHeadIsPlace(words: readonly Word[], from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (wordFacts(words[i]).placeHead) return true;
    if (wordFacts(words[i]).organizationHead) return false;
  }
  return false;
}

const ROMANCE = new Set(['fr', 'it', 'es', 'pt', 'ca', 'ro']);
const SLAVIC = new Set(['uk', 'ru', 'be', 'bg']);
/** Adjective endings of French, Italian, Spanish and Portuguese: "européenne", "civile", "nacional". */
const ROMANCE_ADJECTIVE = /(?:é|ée|éen|éenne|éens|ien|ienne|ais|aise|al|ale|ales|aux|ali|ile|ili|ico|ica|ici|iche|ivo|iva|ive|ivi|ano|ana|ani|ane|ese|esi|ário|ária|ario|aria|ino|ina|eo|ea|nal|nale|nali|ível|bile|bili|ense|ista)$/;
/** Genitive endings of a Ukrainian or Russian noun or adjective that completes a head: "оборони", "закордонних справ". */
const SLAVIC_GENITIVE = /(?:и|і|ї|ів|их|ого|ої|ей|ы|ой)$/;

/**
 * Where the lower-case complement of an organisation's head ends: Romance adjectives and "de +
 * noun" ("Protezione civile", "Union européenne", "Consiglio dei ministri"), Slavic genitives
 * and the country after them ("Міністерство оборони Росії"). `k` is the word after the head.
 */
function complementEnd(line: Line, k: number): number {
  const { words, language } = line;
  if (!ROMANCE.has(language) && !SLAVIC.has(language)) return k;
  let end = k;
  for (let n = 0; n < 3 && end < words.length; n++) {
    const word = words[end];
    if (word.cap || !joined(words[end - 1], word)) break;
    const lower = word.text.toLowerCase();
    if (ROMANCE.has(language)) {
      if (ROMANCE_ADJECTIVE.test(lower) && !facts(lower).functionWord) {
        end++;
        continue;
      }
      const noun = words[end + 1];
      if (HEAD_CONNECTORS.has(lower) && noun && !noun.cap && joined(word, noun) && !wordFacts(noun).functionWord) {
        end += 2;
        continue;
      }
      break;
    }
    if (wordFacts(word).functionWord || !SLAVIC_GENITIVE.test(lower)) break;
    end++;
    const country = words[end];
    if (country?.cap && joined(word, country) && wordFacts(country).place !== undefined) return end + 1;
  }
  return end;
}

/** Turns one labelled unit into candidates: typed now, or left for the article's names to decide. */
function candidatesFor(line: Line, unit: Unit, strictNouns: boolean): Candidate[] {
  const words = line.words;
  if (line.mode === 'dateline' && unit.label !== 'place') return [];
  switch (unit.label) {
    case 'place': {
      // "the Kyiv region", "Kharkiv oblast": the region is another place than its city.
      const next = words[unit.to];
      if (next && !next.cap && joined(words[unit.to - 1], next) && REGION_NOUNS.test(next.text) && lookupPlace(candidateTextOf(line, unit))?.kind === 'city') {
        return [candidate(line, unit.from, unit.to + 1, 'place', `${unit.canonical ?? candidateTextOf(line, unit)} ${next.text}`)];
      }
      return [candidate(line, unit.from, unit.to, 'place', unit.canonical)];
    }
    case 'org':
      return unit.lone ? [] : [candidate(line, unit.from, unit.to, 'organization', unit.canonical)];
    case 'name': {
      const from = unit.from;
      let to = unit.to;
      while (to > from + 1 && !words[to - 1].cap) to--; // "Exteriores da" before a place: the particle is not the name's
      const titled = titleBefore(words, from) !== undefined && !words.slice(from, to).every((w) => w.caps);
      if (titled) return [candidate(line, from, to, 'person')];
      const length = to - from;
      const described = describedBy(words, from, line.language);
      if (described && line.mode === 'normal') return [candidate(line, from, to, described)];
      if (line.mode === 'byline') return [candidate(line, from, to, length >= 2 ? 'person' : null)];
      // Headings capitalise every word: only names the article introduces elsewhere count there.
      if (line.mode !== 'normal') return headingCandidates(line, from, to);
      // "Emilia-Romagna", "Jean-Claude": one hyphenated word, typed like a single word.
      if (length > 1 && words.slice(from + 1, to).every((_, i) => isHyphenJoined(words, from + 1 + i))) return [candidate(line, from, to, null, undefined, true)];
      // "Präsidenten Wolodymyr Selenskyj": an unknown word before a given name is not part of the name.
      for (let given = from + 1; given < to - 1 && !wordFacts(words[from]).givenName; given++) {
        if (wordFacts(words[given]).givenName && !wordFacts(words[given - 1]).givenName) return [candidate(line, given, to, 'person')];
      }
      if (length >= 2) {
        if (wordFacts(words[from]).givenName) return [candidate(line, from, to, 'person')];
        if (words.slice(from, to).every((w) => w.caps)) return [];
        if (length <= 3 && (standsAlone(line, from, to) || speechFollows(words, to))) return [candidate(line, from, to, 'person')];
        // Outside English, capitalised phrases are as often institutions ("Relações Exteriores") as people.
        if (strictNouns || line.language !== 'en') return [candidate(line, from, to, null)];
        if (words[from].sentenceStart && !looksLikeName(words[from].text)) return [candidate(line, from + 1, to, null)];
        // "at Old Trafford", "in East Harlem": a place preposition before an unknown name.
        const previous = words[from - 1];
        if (previous && joined(previous, words[from]) && /^(?:in|at|near|outside)$/.test(previous.text)) return [candidate(line, from, to, 'place')];
        return [candidate(line, from, to, 'person')];
      }
      const word = words[from];
      if (word.caps) {
        const next = words[from + 1];
        // "CESENA –", "MARYSVILLE, Ohio": a dateline opens the story with its place.
        if (from === 0 && word.text.length >= 3 && next && /^\s*(?:,|[-–—]\s)/.test(next.gap)) return [candidate(line, from, to, 'place', wordFacts(word).place)];
        // An acronym; at a sentence start only before lower-case text ("FAA spokesperson…") or in
        // parentheses ("(IPCC)"), not in a shouted heading; after a number it is a unit ("48 RT").
        const placed = !word.sentenceStart || (next !== undefined && !next.cap && joined(word, next)) || /\(\s*$/.test(word.gap);
        const acronym = word.text.length >= 2 && word.text.length <= 6 && placed && !/^[IVXLC]+$/.test(word.text) && !/\d\s*$/.test(word.gap) && !(isInitials(word.text) && next?.cap);
        return acronym ? [candidate(line, from, to, 'organization')] : [];
      }
      return [candidate(line, from, to, null)];
    }
    default:
      return [];
  }
}

/** Lower-case nouns after a city's name that make it the region around it ("the Kyiv region"). */
const REGION_NOUNS = /^(?:region|oblast|province|district|governorate|prefecture|county)$/;

function candidateTextOf(line: Line, unit: Unit): string {
  return phraseText(line, unit.from, unit.to);
}

/** Every word of a heading's name run on its own, and given-name pairs ("Vladimir Putin"), all untyped. */
function headingCandidates(line: Line, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = from; k < to; k++) {
    if (k + 1 < to && wordFacts(line.words[k]).givenName) {
      out.push(candidate(line, k, k + 2, line.region === 'meta' ? 'person' : null));
      k++;
    } else {
      out.push(candidate(line, k, k + 1, null));
    }
  }
  return out;
}

/**
 * What the word before a name says it is: an organisation head ("news agency TASS", "Farmers'
 * association Coldiretti", "Fahrgastverband Pro Bahn") or a place noun ("the river Savio", "il
 * fiume Savio", "the provinces of Ravenna", "valle del Guadalquivir").
 */
function describedBy(words: readonly Word[], from: number, language: string): EntityType | undefined {
  let i = from - 1;
  if (i < 0 || !joined(words[i], words[from])) return undefined;
  if (HEAD_CONNECTORS.has(words[i].text.toLowerCase()) && i > 0 && joined(words[i - 1], words[i])) i--;
  const before = words[i];
  // A capitalised head before a name is part of it ("Senate Majority"), except German compounds ("Fahrgastverband Pro Bahn").
  if (before.cap && !(wordFacts(before).organizationHead && language === 'de')) return undefined;
  const lower = before.text.toLowerCase();
  if (wordFacts(before).organizationHead && i === from - 1) return 'organization';
  if (PLACE_NOUNS.has(lower) && !before.cap) return 'place';
  return undefined;
}

/** A line that is nothing but this name ("Jenna Morales" under "Media Contact:"), shaped like a person's. */
function standsAlone(line: Line, from: number, to: number): boolean {
  const words = line.words;
  if (from !== 0 || to !== words.length || /\S/.test(line.text.slice(words[to - 1].rawEnd - line.offset).replace(/[.,;]/g, ''))) return false;
  return wordFacts(words[from]).givenName || SURNAME_ENDINGS.test(words[to - 1].text);
}

/** A speech verb right after the name, or after a comma that closes an appositive ("Dimas Saputra, mengatakan"). */
function speechFollows(words: readonly Word[], to: number): boolean {
  const next = words[to];
  return next !== undefined && /^\s*,?\s*$/.test(next.gap) && SPEECH_VERBS.has(next.text.toLowerCase());
}

/** A place noun right after the name: "the Savio river", "the Emilia-Romagna region". */
function placeNounAfter(words: readonly Word[], to: number): boolean {
  const next = words[to];
  return next !== undefined && !next.cap && joined(words[to - 1], next) && PLACE_NOUNS.has(next.text.toLowerCase());
}

/** Unknown word shaped like a name rather than a common word (no function word, not a calendar word). */
function looksLikeName(word: string): boolean {
  return !facts(word).functionWord && (facts(word).givenName || SURNAME_ENDINGS.test(word));
}

/** Endings that mark a surname in many languages (Medvedev, Shevchenko, Kowalski, Erdoğan-oğlu, Petrović). */
const SURNAME_ENDINGS = /(?:ov|ova|ev|eva|yov|in|ina|enko|chuk|czuk|yuk|iuk|sky|skyy|skyi|skiy|ski|ska|skaya|cki|cka|vich|vych|wicz|ić|ic|escu|oglu|oğlu|yan|ian|dze|shvili|ashvili|son|sen|sson|berg|mann|ez|es|ini|etti|elli|ucci|akis|opoulos|idis)$/i;

// ---------------------------------------------------------------------------------------------
// Roles.

/**
 * The role phrase that ends right before word `k`: "Russian Foreign Minister" before "Sergey
 * Lavrov", "Kremlin foreign policy aide" before "Yuri Ushakov", "Ukraine’s Defence Minister," before
 * "Rustem Umerov", "Президент України" before "Володимир Зеленський". Undefined when none does.
 */
function titleBefore(words: readonly Word[], k: number): Span | undefined {
  let j = k - 1;
  if (j < 0) return undefined;
  const gap = words[k].gap;
  const comma = /^\s*,\s*$/.test(gap);
  if (!(joined(words[j], words[k]) || comma)) return undefined;
  const roleEnd = words[j].end;
  // "Presiden Rusia Vladimir Putin", "Президент України Володимир": head, then the country it serves.
  // "Presiden Rusia Vladimir Putin", "Gubernur DKI Jakarta Pramono Anung": up to three words of place or acronym.
  if (!comma && !wordFacts(words[j]).titleHead) {
    let h = j;
    while (h > j - 3 && h > 0 && (wordFacts(words[h]).place !== undefined || words[h].caps) && joined(words[h - 1], words[h])) h--;
    if (h < j && (wordFacts(words[h]).titleHead || multiwordTitleEndingAt(words, h) >= 0)) j = h;
  }
  const multiEnd = multiwordTitleEndingAt(words, j);
  if (multiEnd < 0 && !wordFacts(words[j]).titleHead) return undefined;
  // "Ukraine’s Defence Minister, Rustem Umerov", "Lavrov's deputy, Sergei Ryabkov": a comma needs a capital or an owner.
  if (comma && !words[j].cap && !(j > 0 && words[j - 1].possessive && words[j - 1].cap)) return undefined;
  let start = multiEnd >= 0 ? multiEnd : j;
  while (start > 0) {
    const previous = words[start - 1];
    const current = words[start];
    if (!(joined(previous, current) || isHyphenJoined(words, start) || previous.possessive && /^\s*$/.test(current.gap.replace(/['’]s?/, '')))) break;
    const text = previous.text;
    const fits = (previous.possessive && previous.cap) || facts(text).titleHead || facts(text).titleModifier || facts(text).demonym || (previous.cap && !facts(text).functionWord && !previous.sentenceStart) ||
      (previous.cap && (facts(text).place !== undefined || facts(text).organization !== undefined)) ||
      (text === 'of' && start >= 2 && words[start - 2].cap);
    if (!fits || previous.sentenceStart && !previous.cap) break;
    start--;
    if (previous.sentenceStart) break;
  }
  if (start === j && isHonorific(words[j].text)) return { start: words[j].start, end: words[j].start };
  return { start: words[start].start, end: roleEnd };
}

/** Start index of a multi-word title ("Secretary of State") ending at word `j`, or -1. */
function multiwordTitleEndingAt(words: readonly Word[], j: number): number {
  for (let length = 5; length >= 2; length--) {
    const start = j - length + 1;
    if (start < 0 || !wordFacts(words[start]).titleStart) continue;
    if (multiwordTitleLength(words.slice(start, j + 1).map((w) => w.text), 0) === length) return start;
  }
  return -1;
}

const APPOSITIVE = /^\s*[,—–]\s*(?:(?:the|a|an)\s+)?([^,;.:—–()"“”]{3,140}?)\s*(?=[,;.:—–)"“”]|$)/i;
const APPOSITIVE_CUT = /\s+(?:and|who|which|whose|said|says|told|added|that)\b.*$/i;

/** The appositive after a name: "Vladimir Medinsky, the head of Russia’s delegation, said" → "head of Russia’s delegation". */
function appositiveAfter(line: Line, end: number): string | undefined {
  const match = APPOSITIVE.exec(after(line, end, 160));
  if (!match) return undefined;
  const phrase = match[1].replace(APPOSITIVE_CUT, '').trim();
  const phraseWords = phrase.split(/\s+/);
  if (phraseWords.length > 12 || phraseWords.length === 0) return undefined;
  // It must open like a role ("senior adviser", "First Deputy…", "Russia’s foreign minister") and hold a title.
  const opener = phraseWords[0];
  const opensLikeRole = facts(opener).titleHead || facts(opener).titleModifier || startsWithClass(opener, CharClass.Upper) || /['’]s$/.test(opener);
  const hasHead = phraseWords.slice(0, 6).some((w) => facts(w.replace(/['’]s$/, '')).titleHead || /^(?:member|head)$/i.test(w));
  return opensLikeRole && hasHead ? phrase : undefined;
}

// ---------------------------------------------------------------------------------------------
// Pass two: surnames, single words, roles.

interface PersonName {
  name: string;
  first: string;
  start: number;
}

function resolve(candidates: readonly Candidate[], strictNouns: boolean): EntityMention[] {
  // Full names the article gives, by surname key, in text order.
  const fullNames = new Map<string, PersonName[]>();
  for (const c of candidates) {
    if (c.type !== 'person' || c.to - c.from < 2) continue;
    const words = c.line.words.slice(c.from, c.to);
    const surname = words[words.length - 1];
    const key = wordFacts(surname).key;
    const list = fullNames.get(key) ?? [];
    const name = phraseText(c.line, c.from, c.to);
    // Each distinct full name once, at its first mention: a long article repeats names often.
    if (!list.some((p) => p.name === name)) list.push({ name, first: wordFacts(words[0]).key, start: words[0].start });
    fullNames.set(key, list);
  }
  // First names of those full names: Indonesian and other writers refer back by first name ("Dimas").
  const byFirstName = new Map<string, Set<string>>();
  for (const list of fullNames.values()) {
    for (const person of list) byFirstName.set(person.first, (byFirstName.get(person.first) ?? new Set()).add(person.name));
  }
  // First words of organisations' names: "Corvane said" after "Corvane Energy".
  const organizationFirstWords = new Set<string>();
  for (const c of candidates) if (c.type === 'organization' && c.to - c.from > 1) organizationFirstWords.add(c.line.words[c.from].text);
  const typed: Array<Evidence | null> = [];
  const names: string[] = [];
  for (const c of candidates) {
    const text = candidateText(c);
    let evidence: Evidence | null = c.type ? { type: c.type, strength: 3 } : null;
    let name = c.name ?? text;
    if (c.type === null || c.type === 'person') {
      const known = knownPerson(fullNames, c, text) ?? knownByFirstName(byFirstName, fullNames, c);
      const single = c.to - c.from === 1 || c.compound;
      if (known) {
        evidence = { type: 'person', strength: 3 };
        name = known;
      } else if (c.type === null && single && definesAcronym(candidates, typed, c)) {
        evidence = { type: 'organization', strength: 3 };
      } else if (c.type === null && single) {
        const context = c.line.mode === 'normal' ? typeFromContext(c.line, c.from, c.to, strictNouns) : null;
        // "Corvane said" after "Corvane Energy": the company speaks; "of Marysville" stays a place.
        evidence = organizationFirstWords.has(text) && context?.type !== 'place' ? { type: 'organization', strength: context ? 3 : 2 } : context;
      }
    }
    typed.push(evidence);
    names.push(name);
  }
  propagate(candidates, typed);
  nameOrganizations(candidates, typed, names);
  const mentions: EntityMention[] = [];
  candidates.forEach((c, i) => {
    const type = typed[i]?.type;
    if (!type) return;
    const words = c.line.words;
    const last = words[c.to - 1];
    const text = candidateText(c);
    const mention: EntityMention = { start: words[c.from].start, end: last.end, text, type, name: names[i] };
    if (type === 'person') {
      const before = titleBefore(words, c.from);
      const role = before && before.end > before.start ? cleanRole(c.line, before) : appositiveAfter(c.line, last.rawEnd);
      if (role) mention.role = role;
    }
    mentions.push(mention);
  });
  return mentions;
}

/** "Agencia Estatal de Meteorología (Aemet)": a word in parentheses right after an organisation, with its initial. */
function definesAcronym(candidates: readonly Candidate[], typed: ReadonlyArray<Evidence | null>, c: Candidate): boolean {
  const i = typed.length;
  const previous = candidates[i - 1];
  const word = c.line.words[c.from];
  return previous?.line === c.line && previous.to === c.from && typed[i - 1]?.type === 'organization' && /\(\s*$/.test(word.gap) &&
    /^\s*\)/.test(after(c.line, word.rawEnd, 4)) && word.text[0] === c.line.words[previous.from].text[0];
}

/**
 * A bare first name that only one full name of the article starts with, and that is nobody's
 * surname there: "Menurut Rina" after "Rina Hartati".
 */
function knownByFirstName(byFirstName: Map<string, Set<string>>, fullNames: Map<string, PersonName[]>, c: Candidate): string | undefined {
  if (c.to - c.from !== 1 || c.type === 'organization' || c.type === 'place') return undefined;
  const key = wordFacts(c.line.words[c.from]).key;
  const names = byFirstName.get(key);
  return names?.size === 1 && !fullNames.has(key) ? [...names][0] : undefined;
}

/**
 * Names organisations by what the article says about them: an acronym defined in parentheses
 * takes the full name ("Federal Aviation Administration (FAA)" … "FAA"), and an organisation
 * owned by a country carries it ("Russia’s Foreign Ministry").
 */
function nameOrganizations(candidates: readonly Candidate[], typed: ReadonlyArray<Evidence | null>, names: string[]): void {
  const acronyms = new Map<string, string>();
  candidates.forEach((c, i) => {
    if (typed[i]?.type !== 'organization') return;
    const words = c.line.words;
    // "Gewerkschaft Deutscher Lokomotivführer" … "GDL": the initials of its capitalised words.
    const initials = words.slice(c.from, c.to).filter((w) => w.cap).map((w) => w.text[0]).join('');
    if (initials.length >= 2 && c.to - c.from >= 2 && !acronyms.has(initials)) acronyms.set(initials, names[i]);
    const first = words[c.from];
    const previous = candidates[i - 1];
    if (c.to - c.from === 1 && /\(\s*$/.test(first.gap) && previous?.line === c.line && previous.to === c.from && typed[i - 1]?.type === 'organization') {
      acronyms.set(first.text, names[i - 1]);
    }
    const owner = words[c.from - 1];
    if (owner?.possessive && owner.cap && /^\s$/.test(first.gap) && (wordFacts(owner).place !== undefined || wordFacts(owner).organization !== undefined) && names[i] === candidateText(c)) {
      names[i] = c.line.text.slice(owner.start - c.line.offset, words[c.to - 1].end - c.line.offset);
    }
  });
  if (acronyms.size === 0) return;
  candidates.forEach((c, i) => {
    const text = candidateText(c);
    const full = typed[i]?.type === 'organization' && c.to - c.from === 1 ? acronyms.get(text) ?? acronyms.get(text.toUpperCase()) : undefined;
    if (full) names[i] = full;
  });
}

/** A type and how sure the evidence for it is: 3 a name or a direct cue, 2 a preposition, 1 a guess. */
interface Evidence {
  type: EntityType;
  strength: number;
}

const COORDINATORS = new Set(['and', 'or', 'e', 'y', 'et', 'und', 'oder', 'dan', 'atau', 'ou', 'o', 'та', 'і', 'й', 'и', 'або']);

/**
 * Single words the article types more surely elsewhere take that type ("a Cesena" … "Cesena"),
 * and unknown words coordinated with a place or organisation share its type ("the provinces of
 * Ravenna and Forlì", "Maranhão, Tocantins, Piauí e Bahia").
 */
function propagate(candidates: readonly Candidate[], typed: Array<Evidence | null>): void {
  const single = (c: Candidate) => c.to - c.from === 1 || c.compound;
  const best = new Map<string, Evidence>();
  candidates.forEach((c, i) => {
    const evidence = typed[i];
    if (!evidence || !single(c)) return;
    const text = candidateText(c);
    const known = best.get(text);
    if (!known || evidence.strength > known.strength) best.set(text, evidence);
  });
  candidates.forEach((c, i) => {
    if (!single(c)) return;
    const found = best.get(candidateText(c));
    if (found && found.strength > (typed[i]?.strength ?? 0)) typed[i] = found;
  });
  for (const direction of [1, -1]) {
    for (let k = direction > 0 ? 1 : candidates.length - 2; k >= 0 && k < candidates.length; k += direction) {
      const c = candidates[k];
      const neighbour = candidates[k - direction];
      const evidence = typed[k - direction];
      if (!single(c) || (typed[k]?.strength ?? 0) >= 2 || !evidence || evidence.strength < 2 || evidence.type === 'person' || neighbour.line !== c.line) continue;
      const [left, right] = direction > 0 ? [neighbour, c] : [c, neighbour];
      const words = c.line.words;
      const between = right.from - left.to;
      const coordinated = c.line.mode === 'normal' && between === 1 && COORDINATORS.has(words[left.to].text.toLowerCase()) && joined(words[left.to], words[right.from]);
      if (coordinated) typed[k] = { type: evidence.type, strength: 2 };
    }
  }
}

function candidateText(c: Candidate): string {
  return (c.text ??= phraseText(c.line, c.from, c.to));
}

/** Up to `length` characters of the line from article offset `at`: look-ahead stays bounded on huge lines. */
function after(line: Line, at: number, length: number): string {
  return line.text.slice(at - line.offset, at - line.offset + length);
}

function phraseText(line: Line, from: number, to: number): string {
  return line.text.slice(line.words[from].start - line.offset, line.words[to - 1].end - line.offset);
}

function cleanRole(line: Line, span: Span): string {
  return line.text.slice(span.start - line.offset, span.end - line.offset).replace(/\s*,\s*$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * The full name this candidate refers to, when the article gives one: a bare surname ("Lavrov")
 * or another spelling of a full name ("Sergei Lavrov" beside "Sergey Lavrov") → the first full
 * form; a different first name with the same surname is a different person.
 */
function knownPerson(fullNames: Map<string, PersonName[]>, c: Candidate, text: string): string | undefined {
  const words = c.line.words.slice(c.from, c.to);
  const options = fullNames.get(wordFacts(words[words.length - 1]).key);
  if (!options) return undefined;
  if (words.length === 1 || c.compound) {
    // The nearest full name before it, else the first after it (a headline before the body).
    const start = words[0].start;
    let chosen: PersonName | undefined;
    for (const option of options) if (option.start <= start) chosen = option;
    return (chosen ?? options[0]).name;
  }
  const first = wordFacts(words[0]).key;
  const same = options.find((o) => sameGivenName(o.first, first) || o.first.startsWith(first) || first.startsWith(o.first));
  return same ? same.name : c.type === 'person' ? text : undefined;
}

/** Prepositions before a place, by language: "in Cesena", "a Cesena", "em Belém", "di Bogor", "у Харкові". */
const PLACE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'near', 'outside', 'across', 'into', 'around']),
  de: new Set(['in', 'nach', 'aus', 'bei']),
  fr: new Set(['à', 'en', 'dans']),
  it: new Set(['a', 'in', 'da']),
  es: new Set(['en']),
  pt: new Set(['em', 'no', 'na', 'nos', 'nas']),
  id: new Set(['di', 'ke', 'dari']),
  uk: new Set(['у', 'в', 'на']),
  ru: new Set(['в', 'во', 'на']),
};
/** Articles: a capitalised unknown word after one is an institution more often than a person ("la Aemet", "the Bundestag"). */
const ARTICLES = new Set(['the', 'la', 'el', 'il', 'lo', 'le', 'o', 'os', 'der', 'die', 'das', 'den', 'dem', 'des', 'del', 'al', 'do', 'da', 'dos', 'das', 'della', 'dello']);

/** "according to X" in the languages Dossier reads: the word (or last word) before the name. */
const ACCORDING_TO = new Set(['according to', 'secondo', 'según', 'segundo', 'selon', 'laut', 'menurut', 'за словами', 'по словам']);

/**
 * The type of an unknown capitalised word (`from`…`to`, one word or one hyphenated compound),
 * from what surrounds it: a speech verb after or before, or "according to", makes a person; a
 * place preposition makes a place; an article makes an organisation; a surname ending makes a
 * person. At a sentence start only a speech verb after a surname-shaped word counts.
 */
function typeFromContext(line: Line, from: number, to: number, strictNouns: boolean): Evidence | null {
  const words = line.words;
  const word = words[from];
  const next = words[to];
  const previous = from > 0 ? words[from - 1] : undefined;
  const before = previous && joined(previous, word) ? previous.text.toLowerCase() : '';
  const twoBefore = from > 1 && before ? `${words[from - 2].text.toLowerCase()} ${before}` : '';
  const saidAfter = next !== undefined && joined(words[to - 1], next) && SPEECH_VERBS.has(next.text.toLowerCase());
  const saidBefore = SPEECH_VERBS.has(before) && !word.sentenceStart;
  if ((saidAfter && (!word.sentenceStart || SURNAME_ENDINGS.test(word.text))) || saidBefore || ACCORDING_TO.has(before) || ACCORDING_TO.has(twoBefore)) {
    return { type: 'person', strength: 3 };
  }
  if (placeNounAfter(words, to)) return { type: 'place', strength: 3 };
  if (word.sentenceStart || !before) return null;
  const prepositions = PLACE_PREPOSITIONS[line.language];
  // German capitalises nouns: "nach Angaben" is no place, so there the ending must say so too.
  const placeEnding = PLACE_WORD_ENDINGS.test(word.text);
  if ((prepositions?.has(before) && (!strictNouns || placeEnding)) || (placeEnding && /^(?:of|from|to|at|towards|toward)$/.test(before))) {
    return SURNAME_ENDINGS.test(word.text) && !placeEnding && line.language === 'en' ? null : { type: 'place', strength: 2 };
  }
  if (strictNouns) return null;
  if (placeEnding && to - from === 1) return { type: 'place', strength: 1 };
  if (ARTICLES.has(before)) return { type: 'organization', strength: 1 };
  if (SURNAME_ENDINGS.test(word.text) && word.text.length > 4 && to - from === 1) return { type: 'person', strength: 1 };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Helpers for other extractors (quotes attribute speakers with these).

/**
 * The role the article gives `name` (a mention's `name`), at its first mention that has one.
 */
export function roleOf(mentions: readonly EntityMention[], name: string): string | undefined {
  return mentions.find((m) => m.name === name && m.role)?.role;
}

/**
 * The person an anaphoric role refers to: "the spokesperson said" → the latest person before
 * `offset` whose role contains the word `roleWord` (case- and diacritic-insensitive), else the
 * first such person after it. Undefined when the article gives nobody that role.
 */
export function personByRole(mentions: readonly EntityMention[], roleWord: string, offset: number): EntityMention | undefined {
  const wanted = foldText(roleWord);
  const roles = new Map<string, string>();
  for (const m of mentions) if (m.type === 'person' && m.role && !roles.has(m.name)) roles.set(m.name, foldText(m.role));
  const matches = (m: EntityMention) => m.type === 'person' && (roles.get(m.name)?.split(/[^\p{L}\p{N}-]+/u).includes(wanted) ?? false);
  let found: EntityMention | undefined;
  for (const m of mentions) if (m.start < offset && matches(m)) found = m;
  return found ?? mentions.find((m) => m.start >= offset && matches(m));
}
