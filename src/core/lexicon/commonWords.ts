import { foldText } from '../text/fold';
import { lazy } from '../text/lazy';

/**
 * Words that are capitalised for a reason other than being a name: the start of a sentence
 * ("The", "Although", "Speaking"), a heading ("Background", "Advertisement"), or German nouns'
 * companions ("Der", "Die"). A capitalised phrase loses them from its edges. English first, then
 * the function words of German, Italian, Portuguese, Spanish, French, Indonesian and Ukrainian.
 */
const FUNCTION_WORDS = `
a an the this that these those there here it its it's he she they we you i me him her them us our your their his my mine
and or but nor so yet for because although though while whereas if unless until since as when whenever where wherever why
how what which who whom whose whoever whatever whichever whether
in on at by to from of off with without within into onto upon about above below under over after before during between
among amid amidst across along around through throughout toward towards against despite beyond behind beside besides near
via per than like unlike including except plus
is are was were be been being am do does did done have has had having will would shall should can could may might must
not no none nothing nobody neither either both each every all any some many much more most few fewer less least several
other others another such same own only just even also still already again ever never always often sometimes perhaps
maybe now then today tonight yesterday tomorrow soon later earlier recently previously meanwhile however moreover
furthermore therefore thus hence instead nevertheless nonetheless otherwise indeed accordingly consequently finally first
firstly second secondly third thirdly last lastly next once twice one two three four five six seven eight nine ten eleven
twelve dozens hundreds thousands millions yes okay ok oh well very too quite rather almost nearly about around approximately
according asked speaking asked talking writing adding citing noting following given regarding concerning
mr mrs ms dr
breaking update updated live watch video photo photos image images source sources details background read more share comments
comment subscribe advertisement advertising sponsored related recommended popular latest trending explainer analysis opinion
editorial interview exclusive report reports reporting timeline explained factbox
der die das den dem des ein eine einer eines einem einen und oder aber auch nicht nur noch schon wie wenn als ob dass weil
im am zum zur vom beim mit von bei nach aus für gegen ohne um über unter vor hinter neben zwischen seit bis durch es er sie
wir ihr ich man sich dieser diese dieses jener jede jeder jedes kein keine mehr viele alle andere heute gestern morgen jetzt
dann dort hier laut zudem bereits doch nun so zu auf an in
il lo la i gli le un uno una del della dei degli delle al allo alla ai agli alle dal dalla dai dagli dalle nel nello nella
nei negli nelle sul sulla sui sugli sulle col con per tra fra di da e ed o ma anche non che chi cui quale quando dove come
perché se questo questa questi queste quello quella quelli quelle oggi ieri domani secondo inoltre però mentre dopo prima
o a os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas com sem sob sobre entre até desde
e ou mas também não que quem qual quando onde como porque se este esta estes estas esse essa isso aquele aquela hoje ontem
amanhã segundo além porém enquanto depois antes já ainda
el los las un una unos unas del al con sin sobre entre hasta desde y o pero también no que quien cual cuando donde como
porque si este esta estos estas ese esa eso hoy ayer mañana según además pero mientras después antes ya aún
le la les un une des du de au aux et ou mais aussi ne pas que qui quoi dont où quand comme parce si ce cet cette ces
aujourd'hui hier demain selon
yang dan di ke dari pada untuk dengan dalam oleh itu ini juga tidak akan telah sudah sedang bahwa karena jika saat ketika
setelah sebelum namun tetapi atau serta bagi tentang menurut hingga sejak antara kepada para sang si ia dia mereka kami
kita anda saya hari kemarin besok sementara selain bahkan
і й та а але або що як коли де чи це цей ця ці той та ті він вона воно вони ми ви я у в на з із зі до від за під над про
для після перед між через без при по також вже ще не ні так тому бо якщо хоча сьогодні вчора завтра згідно водночас
и в во на с со к ко от до за под над о об про для после перед между через без при по также уже еще не ни так потому
`;

/** All-caps words that are not organisations: "AI", "TV", "GDP". */
const CAPS_NON_NAMES = `AI TV PM AM OK CEO CFO GDP ID IT PR HQ UTC GMT BC AD DNA RNA COVID HIV AIDS SMS PDF USB GPS VIP MP MEP
APP AD BOX LIVE NEW NEWS VIDEO PHOTO PHOTOS READ MORE WATCH UPDATE BREAKING EXCLUSIVE ANALYSIS OPINION EXPLAINER`;

const functionWords = lazy(() => new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean).map(foldText)));
const capsNonNames = new Set(CAPS_NON_NAMES.split(/\s+/).filter(Boolean));

/** True for a word that is capitalised only by position (sentence start, heading): "The", "Although", "Die". */
export function isFunctionWord(word: string): boolean {
  return functionWords().has(foldText(word));
}

/** True for all-caps words that are abbreviations of things, not organisations ("AI", "GDP"). */
export function isCapsNonName(word: string): boolean {
  return capsNonNames.has(word);
}

/**
 * Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin
 * Salman", "Bashar al-Assad".
 */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'ter', 'ten', 'zu']);
