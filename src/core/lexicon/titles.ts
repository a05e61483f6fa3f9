import { foldText } from '../text/fold';

/**
 * Titles and roles people are given in news text, in English and the basics of German, Italian,
 * Portuguese, Spanish, French, Indonesian and Ukrainian/Russian. A *head* is a word that can
 * stand alone before a name ("President", "spokesperson", "Außenminister"); a *modifier* only
 * belongs to a role when a head follows it ("Foreign" in "Foreign Minister").
 */

const HEADS = `
president vice-president minister chancellor vice-chancellor secretary secretary-general undersecretary under-secretary
spokesperson spokesman spokeswoman ambassador governor mayor general colonel lieutenant lieutenant-general major-general
brigadier admiral commander commander-in-chief marshal captain sergeant corporal senator congressman congresswoman
congressperson representative rep sen gov lawmaker legislator parliamentarian mp mep deputy speaker king queen prince princess
emperor empress pope cardinal bishop archbishop patriarch rabbi imam ayatollah cleric sheikh emir sultan
premier chairman chairwoman chair chairperson president-elect director director-general commissioner judge prosecutor
prosecutor-general attorney attorney-general envoy aide adviser advisor counsellor counselor leader whip chief head ceo cfo coo cto
founder co-founder ruler dictator monarch official officer negotiator diplomat consul journalist correspondent reporter editor
editor-in-chief columnist analyst expert professor lecturer researcher scientist economist historian lawyer activist candidate
nominee coach manager executive owner chairman spokesperson ombudsman inspector superintendent sheriff commissioner delegate
ombudsperson justice magistrate mufti councillor councilman councilwoman alderman chancellor-elect prime-minister pm
strategist campaigner organiser organizer author writer novelist poet singer actor actress artist director-general rector
dean principal president-designate premier-designate heir tsar tycoon billionaire businessman businesswoman entrepreneur
gen lt col sgt capt adm maj cmdr rev pres mr mrs ms miss mx dr prof sir dame lord lady baron baroness countess duke duchess herr frau signor signora sig dott
sr sra sres dom dona doña pak bu bapak ibu mme mlle monsieur madame
presidente präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin bundespräsident ministerpräsident
ministerpräsidentin außenminister außenministerin verteidigungsminister verteidigungsministerin innenminister
finanzminister minister ministerin sprecher sprecherin botschafter botschafterin bürgermeister bürgermeisterin abgeordnete
abgeordneter generalsekretär regierungssprecher regierungschef regierungschefin staatschef staatschefin kremlchef
ministro ministra premier portavoce segretario segretaria sindaco sindaca ambasciatore ambasciatrice deputato deputata
senatore senatrice consigliere leader capo comandante generale presidentessa cancelliere
porta-voz secretário secretária prefeito prefeita governador governadora deputado deputada senador senadora embaixador
embaixadora chanceler comandante primeiro-ministro primeira-ministra vice-presidente
presiden menteri kanselir wakil gubernur walikota bupati jenderal kepala ketua juru duta panglima kapolri kapolda sekretaris
президент міністр міністерка прем'єр-міністр речник речниця посол голова генерал мер депутат депутатка канцлер
спікер радник радниця очільник керівник командувач лідер министр премьер-министр пресс-секретарь глава советник
`;

/** Words that sharpen a following head: "Foreign" Minister, "Deputy" Prime Minister, "senior" adviser. */
const MODIFIERS = `
foreign defence defense interior home finance treasury justice health economy economic energy education trade agriculture
culture environment transport infrastructure labour labor digital social veterans housing development science technology
industry tourism sport sports youth family women emergency emergencies reintegration strategic industries communications
intelligence security national state federal regional local municipal presidential parliamentary military armed naval air
army police border prime deputy vice first second acting former interim senior junior chief top special general executive
assistant associate principal permanent lead press foreign-policy policy political diplomatic economic legal human rights
affairs crown supreme high grand joint commanding ranking longtime long-time outgoing incoming retired new current then
government opposition party coalition cabinet deputy-head majority minority
außen verteidigungs innen finanz stellvertretende stellvertretender ehemalige ehemaliger
vice vicepresidente ex primo primeira primeiro
wakil perdana luar negeri pertahanan dalam pelaksana harian
перший заступник віце колишній заступника
`;

/** Titles written as several words that must be kept together: "Secretary of State". */
const MULTIWORD = [
  'secretary of state', 'secretary of defense', 'secretary of defence', 'minister of foreign affairs', 'minister of defence',
  'minister of defense', 'minister of the interior', 'minister of finance', 'minister of justice', 'minister of health',
  'chief of staff', 'chief of the general staff', 'head of state', 'head of government', 'prime minister', 'attorney general',
  'secretary general', 'director general', 'speaker of the house', 'chief executive', 'chief executive officer',
  'perdana menteri', 'juru bicara', 'duta besar', 'menteri luar negeri', 'menteri pertahanan', 'primo ministro',
  'presidente del consiglio', 'ministro degli esteri', 'ministro della difesa', 'ministro dos negócios estrangeiros',
  'ministro das relações exteriores', 'ministro da defesa', 'primeiro-ministro', 'prem\'єр-міністр', 'міністр закордонних справ',
  'міністр оборони', 'министр иностранных дел', 'министр обороны', 'глава мид',
];

const headSet = new Set(HEADS.split(/\s+/).filter(Boolean).map(foldText));
const modifierSet = new Set(MODIFIERS.split(/\s+/).filter(Boolean).map(foldText));
const multiwordTitles = MULTIWORD.map((t) => foldText(t).split(' '));
const multiwordFirstWords = new Set(multiwordTitles.map((t) => t[0]));

/** Honorifics that precede a name and are not a role by themselves. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'herr', 'frau', 'signor', 'signora', 'sig', 'dott', 'sr', 'sra', 'pak', 'bu', 'bapak', 'ibu', 'mme', 'mlle', 'monsieur', 'madame']);

function bare(word: string): string {
  return foldText(word).replace(/\.$/, '');
}

/**
 * True when `word` can head a role before a name ("President", "spokesperson", "Mr").
 * German compounds ending in -minister/-ministerin/-sprecher count ("Gesundheitsminister").
 */
export function isTitleHead(word: string): boolean {
  const w = bare(word);
  return headSet.has(w) || /(?:minister|ministerin|ministers|sprecher|sprecherin|prasident|prasidenten|prasidentin|kanzler|kanzlers|kanzlerin)$/.test(w);
}

/** True when `word` qualifies a title that follows it ("Foreign", "Deputy", "senior"). */
export function isTitleModifier(word: string): boolean {
  return modifierSet.has(bare(word));
}

/** True for Mr, Mrs, Dr, Herr, Pak…: honorifics, which are titles but not roles worth showing. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(bare(word));
}

/** True when `word` can begin a multi-word title ("Secretary" of State, "Prime" Minister). */
export function startsMultiwordTitle(word: string): boolean {
  return multiwordFirstWords.has(bare(word));
}

/**
 * How many words of `words` (folded, from index `at`) form a multi-word title ("Secretary of
 * State"), or 0.
 */
export function multiwordTitleLength(words: readonly string[], at: number): number {
  if (at >= words.length || !multiwordFirstWords.has(bare(words[at]))) return 0;
  let best = 0;
  for (const title of multiwordTitles) {
    if (title.length <= best || at + title.length > words.length) continue;
    if (title.every((w, i) => bare(words[at + i]) === w)) best = title.length;
  }
  return best;
}

/** Verbs of saying that follow a speaker: "Lavrov said", "Merz told reporters". */
export const SPEECH_VERBS = new Set(
  `said says say told tells added adds stated states noted notes wrote writes argued argues insisted insists warned warns
  claimed claims announced announces explained explains asked asks replied replies tweeted posted declared declares urged urges
  stressed stresses emphasised emphasized emphasises emphasizes confirmed confirms denied denies admitted admits suggested
  suggests reported reports commented comments recalled recalls acknowledged acknowledges responded responds continued
  concluded predicted believes believed thinks thought called calls accused accuses criticised criticized praised welcomed
  signaled signalled expressed pledged vowed promised lambasted rejected dismissed
  sagte sagt sagten erklärte erklärt erklärten betonte betont detto dice afferma affermato dichiarato spiega spiegato
  disse diz afirmou afirma declarou explicou dijo afirmó declaró explicó dit déclaré affirme explique
  mengatakan menyatakan kata ujar tutur
  заявив заявила сказав сказала повідомив повідомила наголосив заявил сказал`
    .split(/\s+/)
    .filter(Boolean),
);
