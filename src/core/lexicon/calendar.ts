/**
 * Calendar words and day arithmetic for date extraction. Month and weekday names in the languages
 * Dossier reads (en, de, fr, it, es, pt, nl, id, uk, ru, pl, tr), looked up case- and
 * diacritic-insensitively, including the inflected forms that dates take in Slavic languages
 * ("28 травня", "28 мая", "28 maja"). Day arithmetic is pure integer arithmetic on the proleptic
 * Gregorian calendar, so no time zone can shift a date.
 */

import { CharClass, isCharClass, splitOnRuns } from '../text/charClass';

/** What a month word means. */
export interface MonthWord {
  /** 1 = January … 12 = December. */
  month: number;
  /** A short form ("Sept", "mag", "трав") that is only a month next to a day number or a year. */
  abbreviation: boolean;
  /** Languages whose month this word is, ISO 639-1. */
  languages: readonly string[];
}

/** What a weekday word means. */
export interface WeekdayWord {
  /** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
  weekday: number;
  /** A short form ("Wed", "Mi") that is only a weekday right before a date. */
  abbreviation: boolean;
  /**
   * The word also means something common that is not a weekday (Indonesian "minggu" is also "week",
   * Russian "среду" also "environment"): trust it only when capitalised or after a preposition.
   */
  ambiguous: boolean;
  languages: readonly string[];
}

/** A word that names a day relative to the day of writing ("yesterday" → -1). */
export interface RelativeDayWord {
  days: number;
  languages: readonly string[];
}

// Full month names, then inflected forms (genitive, locative) where the language has them. Index 0 is January.
const MONTHS: Record<string, readonly (readonly string[])[]> = {
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  de: [['januar', 'jänner'], ['februar', 'feber'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  fr: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  pt: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  id: [['januari'], ['februari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november'], ['desember']],
  uk: [
    ['січень', 'січня', 'січні'], ['лютий', 'лютого', 'лютому'], ['березень', 'березня', 'березні'], ['квітень', 'квітня', 'квітні'],
    ['травень', 'травня', 'травні'], ['червень', 'червня', 'червні'], ['липень', 'липня', 'липні'], ['серпень', 'серпня', 'серпні'],
    ['вересень', 'вересня', 'вересні'], ['жовтень', 'жовтня', 'жовтні'], ['листопад', 'листопада', 'листопаді'], ['грудень', 'грудня', 'грудні'],
  ],
  ru: [
    ['январь', 'января', 'январе'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'], ['апрель', 'апреля', 'апреле'],
    ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'], ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'],
    ['сентябрь', 'сентября', 'сентябре'], ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
  ],
  pl: [
    ['styczeń', 'stycznia', 'styczniu'], ['luty', 'lutego', 'lutym'], ['marzec', 'marca', 'marcu'], ['kwiecień', 'kwietnia', 'kwietniu'],
    ['maj', 'maja', 'maju'], ['czerwiec', 'czerwca', 'czerwcu'], ['lipiec', 'lipca', 'lipcu'], ['sierpień', 'sierpnia', 'sierpniu'],
    ['wrzesień', 'września', 'wrześniu'], ['październik', 'października', 'październiku'], ['listopad', 'listopada', 'listopadzie'], ['grudzień', 'grudnia', 'grudniu'],
  ],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
};

// Short forms. Many are ordinary words elsewhere (Italian "set", Portuguese "out", Spanish "ago"), so
// the date grammar accepts them only beside a day number or a year.
const MONTH_ABBREVIATIONS: Record<string, readonly (readonly string[])[]> = {
  en: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
  de: [['jan', 'jän'], ['feb'], ['mär', 'mrz'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dez']],
  fr: [['janv'], ['févr', 'fév'], [], ['avr'], [], [], ['juil'], [], ['sept'], ['oct'], ['nov'], ['déc']],
  it: [['gen'], ['feb'], ['mar'], ['apr'], ['mag'], ['giu'], ['lug'], ['ago'], ['set'], ['ott'], ['nov'], ['dic']],
  es: [['ene'], ['feb'], ['mar'], ['abr'], ['may'], ['jun'], ['jul'], ['ago'], ['sep', 'sept', 'set'], ['oct'], ['nov'], ['dic']],
  pt: [['jan'], ['fev'], ['mar'], ['abr'], ['mai'], ['jun'], ['jul'], ['ago'], ['set'], ['out'], ['nov'], ['dez']],
  nl: [['jan'], ['feb'], ['mrt'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dec']],
  id: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['agu', 'agt', 'ags'], ['sep', 'sept'], ['okt'], ['nov'], ['des']],
  uk: [['січ'], ['лют'], ['бер'], ['квіт'], ['трав'], ['черв'], ['лип'], ['серп'], ['вер'], ['жовт'], ['лист'], ['груд']],
  ru: [['янв'], ['фев', 'февр'], ['мар'], ['апр'], [], ['июн'], ['июл'], ['авг'], ['сен', 'сент'], ['окт'], ['ноя', 'нояб'], ['дек']],
  pl: [['sty'], ['lut'], ['mar'], ['kwi'], [], ['cze'], ['lip'], ['sie'], ['wrz'], ['paź'], ['lis'], ['gru']],
  tr: [['oca'], ['şub'], ['mar'], ['nis'], ['may'], ['haz'], ['tem'], ['ağu'], ['eyl'], ['eki'], ['kas'], ['ara']],
};

// Weekdays from Sunday (index 0). Slavic languages add the accusative of "on Wednesday" ("у середу",
// "в среду", "w środę") and the genitive used in dated headers.
const WEEKDAYS: Record<string, readonly (readonly string[])[]> = {
  en: [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday']],
  de: [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
  fr: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  it: [['domenica'], ['lunedì'], ['martedì'], ['mercoledì'], ['giovedì'], ['venerdì'], ['sabato']],
  es: [['domingo'], ['lunes'], ['martes'], ['miércoles'], ['jueves'], ['viernes'], ['sábado']],
  pt: [['domingo'], ['segunda-feira'], ['terça-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado']],
  nl: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
  id: [['minggu', 'ahad'], ['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu']],
  uk: [
    ['неділя', 'неділю', 'неділі'], ['понеділок', 'понеділка'], ['вівторок', 'вівторка'], ['середа', 'середу', 'середи'],
    ['четвер', 'четверга'], ["п'ятниця", "п'ятницю", "п'ятниці"], ['субота', 'суботу', 'суботи'],
  ],
  ru: [
    ['воскресенье', 'воскресенья'], ['понедельник', 'понедельника'], ['вторник', 'вторника'], ['среда', 'среду', 'среды'],
    ['четверг', 'четверга'], ['пятница', 'пятницу', 'пятницы'], ['суббота', 'субботу', 'субботы'],
  ],
  pl: [
    ['niedziela', 'niedzielę', 'niedzieli'], ['poniedziałek', 'poniedziałku'], ['wtorek', 'wtorku'], ['środa', 'środę', 'środy'],
    ['czwartek', 'czwartku'], ['piątek', 'piątku'], ['sobota', 'sobotę', 'soboty'],
  ],
  tr: [['pazar'], ['pazartesi'], ['salı'], ['çarşamba'], ['perşembe'], ['cuma'], ['cumartesi']],
};

const WEEKDAY_ABBREVIATIONS: Record<string, readonly (readonly string[])[]> = {
  en: [['sun'], ['mon'], ['tue', 'tues'], ['wed'], ['thu', 'thur', 'thurs'], ['fri'], ['sat']],
  de: [['so'], ['mo'], ['di'], ['mi'], ['do'], ['fr'], ['sa']],
  fr: [['dim'], ['lun'], ['mar'], ['mer'], ['jeu'], ['ven'], ['sam']],
  it: [['dom'], ['lun'], ['mar'], ['mer'], ['gio'], ['ven'], ['sab']],
  es: [['dom'], ['lun'], ['mar'], ['mié'], ['jue'], ['vie'], ['sáb']],
  pt: [['dom'], ['seg'], ['ter'], ['qua'], ['qui'], ['sex'], ['sáb']],
  nl: [['zo'], ['ma'], ['di'], ['wo'], ['do'], ['vr'], ['za']],
  uk: [['нд'], ['пн'], ['вт'], ['ср'], ['чт'], ['пт'], ['сб']],
  ru: [['вс'], ['пн'], ['вт'], ['ср'], ['чт'], ['пт'], ['сб']],
  pl: [['niedz', 'nd'], ['pon', 'pn'], ['wt'], ['śr'], ['czw'], ['pt'], ['sob']],
};

/** Weekday words that are also common non-date words in their language (see `WeekdayWord.ambiguous`). */
const AMBIGUOUS_WEEKDAYS = new Set(['minggu', 'среда', 'среду', 'среды', 'середа', 'середу', 'середи', 'pazar', 'cuma']);

// Single words for today, yesterday, tomorrow and the days either side. Words that also mean
// "morning" (German and Dutch "morgen", Spanish "mañana") are left to the date grammar, which can see their neighbours.
const RELATIVE_DAYS: Record<string, Record<string, number>> = {
  en: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 },
  de: { heute: 0, gestern: -1, vorgestern: -2, übermorgen: 2 },
  fr: { "aujourd'hui": 0, hier: -1, demain: 1, 'avant-hier': -2, 'après-demain': 2 },
  it: { oggi: 0, ieri: -1, domani: 1, stasera: 0, stanotte: 0, altroieri: -2, dopodomani: 2 },
  es: { hoy: 0, ayer: -1, anteayer: -2, anoche: -1 },
  pt: { hoje: 0, ontem: -1, amanhã: 1, anteontem: -2 },
  nl: { vandaag: 0, gisteren: -1, eergisteren: -2, overmorgen: 2, vanavond: 0 },
  id: { kemarin: -1, besok: 1, lusa: 2 },
  uk: { сьогодні: 0, вчора: -1, учора: -1, завтра: 1, позавчора: -2, післязавтра: 2 },
  ru: { сегодня: 0, вчера: -1, завтра: 1, позавчера: -2, послезавтра: 2 },
  pl: { dzisiaj: 0, dziś: 0, wczoraj: -1, jutro: 1, przedwczoraj: -2, pojutrze: 2 },
  tr: { bugün: 0, dün: -1, yarın: 1 },
};

/** Combining marks (\p{M}), dropped after NFD; a table lookup, where the regex cost a millisecond to compile. */
const isMark = (code: number): boolean => isCharClass(code, CharClass.Mark);
const APOSTROPHES = /['’ʼ`´]/g;
/** Characters that lose a mark or get folded: accented Latin, combining marks, й ё ї ў, ı ł đ ø ħ. */
const DECOMPOSABLE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u0419\u0439\u0401\u0451\u0407\u0457\u040e\u045e]/;
/** Already a key once lower-cased (the few non-ASCII letters that lower-case to ASCII, like the Kelvin sign). */
const PLAIN = /^[a-z0-9-]*$/;
const UNDECOMPOSED = /[ıłđøħ]/g;
const FOLDED: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', ħ: 'h' };

/**
 * The lookup key of a word: lower case, without diacritics or apostrophes, Turkish dotless ı and
 * Polish ł folded to i and l. "Lunedì", "lunedi" and "LUNEDÌ" share a key, as do "п'ятниця" and "пʼятниця".
 */
export function normalizeWord(word: string): string {
  // Plain ASCII words, most words of most texts, are their own key or its capitalised form: read
  // by character codes, without a pattern or a lower-cased copy when there is nothing to lower.
  let upper = false;
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) continue;
    if (c >= 65 && c <= 90) upper = true;
    else break;
  }
  if (i === word.length) return upper ? word.toLowerCase() : word;
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  // Letters with a stroke or dotless i do not decompose under NFD, so they are folded by hand. Most
  // non-Latin words (plain Cyrillic) have nothing to decompose and skip the costly normalisation.
  const key = DECOMPOSABLE.test(lower) ? splitOnRuns(lower.normalize('NFD'), isMark).join('').replace(UNDECOMPOSED, (c) => FOLDED[c]) : lower;
  return key.replace(APOSTROPHES, '');
}

const allSpellings = new Set<string>();

function buildTable<T>(
  table: Record<string, readonly (readonly string[])[]>,
  make: (index: number, language: string) => T,
  merge: (existing: T, language: string) => void,
  into: Map<string, T> = new Map(),
): Map<string, T> {
  for (const [language, rows] of Object.entries(table)) {
    rows.forEach((forms, index) => {
      for (const form of forms) {
        allSpellings.add(form);
        const key = normalizeWord(form);
        const existing = into.get(key);
        if (existing) merge(existing, language);
        else into.set(key, make(index, language));
      }
    });
  }
  return into;
}

function addLanguage(entry: { languages: readonly string[] }, language: string): void {
  if (!entry.languages.includes(language)) (entry.languages as string[]).push(language);
}

// Where two languages share a key (Portuguese "mar" and English "mar"), the full name wins over an
// abbreviation because full names are built first.
const monthTable = buildTable<MonthWord>(MONTH_ABBREVIATIONS, (i, language) => ({ month: i + 1, abbreviation: true, languages: [language] }), addLanguage,
  buildTable<MonthWord>(MONTHS, (i, language) => ({ month: i + 1, abbreviation: false, languages: [language] }), addLanguage));

const weekdayTable = buildTable<WeekdayWord>(WEEKDAY_ABBREVIATIONS, (i, language) => ({ weekday: i, abbreviation: true, ambiguous: true, languages: [language] }), addLanguage,
  buildTable<WeekdayWord>(WEEKDAYS, (i, language) => ({ weekday: i, abbreviation: false, ambiguous: false, languages: [language] }), addLanguage));
for (const word of AMBIGUOUS_WEEKDAYS) weekdayTable.get(normalizeWord(word))!.ambiguous = true;

const relativeDayTable = new Map<string, RelativeDayWord>();
for (const [language, words] of Object.entries(RELATIVE_DAYS)) {
  for (const [word, days] of Object.entries(words)) {
    allSpellings.add(word);
    const key = normalizeWord(word);
    const existing = relativeDayTable.get(key);
    if (existing) addLanguage(existing, language);
    else relativeDayTable.set(key, { days, languages: [language] });
  }
}

/** Every month, weekday and relative-day word as the lists write it (lower case, with its diacritics). */
export const calendarSpellings: ReadonlySet<string> = allSpellings;
/** Month words by `normalizeWord` key, for callers that already hold keys. */
export const monthWords: ReadonlyMap<string, MonthWord> = monthTable;
/** Weekday words by `normalizeWord` key. */
export const weekdayWords: ReadonlyMap<string, WeekdayWord> = weekdayTable;
/** Words for today, yesterday, tomorrow… by `normalizeWord` key. */
export const relativeDayWords: ReadonlyMap<string, RelativeDayWord> = relativeDayTable;

/** The month a word names ("May", "mai", "травня", "Sept"), or undefined. */
export function lookupMonth(word: string): MonthWord | undefined {
  return monthTable.get(normalizeWord(word));
}

/** The weekday a word names ("Wednesday", "mercoledì", "у середу" → "середу"), or undefined. */
export function lookupWeekday(word: string): WeekdayWord | undefined {
  return weekdayTable.get(normalizeWord(word));
}

/** Month number 1–12 of a full or inflected month name ("May", "травня", "maja"), abbreviations excluded. */
export function monthNumber(word: string): number | undefined {
  const entry = lookupMonth(word);
  return entry && !entry.abbreviation ? entry.month : undefined;
}

/** Weekday number 0 (Sunday) – 6 of a full weekday name in any form ("Monday", "у середу" → "середу"), abbreviations excluded. */
export function weekdayNumber(word: string): number | undefined {
  const entry = lookupWeekday(word);
  return entry && !entry.abbreviation ? entry.weekday : undefined;
}

/** The day offset a single word names ("yesterday" → -1, "сьогодні" → 0), or undefined. */
export function lookupRelativeDay(word: string): RelativeDayWord | undefined {
  return relativeDayTable.get(normalizeWord(word));
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** English name of month 1–12, for explanations. */
export function monthName(month: number): string {
  return ENGLISH_MONTHS[month - 1];
}

/** English name of weekday 0 (Sunday) – 6, for explanations. */
export function weekdayName(weekday: number): string {
  return ENGLISH_WEEKDAYS[weekday];
}

// ---------------------------------------------------------------------------------------------
// Day arithmetic on ISO dates, as integers: no Date object, so no time zone or DST can move a day.

/** A calendar day. */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/** True when year/month/day name a real day (no 30 February, no 29 February 2025). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before), for the proleptic Gregorian calendar. */
export function toDayNumber({ year, month, day }: CalendarDay): number {
  // Howard Hinnant's days_from_civil: years start in March so the leap day falls at the end.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar day of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): CalendarDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The number written by the ASCII digits [start, end) of `text`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The day of an ISO date or date-time ("2025-05-28", "2025-05-28T19:20Z"), or null if it is not a
 * real day. Read by character codes rather than a pattern: the date engine asks for every date it
 * resolves, and a match array with three strings per question added up.
 */
export function parseIsoDay(iso: string): CalendarDay | null {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4), month = digitsAt(iso, 5, 7), day = digitsAt(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD`. */
export function formatIsoDay({ year, month, day }: CalendarDay): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM`. */
export function formatIsoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

function requireDay(iso: string): CalendarDay {
  const day = parseIsoDay(iso);
  if (!day) throw new RangeError(`not an ISO day: ${iso}`);
  return day;
}

/** `iso` plus `days` (may be negative). Throws on a malformed date. */
export function addDays(iso: string, days: number): string {
  return formatIsoDay(fromDayNumber(toDayNumber(requireDay(iso)) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(requireDay(to)) - toDayNumber(requireDay(from));
}

/** Weekday of an ISO date: 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
export function weekdayOfIso(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(requireDay(iso)) + 4) % 7) + 7) % 7;
}

/** Month `month` of `year` moved by `months`, as [year, month]. */
export function addMonths(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/** "2 June 2025" for an ISO day, "May 2025" for an ISO month, for hovers and explanations. */
export function describeIso(iso: string): string {
  const day = parseIsoDay(iso);
  if (day) return `${day.day} ${monthName(day.month)} ${day.year}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return `${monthName(+month[2])} ${month[1]}`;
  return iso;
}
