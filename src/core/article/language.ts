/**
 * Language identification for article bodies: the writing system first (it settles Greek, Arabic,
 * Hebrew, the CJK languages and others outright), then function-word profiles for the languages
 * that share a script. Function words are the most frequent tokens of any running text and differ
 * sharply between languages, so a few hundred words suffice; short or mixed texts answer "und".
 */

import { lazy } from '../text/lazy';

/**
 * The most frequent function words per language. Lists are small on purpose: a word shared by two
 * languages ("de", "in", "a") scores for both and only the distinctive words decide.
 */
const PROFILES: Record<string, string> = {
  en: 'the of and to in is that for on with as was by at from it he she said his her are be have has not this but an which were they who had been their will would its after also about there what when',
  de: 'der die und das den von zu mit ist sich des im dem nicht ein eine auf für als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder vor zur bis mehr durch',
  fr: 'le la les de des et en un une du est que qui dans pour pas sur au par il elle ne plus avec se sont ce cette aux ont été mais son sa ses leur été selon entre où après',
  it: 'il di che la e in un una per non sono del della le dei con si da al ha lo gli nel alla anche più è questo ma come stato delle degli sulla dal dalla ai nella tra suo sua',
  es: 'el la de que y en los las del se por un una con para es al lo como más pero sus su ha fue este esta entre cuando también sobre desde hasta muy ya hay donde según',
  pt: 'o a de que e do da em um uma para com não os as no na por mais dos das se ao pelo pela foi são também à seu sua como está ele ela nos nas após entre sobre já',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er door ook als bij maar om hij was worden wordt naar heeft deze dan nog zij uit tot werd kan over',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada bahwa mereka oleh karena sudah telah kami kita saat atau adalah bisa lebih para tersebut menjadi',
  ms: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada bahawa mereka oleh kerana sudah telah kami kita ialah boleh lebih',
  uk: 'і й та в у на що не з до за від як це про його її але для він вона вони був була було також які який яка якщо може буде ще між після через вже під щодо',
  ru: 'и в на что не с по как это он она они его ее её но для из от за был была было также которые который которая если может будет еще ещё между после через уже под',
  bg: 'и в на че не с по като това той тя те е са за от но се да ще бъде след също която който които има',
  pl: 'i w na z że się nie do to jest o jak po przez za od jego ale są dla tym był była które który która może będzie także oraz już jednak gdy',
  cs: 'a v na se že je to z do s o k by jak ale pro jsou byl byla které který která také jeho již podle při',
  tr: 've bir bu da de için ile olarak çok daha olan gibi en ama değil ne ise kadar sonra ancak var yok her şey ki mi diye tarafından olduğunu ifade',
  sv: 'och i att det som en på är av för med till den har de inte om ett var men från sig han hon vi också efter',
  da: 'og i at det som en på er af for med til den har de ikke om et var men fra sig han hun vi også efter',
  no: 'og i at det som en på er av for med til den har de ikke om et var men fra seg han hun vi også etter',
  fi: 'ja on ei että se hän oli ovat mutta myös kun jo tai joka sen ole ovat mukaan',
  ro: 'și de la în a cu o un pe nu care din pentru mai este au fost ca dar sau sunt acest această după',
  hu: 'a az és hogy nem is egy meg de van volt már csak mint ki azt ez el még',
  ca: 'el la i de que en els les del per un una amb no es va és al als ha són dels però també',
};

/** Letters that exist in one Cyrillic orthography and not the others. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g;
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/g;

const SAMPLE_CHARS = 1_000;
/** No function word is longer; longer words are not looked up. */
const MAX_FUNCTION_WORD = 12;
const MIN_WORDS = 6;
const MIN_SHARE = 0.08;
/** How many times the runner-up's distinctive words the leader's must outnumber. */
const MARGIN = 2;
const CYRILLIC_PROFILES = new Set(['uk', 'ru', 'bg']);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Function words by a hash of their lower-case letters: looking a word up then needs no string
 * slicing or case mapping, which is most of the cost of identification.
 */
const wordLanguages = lazy(() => {
  const table = new Map<number, string[]>();
  for (const [language, words] of Object.entries(PROFILES)) {
    for (const word of words.split(' ')) {
      const key = wordHash(word, 0, word.length);
      const list = table.get(key);
      if (list) {
        if (!list.includes(language)) list.push(language);
      } else table.set(key, [language]);
    }
  }
  return table;
});

/** FNV-1a over the lower-cased UTF-16 code units of `text[start, end)`. */
function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ lowerCode(text.charCodeAt(i)), FNV_PRIME);
  return hash >>> 0;
}

/** Lower case for the letters function words use: ASCII, Latin-1, Cyrillic. */
function lowerCode(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 32;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  return code;
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'hangul' | 'kana' | 'han' | 'georgian' | 'armenian';

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', devanagari: 'hi', thai: 'th', hangul: 'ko', kana: 'ja', han: 'zh', georgian: 'ka', armenian: 'hy',
};

const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'devanagari', 'thai', 'hangul', 'kana', 'han', 'georgian', 'armenian'];
const [LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI, THAI, HANGUL, KANA, HAN, GEORGIAN, ARMENIAN] = SCRIPTS.map((_, i) => i) as number[] as [
  number, number, number, number, number, number, number, number, number, number, number, number,
];

/** Index into SCRIPTS of the script of a UTF-16 code unit, or -1. */
function scriptOf(code: number): number {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? LATIN : -1;
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return LATIN;
  if (code >= 0x370 && code <= 0x3ff) return GREEK;
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC;
  if (code >= 0x531 && code <= 0x58f) return ARMENIAN;
  if (code >= 0x590 && code <= 0x5ff) return HEBREW;
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f)) return ARABIC;
  if (code >= 0x900 && code <= 0x97f) return DEVANAGARI;
  if (code >= 0xe00 && code <= 0xe7f) return THAI;
  if (code >= 0x10a0 && code <= 0x10ff) return GEORGIAN;
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (code >= 0x3040 && code <= 0x30ff) return KANA;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN;
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) return HANGUL;
  return -1;
}

/**
 * Guesses the ISO 639-1 code of `text` ("en", "de", "uk", …) from its script and function words;
 * "und" when the text is too short, mixed or in a language without a profile. Reads at most the
 * first 1,000 characters, so it is cheap on any input.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  // Counts per list of languages a word belongs to: the same list object for every occurrence.
  const evidence = new Map<readonly string[], number>();
  let letters = 0;
  let words = 0;
  let wordLength = 0;
  let hash = FNV_OFFSET;
  // One pass: the script of every letter, and a running hash of each word of the scripts with profiles.
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 32;
    const script = code < 0x80 ? ((code | 32) >= 97 && (code | 32) <= 122 ? LATIN : -1) : scriptOf(code);
    if (script >= 0) {
      letters++;
      counts[script]++;
    }
    if (script === LATIN || script === CYRILLIC) {
      hash = Math.imul(hash ^ lowerCode(code), FNV_PRIME);
      wordLength++;
    } else if (wordLength > 0) {
      words++;
      if (wordLength <= MAX_FUNCTION_WORD) {
        const languages = wordLanguages().get(hash >>> 0);
        if (languages) evidence.set(languages, (evidence.get(languages) ?? 0) + 1);
      }
      wordLength = 0;
      hash = FNV_OFFSET;
    }
  }
  if (letters === 0) return 'und';
  let main = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[main]!) main = i;
  // Japanese mixes kana with Han; any real share of kana makes the text Japanese.
  if ((main === HAN || main === KANA) && counts[KANA]! > 0.1 * letters) return 'ja';
  if (counts[main]! < 0.5 * letters) return 'und';
  if (main === ARABIC) return /[پچژگ]/.test(sample) ? 'fa' : 'ar';
  const byScript = SCRIPT_LANGUAGE[SCRIPTS[main]!];
  if (byScript) return byScript;
  return byFunctionWords(sample, main === CYRILLIC, evidence, words);
}

function byFunctionWords(sample: string, cyrillic: boolean, evidence: Map<readonly string[], number>, words: number): string {
  if (cyrillic) {
    // Function words overlap heavily between Ukrainian and Russian; the alphabets do not.
    evidence.set(['uk'], sample.match(UKRAINIAN_LETTERS)?.length ?? 0);
    evidence.set(['ru'], sample.match(RUSSIAN_LETTERS)?.length ?? 0);
  }
  if (words < MIN_WORDS) return 'und';
  const hits = new Map<string, number>();
  for (const [languages, count] of evidence) {
    for (const language of languages) {
      if (CYRILLIC_PROFILES.has(language) === cyrillic) hits.set(language, (hits.get(language) ?? 0) + count);
    }
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SHARE * words) return 'und';
  if (!second) return best[0];
  // Close relatives (Indonesian and Malay, Danish and Norwegian) share most function words, so
  // the two front-runners are told apart by the words only one of them has.
  let forBest = 0;
  let forSecond = 0;
  for (const [languages, count] of evidence) {
    const hasBest = languages.includes(best[0]);
    const hasSecond = languages.includes(second[0]);
    if (hasBest && !hasSecond) forBest += count;
    else if (hasSecond && !hasBest) forSecond += count;
  }
  return forBest > forSecond && (forSecond === 0 || forBest >= MARGIN * forSecond) ? best[0] : 'und';
}
