/*
 * Trigger words: what names a happening, by language-independent action class. Each class lists
 * the words of English, German, French, Italian, Spanish, Portuguese, Indonesian, Ukrainian and
 * Russian that report it. Classes that are ambiguous on their own ("exchange", "strike") carry a
 * context test the sentence must pass.
 */

import { lazy } from '../text/lazy';

/** One action class and the words that report it. */
interface ActionClass {
  action: string;
  /** Readable English name for labels ("Talks", "Prisoner exchange"). */
  label: string;
  /** Alternations of a regular expression, matched case-insensitively on whole words. */
  words: string[];
  /** The sentence must also match this for a trigger to count ("exchange" needs prisoners). */
  context?: RegExp;
  /** The sentence must NOT match this ("strike" of workers is not an attack). */
  notContext?: RegExp;
  /** Bare words that name the class only when they refer back to an event of it ("the call", "the exchange"). */
  anaphoric?: string[];
}

const PRISONERS = /prisoner|POWs?\b|captive|detainee|hostage|bodies|Gefangen|Kriegsgefangen|prisonnier|otage|prigionier|ostagg|prisioner|rehén|rehenes|refén|tahanan|tawanan|sandera|полонен|полоненими|заручник|пленн|заложник/iu;
const SIGNING = lazy(() => /(?<![\p{L}])(?:signed|signs|signing|unterzeichne\p{L}*|signé\p{L}*|signent|firmat\p{L}*|firmaron|firmó|assinaram|assinou|menandatangani|ditandatangani|підписал\p{L}*|подписал\p{L}*)(?![\p{L}])/iu);
const LABOUR = /\b(?:union|unions|workers|walkout|wage|pay dispute|Gewerkschaft|syndicat|sindacat|sindicato|serikat pekerja|профспілк|профсоюз)/iu;

/**
 * The classes in priority order: where two triggers overlap ("phone talks"), the earlier class
 * wins, so a call about talks is a call.
 */
const CLASSES: ActionClass[] = [
  {
    action: 'call',
    label: 'Phone call',
    words: [
      '(?:tele)?phone (?:call|conversation|talks|discussion)s?', 'video (?:call|conference)', 'spoke (?:by|over the|on the) (?:tele)?phone',
      'phoned', '(?:had|held) a (?:phone )?call', 'call between', 'phone',
      'Telefonat\\p{L}*', 'telefonierte\\p{L}*', 'Telefongespräch\\p{L}*', 'Telefonschalte',
      '(?:entretien|appel|conversation|échange) téléphonique', 'au téléphone', 'par téléphone',
      'telefonata', 'colloquio telefonico', 'conversazione telefonica', 'al telefono', 'telefonicamente',
      'llamada telefónica', 'conversación telefónica', 'por teléfono', 'telefonema', '(?:ligação|conversa|chamada) telef[óô]nica', 'por telefone',
      '(?:panggilan|percakapan|pembicaraan|sambungan) telepon', '(?:melalui|lewat|via) telepon', 'bertelepon', 'menelepon',
      'телефонн\\p{L}* розмов\\p{L}*', 'розмов\\p{L}* телефоном', 'телефоном', 'телефонн\\p{L}* разговор\\p{L}*', 'по телефону',
    ],
    anaphoric: ['call', 'Telefonat', 'appel', 'telefonata', 'llamada', 'ligação', 'panggilan'],
  },
  {
    action: 'exchange',
    label: 'Prisoner exchange',
    words: [
      '(?:prisoner|POW|prisoners?-of-war) (?:exchange|swap)s?', 'exchanges?', 'swaps?', 'exchanged', 'swapped',
      'Gefangenenaustausch\\p{L}*', 'Austausch\\p{L}*', 'ausgetauscht', 'échanges?', 'échangé\\p{L}*', 'scambi?o?', 'scambiati',
      'intercambios?', 'canjes?', 'trocas?', 'trocaram', 'pertukaran', 'bertukar', 'обмін\\p{L}*', 'обмен\\p{L}*', 'обміня\\p{L}*', 'обменя\\p{L}*',
    ],
    context: PRISONERS,
    anaphoric: ['exchange', 'swap', 'Austausch', 'échange', 'scambio', 'intercambio', 'canje', 'troca', 'pertukaran', 'обмін\\p{L}*', 'обмен\\p{L}*'],
  },
  {
    action: 'strike',
    label: 'Strike',
    words: [
      '(?:drivers\'?|pilots\'?|staff|union) strikes?', '(?:rail|general|national|train|transport|teachers\'?|doctors\'?|nurses\'?|warning|workers\'?|hunger|airport|port) strikes?', '(?:hour|day|week) strikes?', 'strike action', 'on strike', 'walkouts?',
      '(?:Warn|Bahn|General|Lokführer)?[Ss]treik\\p{L}*', 'Stunden-Streik\\p{L}*', 'grèves?', 'sciopero', 'scioperi', 'huelgas?', 'greves?', 'mogok', 'страйк\\p{L}*', 'забастовк\\p{L}*',
    ],
  },
  {
    action: 'attack',
    label: 'Attack',
    words: [
      '(?:air|drone|missile|rocket|aerial|artillery|military|terror(?:ist)?|suicide|knife|bomb|mortar) (?:attacks?|strikes?|raids?|assaults?|barrages?)',
      'attacks?', 'attacked', 'airstrikes?', 'air raids?', 'bombardments?', 'bombings?', 'bombed', 'shelling', 'shelled', 'assault',
      'strikes? (?:on|against|targeting|near|across)', 'struck', '(?:launched|fired) (?:[\\p{L}\\d,-]+ ){0,4}(?:drones|missiles|rockets)',
      'Angriff\\p{L}*', 'Luftangriff\\p{L}*', 'Drohnenangriff\\p{L}*', 'Raketenangriff\\p{L}*', 'Beschuss', 'Bombardierung\\p{L}*', 'angegriffen',
      'attaques?', 'frappes?', 'bombardements?', 'attacc(?:o|hi)', 'raid', 'bombardament[oi]', 'ataques?', 'bombardeos?', 'bombardeios?',
      'serangan', 'menyerang', 'diserang', 'атак\\p{L}*', 'обстріл\\p{L}*', 'обстрел\\p{L}*', 'удар(?:и|ів|у|ом)?', 'удары', 'напад\\p{L}*',
    ],
    notContext: LABOUR,
  },
  {
    action: 'disaster',
    label: 'Disaster',
    words: [
      'floods?', 'flooding', 'flash floods?', 'earthquakes?', 'quake', 'storms?', 'hurricane', 'typhoon', 'cyclone', 'wildfires?', 'forest fires?', 'landslides?', 'tsunami', 'eruption',
      'Hochwasser', 'Überschwemmung\\p{L}*', 'Flut\\p{L}*', 'Erdbeben', 'Unwetter', 'Waldbr[aä]nd\\p{L}*', 'Erdrutsch\\p{L}*',
      'inondations?', 'crues?', 'séismes?', 'tremblement de terre', 'tempêtes?', 'incendies? de forêt',
      'alluvion\\p{L}*', 'inondazion\\p{L}*', 'esondazion\\p{L}*', 'esond\\p{L}*', 'allagament\\p{L}*', 'terremoto', 'sisma', 'maltempo', 'frane?', 'incendi boschivi',
      'inundaci[oó]n(?:es)?', 'sismo', 'tormentas?', 'incendios? forestal(?:es)?', 'enchentes?', 'inundações', 'cheias?', 'deslizamentos?', 'temporal',
      'banjir', 'gempa(?: bumi)?', 'tanah longsor', 'longsor', 'kebakaran hutan', 'повін\\p{L}*', 'паводк\\p{L}*', 'землетрус\\p{L}*', 'наводнени\\p{L}*', 'землетрясени\\p{L}*',
    ],
  },
  {
    action: 'crash',
    label: 'Crash',
    words: [
      'crash(?:ed)?', 'collision', 'collided', 'derailment', '(?:train|rail) derailed', 'Absturz', 'abgestürzt', 'Zugunglück', 'Unfall', 'Zusammenstoß',
      'déraill\\p{L}*', 'collisione', 'deragliament\\p{L}*', 'incidente ferroviario', 'descarrilamiento', 'choque', 'acidente', 'kecelakaan', 'tabrakan',
      'авіакатастроф\\p{L}*', 'катастроф\\p{L}*', 'аварі\\p{L}*', 'крушени\\p{L}*',
    ],
  },
  {
    action: 'summit',
    label: 'Summit',
    words: ['summits?', 'Gipfel\\p{L}*', 'sommets?', 'vertice', 'cumbre', 'cimeira', 'cúpula', 'KTT', 'саміт\\p{L}*', 'саммит\\p{L}*'],
  },
  {
    action: 'talks',
    label: 'Talks',
    words: [
      '(?:peace |direct |face-to-face |ceasefire |bilateral )?talks', 'negotiations', 'meet', 'meets', 'round (?:one|two|three|four)', '(?:first|second|third|fourth|new|next) round',
      'verhandel\\p{L}*', '(?:premier|deuxième|second|nouveau|troisième) cycle', 'cycle de (?:négociations|pourparlers)', 'round of (?:talks|negotiations)', 'meetings?', 'met (?:with|in|at)', 'discussions',
      'Gespräch\\p{L}*', 'Verhandlung\\p{L}*', 'Verhandlungsrunde', 'Friedensgespräch\\p{L}*', 'Treffen', 'trafen', 'getroffen',
      'pourparlers', 'négociations?', 'rencontres?', 'réunions?', 'se sont rencontrés', 'colloqui', 'negoziat[oi]', 'negoziazion\\p{L}*', 'trattative', 'incontr[oi]', 'riunion[ei]',
      'conversaciones', 'negociaciones', 'reuni[oó]n', 'se reunieron', 'negociações', 'conversações', 'conversas', 'reunião', 'encontros?', 'se reuniram',
      'perundingan', 'negosiasi', 'pembicaraan', 'pertemuan', 'bertemu', 'переговор\\p{L}*', 'перемовин\\p{L}*', 'зустріч\\p{L}*', 'встреч\\p{L}*', 'зустрілися', 'встретились',
    ],
  },
  {
    action: 'agreement',
    label: 'Agreement',
    words: [
      'agreements?', 'deal', 'accords?', 'treaty', 'pact', 'memorandum of understanding', 'signed', 'agreed (?:to|on)', 'partnership',
      'vereinbart\\p{L}*', 'convenu\\p{L}*', 'concordat\\p{L}*', 'acordaron', 'acordaram', 'sepakat', 'домовил\\p{L}*', 'договорил\\p{L}*',
      'Abkommen', 'Vereinbarung\\p{L}*', 'Vertrag', 'unterzeichne\\p{L}*', 'unterzeichnet', 'accord', 'traité', 'signé\\p{L}*', 'accordo', 'intesa', 'firmat[oi]',
      'acuerdo', 'pacto', 'firmaron', 'acordo', 'assinaram', 'assinado', 'kesepakatan', 'perjanjian', 'menandatangani', 'ditandatangani',
      'угод\\p{L}*', 'домовленіст\\p{L}*', 'підписали', 'соглашени\\p{L}*', 'договор\\p{L}*', 'подписали',
    ],
  },
  {
    action: 'election',
    label: 'Election',
    words: ['elections?', 'referendum', 'run-off', '(?:Bundestags|Landtags|Präsidentschafts|Kommunal|Europa|Parlaments|Neu)?[Ww]ahl(?:en)?', 'élections?', 'elezion[ei]', 'elecciones', 'eleições', 'pemilu', 'pemilihan', 'вибор\\p{L}*', 'выбор\\p{L}*'],
  },
  {
    action: 'protest',
    label: 'Protest',
    words: [
      'protests?', 'protested', 'protesters', 'demonstrations?', 'demonstrators', 'rall(?:y|ies)', 'marched', 'marchers', 'Protest\\p{L}*', 'Demonstration\\p{L}*', 'Kundgebung\\p{L}*',
      'manifestations?', 'manifestazion\\p{L}*', 'proteste', 'manifestaci[oó]n(?:es)?', 'protestas?', 'manifestações', 'manifestação', 'manifestantes', 'protestos?',
      'unjuk rasa', 'demonstrasi', 'протест\\p{L}*', 'мітинг\\p{L}*', 'митинг\\p{L}*',
    ],
  },
  {
    action: 'arrest',
    label: 'Arrest',
    words: ['arrested', 'arrests?', 'detained', 'festgenommen', 'Festnahme\\p{L}*', 'verhaftet', 'arrêté\\p{L}*', 'interpellé\\p{L}*', 'arrestat[oi]', 'detenid[oa]s?', 'ditangkap', 'затрима\\p{L}*', 'заарештува\\p{L}*', 'арестова\\p{L}*'],
  },
  {
    action: 'verdict',
    label: 'Verdict',
    words: ['sentenced', 'verdict', 'convicted', 'acquitted', 'Urteil\\p{L}*', 'verurteilt', 'condamné\\p{L}*', 'verdetto', 'sentenza', 'condannat\\p{L}*', 'sentencia', 'condenad[oa]', 'sentença', 'vonis', 'divonis', 'вирок\\p{L}*', 'приговор\\p{L}*'],
  },
  {
    action: 'resignation',
    label: 'Resignation',
    words: ['resign(?:ed|ation|s)?', 'stepped down', 'Rücktritt\\p{L}*', 'zurückgetreten', 'démission\\p{L}*', 'dimission\\p{L}*', 'dimesso', 'dimessa', 'renuncia', 'dimitió', 'renúncia', 'mengundurkan diri', 'відставк\\p{L}*', 'отставк\\p{L}*'],
  },
  {
    action: 'killed',
    label: 'Deaths',
    words: [
      'killed', 'killing', 'dead', 'died', 'death toll', 'deaths', 'fatalities', 'lost their lives',
      'getötet', 'Tote[n]?', 'ums Leben', 'starben', 'tués?', 'morts?', 'décès', 'mort[ei]', 'uccis[ie]', 'vittime',
      'muert[oa]s?', 'fallecid[oa]s', 'murieron', 'mort[oa]s', 'morreram', 'vítimas', 'tewas', 'meninggal(?: dunia)?', 'korban jiwa',
      'загин\\p{L}*', 'вбит\\p{L}*', 'загибл\\p{L}*', 'погиб\\p{L}*', 'убит\\p{L}*',
    ],
  },
  {
    action: 'proposal',
    label: 'Proposal',
    words: ['proposals?', 'proposed', 'proposes', 'Vorschlag\\p{L}*', 'vorgeschlagen', 'propos\\p{L}*', 'propost[ae]', 'proposto', 'propone', 'propuesta', 'propuso', 'propôs', 'usulan', 'mengusulkan', 'пропозиці\\p{L}*', 'запропонува\\p{L}*', 'предложени\\p{L}*', 'предложил\\p{L}*'],
  },
];

/** Classes that report a consequence of another class: deaths belong to an attack, a disaster or a crash. */
const ABSORBED_BY: Record<string, readonly string[]> = {
  killed: ['attack', 'disaster', 'crash'],
  // "An earthquake struck": the verb of a disaster is no attack.
  attack: ['disaster'],
  // A treaty being negotiated is the topic of the talks, not an agreement made.
  agreement: ['talks', 'call', 'summit'],
  proposal: CLASSES.map((c) => c.action).filter((a) => a !== 'proposal'),
};

/** Action classes whose mentions may be one event (deaths reported apart from the attack that caused them). */
const GROUP: Record<string, string> = { killed: 'attack' };

/** A trigger found in a sentence. */
export interface TriggerMatch {
  action: string;
  start: number;
  end: number;
  text: string;
  /** A bare word ("the call") that names the class only if it refers back to an event of it. */
  anaphoric?: boolean;
}

// Sticky: tried only where a word starts, which is several times faster than scanning every position.
const wordsPattern = (words: readonly string[]) => new RegExp(`(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'yiu');
/**
 * The lower-cased first three letters an alternative can start with ("(?:tele)?phone" → "tel",
 * "pho"; "[Ss]treik" → "str"), or "*" when it can start with anything: a word is tried only
 * against classes that can start with it.
 */
function heads(alternative: string): string[] {
  if (alternative.startsWith('(?:')) {
    let depth = 0;
    let close = 0;
    for (let i = 0; i < alternative.length; i++) {
      if (alternative[i] === '(') depth++;
      else if (alternative[i] === ')' && --depth === 0) { close = i; break; }
    }
    let rest = alternative.slice(close + 1);
    const optional = rest.startsWith('?');
    if (optional) rest = rest.slice(1);
    const found = splitTop(alternative.slice(3, close)).flatMap((part) => heads(part + rest));
    return optional ? found.concat(heads(rest)) : found;
  }
  const literal = /^[\p{L}' -]*/u.exec(alternative)![0];
  const after = alternative.slice(literal.length);
  // A letter class within the first three letters ("[Ss]treik"): each of its letters begins a literal.
  const letters = literal.length < 3 ? /^\[(\p{L}+)\](?![?*{])/u.exec(after) : null;
  if (letters) return [...letters[1]].flatMap((letter) => heads(literal + letter + after.slice(letters[0].length)));
  const usable = /^[?*{]/.test(after) ? literal.slice(0, -1) : literal;
  return [usable.length >= 3 ? usable.slice(0, 3).toLowerCase() : '*'];
}

function splitTop(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')') depth--;
    else if (pattern[i] === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  return parts.concat(pattern.slice(from));
}

/*
 * One lookup per word start: the word's first three letters, lower-cased, are read as a number
 * (each letter numbered within the letters that heads use), and one map gives the classes, as bit
 * masks, whose words or anaphoric words can start there. A letter no head uses is 0: no head can
 * match where it occurs, exactly as the lower-cased three-letter string would not.
 */
interface TriggerTables {
  compiled: Array<ActionClass & { pattern: RegExp; weak: RegExp | undefined }>;
  letterNumbers: Map<string, number>;
  letters: number;
  headMasks: Map<number, { strong: number; weak: number }>;
  /** Classes with an alternative that can start anywhere: tried at every word start. */
  anyStrong: number;
  anyWeak: number;
}

let builtTables: TriggerTables | undefined;

/**
 * Built by the first sentence looked at, not when the module loads: building the patterns takes
 * tens of milliseconds that the extension's activation and an article's first highlighting need not wait for.
 */
function tables(): TriggerTables {
  return (builtTables ??= buildTables());
}

function buildTables(): TriggerTables {
  const compiled = CLASSES.map((c) => ({
    ...c,
    pattern: wordsPattern(c.words),
    weak: c.anaphoric ? wordsPattern(c.anaphoric) : undefined,
  }));
  const classHeads = CLASSES.map((c) => ({ strong: c.words.flatMap(heads), weak: (c.anaphoric ?? []).flatMap(heads) }));
  const letterNumbers = new Map<string, number>();
  for (const { strong, weak } of classHeads) {
    for (const head of [...strong, ...weak]) for (const letter of head) if (head !== '*' && !letterNumbers.has(letter)) letterNumbers.set(letter, letterNumbers.size + 1);
  }
  const built: TriggerTables = { compiled, letterNumbers, letters: letterNumbers.size + 1, headMasks: new Map(), anyStrong: 0, anyWeak: 0 };
  // Masks of 31 bits (the sign bit unused), so they stay small integers.
  if (CLASSES.length > 31) throw new Error('findTriggers: more action classes than mask bits');
  classHeads.forEach(({ strong, weak }, i) => {
    for (const [list, isWeak] of [[strong, false], [weak, true]] as const) {
      for (const head of list) {
        if (head === '*') {
          if (isWeak) built.anyWeak |= 1 << i;
          else built.anyStrong |= 1 << i;
          continue;
        }
        const key = headKey(built, letterNumbers.get(head[0])!, letterNumbers.get(head[1])!, letterNumbers.get(head[2])!);
        let masks = built.headMasks.get(key);
        if (!masks) built.headMasks.set(key, (masks = { strong: 0, weak: 0 }));
        if (isWeak) masks.weak |= 1 << i;
        else masks.strong |= 1 << i;
      }
    }
  });
  return built;
}

function headKey({ letters }: TriggerTables, a: number, b: number, c: number): number {
  return (a * letters + b) * letters + c;
}

/** Per UTF-16 code unit: 0 not yet known, else 1 + its letter number, with the top bit set for a letter or digit. */
const unitInfo = new Uint16Array(0x10000);
const WORD_UNIT = 0x8000;
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
function infoOf(unit: number): number {
  let info = unitInfo[unit];
  if (info === 0) {
    const { letterNumbers } = tables();
    const char = String.fromCharCode(unit);
    const lower = char.toLowerCase();
    // Lone surrogates are no letters; a pair is looked at as a whole in findTriggers.
    info = (1 + (lower.length === 1 ? letterNumbers.get(lower) ?? 0 : 0)) | (WORD_CODE_POINT.test(char) ? WORD_UNIT : 0);
    unitInfo[unit] = info;
  }
  return info;
}
function letterAt(sentence: string, at: number): number {
  return (infoOf(sentence.charCodeAt(at)) & 0x7fff) - 1;
}

// Scratch lists for the word starts of one sentence that some class can start at; findTriggers is not reentrant.
const candidateAt: number[] = [];
const candidateStrong: number[] = [];
const candidateWeak: number[] = [];

/**
 * The triggers of `sentence` (offsets relative to it): at most one per action class, the first
 * occurrence, overlapping ones resolved by class priority; deaths and proposals dropped where a
 * class that absorbs them is present.
 */
export function findTriggers(sentence: string): TriggerMatch[] {
  const { compiled } = tables();
  const count = collectCandidates(sentence);
  let strongSeen = 0;
  let weakSeen = 0;
  for (let k = 0; k < count; k++) {
    strongSeen |= candidateStrong[k];
    weakSeen |= candidateWeak[k];
  }
  if ((strongSeen | weakSeen) === 0) return [];
  const found: TriggerMatch[] = [];
  // Context tests scan the whole sentence: made only once a class has a word to take, and once.
  let tested = 0;
  let unusable = 0;
  const usable = (i: number): boolean => {
    const bit = 1 << i;
    if ((tested & bit) === 0) {
      tested |= bit;
      if (compiled[i].notContext?.test(sentence)) unusable |= bit;
    }
    return (unusable & bit) === 0;
  };
  const take = (i: number, anaphoric: boolean): void => {
    const c = compiled[i];
    const bit = 1 << i;
    const masks = anaphoric ? candidateWeak : candidateStrong;
    const pattern = anaphoric ? c.weak! : c.pattern;
    for (let k = 0; k < count; k++) {
      if ((masks[k] & bit) === 0) continue;
      const start = candidateAt[k];
      pattern.lastIndex = start;
      const m = pattern.exec(sentence);
      if (!m) continue;
      const end = start + m[0].length;
      if (overlapsAny(found, start, end)) continue;
      if (!usable(i) || (!anaphoric && c.context && !c.context.test(sentence))) return;
      found.push({ action: c.action, start, end, text: m[0], ...(anaphoric ? { anaphoric } : {}) });
      return;
    }
  };
  for (let i = 0; i < compiled.length; i++) if ((strongSeen & (1 << i)) !== 0) take(i, false);
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i];
    if (c.weak && (weakSeen & (1 << i)) !== 0 && !found.some((f) => f.action === c.action)) take(i, true);
  }
  if (found.length === 0) return found;
  const actions = new Set(found.map((f) => f.action));
  // A signing is the news: "signed a trade agreement after nine years of negotiations" reports the agreement.
  if (actions.has('agreement') && SIGNING().test(sentence)) actions.delete('talks');
  return found
    .filter((f) => f.action !== 'talks' || actions.has('talks') || !found.some((o) => o.action === 'agreement'))
    .filter((f) => !(ABSORBED_BY[f.action] ?? []).some((a) => actions.has(a) && found.some((o) => o.action === a && !o.anaphoric)))
    .sort((a, b) => a.start - b.start);
}

function overlapsAny(found: readonly TriggerMatch[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

/**
 * Fills the scratch lists with the starts of the sentence's words (runs of letters and digits, as
 * `[\p{L}\p{N}]+` reads them) where some class can start, and returns how many there are.
 */
function collectCandidates(sentence: string): number {
  const built = tables();
  let count = 0;
  let inWord = false;
  const length = sentence.length;
  for (let i = 0; i < length; i++) {
    const unit = sentence.charCodeAt(i);
    let word: boolean;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length && (sentence.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = WORD_CODE_POINT.test(sentence.slice(i, i + 2));
      if (!word || inWord) {
        inWord = word;
        i++;
        continue;
      }
    } else {
      word = (infoOf(unit) & WORD_UNIT) !== 0;
      if (!word || inWord) {
        inWord = word;
        continue;
      }
    }
    inWord = true;
    let strong = built.anyStrong;
    let weak = built.anyWeak;
    if (i + 2 < length) {
      const a = letterAt(sentence, i);
      const b = a && letterAt(sentence, i + 1);
      const c = b && letterAt(sentence, i + 2);
      const masks = c ? built.headMasks.get(headKey(built, a, b, c)) : undefined;
      if (masks) {
        strong |= masks.strong;
        weak |= masks.weak;
      }
    }
    if ((strong | weak) !== 0) {
      candidateAt[count] = i;
      candidateStrong[count] = strong;
      candidateWeak[count] = weak;
      count++;
    }
    // The second unit of a pair is skipped by the loop's own step on the next round.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length && (sentence.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

/** The readable English name of an action class. */
export function actionLabel(action: string): string {
  return CLASSES.find((c) => c.action === action)?.label ?? action;
}

/** The group of action classes that may describe one event (killed → attack). */
export function actionGroup(action: string): string {
  return GROUP[action] ?? action;
}
