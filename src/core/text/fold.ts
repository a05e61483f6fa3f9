/**
 * Folding and transliteration keys: how Dossier decides that two spellings of a name are the same
 * name. `foldText` removes case and diacritics; `transliterate` turns Cyrillic into Latin;
 * `nameKey` goes further and erases the differences between romanisation systems, so that
 * Zelensky / Zelenskyy / Zelenskiy / Selenskyj or Umerov / Umierov share one key. Keys are for
 * finding candidates and comparing names, never for display.
 */

/** Letters that Unicode decomposition leaves alone but that readers treat as plain Latin letters. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  'ı': 'i', 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o',
  'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ł': 'l', 'Ł': 'l', 'þ': 'th', 'Þ': 'th', 'ħ': 'h', 'Ħ': 'h',
  'ŀ': 'l', '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'",
};
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ASCII = /^[\x00-\x7f]*$/;
/** Per-character folds, filled on first use: articles repeat the same few non-ASCII letters. */
const charFolds = new Map<string, string>();

function foldChar(c: string): string {
  let folded = charFolds.get(c);
  if (folded === undefined) {
    // Cyrillic keeps its marks: й and ї are letters of their own, not и and і with accents.
    folded = SPECIAL_FOLDS[c] ?? (/[\u0400-\u04ff]/.test(c) ? c.toLowerCase() : c.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase());
    charFolds.set(c, folded);
  }
  return folded;
}

/**
 * Case- and diacritic-insensitive form of `text`: "Çırağan" → "ciragan", "Türkiye" → "turkiye",
 * "Straße" → "strasse". Cyrillic stays Cyrillic (lower-cased); typographic apostrophes become `'`.
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFC').replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();
}

/** Cyrillic → Latin, shared by Ukrainian and Russian (the differences are below). */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ю: 'yu', я: 'ya', ё: 'yo', ы: 'y', э: 'e', ъ: '', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
  ў: 'u', "'": '',
};
const UKRAINIAN_ONLY = /[іїєґ]/;

/**
 * Romanises Cyrillic in `text` (which should already be folded or lower-case). Ukrainian words
 * (recognised by і, ї, є or ґ) take the Ukrainian values (г → h, и → y); others the Russian ones.
 */
export function transliterate(text: string): string {
  if (!/[\u0400-\u04ff]/.test(text)) return text;
  return text.replace(/[\u0400-\u04ff']+/g, (word) => {
    const lower = word.toLowerCase();
    const ukrainian = UKRAINIAN_ONLY.test(lower);
    let out = '';
    for (const c of lower) {
      if (c === 'г') out += ukrainian ? 'h' : 'g';
      else if (c === 'и') out += ukrainian ? 'y' : 'i';
      else out += CYRILLIC[c] ?? c;
    }
    return out;
  });
}

/**
 * Rewrites that make one key out of the romanisations a name meets in English, German, French,
 * Polish and Turkish text. Order matters: longer clusters first.
 */
const KEY_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/tsch|tch|tsh|ch|kh|ç/g, 'c'], // Tschernihiw, Tchaikovsky, Chernihiv, Kharkiv/Charkiw, Chiragan/Çırağan
  [/sch|sh|zh|sz|ş/g, 's'], // Schewtschenko, Shevchenko, Zhytomyr/Schytomyr
  [/ts|tz|cz/g, 'c'],
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'], // Sergey/Sergei/Sergej, Yuri/Juri/Iouri
  [/z/g, 's'], // Zelensky/Selenskyj
  [/gu(?=[ei])/g, 'g'], // French Sergueï
  [/ie/g, 'e'], // Umierov/Umerov, Yevgeny/Evgeny
  [/h(?![aeiou])/g, ''], // silent or cluster h left over: Dzhokhar/Djokhar
  [/(.)\1+/g, '$1'], // Zelenskyy/Zelensky, Yussef/Yusef
];

/**
 * A transliteration-aware key for one name word: the same for every usual romanisation of it.
 * "Zelenskyy", "Zelenskiy", "Zelensky" and "Selenskyj" → "selenski"; "Umierov", "Umerov" →
 * "umerov"; "Çırağan", "Ciragan", "Chiragan" → "ciragan"; "Лавров" → "lavrov".
 */
export function nameKey(word: string): string {
  let key = transliterate(foldText(word));
  for (const [pattern, replacement] of KEY_REWRITES) key = key.replace(pattern, replacement);
  return key;
}

/** `nameKey` of every word of `name`, joined by spaces: "Sergei Lavrov" → "sergei lavrov". */
export function phraseKey(name: string): string {
  return name.split(/[\s\-‐‑–]+/).map(nameKey).filter((k) => k.length > 0).join(' ');
}

/**
 * A URL- and id-safe form of `name`: folded, romanised, words joined by `-`.
 * "Sergey Lavrov" → "sergey-lavrov"; "Türkiye" → "turkiye"; "Київ" → "kyyiv".
 */
export function slugify(name: string): string {
  return transliterate(foldText(name)).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Similarity of two keys in [0, 1] from their edit distance: 1 for equal keys. Used to compare
 * first names ("sergei" vs "serhi") where keys alone are too strict.
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const CYRILLIC_WORD = /[\u0400-\u04ff]/;
const SLAVIC_ENDING = /(?:ого|ому|ими|ами|ями|ім|им|ій|ий|ой|ый|ої|ою|ею|ові|еві|ам|ах|ом|ем|а|я|у|ю|і|и|е|о|ь|й|ї|є)$/;
const SLAVIC_VOWEL_ENDING = /[аяуюіиеоьйїє]$/;

/** Ukrainian alternates і/о and ї/є in a name's last syllable (Харків → Харкові, Київ → Києві): one form for both. */
function closeSyllable(stem: string): string {
  return stem.replace(/і(?=[^аеєиіїоуюя]*$)/, 'о').replace(/ї(?=[^аеєиіїоуюя]*$)/, 'є');
}

/**
 * A Ukrainian or Russian word without its case ending, so that inflected forms of one name
 * compare equal: "Зеленського"/"Зеленський" → "зеленськ", "Путіна"/"Путін" → "путон". Words in
 * other scripts come back folded but otherwise unchanged.
 */
export function slavicStem(word: string): string {
  return slavicStems(word)[0];
}

/**
 * The candidate stems of a Ukrainian or Russian word: without its longest case ending, and
 * without only its last vowel ("Харкові" → "харк", "харков"), so that a lookup can try both.
 */
export function slavicStems(word: string): string[] {
  const folded = foldText(word);
  if (!CYRILLIC_WORD.test(folded)) return [folded];
  const longest = folded.replace(SLAVIC_ENDING, '');
  const shortest = folded.replace(SLAVIC_VOWEL_ENDING, '');
  const stems = [longest.length >= 3 ? longest : folded, shortest.length >= 3 ? shortest : folded].map(closeSyllable);
  return stems[0] === stems[1] ? [stems[0]] : stems;
}

/**
 * True when two first-name keys (`nameKey`) are one name in different spellings: equal, close
 * (Dmitry/Dmytro), the same consonants (Vladimir/Volodymyr, Aleksandr/Oleksandr), or an initial.
 * A feminine ending makes another person (Alexander/Alexandra, Ivan/Ivana).
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
  let same = givenNamePairs.get(pair);
  if (same === undefined) {
    if (givenNamePairs.size >= 100_000) givenNamePairs.clear();
    same = compareGivenNames(a, b);
    givenNamePairs.set(pair, same);
  }
  return same;
}

/** Answers of `compareGivenNames`, memoised: workspaces repeat the same first names. */
const givenNamePairs = new Map<string, boolean>();

function compareGivenNames(a: string, b: string): boolean {
  // Ukrainian writes h where Russian writes g: Serhiy/Sergey, Olha/Olga, Hennadiy/Gennady.
  if (a.includes('h') || b.includes('h')) {
    const ga = a.replace(/h/g, 'g');
    const gb = b.replace(/h/g, 'g');
    if (ga !== a || gb !== b) return compareGivenNames(ga, gb);
  }
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.endsWith('a') !== b.endsWith('a')) return false;
  const consonants = (k: string) => k.replace(/[aeiou]/g, '');
  if (consonants(a).length >= 4 && consonants(a) === consonants(b)) return true;
  return keySimilarity(a, b) >= 0.8;
}
