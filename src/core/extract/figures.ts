import type { Figure, ParsedArticle, Span } from '../model';
import { normalizeWord } from '../lexicon/calendar';
import { CharClass, execAfterNonLetter, isCharClass, isLetter, scanWhile, startsWithClass } from '../text/charClass';
import { lazy } from '../text/lazy';
import { extractDates } from './dates';

/*
 * Figures: counts and amounts with what they count, read from body sentences so that sources can
 * be compared later ("at least 13 people" against "13 people"). A number that is part of a date, a
 * time, an age, an identifier ("Boeing 737", "F-16", "Resolution 2231") or a year is not a figure.
 */

const words = (list: string): Set<string> => new Set(list.split(' ').map(normalizeWord));

/** Scale words after a number, by key: "1.2 million", "€5bn", "3 Milliarden", "2 млрд". */
const SCALES = lazy(() => {
  const scales = new Map<string, number>();
  for (const [value, list] of [
    [1e2, 'hundred'],
    [1e3, 'thousand k tausend mille mila mil duizend ribu тисяч тисячі тисяча тис тысяч тысячи тысяча тыс tysiecy tysiace tysiac tys bin'],
    [1e6, 'million millions mn m mio millionen milione milioni millon millones milhao milhoes miljoen miljoenen juta мільйон мільйона мільйонів млн миллион миллиона миллионов milion miliony milionow mln milyon'],
    [1e9, 'billion billions bn b mrd milliarde milliarden milliard milliards miliardo miliardi bilhao bilhoes miljard miljarden miliar мільярд мільярда мільярдів млрд миллиард миллиарда миллиардов miliard miliardy miliardow mld milyar'],
    [1e12, 'trillion trillions tn trn billionen billion biljoen trilhao trilhoes triliun трильйон трильйонів трлн триллион триллионов bilion'],
  ] as [number, string][]) for (const w of list.split(' ')) if (!scales.has(normalizeWord(w))) scales.set(normalizeWord(w), value);
  return scales;
});
/** Scale words that are also ordinary words or units, trusted only glued to a number or after a currency ("€5m", "5bn"). */
const GLUED_SCALES = lazy(() => words('k m b mn bn tn trn mio mrd mil'));
// Spanish and Portuguese count thousands of millions: "5 mil millones" is five billion.

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', US$: 'USD', USD: 'USD', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', '₴': 'UAH', UAH: 'UAH', '₽': 'RUB', RUB: 'RUB',
  '₺': 'TRY', '₹': 'INR', A$: 'AUD', C$: 'CAD', HK$: 'HKD', R$: 'BRL', Rp: 'IDR', CHF: 'CHF', 'zł': 'PLN',
};
const CURRENCY_WORDS = new Map<string, string>();
for (const [code, list] of Object.entries({
  USD: 'dollar dollars dolar dolares dollari dollaro dolares долар долари доларів доллар доллара долларов dolarow dolary',
  EUR: 'euro euros евро євро євро',
  GBP: 'pound pounds sterling',
  UAH: 'hryvnia hryvnias hryvnias hryvnia гривня гривні гривень грн',
  RUB: 'rouble roubles ruble rubles рубль рубля рублів рублей руб',
  CNY: 'yuan renminbi',
  JPY: 'yen',
  PLN: 'zloty zlotys zlotych zl',
  IDR: 'rupiah',
  TRY: 'lira liras',
})) for (const w of list.split(' ')) CURRENCY_WORDS.set(normalizeWord(w), code);
const PERCENT_WORDS = lazy(() => words('percent prozent pourcent procent persen відсотків відсотка відсотки процентов процента процентів procent procentow'));
const CURRENCY_BEFORE = /(?:US\$|A\$|C\$|HK\$|R\$|[$€£¥₴₽₺₹]|\b(?:USD|EUR|GBP|UAH|RUB|CHF|Rp)\.?)[ \u00a0]?$/;

/** Qualifiers before a number, as written (lower case), longest first where one contains another. */
const QUALIFIERS = [
  'at least', 'at most', 'more than', 'less than', 'fewer than', 'as many as', 'as few as', 'up to', 'an estimated', 'upwards of',
  'close to', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'under', 'just over', 'just under', 'well over',
  'mindestens', 'mehr als', 'weniger als', 'rund', 'etwa', 'fast', 'knapp', 'über', 'bis zu', 'au moins', 'plus de', 'moins de', 'environ', 'près de', "jusqu'à",
  'almeno', 'più di', 'meno di', 'circa', 'oltre', 'quasi', 'fino a', 'al menos', 'más de', 'menos de', 'cerca de', 'unos', 'unas', 'hasta', 'casi',
  'pelo menos', 'mais de', 'menos de', 'quase', 'até', 'minstens', 'meer dan', 'minder dan', 'ongeveer', 'bijna', 'sedikitnya', 'setidaknya', 'lebih dari',
  'kurang dari', 'sekitar', 'hampir', 'hingga', 'щонайменше', 'понад', 'більше ніж', 'більше', 'менше ніж', 'близько', 'майже', 'не менее', 'по меньшей мере',
  'более', 'свыше', 'менее', 'около', 'почти', 'co najmniej', 'ponad', 'ponad', 'około', 'prawie', 'en az', 'yaklaşık', 'neredeyse', 'más de',
].sort((a, b) => b.length - a.length);
/** A qualifier ending the text before a number; no letter may precede it (see `execAfterNonLetter`). */
const QUALIFIER_BEFORE = lazy(() => new RegExp(`(${QUALIFIERS.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \\u00a0]+$`, 'giu'));

const SPELLED_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Vague plurals that still bound a count from below ("dozens of people", "hundreds of thousands of"). */
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** Words that end a counted noun phrase. */
const STOP = lazy(() => words(
  'the a an and or but nor in on at to from by for with into onto over under after before since during until including than as that which who whom whose where when while because if ' +
  'was were is are be been being had have has will would could should can may might must do did does said says told each per its their his her our my your this these those it they he she we you i ' +
  'not no also only just still more less most least very so such then there here ago earlier later now today yesterday tomorrow ' +
  'und oder der die das den dem des im am an von mit für auf aus bei nach zu zum zur et ou le la les du en dans sur par pour avec e o il lo gli i y el los las del al em no na os as do da dos das ' +
  'van het een dan op met voor yang di ke dari dan dengan pada і й та в у на з до від по за и с со по за о i w z na do od po za ve ile bir',
));
const OF_WORDS = lazy(() => words('of'));
/** Counted nouns that do not end in -s. */
const IRREGULAR_PLURALS = lazy(() => words('people children men women police personnel staff cattle aircraft livestock feet teeth mice geese data crew troops military infantry sheep fish deer'));
/** Words after a number that make it something other than a count. */
const NOT_COUNTED = lazy(() => words('am pm gmt utc cet cest eet eest bst est edt pst local st nd rd th percent'));
/** Ages: "45-year-old", "aged 45", "45 years old". */
const AGE_AFTER = /^[-\s](?:years?|yrs?)[-\s]old\b|^-year-old\b/i;
const AGE_BEFORE = /\baged?[ \u00a0]+$/i;
/** A word pointing back ending the text before a number; no letter may precede it (see `execAfterNonLetter`). */
const ANAPHORIC_BEFORE = /(?:the|these|those|both|its|their|his|her|our|all|first|last)[ \u00a0]+$/giu;
const PERCENT_AFTER = /^[ \u00a0]?(?:%|per[ \u00a0]?cent\b)/i;

const DIGIT_RUN = /\d/g;
const NUMBER = /(\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\2\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/y;
const SPELLED_NUMBER = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen|(?:tens|hundreds)\s+of\s+thousands|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million|billion))?|dozens|scores|hundreds|thousands|millions|billions)\b/giy;
const SPELLED_START = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|tens|dozens|scores|hundreds|thousands|millions|billions)\b/gi;
const HAS_CANDIDATE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|dozens|scores|hundreds|thousands|millions|billions)\b/i;

/** Languages that write a decimal comma ("1,5 Millionen") and group thousands with dots or spaces. */
const DECIMAL_COMMA = new Set(['de', 'fr', 'it', 'es', 'pt', 'nl', 'id', 'uk', 'ru', 'pl', 'tr']);

/**
 * The value of a written number. Groups of exactly three digits after a separator are thousands
 * ("1,000", "1.000", "10 000") unless a scale word follows and the separator is the language's
 * decimal mark ("1.250 million" in English, "1,250 Millionen" in German).
 */
function numberValue(written: string, language: string, scaled: boolean): number | null {
  const decimalMark = DECIMAL_COMMA.has(language) ? ',' : '.';
  const separators = written.replace(/\d/g, '');
  if (!separators) return +written;
  const last = separators[separators.length - 1];
  const mixed = new Set(separators).size > 1;
  let integer = written, fraction = '';
  const lastAt = written.lastIndexOf(last);
  const tail = written.slice(lastAt + 1);
  const grouping = !mixed && (separators.length > 1 || (tail.length === 3 && !(scaled && last === decimalMark)));
  if (mixed || !grouping) {
    integer = written.slice(0, lastAt);
    fraction = tail;
  }
  const digits = integer.replace(/[^\d]/g, '');
  if (!digits) return null;
  return +(fraction ? `${digits}.${fraction}` : digits);
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier?: string;
}

/**
 * Reads the figures of one sentence. `text` is the article text and [start, end) the sentence;
 * `dates` are the spans that dates already claim.
 */
function figuresOf(text: string, sentence: Span, language: string, dates: Span[]): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  const taken = (from: number, to: number): boolean => dates.some((d) => d.start < to && from < d.end) || out.some((f) => f.start < to && from < f.end);

  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(slice); m; m = DIGIT_RUN.exec(slice)) {
    const at = m.index;
    const before = slice.charAt(at - 1);
    // Inside a longer number or an identifier ("A320", "Su-34", "COVID-19", "3.5" seen from its "5").
    if (isDigitOrLetter(before) || (/[-/]/.test(before) && isDigitOrLetter(slice.charAt(at - 2))) || (/[.,]/.test(before) && /\d/.test(slice.charAt(at - 2)))) {
      DIGIT_RUN.lastIndex = skipDigits(slice, at);
      continue;
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(slice);
    if (!number) continue;
    let written = number[1];
    // A space is a thousands separator only in languages that use one.
    if (/ /.test(written) && !DECIMAL_COMMA.has(language)) written = written.slice(0, written.indexOf(' '));
    const end = at + written.length;
    DIGIT_RUN.lastIndex = end;
    const candidate = readFigure(slice, at, end, written, language, false);
    if (candidate && !taken(candidate.start + sentence.start, candidate.end + sentence.start)) {
      DIGIT_RUN.lastIndex = Math.max(candidate.end, end);
      out.push(inArticle(candidate, sentence.start));
    }
  }
  if (language === 'en' || !language) {
    SPELLED_START.lastIndex = 0;
    for (let m = SPELLED_START.exec(slice); m; m = SPELLED_START.exec(slice)) {
      SPELLED_NUMBER.lastIndex = m.index;
      const spelled = SPELLED_NUMBER.exec(slice);
      if (!spelled) continue;
      const candidate = readFigure(slice, m.index, m.index + spelled[0].length, spelled[0], language, true);
      SPELLED_START.lastIndex = m.index + spelled[0].length;
      if (candidate && !taken(candidate.start + sentence.start, candidate.end + sentence.start)) {
        SPELLED_START.lastIndex = candidate.end;
        out.push(inArticle(candidate, sentence.start));
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A candidate read in a sentence moved to article offsets; it is new, so it is moved in place rather than copied. */
function inArticle(candidate: Candidate, offset: number): Candidate {
  candidate.start += offset;
  candidate.end += offset;
  return candidate;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\d.,]/.test(text.charAt(i))) i++;
  return i;
}

/** Value of a spelled-out English number ("two dozen", "twenty-five", "three million", "dozens"). */
function spelledValue(written: string): { value: number; vague: boolean } | null {
  const lower = written.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE[lower] !== undefined) return { value: VAGUE[lower], vague: true };
  if (lower === 'tens of thousands') return { value: 1e4, vague: true };
  if (lower === 'hundreds of thousands') return { value: 1e5, vague: true };
  const parts = lower.split(' ');
  let value = 0;
  for (const part of parts) {
    if (part === 'a') value = 1;
    else if (part === 'dozen') value = (value || 1) * 12;
    else if (part === 'hundred') value *= 100;
    else if (part === 'thousand') value *= 1e3;
    else if (part === 'million') value *= 1e6;
    else if (part === 'billion') value *= 1e9;
    else {
      const [tens, ones] = part.split('-');
      if (SPELLED_UNITS[tens] === undefined) return null;
      value += SPELLED_UNITS[tens] + (ones ? SPELLED_UNITS[ones] ?? 0 : 0);
    }
  }
  return { value, vague: false };
}

/** The figure whose number is written at [start, end) of `slice`, with its scale, currency, qualifier and unit; null when it is not a count. */
function readFigure(slice: string, start: number, numberEnd: number, written: string, language: string, spelled: boolean): Candidate | null {
  const textBefore = slice.slice(Math.max(0, start - 40), start);
  const after = slice.slice(numberEnd, numberEnd + 40);
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(textBefore)) return null;
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^[:/]\d/.test(after) || /^[-–]\d+[-–]\d/.test(after)) return null;

  let end = numberEnd;
  let first = start;
  let value: number | null;
  let vague = false;
  let scale = 1;
  let unit = '';

  // Currency before: "$3 billion", "€5bn", "US$30bn"
  const currencyBefore = CURRENCY_BEFORE.exec(textBefore);
  if (currencyBefore) {
    unit = CURRENCY_SYMBOLS[currencyBefore[0].trim().replace(/\.$/, '')] ?? '';
    first = start - currencyBefore[0].length;
  }

  // Scale: glued ("5bn") or as the next word ("1.2 million")
  const gluedEnd = spelled ? numberEnd : scanWhile(slice, numberEnd, isLetter);
  if (gluedEnd > numberEnd) {
    const glued = slice.slice(numberEnd, gluedEnd);
    const key = normalizeWord(glued);
    if (SCALES().has(key)) {
      scale = SCALES().get(key)!;
      end = gluedEnd;
    } else if (!unit && (key === 'km' || key === 'kg' || key === 'mph' || key === 'ha' || key === 'gw' || key === 'mw' || key === 'kw')) {
      unit = key;
      end = gluedEnd;
    } else {
      return null; // "3D", "5G", "4x4"
    }
  } else {
    const next = wordAfter(slice, numberEnd);
    if (next && !next[0].includes('-')) {
      const key = normalizeWord(next[1]);
      if (SCALES().has(key) && (!GLUED_SCALES().has(key) || unit) && !(spelled && key !== 'million' && key !== 'billion' && key !== 'trillion')) {
        scale = SCALES().get(key)!;
        end = numberEnd + next[0].length;
      }
    }
  }
  if (spelled) {
    const parsed = spelledValue(written);
    if (!parsed) return null;
    // "the two leaders" points back at people already named, and "one" is as often a pronoun
    // ("on the one hand"): neither is a claim unless a qualifier makes it one.
    if (execAfterNonLetter(ANAPHORIC_BEFORE, textBefore) || (parsed.value === 1 && !execAfterNonLetter(QUALIFIER_BEFORE(), textBefore))) return null;
    value = parsed.value;
    vague = parsed.vague;
  } else {
    value = numberValue(written, language, scale !== 1);
  }
  if (value === null) return null;
  value *= scale;

  // What is counted: a percentage, the currency already read, or the noun phrase after the number.
  const percent = PERCENT_AFTER.exec(slice.slice(end, end + 12));
  if (percent) {
    unit = '%';
    end += percent[0].length;
  } else if (!unit) {
    const phrase = countedPhrase(slice, end, language, value, vague);
    if (!phrase) return null;
    unit = phrase.unit;
    end = phrase.end;
  }

  // Identifiers: "Boeing 737", "Resolution 2231", "Article 5"; a capitalised word right before a bare number names it.
  const previousWord = wordBefore(textBefore);
  if (!currencyBefore && scale === 1 && !spelled && previousWord && startsUpper(previousWord[1]) && !/['’]s$/.test(previousWord[1])
    && !/(?:^|[.!?:;"“”]\s*)$/.test(textBefore.slice(0, textBefore.length - previousWord[0].length)) && !execAfterNonLetter(QUALIFIER_BEFORE(), textBefore)) {
    return null;
  }

  // The span starts at the qualifier: "at least 13 people".
  const windowStart = Math.max(0, first - 30);
  const qualifier = execAfterNonLetter(QUALIFIER_BEFORE(), slice.slice(windowStart, first));
  if (qualifier) first = windowStart + qualifier.index;
  let qualifierText = qualifier ? qualifier[1].toLowerCase() : undefined;
  if (vague) qualifierText ??= `${written.toLowerCase()} of`;
  const candidate: Candidate = { start: first, end, value, unit };
  if (qualifierText) candidate.qualifier = qualifierText;
  return candidate;
}

/**
 * The noun phrase a count applies to, read after the number: "prisoners of war", "people",
 * "Ukrainian drones", "day" (of "30-day"), or a currency or percent word.
 */
function countedPhrase(slice: string, from: number, language: string, value: number, vague: boolean): { unit: string; end: number } | null {
  const collected: { word: string; key: string; end: number; capital: boolean }[] = [];
  let at = from;
  let hyphenated = false;
  if (vague) {
    const of = /^[ \u00a0]+of\b/i.exec(slice.slice(at, at + 5));
    if (!of) return null;
    at += of[0].length;
  }
  while (collected.length < 5) {
    const m = wordAfter(slice, at);
    if (!m) break;
    const joinedByHyphen = LEADING_HYPHEN.test(m[0]);
    if (collected.length === 0 && joinedByHyphen) hyphenated = true;
    else if (joinedByHyphen) break;
    const word = m[1];
    const key = normalizeWord(word);
    collected.push({ word, key, end: at + m[0].length, capital: startsUpper(word) });
    at += m[0].length;
    if (hyphenated) break;
  }
  if (collected.length === 0) return null;
  const head = collected[0];
  if (NOT_COUNTED().has(head.key)) return null;
  // "5 miliardi di euro", "2 millions de dollars"
  const currency = CURRENCY_WORDS.get(head.key) ?? (OF_WORD_OTHER().has(head.key) || OF_WORDS().has(head.key) ? CURRENCY_WORDS.get(collected[1]?.key ?? '') : undefined);
  if (currency && !CURRENCY_WORDS.has(head.key)) return { unit: currency, end: collected[1].end };
  if (currency) return { unit: currency, end: head.end };
  if (PERCENT_WORDS().has(head.key)) return { unit: '%', end: head.end };
  if (hyphenated) return STOP().has(head.key) ? null : { unit: head.word.toLowerCase(), end: head.end };

  if (language !== 'en' && language) {
    // Other languages: the first word, and "of" + noun after it ("prigionieri di guerra").
    if (STOP().has(head.key)) return null;
    const of = collected[1];
    const object = collected[2];
    if (of && object && OF_WORD_OTHER().has(of.key) && !STOP().has(object.key) && !object.capital) return { unit: `${head.word} ${of.word} ${object.word}`, end: object.end };
    return { unit: head.word, end: head.end };
  }

  // English: adjectives up to the first plural noun ("Ukrainian prisoners"), then "of" + noun ("of war").
  let last = -1;
  for (let i = 0; i < collected.length && i < 4; i++) {
    const w = collected[i];
    if (STOP().has(w.key) || OF_WORDS().has(w.key)) break;
    if (w.capital && !(collected[i + 1] && !collected[i + 1].capital && !STOP().has(collected[i + 1].key))) break;
    if (isPlural(w.word) || (value === 1 && i === 0 && !w.capital)) {
      last = i;
      break;
    }
    // Only modifiers stand before the counted noun ("fully certified controllers", "Ukrainian drones").
    if (!w.capital && !ADJECTIVE_ENDING.test(w.key) && !ADJECTIVES().has(w.key) && !w.word.includes('-')) break;
  }
  if (last < 0) {
    // No plural in reach: a unit that stays singular ("5 km", "20 gigawatt"), or one of something.
    if (!(SINGULAR_UNITS().has(head.key) || (value === 1 && !STOP().has(head.key) && !head.capital && !OF_WORDS().has(head.key)))) return null;
    last = 0;
  }
  let end = collected[last].end;
  let unit = collected.slice(0, last + 1).map((w) => w.word).join(' ');
  const of = collected[last + 1];
  const object = collected[last + 2];
  if (of && object && OF_WORDS().has(of.key) && !STOP().has(object.key) && !object.capital) {
    unit += ` of ${object.word}`;
    end = object.end;
  }
  return { unit, end };
}

const LEADING_HYPHEN = /^[ \u00a0]*-/;

// Words next to a number are read with code-point tests rather than \p{…} regexes, which cost more
// to compile than a first article takes to read.
const isSpace = (code: number) => code === 0x20 || code === 0xa0;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
/** `[\p{L}\p{M}'’]`, the letters of a word after its first. */
const isWordChar = (code: number) => isApostrophe(code) || isCharClass(code, CharClass.Letter | CharClass.Mark);
const width = (code: number) => (code > 0xffff ? 2 : 1);

/**
 * The word after `at` (/[ \u00a0]*(?:-[ \u00a0]*)?([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)*)/uy):
 * the whole match and the word, or null.
 */
function wordAfter(text: string, at: number): [string, string] | null {
  // Like a /u regex, never start inside a surrogate pair.
  if (at > 0 && text.codePointAt(at - 1)! > 0xffff) at--;
  let start = scanWhile(text, at, isSpace);
  if (text.charCodeAt(start) === 0x2d) start = scanWhile(text, start + 1, isSpace);
  if (!isLetter(text.codePointAt(start)!)) return null;
  let end = scanWhile(text, start + width(text.codePointAt(start)!), isWordChar);
  while (text.charCodeAt(end) === 0x2d && isLetter(text.codePointAt(end + 1)!)) end = scanWhile(text, end + 1 + width(text.codePointAt(end + 1)!), isWordChar);
  return [text.slice(at, end), text.slice(start, end)];
}

/**
 * The word that `before` ends with, followed by spaces (/([\p{L}][\p{L}\p{M}'’]*)[ \u00a0]+$/u):
 * the whole match and the word, or null.
 */
function wordBefore(before: string): [string, string] | null {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null;
  let start = end;
  for (;;) {
    const code = start >= 2 ? before.codePointAt(start - 2)! : -1;
    const previous = code > 0xffff ? code : before.charCodeAt(start - 1);
    if (start === 0 || !isWordChar(previous)) break;
    start -= width(previous);
  }
  // The leftmost letter of the run starts the match.
  while (start < end && !isLetter(before.codePointAt(start)!)) start += width(before.codePointAt(start)!);
  return start < end ? [before.slice(start), before.slice(start, end)] : null;
}

/** `/^\p{Lu}/u.test(word)` */
const startsUpper = (word: string) => startsWithClass(word, CharClass.Upper);
/** `/[\d\p{L}]/u.test(char)` for one code unit (or none). */
const isDigitOrLetter = (char: string) => /\d/.test(char) || isLetter(char.charCodeAt(0));
/** Endings of English modifiers that may stand between a number and its noun. */
const ADJECTIVE_ENDING = /(?:al|ian|an|ed|ic|ive|ous|ful|less|able|ible|ary|ern|ish|ly|ing|ese|ent|ant)$/;
const ADJECTIVES = lazy(() => words('new old more other additional extra further young small large big long short high low full part heavy light senior junior top key major minor main dead missing civilian'));
/** Units written in the singular after any number. */
const SINGULAR_UNITS = lazy(() => words('km kg g m cm mm mi ft lb lbs oz t mw gw kw kwh mwh gwh watt kilowatt megawatt gigawatt hp mph kph ton tonne metre meter mile acre hectare degree barrel percent dozen'));
const OF_WORD_OTHER = lazy(() => words('de di del della dei degli des du van z з із из dari'));

function isPlural(word: string): boolean {
  const key = word.toLowerCase();
  if (IRREGULAR_PLURALS().has(key)) return true;
  return key.length > 2 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is');
}

/**
 * The figures of an article's body: each number with what it counts, its qualifier ("at least",
 * "about"), its normalised value ("1,000" → 1000, "€5bn" → 5e9) and the sentence it stands in.
 * Dates, times, years, ages and identifiers are left out. `dates` are the article's date mentions
 * in text order (`extractDates`); `analyzeArticle` passes those it already has, so the text is not
 * scanned for dates a second time.
 */
export function extractFigures(article: ParsedArticle, dates: readonly Span[] = extractDates(article)): Figure[] {
  const { text } = article;
  const language = article.language || 'en';
  const figures: Figure[] = [];
  let firstDate = 0;
  for (const sentence of article.sentences) {
    while (firstDate < dates.length && dates[firstDate].end <= sentence.start) firstDate++;
    const slice = text.slice(sentence.start, sentence.end);
    if (!HAS_CANDIDATE.test(slice)) continue;
    const inSentence: Span[] = [];
    for (let d = firstDate; d < dates.length && dates[d].start < sentence.end; d++) inSentence.push(dates[d]);
    for (const candidate of figuresOf(text, sentence, language, inSentence)) {
      const figure: Figure = {
        start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), value: candidate.value, unit: candidate.unit,
        sentence: { start: sentence.start, end: sentence.end },
      };
      if (candidate.qualifier) figure.qualifier = candidate.qualifier;
      figures.push(figure);
    }
  }
  return figures;
}
