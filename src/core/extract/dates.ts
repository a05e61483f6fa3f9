import type { DateGrain, DateMention, ParsedArticle, RegionKind, Span } from '../model';
import {
  addDays, addMonths, daysInMonth, describeIso, formatIsoDay, formatIsoMonth, fromDayNumber, isValidDay, weekdayOfIso,
  calendarSpellings, monthName, monthWords, normalizeWord, parseIsoDay, relativeDayWords, toDayNumber, weekdayName, weekdayWords,
} from '../lexicon/calendar';
import type { CalendarDay } from '../lexicon/calendar';
import { CharClass, execAfterNonLetter, isCharClass } from '../text/charClass';

/** How `scanDates` reads a stretch of text. */
export interface ScanDatesOptions {
  /** ISO day that relative expressions count from (the publication date), or null when unknown. */
  reference: string | null;
  /** Added to every offset, so a slice of a larger text can be scanned. */
  offset?: number;
  /**
   * Whether the expression starting at `start` (offset already added) is spoken of as future, so a
   * bare weekday resolves forward. Default: tense cues around it in the scanned text.
   */
  future?: (start: number) => boolean;
  /** ISO day last mentioned before this text, for "two days earlier"; the reference when absent. */
  anchor?: string | null;
  /** ISO 639-1 language of the text. Words that are dates in one language and ordinary words in another ("hier") count only in theirs. */
  language?: string;
}

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * A word or a run of digits. The text, key and case are worked out only for the few words that are
 * looked at: every word of every article becomes a token, and most are turned away by their hash.
 */
class Token {
  private cachedRaw: string | undefined;
  private cachedKey: string | undefined;

  constructor(private readonly source: string, readonly start: number, readonly end: number, readonly num: number) {}

  /** The token as written. */
  get raw(): string {
    return (this.cachedRaw ??= this.source.slice(this.start, this.end));
  }

  /** `normalizeWord` of the raw text without possessive 's or French elision; digits as written. */
  get key(): string {
    if (this.cachedKey === undefined) {
      const raw = this.raw;
      const ascii = this.num >= 0 ? ASCII_LOWER : asciiLetters(raw);
      this.cachedKey = ascii === ASCII_LOWER ? raw : ascii === ASCII_MIXED ? raw.toLowerCase() : normalizeWord(raw.replace(ELISION, '').replace(POSSESSIVE, ''));
    }
    return this.cachedKey;
  }

  set key(value: string) {
    this.cachedKey = value;
  }

  get capital(): boolean {
    if (this.num >= 0) return false;
    const first = this.source.charCodeAt(this.start);
    // ASCII without building strings; other scripts by their case mapping, as before.
    if (first < 128) return first >= 65 && first <= 90;
    const c = this.source.charAt(this.start);
    return c !== c.toLowerCase();
  }
}

// Character classes for the tokenizer: the letters of the scripts the calendar covers (Latin and
// Cyrillic). A hand-written scanner over char codes costs a fraction of a Unicode-aware regex, and
// runs over every character of every article. Upper case is kept apart so that a heading glued to
// the next word ("Tetyana OliynykWednesday") splits where a lower-case letter meets a capital.
const OTHER = 0, DIGIT = 1, UPPER = 2, LOWER = 3, APOSTROPHE = 4;
const CHAR_CLASS = new Uint8Array(0x2020);
const classify = (from: number, to: number, kind: number): void => {
  for (let c = from; c <= to; c++) CHAR_CLASS[c] = kind;
};
classify(0x30, 0x39, DIGIT);
classify(0x41, 0x5a, UPPER); classify(0xc0, 0xd6, UPPER); classify(0xd8, 0xde, UPPER); classify(0x400, 0x42f, UPPER);
classify(0x61, 0x7a, LOWER); classify(0xdf, 0xf6, LOWER); classify(0xf8, 0x24f, LOWER); classify(0x300, 0x36f, LOWER);
classify(0x430, 0x4ff, LOWER); classify(0x1e00, 0x1eff, LOWER);
CHAR_CLASS[0x27] = APOSTROPHE; CHAR_CLASS[0x2019] = APOSTROPHE; CHAR_CLASS[0x2bc] = APOSTROPHE;
const charClass = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 0x2020 ? CHAR_CLASS[c] : OTHER;
};
const ASCII_LOWER = 0, ASCII_MIXED = 1, NOT_ASCII = 2;
/** Whether `word` is only a–z (already a key), only A–Z and a–z (a key once lower-cased), or neither. */
function asciiLetters(word: string): number {
  let kind = ASCII_LOWER;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) kind = ASCII_MIXED;
    else return NOT_ASCII;
  }
  return kind;
}
const ELISION = /^[cdjlmnst]['’]/i;
const POSSESSIVE = /['’]s$/i;

/** End of the word that starts at `i`: letters, and apostrophes between letters ("aujourd'hui", "п'ятниця"). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  if (charClass(text, j) === UPPER) {
    j++;
    if (j < n && charClass(text, j) === UPPER) {
      // An all-capital run ("UN", "MAY"), minus a last capital that begins a capitalised word ("UNSecurity").
      while (j < n && charClass(text, j) === UPPER) j++;
      if (j < n && charClass(text, j) === LOWER && j - i > 1) j--;
      return j;
    }
  }
  for (;;) {
    while (j < n && charClass(text, j) === LOWER) j++;
    if (j + 1 < n && charClass(text, j) === APOSTROPHE && charClass(text, j + 1) === LOWER && j > i) j++;
    else return j;
  }
}

/** The value of the digits [start, end) (at most nine, so exact), without making a string of them. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Hyphenated calendar words, joined back from their parts ("segunda-feira", "avant-hier"). */
const HYPHENATED = new Set(['segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'avant-hier', 'apres-demain']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const kind = charClass(text, i);
    if (kind === OTHER || kind === APOSTROPHE) {
      i++;
      continue;
    }
    const start = i;
    if (kind === DIGIT) {
      while (i < n && charClass(text, i) === DIGIT) i++;
      tokens.push(new Token(text, start, i, i - start > 9 ? Number.MAX_SAFE_INTEGER : digitsValue(text, start, i)));
      continue;
    }
    i = wordEnd(text, i);
    const token = new Token(text, start, i, -1);
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === start - 1 && text.charCodeAt(previous.end) === 45 && previous.num < 0 && HYPHENATED.has(`${previous.key}-${token.key}`)) {
      const joined = new Token(text, previous.start, token.end, -1);
      joined.key = `${previous.key}-${token.key}`;
      tokens[tokens.length - 1] = joined;
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Word lists of the date grammar (normalised keys)

/** Every word of the grammar's lists as written, so that the scanner can recognise words without normalising them. */
const SPELLINGS = new Set<string>(calendarSpellings);
const listed = (word: string): string => {
  SPELLINGS.add(word);
  return normalizeWord(word);
};
const words = (list: string): Set<string> => new Set(list.split(' ').map(listed));

/** Prepositions that make an ambiguous weekday or month word a date ("on Monday", "в среду", "in May"). */
const DATE_PREPOSITIONS = words('on in since by until till from during through before after of to between and or am im seit bis vom ab le en depuis il dal al nel del el desde hasta no na em desde op sinds tot pada sejak hingga sampai у в во з із до від с со по w we od do na od');
const EARLY = words('early');
const MID = words('mid middle');
const LATE = words('late end');

/**
 * A word list by language. A word counts in its own languages and, English being the common
 * language of news, in English; "ten" is a number in English and "this" in Polish, "an" a year only
 * in French.
 */
class Vocabulary<V> {
  private readonly entries = new Map<string, { value: V; languages: string[] }>();

  add(language: string, list: string, value: V): this {
    for (const word of list.split(' ')) {
      const key = listed(word);
      const entry = this.entries.get(key);
      if (!entry) this.entries.set(key, { value, languages: [language] });
      else if (!entry.languages.includes(language)) entry.languages.push(language);
    }
    return this;
  }

  get(key: string, language: string | undefined): V | undefined {
    const entry = this.entries.get(key);
    return entry && (!language || entry.languages.includes(language) || entry.languages.includes('en')) ? entry.value : undefined;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}

type Modifier = 'previous' | 'next' | 'this';
const MODIFIERS = new Vocabulary<Modifier>();
for (const [language, previous, next, current] of [
  ['en', 'last past previous', 'next coming following', 'this'],
  ['de', 'letzten letzte letzter vergangenen vergangene vergangener', 'nächsten nächste nächster kommenden kommende kommender', 'diese dieser diesem dieses'],
  ['fr', 'dernier dernière passé passée', 'prochain prochaine', 'ce cette'],
  ['it', 'scorso scorsa', 'prossimo prossima', 'questo questa'],
  ['es', 'pasado pasada', 'próximo próxima', 'este esta'],
  ['pt', 'passado passada', 'próximo próxima', 'este esta'],
  ['nl', 'vorige vorig afgelopen', 'volgende komende', 'deze dit'],
  ['id', 'lalu', 'depan mendatang', 'ini'],
  ['uk', 'минулого минулий минулу минулої минулому минулій', 'наступного наступний наступну наступної наступному наступній', 'цього цей цю цієї цьому'],
  ['ru', 'прошлый прошлую прошлой прошлом прошлого', 'следующий следующую следующей следующем следующего', 'этот эту этой этом этого'],
  ['pl', 'zeszły zeszła zeszłym zeszłej zeszłego ubiegły ubiegła ubiegłym ubiegłej ubiegłego', 'przyszły przyszła przyszłym przyszłej przyszłego', 'ten ta tym tej tego'],
  ['tr', 'geçen', 'gelecek önümüzdeki', 'bu'],
]) MODIFIERS.add(language, previous, 'previous').add(language, next, 'next').add(language, current, 'this');

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
const UNITS = new Vocabulary<Unit | 'weekend'>();
for (const [language, minute, hour, day, week, month, year, weekend] of [
  ['en', 'minute minutes min mins', 'hour hours hr hrs', 'day days', 'week weeks', 'month months', 'year years', 'weekend weekends'],
  ['de', 'Minute Minuten', 'Stunde Stunden', 'Tag Tage Tagen', 'Woche Wochen', 'Monat Monate Monaten Monats', 'Jahr Jahre Jahren Jahres', 'Wochenende Wochenendes'],
  ['fr', 'minute minutes', 'heure heures', 'jour jours', 'semaine semaines', 'mois', 'an ans année années', ''],
  ['it', 'minuto minuti', 'ora ore', 'giorno giorni', 'settimana settimane', 'mese mesi', 'anno anni', 'weekend'],
  ['es', 'minuto minutos', 'hora horas', 'día días', 'semana semanas', 'mes meses', 'año años', ''],
  ['pt', 'minuto minutos', 'hora horas', 'dia dias', 'semana semanas', 'mês meses', 'ano anos', ''],
  ['nl', 'minuut minuten', 'uur', 'dag dagen', 'week weken', 'maand maanden', 'jaar jaren', 'weekend'],
  ['id', 'menit', 'jam', 'hari', 'minggu pekan', 'bulan', 'tahun', ''],
  ['uk', 'хвилину хвилини хвилин', 'годину години годин', 'день дні днів дня', 'тиждень тижні тижнів тижня', 'місяць місяці місяців місяця', 'рік роки років року році', 'вихідні вихідних'],
  ['ru', 'минуту минуты минут', 'час часа часов', 'день дня дней', 'неделю недели недель неделя неделе', 'месяц месяца месяцев месяце', 'год года лет году', 'выходные выходных'],
  ['pl', 'minutę minuty minut', 'godzinę godziny godzin', 'dzień dni', 'tydzień tygodnie tygodni tygodniu tygodnia', 'miesiąc miesiące miesięcy miesiącu miesiąca', 'rok lata lat roku', 'weekend weekendu'],
  ['tr', 'dakika', 'saat', 'gün', 'hafta', 'ay', 'yıl', ''],
]) {
  const lists: [string, Unit | 'weekend'][] = [[minute, 'minute'], [hour, 'hour'], [day, 'day'], [week, 'week'], [month, 'month'], [year, 'year'], [weekend, 'weekend']];
  for (const [list, unit] of lists) if (list) UNITS.add(language, list, unit);
}

/** Spelled numbers one to twelve; "a couple" is two. */
const NUMBERS = new Vocabulary<number>();
for (const [language, list] of [
  ['en', 'a|an|one two|couple three four five six seven eight nine ten eleven twelve'],
  ['de', 'ein|eine|einem|einer|einen zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'],
  ['fr', 'un|une deux trois quatre cinq six sept huit neuf dix onze douze'],
  ['it', 'un|una|uno due tre quattro cinque sei sette otto nove dieci undici dodici'],
  ['es', 'un|una|uno dos tres cuatro cinco seis siete ocho nueve diez once doce'],
  ['pt', 'um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze'],
  ['nl', 'een twee drie vier vijf zes zeven acht negen tien elf twaalf'],
  ['id', 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas'],
  ['uk', "один|одна|одну два|дві три чотири п'ять шість сім вісім дев'ять десять"],
  ['ru', 'один|одна|одну два|две три четыре пять шесть семь восемь девять десять'],
  ['pl', 'jeden|jedna|jedną dwa|dwie trzy cztery pięć sześć siedem osiem dziewięć dziesięć'],
  ['tr', 'bir iki üç dört beş altı yedi sekiz dokuz on'],
]) list.split(' ').forEach((forms, i) => NUMBERS.add(language, forms.replace(/\|/g, ' '), i + 1));

/** Weekend phrases of several words ("fin de semana", "week-end", "akhir pekan"). */
const WEEKEND_PHRASES = ['fin de semana', 'fim de semana', 'fin de semaine', 'fine settimana', 'week end', 'akhir pekan', 'akhir minggu', 'hafta sonu']
  .map((phrase) => phrase.split(' ').map(normalizeWord));
/** Words after a count that make it an "ago" ("2 days ago", "2 giorni fa", "2 дні тому"). */
const AGO_AFTER = words('ago fa geleden lalu тому назад temu önce atrás');
/** Words before a count that make it an "ago" ("vor 2 Tagen", "hace 2 días", "há 2 dias"). */
const AGO_BEFORE = words('vor hace há');
const EARLIER = words('earlier before prior prima antes avant auparavant zuvor vorher früher eerder daarvoor sebelumnya раніше ранее раньше wcześniej');
const LATER = words('later after dopo después depois après später danach kemudian пізніше позже później sonra');
/** English earlier/later words that are also prepositions: followed by a noun they count from an event ("two days after the vote"). */
const PREPOSITIONAL = words('before after prior');
/** The same in Romance languages, where the event comes after a linking word ("due giorni prima del voto", "dos días antes de la votación"). */
const ROMANCE_PREPOSITIONAL = words('prima dopo antes después depois avant après');
const EVENT_LINKS = words('di del della dello dei degli de da do das dos le la les il lo gli el los las al');
const SEASONS = new Map<string, number>();
for (const [start, list] of [
  [3, 'spring springtime frühling frühjahr printemps primavera lente voorjaar весна весни навесні весной wiosna wiosną wiosny wiosnę ilkbahar'],
  [6, 'summer summertime sommer été estate verano verão zomer літо літа влітку лето летом лета latem'],
  [9, 'autumn fall herbst automne autunno otoño outono herfst najaar осінь осені восени осень осенью jesień jesienią sonbahar'],
  [12, 'winter wintertime hiver inverno invierno зима зими взимку зимой зимы zima zimą zimy zimę kış'],
] as [number, string][]) for (const w of list.split(' ')) SEASONS.set(listed(w), start);
/** Season words that are ordinary words in English or another language: only with a year, a modifier or in their own language. */
const SEASON_LANGUAGE: Record<string, string> = { estate: 'it', lato: 'pl', ete: 'fr', kis: 'tr', lente: 'nl', latem: 'pl', verao: 'pt' };
const DAY_PARTS = words('morning afternoon evening night overnight');
/** Nouns counted by a number that looks like a year ("2000 troops" is not a date). */
const COUNT_NOUNS = words('people persons soldiers troops civilians men women children prisoners detainees bodies drones missiles rockets shells tanks units homes houses buildings residents refugees migrants votes signatures dollars euros pounds hryvnias rubles roubles tonnes tons km kilometres kilometers miles metres meters hectares acres feet jobs times cases deaths victims patients students workers fighters members delegates participants visitors tourists flights vehicles cars boats ships aircraft planes jets guns rifles weapons shells barrels shares points percent words pages');
const CURRENCY_BEFORE = /[$€£¥₴₽₺]\s*$/;

// ---------------------------------------------------------------------------------------------
// Tense: does a sentence speak of a bare weekday as coming or past?

const FUTURE_CUES = words('will shall would wird werden soll sollen sera seront sara saranno sera seran vai vao ira zal zullen akan буде будуть будет будут bedzie beda going upcoming scheduled slated due expected expects expect plan plans planned planning intends intend aims hopes set next coming prevu prevue previsto prevista gepland geplant geplante запланована запланував планує планирует запланирована состоится відбудеться odbedzie zaplanowane yapilacak');
/** Verbs that put what follows in the future ("proposed talks on Monday") but date themselves when right before the day ("proposed on Monday"). */
const PROPOSAL_CUES = words('propose proposes proposed proposing proposal suggest suggests suggested suggesting invited invites offered offers предложила предложил предложили запропонувала запропонував запропонували пропонує');
const PAST_CUES = words('was were had did ago yesterday earlier previously last said told met held took gave made came went spoke wrote began struck hit left sent saw won lost fell rose brought fought caught kept led ran shot stood broke chose drove flew threw wore sought thought bought became knew understood war waren hatte hatten wurde wurden fue fueron foi foram era erano ha avait було була був були было была был были');
const PASSIVE_AUXILIARIES = words('be been being');

/** Words that open a new clause: a tense cue beyond them belongs to another verb. */
const CLAUSE_WORDS = words('that which who whom because after before when while where since as but and');
const CLAUSE_BREAK = /[;:"“”«»„()\[\]]/;
/** How many words after a date a tense cue may stand ("the talks on Monday will focus"). */
const FORWARD_REACH = 6;
/** How far back a tense cue may stand: within the sentence, and a long sentence's verb is not far off. */
const BACKWARD_REACH = 40;
const SENTENCE_END = /[.!?]\s|\n/;
/** What stands before the first word of a sentence or line. */
const SENTENCE_START = /(?:^|[.!?:;"“”«»(\n]\s*|\n)$/;

/** Future verb endings of languages that inflect the future ("si riunirà", "se prolongará", "será"). */
const FUTURE_ENDINGS: Record<string, RegExp> = {
  it: /(?:rà|ranno|rò|remo)$/, es: /(?:rá|rán|ré|remos)$/, pt: /(?:rá|rão|rei|remos)$/, fr: /(?:[^é]ra|ront|rons|rai)$/,
};
/** "until Tuesday", "fino a martedì", "hasta el domingo", "до вівторка": a limit ahead, when right before the day. */
const UNTIL_CUES: Record<string, Set<string>> = {
  en: words('until till'), de: words('bis'), fr: words('jusqua partir'), it: words('fino'), es: words('hasta partir'), pt: words('ate partir'),
  nl: words('tot'), id: words('hingga sampai'), uk: words('до'), ru: words('до'), pl: words('do'), tr: words('kadar'),
};
const UNTIL_REACH = 3;

/** "we'll", "they’ll" */
function isContractedWill(raw: string): boolean {
  const n = raw.length;
  if (n < 4 || (raw.charCodeAt(n - 1) | 32) !== 108 || (raw.charCodeAt(n - 2) | 32) !== 108) return false;
  const apostrophe = raw.charCodeAt(n - 3);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

function tenseOf(tokens: readonly Token[], i: number, language: string): 'future' | 'past' | 'proposal' | 'until' | undefined {
  const { key, raw } = tokens[i];
  if (isContractedWill(raw)) return 'future';
  if (UNTIL_CUES[language]?.has(key)) return 'until';
  if (FUTURE_ENDINGS[language]?.test(raw.toLowerCase()) && raw.length > 4) return 'future';
  if (FUTURE_CUES.has(key)) return key === 'set' && tokens[i + 1]?.key !== 'to' ? undefined : 'future';
  if (PROPOSAL_CUES.has(key)) return 'proposal';
  if (PAST_CUES.has(key)) return PASSIVE_AUXILIARIES.has(tokens[i - 1]?.key ?? '') ? undefined : 'past';
  // English regular past ("launched", "lambasted"); participles after be/been are passive, not tense.
  if (key.length >= 5 && key.endsWith('ed') && !tokens[i].capital && !PASSIVE_AUXILIARIES.has(tokens[i - 1]?.key ?? '')) return 'past';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The scanner

interface Found {
  start: number;
  end: number;
  /** Index of the first token after the expression. */
  next: number;
  value: string | null;
  grain: DateGrain;
  relative: boolean;
  explanation: string;
  time: string | undefined;
  /** Counted back from the moment of writing ("2 days ago"), as a page's timestamp is. */
  counted: boolean;
}

/** What a matcher says about the expression it found, besides where it is. */
type FoundFields = Pick<Found, 'value' | 'grain' | 'relative' | 'explanation'> & { counted?: boolean };

/**
 * Every Found is made here, with every field, so that all share one shape: copies made with object
 * spreads and overrides took V8's slow path and cost more than the rest of a date line's scan.
 */
function makeFound(start: number, end: number, next: number, value: string | null, grain: DateGrain, relative: boolean, explanation: string, time: string | undefined, counted: boolean): Found {
  return { start, end, next, value, grain, relative, explanation, time, counted };
}

/** `found` with another extent, explanation or time. */
function changedFound(found: Found, start: number, end: number, next: number, explanation: string, time: string | undefined): Found {
  return makeFound(start, end, next, found.value, found.grain, found.relative, explanation, time, found.counted);
}

class Scanner {
  readonly tokens: Token[];
  readonly ref: CalendarDay | null;
  readonly refIso: string | null;
  anchor: string | null;
  private readonly starts: Starts;
  /** The reference as hovers write it ("28 May 2025") and its weekday, worked out once. */
  private readonly refText: string;
  private readonly refWeekday: number;
  /** Mentions whose `Found.counted` was set. */
  readonly counted = new WeakSet<DateMention>();
  private readonly futureAt: (index: number) => boolean;

  constructor(readonly text: string, readonly options: ScanDatesOptions) {
    this.tokens = tokenize(text);
    this.starts = startsFor(options.language);
    const reference = options.reference ? referenceDay(options.reference) : null;
    this.ref = reference?.day ?? null;
    this.refIso = reference?.iso ?? null;
    this.anchor = options.anchor && parseIsoDay(options.anchor) ? options.anchor.slice(0, 10) : null;
    this.refText = reference?.text ?? '';
    this.refWeekday = reference?.weekday ?? -1;
    const offset = options.offset ?? 0;
    const future = options.future;
    this.futureAt = future ? (i) => future(this.tokens[i].start + offset) : (i) => this.futureByCues(i);
  }

  /**
   * Default tense judgement for the date at token `index`: the nearer of the last tense cue before it
   * in the text and the first one after it in the same clause; past when there is none.
   */
  private futureByCues(index: number): boolean {
    const { tokens } = this;
    const language = this.options.language ?? 'en';
    let back: { distance: number; future: boolean } | undefined;
    for (let i = index - 1; i >= 0 && !back && index - i <= BACKWARD_REACH; i--) {
      if (SENTENCE_END.test(this.gap(i + 1))) break;
      const verdict = tenseOf(tokens, i, language);
      if (verdict === 'until') {
        if (index - i <= UNTIL_REACH) return true;
        continue;
      }
      // "proposed on Monday" dates the proposal; "proposed talks … on Monday" dates the talks.
      if (verdict) back = { distance: index - i, future: verdict === 'future' || (verdict === 'proposal' && index - i > 2) };
    }
    for (let i = index + 1; i < tokens.length && i - index <= FORWARD_REACH; i++) {
      if (CLAUSE_WORDS.has(tokens[i].key) || CLAUSE_BREAK.test(this.gap(i)) || SENTENCE_END.test(this.gap(i))) break;
      const verdict = tenseOf(tokens, i, language);
      if (verdict && verdict !== 'until') return !back || i - index < back.distance ? verdict === 'future' : back.future;
    }
    return back?.future ?? false;
  }

  scan(): DateMention[] {
    const out: DateMention[] = [];
    const offset = this.options.offset ?? 0;
    const { tokens } = this;
    for (let i = 0; i < tokens.length;) {
      const found = this.matchAt(i);
      if (!found) {
        i++;
        continue;
      }
      const mention: DateMention = {
        start: found.start + offset, end: found.end + offset, text: this.text.slice(found.start, found.end),
        value: found.value, grain: found.grain, relative: found.relative, explanation: found.explanation,
      };
      if (found.time) mention.time = found.time;
      if (found.counted) this.counted.add(mention);
      out.push(mention);
      if (found.grain === 'day' && found.value) this.anchor = found.value;
      i = Math.max(found.next, i + 1);
    }
    return out;
  }

  private matchAt(i: number): Found | null {
    const t = this.tokens[i];
    if (t.num >= 0) {
      return this.numericDate(i) ?? this.dayFirst(i) ?? this.countedUnits(i) ?? this.clockTime(i) ?? this.year(i);
    }
    // Most words begin no date: they are turned away by their spelling, without being normalised
    // (or even cut out of the text: a signature of their letters rules most of them out).
    const { text } = this;
    let kinds = this.starts.maybe[spellingSignature(text, t.start, t.end)] ? this.starts.kinds.get(t.raw) : undefined;
    if (kinds === undefined) {
      // Lists are written with their diacritics and also match without them ("lunedi"); a starter
      // written otherwise has an apostrophe: possessives ("Monday's"), elisions ("l'an").
      if (!hasApostrophe(text, t.start, t.end)) return null;
      kinds = startKinds(t.key, this.options.language);
      if (!kinds) return null;
    }
    return (kinds & START_WEEKDAY ? this.weekday(i) : null) ?? (kinds & START_MONTH ? this.monthFirst(i) : null)
      ?? (kinds & START_RELATIVE ? this.relativeWord(i) : null) ?? (kinds & START_COUNT ? this.countedUnits(i) : null)
      ?? (kinds & START_PERIOD ? this.period(i) : null) ?? (kinds & START_SEASON ? this.season(i) : null);
  }

  // --- helpers over tokens ---------------------------------------------------------------------

  private gap(i: number): string {
    const { tokens } = this;
    return i <= 0 || i >= tokens.length ? '' : this.text.slice(tokens[i - 1].end, tokens[i].start);
  }

  /** True when token i follows token i-1 after nothing but spaces (or the given pattern). */
  private joined(i: number, pattern: RegExp = SPACES): boolean {
    return i > 0 && i < this.tokens.length && pattern.test(this.gap(i));
  }

  private isFuture(i: number): boolean {
    return this.futureAt(i);
  }

  private modifier(key: string): Modifier | undefined {
    return MODIFIERS.get(key, this.options.language);
  }

  private unit(key: string): Unit | 'weekend' | undefined {
    return UNITS.get(key, this.options.language);
  }

  private number(key: string): number | undefined {
    return NUMBERS.get(key, this.options.language);
  }

  /** Extends a match leftwards over modifiers ("early", "mid-", "last", "the past") and says which. */
  private modifiersBefore(i: number): { first: number; early: boolean; mid: boolean; late: boolean; previous: boolean; next: boolean; thisOne: boolean; the: boolean } {
    const result = { first: i, early: false, mid: false, late: false, previous: false, next: false, thisOne: false, the: false };
    for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
      if (!this.joined(j + 1, SPACE_OR_HYPHEN)) break;
      const { key } = this.tokens[j];
      if (EARLY.has(key)) result.early = true;
      else if (MID.has(key)) result.mid = true;
      else if (LATE.has(key)) result.late = true;
      else if (this.modifier(key) === 'previous') result.previous = true;
      else if (this.modifier(key) === 'next') result.next = true;
      else if (this.modifier(key) === 'this') result.thisOne = true;
      else if (ARTICLES.has(key) && j < i - 1) result.the = true;
      else break;
      result.first = j;
    }
    return result;
  }

  /** Modifiers after a head word in languages that put them there ("lunedì scorso", "Senin depan"). */
  private modifierAfter(i: number): { next: number; previous: boolean; following: boolean; thisOne: boolean } | null {
    const t = this.tokens[i];
    if (!t || !this.joined(i)) return null;
    if (t.key === 'the' || t.key === 'of') return null;
    const modifier = this.modifier(t.key);
    if (modifier === 'previous' && t.key !== 'last' && t.key !== 'past') return { next: i + 1, previous: true, following: false, thisOne: false };
    if (modifier === 'next' && t.key !== 'next' && t.key !== 'coming' && t.key !== 'following') return { next: i + 1, previous: false, following: true, thisOne: false };
    if (t.key === 'ini' || t.key === 'ce') return { next: i + 1, previous: false, following: false, thisOne: true };
    return null;
  }

  private found(startToken: number, next: number, fields: FoundFields, end?: number): Found {
    return makeFound(this.tokens[startToken].start, end ?? this.tokens[next - 1].end, next, fields.value, fields.grain, fields.relative, fields.explanation, undefined, fields.counted ?? false);
  }

  private tokenAfter(offset: number, from: number): number {
    let j = from;
    while (j < this.tokens.length && this.tokens[j].start < offset) j++;
    return j;
  }

  private languageAllows(languages: readonly string[]): boolean {
    const language = this.options.language;
    return !language || languages.includes(language) || languages.includes('en');
  }

  // --- absolute dates ----------------------------------------------------------------------------

  /** ISO and numeric dates: 2025-05-28, 2025-05-28T19:20:00Z, 28.05.2025, 28/05/2025, 2025/05/28. */
  private numericDate(i: number): Found | null {
    const t = this.tokens[i];
    // ISO and year-first dates open with four digits and a separator, day-first ones with one or
    // two: most numbers are turned away before the three patterns are tried.
    const length = t.end - t.start;
    const after = this.text.charCodeAt(t.end);
    if ((length !== 4 && length > 2) || (after !== 45 && after !== 46 && after !== 47)) return null;
    const before = this.text.charAt(t.start - 1);
    if (before && /[\d.,/:-]/.test(before)) return null;
    let match = matchSticky(ISO_DATE, this.text, t.start);
    let year: number, month: number, day: number, end: number;
    let time: string | undefined;
    if (match) {
      year = +match[1]; month = +match[2]; day = +match[3];
      if (match[4]) time = clock(+match[4], +match[5]);
      end = t.start + match[0].length;
    } else if ((match = matchSticky(YMD_DATE, this.text, t.start))) {
      year = +match[1]; month = +match[3]; day = +match[4];
      end = t.start + match[0].length;
    } else if ((match = matchSticky(DMY_DATE, this.text, t.start))) {
      const first = +match[1], second = +match[3];
      const yearText = match[4];
      if (yearText.length === 2 && (match[1].length !== 2 || match[3].length !== 2 || match[2] === '-')) return null;
      year = yearText.length === 2 ? 2000 + +yearText : +yearText;
      // Day first, as most of the world writes it; slashes in English follow the US order; a number
      // above 12 settles it either way.
      const monthFirst = first > 12 ? false : second > 12 ? true : match[2] === '/' && this.options.language === 'en';
      [month, day] = monthFirst ? [first, second] : [second, first];
      end = t.start + match[0].length;
    } else {
      return null;
    }
    if (!isValidDay(year, month, day)) return null;
    const next = this.tokenAfter(end, i);
    const iso = formatIsoDay({ year, month, day });
    return this.withTime(makeFound(t.start, end, next, iso, 'day', false, `${describeIso(iso)} as written`, time, false));
  }

  /** "28 May 2025", "28. Mai", "28 de mayo de 2025", "2nd of June", "20–30 June", "20 May to 2 June". */
  private dayFirst(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    if (t.raw.length > 2 || t.num < 1 || t.num > 31) return null;
    const before = this.text.charAt(t.start - 1);
    if (/[\d,:/]/.test(before) || (before === '.' && /\d/.test(this.text.charAt(t.start - 2)))) return null;
    let j = this.skipOrdinal(i);
    let dayTo: number | null = null;
    // "20-30 June", "20 to 30 June", "20 and 21 May"
    const to = this.rangeEndDay(j, t.num);
    if (to >= 0) {
      const k = this.skipOrdinal(to);
      if (this.monthAt(this.skipConnector(k), true)) {
        dayTo = tokens[to].num;
        j = k;
      }
    }
    j = this.skipConnector(j);
    const month = this.monthAt(j, true);
    if (!month) return null;
    if (!DAY_MONTH_GAP.test(this.gapBefore(j))) return null;
    let next = month.next;
    const year = this.yearAfter(next);
    if (year) next = year.next;
    if (month.abbreviation && !year && !month.dotted && !(month.english && tokens[j].capital)) return null;
    return this.finishDay(i, next, t.num, month.month, year?.year ?? null, dayTo);
  }

  /** "May 16", "May 28, 2025", "Sept. 11", "June 20 to 30", "May 2025", bare "May" / "mid-May". */
  private monthFirst(i: number): Found | null {
    const { tokens } = this;
    const month = this.monthAt(i, false);
    if (!month) return null;
    const t = tokens[i];
    let j = month.next;
    // Day after the month
    const dayToken = tokens[j];
    if (dayToken && dayToken.num >= 1 && dayToken.num <= 31 && dayToken.raw.length <= 2 && this.joined(j, month.dotted ? SPACES_OPTIONAL : SPACES)
      && !/^(?:[:.,]\d|\d|\s*%)/.test(this.text.slice(dayToken.end, dayToken.end + 2))) {
      let k = this.skipOrdinal(j);
      let dayTo: number | null = null;
      const to = this.rangeEndDay(k, dayToken.num);
      if (to >= 0 && !monthWords.has(tokens[to + 1]?.key ?? '')) {
        dayTo = tokens[to].num;
        k = this.skipOrdinal(to);
      }
      const year = this.yearAfter(k);
      if (month.abbreviation && !year && !month.dotted && !(month.english && t.capital)) return null;
      if (month.lowercaseEnglishModal && !year) return null;
      return this.finishDay(i, year ? year.next : k, dayToken.num, month.month, year?.year ?? null, dayTo);
    }
    if (month.abbreviation) return null;
    const mods = this.modifiersBefore(i);
    // Month and year: "May 2025", "mayo de 2025", "May of last year"
    const year = this.yearAfter(j, true);
    const first = mods.early || mods.mid || mods.late ? mods.first : i;
    if (year) {
      const iso = formatIsoMonth(year.year, month.month);
      return this.withMonthRangeEnd(this.found(first, year.next, { value: iso, grain: 'month', relative: false, explanation: `${describeIso(iso)} as written` }), month.month, true);
    }
    const relativeYear = this.relativeYearAfter(j);
    if (relativeYear && this.ref) {
      const iso = formatIsoMonth(this.ref.year + relativeYear.delta, month.month);
      return this.withMonthRangeEnd(this.found(first, relativeYear.next, { value: iso, grain: 'month', relative: true, explanation: `${monthName(month.month)} of ${relativeYear.words}, publication ${this.refText} → ${describeIso(iso)}` }), month.month, true);
    }
    // A bare month name: trusted when it cannot be an ordinary word, or after a preposition or modifier.
    const cued = mods.first < i || DATE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && this.joined(i);
    if (!cued && (month.ambiguousAlone || !this.languageAllows(month.languages))) return null;
    if (!cued && tokens[j] && tokens[j].capital && this.joined(j) && !monthWords.has(tokens[j].key)) return null;
    if (month.lowercaseEnglishModal) return null;
    const start = mods.previous || mods.next || mods.thisOne || mods.early || mods.mid || mods.late ? mods.first : i;
    if (!this.ref) {
      return this.found(start, j, { value: null, grain: 'month', relative: true, explanation: `${monthName(month.month)} of an unstated year: no publication date to place it` });
    }
    let year2: number;
    let how: string;
    if (mods.previous) {
      year2 = month.month < this.ref.month ? this.ref.year : this.ref.year - 1;
      how = `last ${monthName(month.month)} before publication`;
    } else if (mods.next) {
      year2 = month.month > this.ref.month ? this.ref.year : this.ref.year + 1;
      how = `next ${monthName(month.month)} after publication`;
    } else if (mods.thisOne) {
      year2 = this.ref.year;
      how = `${monthName(month.month)} of the publication year`;
    } else {
      const refIndex = this.ref.year * 12 + this.ref.month - 1;
      year2 = nearestYear(this.ref, (y) => Math.abs(y * 12 + month.month - 1 - refIndex), () => this.isFuture(i)) ?? this.ref.year;
      how = `${monthName(month.month)} nearest to publication`;
    }
    const iso = formatIsoMonth(year2, month.month);
    return this.withMonthRangeEnd(this.found(start, j, { value: iso, grain: 'month', relative: true, explanation: `${how} ${this.refText} → ${describeIso(iso)}` }), month.month, false);
  }

  private monthAt(j: number, afterDay: boolean): { month: number; next: number; abbreviation: boolean; dotted: boolean; english: boolean; languages: readonly string[]; ambiguousAlone: boolean; lowercaseEnglishModal: boolean } | null {
    const t = this.tokens[j];
    if (!t || t.num >= 0) return null;
    const entry = monthWords.get(t.key);
    if (!entry) return null;
    const dotted = this.text.charAt(t.end) === '.';
    if (entry.abbreviation && !afterDay && !dotted && !(entry.languages.includes('en') && t.capital)) {
      // An abbreviation before a day needs a dot or an English capital ("Sept. 11", "Jan 5").
      return null;
    }
    const english = entry.languages.includes('en');
    return {
      month: entry.month, next: j + 1, abbreviation: entry.abbreviation, dotted, english, languages: entry.languages,
      ambiguousAlone: AMBIGUOUS_MONTHS.has(t.key) || (english ? !t.capital : false),
      lowercaseEnglishModal: t.key === 'may' && !t.capital,
    };
  }

  private skipOrdinal(i: number): number {
    const next = this.tokens[i + 1];
    if (next && next.start === this.tokens[i].end && ORDINAL_SUFFIX.has(next.key)) return i + 2;
    if (next && this.gap(i + 1) === '-' && ORDINAL_SUFFIX.has(next.key)) return i + 2;
    return i + 1;
  }

  /** Skips "de", "of", "of the" between a day and a month or a month and a year. */
  private skipConnector(j: number): number {
    const t = this.tokens[j];
    if (t && CONNECTORS.has(t.key) && this.joined(j) && this.joined(j + 1)) {
      if (this.tokens[j + 1]?.key === 'the' && this.joined(j + 2)) return j + 2;
      return j + 1;
    }
    return j;
  }

  /** The token of a day number that ends a range begun by `from` ("20–30", "20 to 30", "3 and 4"), or -1. */
  private rangeEndDay(j: number, from: number): number {
    const { tokens } = this;
    let k = j;
    if (tokens[k] && tokens[k].num < 0 && (RANGE_WORDS.has(tokens[k].key) || AND_WORDS.has(tokens[k].key)) && this.joined(k)) k++;
    else if (!RANGE_DASH.test(this.gap(k))) return -1;
    const t = tokens[k];
    if (!t || t.num <= from || t.num > 31 || t.raw.length > 2 || !this.joined(k, k === j ? RANGE_DASH : SPACES)) return -1;
    return k;
  }

  private gapBefore(j: number): string {
    const prev = this.tokens[j - 1];
    if (prev && CONNECTORS.has(prev.key)) return ' ';
    if (prev && prev.key === 'the' && CONNECTORS.has(this.tokens[j - 2]?.key ?? '')) return ' ';
    if (prev && ORDINAL_SUFFIX.has(prev.key) && prev.num < 0) return this.gap(j) || ' ';
    return this.gap(j) || ' ';
  }

  /** A four-digit year after token j ("2025", ", 2025", "de 2025"), not a count ("2025 troops"). */
  private yearAfter(j: number, allowOf = false): { year: number; next: number } | null {
    const { tokens } = this;
    let k = j;
    if (allowOf || tokens[k]?.key === 'de' || tokens[k]?.key === 'del') k = this.skipConnector(k);
    const t = tokens[k];
    if (!t || t.num < 0 || t.raw.length !== 4 || t.num < 1000 || t.num > 2999) return null;
    if (!YEAR_GAP.test(this.gap(k)) && k === j) return null;
    if (/^(?:[.,:]\d|\d)/.test(this.text.slice(t.end, t.end + 2))) return null;
    if (this.isCounted(k)) return null;
    return { year: t.num, next: k + 1 };
  }

  /** "of last year", "last year", "dell'anno scorso"-style relative years after a month. */
  private relativeYearAfter(j: number): { delta: number; next: number; words: string } | null {
    const { tokens } = this;
    let k = j;
    if (tokens[k]?.key === 'of' && this.joined(k)) k++;
    const modifier = tokens[k];
    const unit = tokens[k + 1];
    if (!modifier || !unit || !this.joined(k) || !this.joined(k + 1) || this.unit(unit.key) !== 'year') return null;
    const kind = this.modifier(modifier.key);
    if (!kind) return null;
    const delta = kind === 'previous' ? -1 : kind === 'next' ? 1 : 0;
    return { delta, next: k + 2, words: `${modifier.raw} ${unit.raw}` };
  }

  /** A day date from its parts, with a year chosen near the publication date when none is written. */
  private finishDay(first: number, next: number, day: number, month: number, year: number | null, dayTo: number | null): Found | null {
    let result: Found;
    const label = `${day}${dayTo ? `–${dayTo}` : ''} ${monthName(month)}`;
    if (year !== null) {
      if (!isValidDay(year, month, day) || (dayTo && !isValidDay(year, month, dayTo))) {
        return this.found(first, next, { value: null, grain: dayTo ? 'range' : 'day', relative: false, explanation: `${label} ${year} is not a day of the calendar` });
      }
      const iso = formatIsoDay({ year, month, day });
      result = dayTo
        ? this.found(first, next, { value: `${iso}/${formatIsoDay({ year, month, day: dayTo })}`, grain: 'range', relative: false, explanation: `${label} ${year} as written` })
        : this.found(first, next, { value: iso, grain: 'day', relative: false, explanation: `${describeIso(iso)} as written` });
    } else if (this.ref) {
      const refNumber = toDayNumber(this.ref);
      const chosen = nearestYear(this.ref, (y) => (isValidDay(y, month, day) ? Math.abs(toDayNumber({ year: y, month, day }) - refNumber) : null), () => this.isFuture(first));
      if (chosen === null || (dayTo && !isValidDay(chosen, month, dayTo))) return null;
      const iso = formatIsoDay({ year: chosen, month, day });
      const why = `${label} without a year, nearest to publication ${this.refText}`;
      result = dayTo
        ? this.found(first, next, { value: `${iso}/${formatIsoDay({ year: chosen, month, day: dayTo })}`, grain: 'range', relative: true, explanation: `${why} → ${label} ${chosen}` })
        : this.found(first, next, { value: iso, grain: 'day', relative: true, explanation: `${why} → ${describeIso(iso)}` });
    } else {
      if (!isValidDay(2000, month, day)) return null;
      result = this.found(first, next, { value: null, grain: dayTo ? 'range' : 'day', relative: true, explanation: `${label} without a year, and no publication date to place it` });
    }
    return this.withRangeEnd(this.withTime(result), year);
  }

  /** "20 May to 2 June 2025", "May 20 – June 2": a second day date after a range word joins the first into a range. */
  private withRangeEnd(found: Found, yearWritten: number | null): Found {
    if (found.grain !== 'day' || !found.value) return found;
    const j = this.rangeContinuation(found);
    const t = this.tokens[j];
    if (!t) return found;
    const saved = this.anchor;
    const second = t.num >= 0 ? this.dayFirstNoRange(j) : this.monthFirstDayOnly(j);
    this.anchor = saved;
    if (!second || second.grain !== 'day' || !second.value) return found;
    let from = found.value;
    // "20 December to 5 January 2026": the first date takes the second's year, a year earlier if it would come after it.
    if (yearWritten === null && second.explanation.endsWith('as written')) {
      const secondDay = parseIsoDay(second.value)!;
      const firstDay = parseIsoDay(from)!;
      let y = secondDay.year;
      if (firstDay.month > secondDay.month || (firstDay.month === secondDay.month && firstDay.day > secondDay.day)) y--;
      if (!isValidDay(y, firstDay.month, firstDay.day)) return found;
      from = formatIsoDay({ year: y, month: firstDay.month, day: firstDay.day });
    }
    if (from > second.value) return found;
    return makeFound(found.start, second.end, second.next, `${from}/${second.value}`, 'range', found.relative || second.relative, `from ${describeIso(from)} to ${describeIso(second.value)}`, undefined, false);
  }

  /**
   * Where the second half of a range begins after `found` ("… to 2 June", "… – June", "between … and …"),
   * or -1. "And" makes a range only after "between" ("between 20 May and 2 June").
   */
  private rangeContinuation(found: Found): number {
    const { tokens } = this;
    const j = found.next;
    if (j >= tokens.length) return -1;
    if (RANGE_DASH.test(this.text.slice(found.end, tokens[j].start))) return j;
    if (!this.joined(j) || tokens[j].num >= 0) return -1;
    if (RANGE_WORDS.has(tokens[j].key)) return j + 1;
    if (AND_WORDS.has(tokens[j].key) && execAfterNonLetter(BETWEEN, this.text.slice(Math.max(0, found.start - 12), found.start))) return j + 1;
    return -1;
  }

  /** "from May to July 2025", "entre agosto de 2024 e julho de 2025": two months make a range of months. */
  private withMonthRangeEnd(found: Found, month: number, yearWritten: boolean): Found {
    if (!found.value) return found;
    const j = this.rangeContinuation(found);
    if (j < 0 || !monthWords.has(this.tokens[j]?.key ?? '')) return found;
    const saved = this.anchor;
    const second = this.monthFirst(j);
    this.anchor = saved;
    if (!second || second.grain !== 'month' || !second.value) return found;
    const [secondYear, secondMonth] = second.value.split('-').map(Number);
    const from = yearWritten ? found.value : formatIsoMonth(month > secondMonth ? secondYear - 1 : secondYear, month);
    if (from > second.value) return found;
    return makeFound(found.start, second.end, second.next, `${from}/${second.value}`, 'range', found.relative || second.relative, `from ${describeIso(from)} to ${describeIso(second.value)}`, undefined, false);
  }

  private dayFirstNoRange(j: number): Found | null {
    const found = this.dayFirst(j);
    return found && found.grain === 'day' ? found : null;
  }

  private monthFirstDayOnly(j: number): Found | null {
    const found = this.monthFirst(j);
    return found && found.grain === 'day' ? found : null;
  }

  /** A clock time right after a date joins it ("28 May 2025, 19:20"). */
  private withTime(found: Found): Found {
    if (found.time) return found;
    const rest = this.text.slice(found.end, found.end + 40);
    const match = TIME_AFTER.exec(rest);
    if (!match) return found;
    const hour = +match[1], minute = match[2] ? +match[2] : 0;
    const time = clockFrom(hour, minute, match[3] ?? match[4]);
    if (!time) return found;
    const end = found.end + match[0].length;
    return changedFound(found, found.start, end, this.tokenAfter(end, found.next), `${found.explanation}, ${time}`, time);
  }

  /** A clock time on its own: "19:20", "7 p.m.", "19 Uhr". */
  private clockTime(i: number): Found | null {
    const t = this.tokens[i];
    // CLOCK starts with an hour of one or two digits.
    if (t.end - t.start > 2) return null;
    if (/[\d.,:]/.test(this.text.charAt(t.start - 1))) return null;
    const match = matchSticky(CLOCK, this.text, t.start);
    if (!match) return null;
    const time = clockFrom(+match[1], match[2] ? +match[2] : 0, match[3]);
    if (!time || (!match[2] && !match[3] && !match[4])) return null;
    const end = t.start + match[0].length;
    const next = this.tokenAfter(end, i);
    // A time written before its date: "Updated 4:12 PM EDT, June 11, 2025".
    const k = this.tokens[next]?.key === 'on' ? next + 1 : next;
    const d = this.tokens[k];
    if (d && TIME_DATE_GAP.test(this.text.slice(end, d.start))) {
      const saved = this.anchor;
      const date = d.num >= 0 ? this.numericDate(k) ?? this.dayFirst(k) : this.monthFirstDayOnly(k) ?? this.weekday(k);
      this.anchor = saved;
      if (date && date.grain === 'day' && !date.time) return changedFound(date, t.start, date.end, date.next, `${date.explanation}, ${time}`, time);
    }
    return makeFound(t.start, end, next, time, 'time', false, `${time}, time of day (no day given with it)`, undefined, false);
  }

  /** A bare year ("in 2022"), a decade ("the 1990s"), a year range ("2022-23"), "early 2024", "mid-2022". */
  private year(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    if (t.raw.length !== 4 || t.num < 1800 || t.num > 2199) return null;
    const before = this.text.charAt(t.start - 1);
    // Glued to a number, a letter or a currency ("FY2025", "$2025", "1.2025") it is not a year.
    if (before !== '' && ('0123456789.,:/$€£¥₴₽₺#№-'.includes(before) || isCharClass(before.charCodeAt(0), CharClass.Letter)) && !(before === '-' && MID.has(tokens[i - 1]?.key ?? ''))) return null;
    if (/^(?:[.,:]\d|\d|\s*%|-\d{2}-)/.test(this.text.slice(t.end, t.end + 4))) return null;
    if (CURRENCY_BEFORE.test(this.text.slice(Math.max(0, t.start - 4), t.start))) return null;
    const mods = this.modifiersBefore(i);
    const first = mods.early || mods.mid || mods.late ? mods.first : i;
    // Decade: "1990s", "the 1990s"
    const suffix = tokens[i + 1];
    if (suffix && suffix.start === t.end && (suffix.key === 's') && t.num % 10 === 0) {
      const start = tokens[i - 1]?.key === 'the' && this.joined(i) ? i - 1 : first;
      return this.found(start, i + 2, { value: `${t.num}/${t.num + 9}`, grain: 'range', relative: false, explanation: `the decade ${t.num}–${t.num + 9}` });
    }
    if (this.isCounted(i)) return null;
    // Year range: "2022-23", "2022–2024", "2022/23"
    const range = /^[-–/](\d{2}|\d{4})(?!\d)/.exec(this.text.slice(t.end, t.end + 6));
    if (range) {
      const to = range[1].length === 2 ? Math.floor(t.num / 100) * 100 + +range[1] : +range[1];
      if (to > t.num && to - t.num < 50) {
        const end = t.end + range[0].length;
        return makeFound(tokens[first].start, end, this.tokenAfter(end, i), `${t.num}/${to}`, 'range', false, `the years ${t.num}–${to}`, undefined, false);
      }
    }
    if (t.num < 1900 && !DATE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '')) return null;
    const part = mods.early ? 'early ' : mods.mid ? 'mid-' : mods.late ? 'late ' : '';
    const found = this.found(first, i + 1, { value: String(t.num), grain: 'year', relative: false, explanation: `${part}${t.num} as written` });
    // "from 2014 to 2022", "between 2014 and 2022"
    const j = this.rangeContinuation(found);
    const to = this.tokens[j];
    if (j < 0 || !to || to.num <= t.num || to.raw.length !== 4 || to.num - t.num >= 100 || this.isCounted(j)) return found;
    return this.found(first, j + 1, { value: `${t.num}/${to.num}`, grain: 'range', relative: false, explanation: `the years ${t.num}–${to.num}` });
  }

  private isCounted(i: number): boolean {
    const next = this.tokens[i + 1];
    return !!next && this.joined(i + 1) && COUNT_NOUNS.has(next.key);
  }

  // --- weekdays and relative expressions ----------------------------------------------------------

  /** "Monday", "on Wednesday", "early Monday", "last Friday", "lunedì scorso", "у середу", "Wednesday, 28 May 2025". */
  private weekday(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    const entry = weekdayWords.get(t.key);
    if (!entry) return null;
    // A weekday before a written date is part of it: "Wednesday, 28 May 2025, 19:20".
    let j = i + 1;
    if (tokens[j] && this.joined(j, WEEKDAY_DATE_GAP)) {
      if (tokens[j].key === 'the' && this.joined(j + 1)) j++;
      const saved = this.anchor;
      let date = tokens[j].num >= 0 ? this.numericDate(j) ?? this.dayFirst(j) : this.monthFirstDayOnly(j);
      this.anchor = saved;
      if (date && (date.grain === 'day' || date.grain === 'range')) {
        // "Senin (3/11/2025)": the closing parenthesis belongs to the expression.
        if (this.gap(j).includes('(') && this.text.charAt(date.end) === ')') date = changedFound(date, date.start, date.end + 1, date.next, date.explanation, date.time);
        const mismatch = date.grain === 'day' && date.value && weekdayOfIso(date.value) !== entry.weekday ? ` (the text says ${weekdayName(entry.weekday)}, but that day is a ${weekdayName(weekdayOfIso(date.value))})` : '';
        return changedFound(date, t.start, date.end, date.next, date.explanation + mismatch, date.time);
      }
    }
    if (entry.abbreviation) return null;
    if (!this.languageAllows(entry.languages)) return null;
    const prevKey = tokens[i - 1]?.key ?? '';
    if (entry.ambiguous && !t.capital && !(DATE_PREPOSITIONS.has(prevKey) && this.joined(i))) return null;
    if (entry.languages.includes('en') && !t.capital) return null;
    // A capitalised word before it mid-sentence makes a name: "Black Friday", "the Good Friday Agreement".
    const before = tokens[i - 1];
    if (before && before.capital && this.joined(i) && !SENTENCE_START.test(this.text.slice(Math.max(0, before.start - 3), before.start))
      && !DATE_PREPOSITIONS.has(before.key) && !ARTICLES.has(before.key) && !this.modifier(before.key) && !EARLY.has(before.key) && !LATE.has(before.key) && !MID.has(before.key)) {
      return null;
    }

    const mods = this.modifiersBefore(i);
    let next = i + 1;
    let previous = mods.previous, following = mods.next;
    const after = this.modifierAfter(next);
    if (after) {
      previous ||= after.previous;
      following ||= after.following;
      next = after.next;
    }
    // "Monday morning", "Tuesday night"
    if (tokens[next] && DAY_PARTS.has(tokens[next].key) && this.joined(next)) next++;
    const start = mods.first;
    const name = weekdayName(entry.weekday);
    if (!this.ref) {
      return this.found(start, next, { value: null, grain: 'day', relative: true, explanation: `${name}: no publication date to count from` });
    }
    const refWeekday = this.refWeekday;
    const ahead = (entry.weekday - refWeekday + 7) % 7;
    const behind = (refWeekday - entry.weekday + 7) % 7;
    let delta: number;
    let how: string;
    if (following) {
      delta = ahead || 7;
      how = `next ${name} after publication`;
    } else if (previous) {
      delta = -(behind || 7);
      how = `last ${name} before publication`;
    } else if (ahead === 0) {
      delta = 0;
      how = `${name}, the day of publication`;
    } else if (this.isFuture(i)) {
      delta = ahead;
      how = `${name} after publication`;
    } else {
      delta = -behind;
      how = `${name} before publication`;
    }
    const iso = addDays(this.refIso!, delta);
    return this.withTime(this.found(start, next, { value: iso, grain: 'day', relative: true, explanation: `${how} ${this.refText} → ${describeIso(iso)}` }));
  }

  /** "today", "yesterday", "tonight", "this morning", "last night", "сьогодні", "hari ini", "ayer". */
  private relativeWord(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    let days: number | undefined;
    let next = i + 1;
    const entry = relativeDayWords.get(t.key);
    if (entry) {
      if (!this.languageAllows(entry.languages)) return null;
      if (t.key === 'hier' && this.options.language !== 'fr') return null;
      days = entry.days;
    } else if ((t.key === 'this' || t.key === 'last') && tokens[i + 1] && this.joined(i + 1) && DAY_PARTS.has(tokens[i + 1].key)) {
      if (t.key === 'last' && tokens[i + 1].key !== 'night') return null;
      days = t.key === 'last' ? -1 : 0;
      next = i + 2;
    } else if (t.key === 'hari' && tokens[i + 1]?.key === 'ini' && this.joined(i + 1)) {
      days = 0;
      next = i + 2;
    } else if ((t.key === 'manana' || t.key === 'morgen') && this.tomorrowNotMorning(i)) {
      days = 1;
    } else {
      return null;
    }
    // "the day before yesterday"
    const word = tokens.slice(i, next).map((x) => x.raw).join(' ');
    if (!this.ref) return this.found(i, next, { value: null, grain: 'day', relative: true, explanation: `${word}: no publication date to count from` });
    const iso = addDays(this.refIso!, days);
    const how = days === 0 ? 'the day of publication' : `${Math.abs(days)} day${Math.abs(days) > 1 ? 's' : ''} ${days < 0 ? 'before' : 'after'} publication`;
    return this.withTime(this.found(i, next, { value: iso, grain: 'day', relative: true, explanation: `${word}: ${how} ${this.refText} → ${describeIso(iso)}` }));
  }

  /** German/Dutch "morgen" and Spanish "mañana" mean tomorrow unless an article or "this" makes them "morning". */
  private tomorrowNotMorning(i: number): boolean {
    const t = this.tokens[i];
    const language = this.options.language;
    if (t.key === 'morgen' && language !== 'de' && language !== 'nl') return false;
    if (t.key === 'manana' && language !== 'es') return false;
    const prev = this.tokens[i - 1]?.key ?? '';
    return !MORNING_ARTICLES.has(prev);
  }

  /**
   * Counts of units before or after a word that anchors them: "2 days ago", "vor 2 Tagen", "two days
   * earlier", "a week later", "the past 24 hours".
   */
  private countedUnits(i: number): Found | null {
    const { tokens } = this;
    let k = i;
    let agoBefore = false;
    if (tokens[k].num < 0 && AGO_BEFORE.has(tokens[k].key) && tokens[k + 1] && this.joined(k + 1)) {
      agoBefore = true;
      k++;
    } else if (tokens[k].key === 'il' && tokens[k + 1]?.key === 'y' && tokens[k + 2]?.key === 'a' && this.joined(k + 3)) {
      agoBefore = true;
      k += 3;
    }
    const countToken = tokens[k];
    if (!countToken) return null;
    let count = countToken.num >= 0 ? countToken.num : this.number(countToken.key);
    if (count === undefined || count < 0 || count > 1000) return null;
    let u = k + 1;
    if (countToken.key === 'couple' || (countToken.key === 'a' && tokens[u]?.key === 'couple')) {
      if (countToken.key === 'a') u++;
      if (tokens[u]?.key === 'of') u++;
      count = 2;
    }
    const unitToken = tokens[u];
    const unit = unitToken && unitToken.num < 0 ? this.unit(unitToken.key) : undefined;
    if (!unit || unit === 'weekend' || !this.joined(u, countToken.num >= 0 ? SPACES_OPTIONAL : SPACES)) return null;
    const marker = tokens[u + 1];
    const hasMarker = marker && this.joined(u + 1);
    let direction: 'ago' | 'earlier' | 'later' | null = null;
    let next = u + 1;
    if (agoBefore) {
      direction = 'ago';
    } else if (hasMarker && AGO_AFTER.has(marker.key)) {
      direction = 'ago';
      next = u + 2;
    } else if (hasMarker && marker.key === 'yang' && tokens[u + 2]?.key === 'lalu') {
      direction = 'ago';
      next = u + 3;
    } else if (hasMarker && (EARLIER.has(marker.key) || LATER.has(marker.key))) {
      // "two days before the vote" counts from an event, not from a date.
      const after = tokens[u + 2];
      const followedByNoun = after && this.joined(u + 2)
        && ((PREPOSITIONAL.has(marker.key) && !CLAUSE_WORDS.has(after.key)) || (ROMANCE_PREPOSITIONAL.has(marker.key) && EVENT_LINKS.has(after.key)));
      direction = EARLIER.has(marker.key) ? 'earlier' : 'later';
      next = marker.key === 'prior' && after?.key === 'to' ? u + 3 : u + 2;
      if (followedByNoun) {
        return this.found(i, next, { value: null, grain: 'day', relative: true, explanation: `${this.text.slice(tokens[i].start, tokens[next - 1].end)} an event the text names, not a date` });
      }
    }
    if (!direction) return null;
    return this.shifted(agoBefore ? i : k, next, unit, direction === 'later' ? count : -count, direction === 'ago');
  }

  /**
   * `count` units from the publication date (`fromPublication`, as "ago" counts) or from the day date
   * mentioned just before, falling back to the publication date ("two days earlier", "the next day").
   */
  private shifted(first: number, next: number, unit: Unit, count: number, fromPublication: boolean): Found {
    const words = this.text.slice(this.tokens[first].start, this.tokens[next - 1].end);
    const base = fromPublication ? this.refIso : this.anchor ?? this.refIso;
    if (!base) return this.found(first, next, { value: null, grain: grainOfUnit(unit), relative: true, counted: fromPublication, explanation: `${words}: no publication date to count from` });
    const baseName = fromPublication || !this.anchor ? `publication ${describeIso(base)}` : `${describeIso(base)}, the date mentioned before`;
    const { value, grain } = shift(base, unit, count);
    const n = Math.abs(count);
    const how = n === 0 ? `the same day as ${baseName}` : `${n} ${unit}${n === 1 ? '' : 's'} ${count < 0 ? 'before' : 'after'} ${baseName}`;
    return this.found(first, next, { value, grain, relative: true, counted: fromPublication, explanation: `${words}: ${how} → ${describeIso(value)}` });
  }

  /**
   * Periods named from the publication date: "last week", "this month", "next year", "the past week",
   * "the past 3 days", "earlier this year", "the weekend", "la semaine dernière", "минулого тижня".
   */
  private period(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    let k = i;
    let modifier: 'previous' | 'next' | 'this' | 'past' | null = null;
    let count = 1;
    const weekend = this.weekendAt(i);
    if (weekend) return weekend;
    if (t.key === 'the') {
      // "the past week", "the last 24 hours", "the day before", "the next day"
      const m = tokens[i + 1];
      const day = tokens[i + 2];
      if (!m || !this.joined(i + 1)) return null;
      if (m.key === 'day' && day && this.joined(i + 2) && (day.key === 'before' || day.key === 'after')) {
        const event = tokens[i + 3] && this.joined(i + 3) && !CLAUSE_WORDS.has(tokens[i + 3].key);
        if (event) return this.found(i, i + 3, { value: null, grain: 'day', relative: true, explanation: `${this.text.slice(t.start, day.end)} an event the text names, not a date` });
        return this.shifted(i, i + 3, 'day', day.key === 'before' ? -1 : 1, false);
      }
      if (day?.key === 'day' && this.joined(i + 2) && ANCHORED_DAY[m.key] !== undefined) return this.shifted(i, i + 3, 'day', ANCHORED_DAY[m.key], false);
      if (m.key === 'past' || m.key === 'last') {
        modifier = 'past';
        k += 2;
        const c = tokens[k];
        const spelled = c && c.key !== 'a' && c.key !== 'an' ? this.number(c.key) : undefined;
        if (c && this.joined(k) && (c.num > 0 || spelled)) {
          count = c.num > 0 ? c.num : spelled!;
          k++;
        }
      } else {
        return null;
      }
    } else if (EARLIER.has(t.key) || LATER.has(t.key)) {
      // "earlier this month", "later this year"
      const m = tokens[i + 1];
      if (!m || !this.joined(i + 1) || this.modifier(m.key) !== 'this') return null;
      modifier = 'this';
      k = i + 2;
    } else if (this.modifier(t.key)) {
      if (t.key === 'following' || t.key === 'previous' || t.key === 'past') return null;
      modifier = this.modifier(t.key)!;
      k = i + 1;
    } else if (this.unit(t.key)) {
      // "la semaine dernière", "settimana scorsa", "minggu lalu", "tahun ini"
      const after = this.modifierAfter(i + 1);
      if (!after) return null;
      modifier = after.previous ? 'previous' : after.following ? 'next' : 'this';
      const unit = this.unit(t.key)!;
      const start = tokens[i - 1] && this.joined(i) && ARTICLES.has(tokens[i - 1].key) ? i - 1 : i;
      if (unit === 'weekend') return null;
      return this.periodValue(start, after.next, unit, modifier, 1);
    } else {
      return null;
    }
    const u = tokens[k];
    if (!u || !this.joined(k)) return null;
    const unit = this.unit(u.key);
    if (!unit || unit === 'minute' || (unit === 'hour' && modifier !== 'past')) return null;
    if (unit === 'weekend') return null; // read from the weekend word, with its modifiers
    return this.periodValue(i, k + 1, unit, modifier, count);
  }

  private periodValue(first: number, next: number, unit: 'hour' | 'day' | 'week' | 'month' | 'year' | 'minute', modifier: 'previous' | 'next' | 'this' | 'past', count: number): Found | null {
    const words = this.text.slice(this.tokens[first].start, this.tokens[next - 1].end);
    const grain: DateGrain = modifier === 'past' || unit === 'week' || unit === 'day' || unit === 'hour' ? 'range' : unit === 'month' ? 'month' : 'year';
    if (!this.ref) return this.found(first, next, { value: null, grain, relative: true, explanation: `${words}: no publication date to count from` });
    const ref = this.refIso!;
    const pub = `publication ${this.refText}`;
    let value: string;
    let how: string;
    if (modifier === 'past') {
      const from = unit === 'hour' ? addDays(ref, -Math.ceil(count / 24)) : shift(ref, unit as 'day', -count).value;
      const fromDay = from.length === 10 ? from : rollBack(ref, unit, count);
      value = `${fromDay}/${ref}`;
      how = `the ${count === 1 ? '' : `${count} `}${unit}${count === 1 ? '' : 's'} up to ${pub}`;
    } else if (unit === 'week') {
      const monday = addDays(ref, -((weekdayOfIso(ref) + 6) % 7));
      const start = addDays(monday, modifier === 'previous' ? -7 : modifier === 'next' ? 7 : 0);
      value = `${start}/${addDays(start, 6)}`;
      how = `${modifier === 'previous' ? 'the week before' : modifier === 'next' ? 'the week after' : 'the week of'} ${pub} (Monday to Sunday)`;
    } else if (unit === 'month') {
      const [y, m] = addMonths(this.ref.year, this.ref.month, modifier === 'previous' ? -1 : modifier === 'next' ? 1 : 0);
      value = formatIsoMonth(y, m);
      how = `${modifier === 'previous' ? 'the month before' : modifier === 'next' ? 'the month after' : 'the month of'} ${pub}`;
    } else if (unit === 'year') {
      value = String(this.ref.year + (modifier === 'previous' ? -1 : modifier === 'next' ? 1 : 0));
      how = `${modifier === 'previous' ? 'the year before' : modifier === 'next' ? 'the year after' : 'the year of'} ${pub}`;
    } else if (unit === 'day') {
      const day = addDays(ref, modifier === 'previous' ? -1 : modifier === 'next' ? 1 : 0);
      return this.found(first, next, { value: day, grain: 'day', relative: true, explanation: `${words}: ${pub} → ${describeIso(day)}` });
    } else {
      return null;
    }
    return this.found(first, next, { value, grain: value.includes('/') ? 'range' : grain, relative: true, explanation: `${words}: ${how} → ${describeRange(value)}` });
  }

  /**
   * "the weekend", "this weekend", "last weekend", "am Wochenende", "el fin de semana", "le week-end
   * dernier", "akhir pekan lalu": the word or phrase with its modifiers and article. A bare weekend
   * word needs an article or a preposition before it.
   */
  private weekendAt(i: number): Found | null {
    const { tokens } = this;
    const head = tokens[i].key;
    let end = this.unit(head) === 'weekend' ? i + 1 : -1;
    if (end < 0 && !WEEKEND_HEADS.has(head)) return null;
    for (const phrase of WEEKEND_PHRASES) {
      if (end >= 0) break;
      if (phrase.every((w, k) => tokens[i + k]?.key === w && (k === 0 || this.joined(i + k, SPACE_OR_HYPHEN)))) end = i + phrase.length;
    }
    if (end < 0) return null;
    const mods = this.modifiersBefore(i);
    const after = this.modifierAfter(end);
    const before = tokens[i - 1];
    const first = mods.first === i && before && this.joined(i) && ARTICLES.has(before.key) ? i - 1 : mods.first;
    if (first === i && !after && !(before && this.joined(i) && DATE_PREPOSITIONS.has(before.key))) return null;
    const which = mods.previous || after?.previous ? 'previous' : mods.next || after?.following ? 'next' : mods.thisOne || after?.thisOne ? 'this' : this.isFuture(i) ? 'this' : 'bare';
    return this.weekend(first, after ? after.next : end, which);
  }

  private weekend(first: number, next: number, which: 'previous' | 'next' | 'this' | 'bare'): Found {
    const words = this.text.slice(this.tokens[first].start, this.tokens[next - 1].end);
    if (!this.ref) return this.found(first, next, { value: null, grain: 'range', relative: true, explanation: `${words}: no publication date to count from` });
    const ref = this.refIso!;
    const weekday = this.refWeekday;
    const monday = addDays(ref, -((weekday + 6) % 7));
    let saturday = addDays(monday, 5);
    if (which === 'previous' || (which === 'bare' && weekday !== 6 && weekday !== 0)) saturday = addDays(monday, -2);
    else if (which === 'next') saturday = addDays(monday, 12);
    const value = `${saturday}/${addDays(saturday, 1)}`;
    return this.found(first, next, { value, grain: 'range', relative: true, explanation: `${words}: weekend nearest publication ${this.refText} → ${describeRange(value)}` });
  }

  /** "the spring of 2022", "summer", "last winter", "early 2023 spring" — northern meteorological seasons. */
  private season(i: number): Found | null {
    const { tokens } = this;
    const t = tokens[i];
    const startMonth = SEASONS.get(t.key);
    if (startMonth === undefined) return null;
    const language = SEASON_LANGUAGE[t.key];
    if (language && this.options.language !== language) return null;
    const mods = this.modifiersBefore(i);
    let next = i + 1;
    let year: number | null = null;
    const y = this.yearAfter(next, true);
    if (y) {
      year = y.year;
      next = y.next;
    }
    const prevKey = tokens[i - 1]?.key ?? '';
    // "in the spring", "during summer": a preposition before the season or its article.
    const article = prevKey === 'the' && this.joined(i) ? i - 1 : i;
    const cued = year !== null || mods.previous || mods.next || mods.thisOne || mods.early || mods.mid || mods.late
      || (DATE_PREPOSITIONS.has(tokens[article - 1]?.key ?? '') && this.joined(article));
    if (!cued) return null;
    if (t.key === 'fall' && year === null && !(mods.previous || mods.next || mods.thisOne || mods.early || mods.late)) return null;
    if (t.capital && year === null && !mods.the && i > 0 && !/[.!?]\s*$/.test(this.gap(i)) && this.options.language !== 'de') {
      // "Arab Spring", "Prague Spring": a capitalised season mid-sentence is a name.
      if (tokens[i - 1].capital) return null;
    }
    const start = mods.the || mods.early || mods.mid || mods.late || mods.previous || mods.next || mods.thisOne ? mods.first : article;
    const name = SEASON_NAMES[startMonth];
    if (year === null && !this.ref) {
      return this.found(start, next, { value: null, grain: 'range', relative: true, explanation: `${name} of an unstated year: no publication date to place it` });
    }
    let startYear: number;
    let how: string;
    if (year !== null) {
      // "winter 2022" is the winter that begins in December 2022 unless it is January/February-heavy usage; take December of that year.
      startYear = year;
      how = `${name} ${year} as written`;
    } else {
      const ref = this.ref!;
      const refIndex = ref.year * 12 + ref.month - 1;
      const occurrence = (yy: number): [number, number] => [yy * 12 + startMonth - 1, yy * 12 + startMonth + 1];
      const candidates = [ref.year - 1, ref.year, ref.year + 1];
      if (startMonth === 12) candidates.unshift(ref.year - 2);
      const distance = (yy: number): number => {
        const [a, b] = occurrence(yy);
        return refIndex < a ? a - refIndex : refIndex > b ? refIndex - b : 0;
      };
      if (mods.previous) startYear = candidates.filter((yy) => occurrence(yy)[1] < refIndex).pop()!;
      else if (mods.next) startYear = candidates.find((yy) => occurrence(yy)[0] > refIndex)!;
      else startYear = candidates.reduce((best, yy) => (distance(yy) < distance(best) || (distance(yy) === distance(best) && this.isFuture(i) && yy > best) ? yy : best));
      how = `${mods.previous ? 'last ' : mods.next ? 'next ' : ''}${name} nearest publication ${this.refText}`;
    }
    const [endYear, endMonth] = addMonths(startYear, startMonth, 2);
    const value = `${formatIsoDay({ year: startYear, month: startMonth, day: 1 })}/${formatIsoDay({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) })}`;
    return this.found(start, next, { value, grain: 'range', relative: year === null, explanation: `${how} → ${describeRange(value)} (northern-hemisphere meteorological ${name})` });
  }
}

// Which matchers a word can begin, by key; the scanner calls only those.
const START_WEEKDAY = 1, START_MONTH = 2, START_RELATIVE = 4, START_COUNT = 8, START_PERIOD = 16, START_SEASON = 32;
const RELATIVE_STARTERS = new Set(['this', 'last', 'hari', 'morgen', 'manana']);
for (const word of ['the', 'il', ...RELATIVE_STARTERS, ...WEEKEND_PHRASES.map((p) => p[0])]) SPELLINGS.add(word);
const WEEKEND_HEADS = new Set(WEEKEND_PHRASES.map((p) => p[0]));

/** The matchers that a word (by key) can begin in `language`; 0 for most words. */
function startKinds(key: string, language: string | undefined): number {
  let kinds = 0;
  if (weekdayWords.has(key)) kinds |= START_WEEKDAY;
  if (monthWords.has(key)) kinds |= START_MONTH;
  if (relativeDayWords.has(key) || RELATIVE_STARTERS.has(key)) kinds |= START_RELATIVE;
  if (AGO_BEFORE.has(key) || key === 'il' || NUMBERS.get(key, language) !== undefined) kinds |= START_COUNT;
  if (key === 'the' || EARLIER.has(key) || LATER.has(key) || WEEKEND_HEADS.has(key) || UNITS.get(key, language) || MODIFIERS.get(key, language)) kinds |= START_PERIOD;
  if (SEASONS.has(key)) kinds |= START_SEASON;
  return kinds;
}

/** The words that begin a matcher, as written, and a filter that turns most other words away unsliced. */
interface Starts {
  kinds: Map<string, number>;
  /** Indexed by `spellingSignature`: 0 where no word of `kinds` has that signature. */
  maybe: Uint8Array;
}

/**
 * A 16-bit signature of the word [start, end) of `text` from its length and three of its letters:
 * constant time, where hashing every letter cost as much as the map lookup it saves. Only one word
 * in twenty-five that begins no date passes it.
 */
function spellingSignature(text: string, start: number, end: number): number {
  const length = end - start;
  return (((length * 131 + text.charCodeAt(start)) * 131 + text.charCodeAt(length > 1 ? start + 1 : start)) * 131 + text.charCodeAt(end - 1)) & 0xffff;
}

/**
 * `startKinds` for one language under the usual spellings of every listed word (lower,
 * Capitalised, UPPER), so that most words are turned away by one lookup of their text as written.
 */
const startsByLanguage = new Map<string, Starts>();
function startsFor(language: string | undefined): Starts {
  let starts = startsByLanguage.get(language ?? '');
  if (!starts) {
    const kinds = new Map<string, number>();
    const maybe = new Uint8Array(1 << 16);
    for (const spelling of SPELLINGS) {
      const key = normalizeWord(spelling);
      // The key is its own key, so the word as listed and its key share one answer.
      const found = startKinds(key, language);
      if (!found) continue;
      for (const form of [spelling, key]) {
        for (const raw of [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1)]) {
          kinds.set(raw, found);
          maybe[spellingSignature(raw, 0, raw.length)] = 1;
        }
      }
    }
    starts = { kinds, maybe };
    startsByLanguage.set(language ?? '', starts);
  }
  return starts;
}

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2bc) return true;
  }
  return false;
}
const SPACES = /^[ \t\u00a0\u202f]+$/;
const SPACES_OPTIONAL = /^[ \t\u00a0\u202f]*\.?[ \t\u00a0\u202f]*$/;
const SPACE_OR_HYPHEN = /^(?:[ \t\u00a0\u202f]+|-)$/;
const WEEKDAY_DATE_GAP = /^,?[ \t\u00a0\u202f]*$|^\.?,?[ \t\u00a0\u202f]+$|^[ \t\u00a0\u202f]*\($/;
const DAY_MONTH_GAP = /^(?:\.?[ \t\u00a0\u202f]*|-|[ \t\u00a0\u202f]*\/[ \t\u00a0\u202f]*)$/;
const YEAR_GAP = /^(?:,?[ \t\u00a0\u202f]+|\.?[ \t\u00a0\u202f]*|-)$/;
/** "between" ending the text before a date; no letter may precede it (see `execAfterNonLetter`). */
const BETWEEN = /(?:between|zwischen|entre|tra|fra|tussen|antara|між|между|między)\s+$/giu;
const RANGE_DASH = /^[ \t\u00a0\u202f]*[–—-][ \t\u00a0\u202f]*$/;
const RANGE_WORDS = words('to until till through bis au al a до по hingga sampai');
const AND_WORDS = words('and e y et und en dan i і и ve');
const CONNECTORS = words('de del of');
/** "the previous day", "the next day", "the same day": days from the date mentioned before. */
const ANCHORED_DAY: Record<string, number> = { previous: -1, next: 1, following: 1, same: 0 };
const ARTICLES = words('the la le el il lo der die das l o het');
const ORDINAL_SUFFIX = words('st nd rd th er e o a го ого ма');
const MORNING_ARTICLES = words('la esta por am den der des diesen jeden einem vom heute guten de s');
const AMBIGUOUS_MONTHS = words('march august mars mai juni juli ocak nisan kasim aralik mart haziran temmuz ekim marzo julio mayo abril augusto');
const SEASON_NAMES: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d-])/y;
const YMD_DATE = /(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d]|[./]\d)/y;
const DMY_DATE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/y;
/** A time zone after a clock time: "EDT", "ET", "CEST", "GMT", "WIB", "UTC+3". */
const ZONE = String.raw`(?:[ \t\u00a0]?(?:[A-Z]{1,2}[SD]?T|UTC|GMT|BST|MSK|WIB|WITA|WIT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![\p{L}\d]))?`;
const CLOCK = new RegExp(String.raw`(\d{1,2})(?::(\d{2})(?::\d{2})?)?(?:[ \t\u00a0]?([aApP])\.?[mM]\b\.?|[ \t\u00a0]?(Uhr|uur|h(?!\p{L}))|(?<=:\d{2}))(?![\d:])${ZONE}`, 'uy');
const TIME_AFTER = new RegExp(String.raw`^,?[ \t\u00a0]*(?:(?:at|um|à|a las|alle|ore|às|om|pukul|o|в|о|saat|-|–|\|)[ \t\u00a0]*)?(\d{1,2})(?::(\d{2})(?::\d{2})?(?:[ \t\u00a0]?([aApP])\.?[mM]\b\.?)?|[ \t\u00a0]?([aApP])\.?[mM]\b\.?)(?![\d:])${ZONE}`, 'u');
/** Between a clock time and the date it belongs to: "4:12 PM EDT, June 11, 2025". */
const TIME_DATE_GAP = /^,?[ \t\u00a0]*(?:on[ \t\u00a0]+)?$/;

interface Reference {
  iso: string;
  day: CalendarDay;
  /** "28 May 2025", for explanations. */
  text: string;
  weekday: number;
}

// An article is scanned in dozens of pieces against one reference: it is worked out once.
let lastReference: { written: string; reference: Reference | null } = { written: '', reference: null };
function referenceDay(written: string): Reference | null {
  if (lastReference.written !== written) {
    const day = parseIsoDay(written);
    const iso = written.slice(0, 10);
    lastReference = { written, reference: day ? { iso, day, text: describeIso(iso), weekday: weekdayOfIso(iso) } : null };
  }
  return lastReference.reference;
}

function matchSticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function clock(hour: number, minute: number): string {
  return `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`;
}

function clockFrom(hour: number, minute: number, meridiem: string | undefined): string | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (meridiem.toLowerCase() === 'p' && h < 12) h += 12;
    if (meridiem.toLowerCase() === 'a' && h === 12) h = 0;
  }
  if (h > 23 || minute > 59) return null;
  return clock(h, minute);
}

function grainOfUnit(unit: string): DateGrain {
  return unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
}

/** `iso` moved by `n` units; months and years keep the grain they are precise to. */
function shift(iso: string, unit: Unit, n: number): { value: string; grain: DateGrain } {
  const day = parseIsoDay(iso)!;
  switch (unit) {
    case 'minute':
    case 'hour':
      return { value: formatIsoDay(fromDayNumber(toDayNumber(day) + Math.trunc(n / (unit === 'hour' ? 24 : 1440)))), grain: 'day' };
    case 'day':
      return { value: addDays(iso, n), grain: 'day' };
    case 'week':
      return { value: addDays(iso, 7 * n), grain: 'day' };
    case 'month': {
      const [y, m] = addMonths(day.year, day.month, n);
      return { value: formatIsoMonth(y, m), grain: 'month' };
    }
    case 'year':
      return { value: String(day.year + n), grain: 'year' };
  }
}

/** The same day `count` months or years earlier, clamped to the month's end (31 March − 1 month = 28/29 February). */
function rollBack(iso: string, unit: string, count: number): string {
  const day = parseIsoDay(iso)!;
  const [y, m] = unit === 'year' ? [day.year - count, day.month] : addMonths(day.year, day.month, -count);
  return formatIsoDay({ year: y, month: m, day: Math.min(day.day, daysInMonth(y, m)) });
}

/**
 * The year, within one of the reference's, whose date `distance` puts nearest the reference; a tie
 * goes forward only when `future()` says so (asked only then, as it costs a look at the sentence).
 * Null when no year fits (29 February with no leap year near).
 */
function nearestYear(ref: CalendarDay, distance: (year: number) => number | null, future: () => boolean): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = distance(year);
    if (d === null) continue;
    if (d < bestDistance || (d === bestDistance && future())) {
      best = year;
      bestDistance = d;
    }
  }
  return best;
}

function describeRange(value: string): string {
  const [from, to] = value.split('/');
  return to ? `${describeIso(from)} – ${describeIso(to)}` : describeIso(from);
}

/**
 * Finds and resolves the date expressions in `text`: absolute dates in the languages of
 * `lexicon/calendar` ("28 May 2025", "May 28, 2025", "28.05.2025", "2025-05-28T19:20:00Z",
 * "28 травня 2025"), with or without a reference, and relative ones ("on Monday", "two days earlier",
 * "the past week", "2 days ago") against `options.reference`. Offsets are UTF-16 code units plus
 * `options.offset`. What cannot be resolved is returned with `value: null` and an explanation saying why.
 */
export function scanDates(text: string, options: ScanDatesOptions): DateMention[] {
  if (!text) return [];
  return new Scanner(text, options).scan();
}

/** How many paragraphs back a day date still anchors "two days earlier". */
const ANCHOR_REACH = 1;

/**
 * The dates of an article's headline, metadata, byline and body (never boilerplate), resolved
 * against its publication date. A bare weekday takes the tense of its own sentence, and "two days
 * earlier" counts from the day date mentioned just before, in the same or the previous paragraph.
 */
export function extractDates(article: ParsedArticle): DateMention[] {
  const { text, publicationDate, publicationDateSpan } = article;
  const reference = publicationDate && parseIsoDay(publicationDate) ? publicationDate : null;
  const out: DateMention[] = [];
  let anchor: string | null = null;
  let anchorAge = 0;
  for (const piece of readingPieces(article)) {
    const scanner: Scanner = new Scanner(text.slice(piece.start, piece.end), {
      reference, offset: piece.start, anchor: anchorAge <= ANCHOR_REACH ? anchor : null, language: article.language,
    });
    const mentions: DateMention[] = scanner.scan();
    // "2 days ago" in a metadata line ("Al Jazeera2 days ago") is the page's posting time, counted
    // from the day the page was saved, which the text does not give: it stands for the publication date.
    const stamp = piece.kind === 'meta' || piece.kind === 'byline';
    anchorAge++;
    for (const mention of mentions) {
      const readAsPublication = publicationDateSpan && overlaps(mention, publicationDateSpan);
      if (reference && mention.grain === 'day' && mention.value !== reference && (readAsPublication || (stamp && scanner.counted.has(mention)))) {
        mention.value = reference;
        mention.explanation = `${mention.text}: the page's timestamp, taken as the publication date ${describeIso(reference)}`;
      }
      if (mention.grain === 'day' && mention.value) {
        anchor = mention.value;
        anchorAge = 0;
      }
      out.push(mention);
    }
  }
  return out;
}

/**
 * Headline, meta and byline regions whole; body regions paragraph by paragraph (sentences when the
 * article has no paragraphs), with any text between them. Whole paragraphs, because a sentence split
 * after an abbreviation ("Sept. | 29") must not cut a date in two; the tense of a weekday is still
 * read within its sentence.
 */
function readingPieces(article: ParsedArticle): (Span & { kind: RegionKind })[] {
  const pieces: (Span & { kind: RegionKind })[] = [];
  const units = article.paragraphs.length > 0 ? article.paragraphs : article.sentences;
  let u = 0;
  for (const region of article.regions) {
    if (region.kind === 'boilerplate') continue;
    if (region.kind !== 'body') {
      pieces.push({ start: region.start, end: region.end, kind: region.kind });
      continue;
    }
    let at = region.start;
    while (u < units.length && units[u].end <= region.start) u++;
    for (; u < units.length && units[u].start < region.end; u++) {
      const start = Math.max(units[u].start, region.start);
      if (start > at) pieces.push({ start: at, end: start, kind: 'body' });
      const end = Math.min(units[u].end, region.end);
      pieces.push({ start, end, kind: 'body' });
      at = end;
    }
    if (at < region.end) pieces.push({ start: at, end: region.end, kind: 'body' });
  }
  return pieces.filter((p) => p.end > p.start && /\S/.test(article.text.slice(p.start, p.end)));
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}
