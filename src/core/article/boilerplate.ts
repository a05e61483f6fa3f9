import type { RegionKind, Span } from '../model';
import { isGivenName } from '../lexicon/givenNames';
import { CharClass, isCharClass, scanWhile, splitOnRuns, startsWithClass } from '../text/charClass';

/**
 * Body versus boilerplate for articles saved as plain text from web pages. Each line gets a role
 * from its own features (prose or not, UI phrases in several languages, timestamps, bylines, date
 * labels, photo credits); then block logic finds the article: the first substantial run of prose,
 * cut at the first end-of-article marker ("Related articles", share bars, "Support X on Patreon",
 * "Discover more from X", comment sections). Prose after such a marker belongs to other stories.
 */

/**
 * What a line looks like on its own:
 * - `prose`: running text (sentences); `text`: other short text (headlines, subheadings, labels);
 * - `meta`: a date line, byline, photo credit, reading time, "2 hours ago";
 * - `time`: a bare clock time ("14:05");
 * - `chrome`: navigation, ads, language switchers, subscription and app prompts (sites put those
 *   inside articles too); `link`: an inline "Read more: …" link;
 * - `end`: a marker that closes an article (related stories, share bars, comments, "Discover more").
 */
export type LineRole = 'prose' | 'text' | 'meta' | 'time' | 'chrome' | 'link' | 'end';

/** Which metadata a `meta` line carries. */
export type MetaKind = 'date' | 'byline' | 'credit' | 'ago' | 'readingTime' | 'signoff';

/** A non-blank line; `start`/`end` bound its content without surrounding whitespace. */
export interface LineInfo extends Span {
  /** The content, trimmed. */
  text: string;
  /** Blank lines come between this line and the previous one. */
  gapBefore: boolean;
  role: LineRole;
  meta: MetaKind | null;
  /** The line's place in the article. */
  kind: RegionKind;
}

/** Ports the classifier needs from the date engine. */
export interface StructureOptions {
  /** Where the full dates (day, month and year) of `line` are. */
  findDates?: (line: string) => Span[];
}

export interface Structure {
  /** The non-blank lines, in order. */
  lines: LineInfo[];
  /** Index of the headline line, or -1. */
  headline: number;
  /** Indices into `lines` of the article body, `end` exclusive; empty when no body was found. */
  body: Span;
  /** True when paragraphs are hard-wrapped over several lines and separated by blank lines. */
  wrapped: boolean;
}

/**
 * The non-blank lines of `text`, split at CRLF, LF or CR and trimmed; a leading U+FEFF counts as
 * whitespace. Blank lines are only remembered as a gap, so a text of empty lines costs nothing.
 */
export function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let from = 0;
  let gapBefore = false;
  // The next LF and CR, each searched again only once passed, so the text is scanned once.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf >= 0 && lf < from) lf = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    let to = lf < 0 ? text.length : lf;
    let next = to + 1;
    // A lone CR also ends a line (old Mac files).
    if (cr >= 0 && cr < to) {
      next = cr + 1 === to ? to + 1 : cr + 1;
      to = cr;
    }
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      lines.push({ start, end, text: text.slice(start, end), gapBefore, role: 'text', meta: null, kind: 'boilerplate' });
      gapBefore = false;
    } else if (lines.length > 0) gapBefore = true;
    if (to >= text.length) break;
    from = next;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 11 || code === 12;
}

// ---------------------------------------------------------------------------------------------
// Phrase tables. Each matches a whole short line after `normalise` (lower case, bullets and end
// punctuation stripped), so the same words inside running text do not count.

const ADS =
  '(?:(?:article|story|content|inline|top|bottom|mid|sidebar|sticky)\\s+)?(?:advertisements?|advertising|adverts?|ads?|sponsored(?: content| links| stories)?|promoted(?: content)?|paid (?:content|post)|partner content|anzeige|werbung|publicit[ée]|pubblicit[àa]|publicidad|publicidade|iklan|реклама|рекламa|reklama|reklam|advertentie|annonce|annons|mainos|hirdetés|διαφήμιση)(?:\\s+(?:box|slot|unit|break|feature|placeholder|banner))?(?:\\s*[-–—:·|]?\\s*(?:scroll (?:down )?to continue(?: reading| with content)?|continue reading(?: below)?|story continues below))?' +
  '|(?:story|article) continues (?:below|after)(?: (?:the )?(?:ad|advertisement))?|continue reading below|scroll (?:down )?to continue(?: with content)?|skip (?:ad|advert|advertisement)';

const NAVIGATION = [
  'logo', '(?:main |open |close )?menu', 'close', 'home(?:page)?', 'search(?: for)?', 'skip to (?:main )?(?:content|navigation)', 'back to top',
  '(?:all )?sections', 'navigation', 'toggle navigation', 'log ?in', 'log ?out', 'sign ?in', 'sign ?out', 'register', 'my account', 'account', 'profile',
  'print', 'e-?mail', 'listen(?: to (?:this )?(?:article|story))?', 'play', 'pause', 'video', 'audio', 'watch(?: live)?', 'live', 'loading(?:…|\\.\\.\\.)?',
  'open in app', '(?:show|load|see|view) more', 'expand', 'collapse', 'next', 'previous', 'prev', 'back', 'top', 'edition', 'language', 'image', 'photo', 'gallery',
  'enlarge', 'zoom', 'copy', 'copy link', 'link copied', 'bookmark', 'save(?: article)?', 'saved', 'font size', 'dark mode', 'light mode', 'go to', 'weather',
  'startseite', 'suche', 'menü', 'anmelden', 'abmelden', 'accueil', 'recherche', 'se connecter', 'connexion', 'cerca', 'accedi', 'inicio', 'buscar',
  'iniciar sesión', 'início', 'pesquisar', 'entrar', 'zoeken', 'inloggen', 'beranda', 'cari', 'masuk', 'головна', 'пошук', 'увійти', 'меню', 'главная',
  'поиск', 'войти', 'strona główna', 'szukaj', 'zaloguj(?: się)?', 'ana sayfa', 'giriş yap', 'arama',
  'rubriques', "offrir l'article", 'lire plus tard', 'gift (?:this )?article', 'save for later', 'read later', 'key events', 'show key events only', 'news provided by',
  // Paywall labels.
  "article réservé aux abonnés", '(?:for )?subscribers? only', 'subscriber exclusive', 'nur für abonnenten', 'riservato agli abbonati', 'exclusivo para (?:suscriptores|assinantes)',
  'alleen voor abonnees', 'khusus pelanggan', 'тільки для передплатників', 'только для подписчиков', 'tylko dla (?:subskrybentów|prenumeratorów)', 'abonelere özel',
  // Consent buttons and e-mail chrome.
  'ok', 'got it', 'i agree', 'agree', 'accept(?: all)?(?: cookies)?', 'reject all', 'decline', 'manage (?:preferences|cookies|settings|options)', 'settings', 'preferences',
  'einstellungen', '(?:alle )?akzeptieren', 'ablehnen', 'tout accepter', 'accepter', 'refuser', 'accetta(?: tutti)?', 'rifiuta', 'aceptar(?: todo)?', 'rechazar',
  'aceitar(?: todos)?', 'rejeitar', '(?:alles )?accepteren', 'weigeren', 'terima semua', 'прийняти(?: все)?', 'принять(?: все)?', 'akceptuj(?: wszystkie)?', 'odrzuć',
  'kabul et', 'reddet', 'view (?:this email )?in (?:your |a )?browser', 'view online', 'unsubscribe', 'update (?:your )?preferences', 'forward to a friend',
].join('|');

/** Headings and prompts that close an article: what follows them is about something else. */
const END_HEADINGS = [
  'related(?: articles?| stories| posts| news| content| coverage| topics| reading| links| videos)?', 'more(?: stories| news| articles| videos| from \\S+(?: \\S+)?| on this(?: story| topic)?| in \\S+| top stories| to read| to explore| reading)?',
  'further reading', 'read more', 'read also', 'also read', 'see also', 'continue reading', 'keep reading', 'read (?:the )?full (?:story|article)', 'you (?:may|might) (?:also )?(?:like|enjoy)',
  'you may be interested in', 'recommended(?: for you| stories| reading| articles| videos)?', '(?:most|top) (?:read|popular|viewed|shared|commented|watched)(?: (?:this|last) week| today| now| stories| articles| news)?',
  'trending(?: now| stories| news| topics)?', 'popular(?: now| stories| news| articles)?', 'top (?:stories|news|headlines)', 'latest(?: news| stories| headlines| articles| videos| updates)?',
  'recent(?: news| posts| stories| articles)?', 'all (?:news|stories)', "editors?'?s?’?s? (?:picks?|choice)", 'comments?(?: \\(?\\d+\\)?)?', 'no comments(?: yet)?', 'leave a (?:comment|reply)',
  'join the (?:conversation|discussion)', '(?:show|view|load) comments', 'share(?: this(?: article| story| post| page)?| on \\S+| via \\S+| article| story)?', 'tags?', 'topics?', 'filed under',
  'categor(?:y|ies)', 'follow us(?: on \\S+)?', 'explore more(?: on these topics)?', 'suggested topics', 'reuse this content', 'about (?:the )?\\S+(?: \\S+){0,3}', 'about(?: us)?', 'contact(?: us)?', 'privacy(?: policy)?', 'terms(?: of (?:use|service)| and conditions)?', 'cookie(?:s| policy| settings| preferences)?', 'accessibility',
  'sitemap', 'careers', 'advertise(?: with us)?', 'also on \\S+', '(?:from|around) the web', 'what to read next', 'up next', '(?:next|previous) (?:article|story|post)',
  '(?:read|watch) next',
  // German, French, Italian, Spanish, Portuguese, Dutch
  'mehr zum thema', 'weitere (?:artikel|nachrichten|themen)', 'lesen sie (?:auch|mehr)', 'auch interessant', 'das könnte sie auch interessieren', 'meistgelesen(?:e artikel)?', 'am meisten gelesen',
  'top-themen', 'neueste artikel', 'kommentare', '(?:artikel )?teilen', 'datenschutz', 'impressum', 'schlagworte', 'themen',
  'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'dans la même rubrique', '(?:articles )?les plus (?:lus|populaires)', 'à la une', 'dernières actualités',
  'commentaires', 'partager', 'partagez', 'mentions légales', 'mots-clés', 'lire la suite',
  'leggi (?:anche|pure|di più)', '(?:ti )?potrebbe interessar(?:ti|e)', '(?:articoli|notizie) correlat[ie]', '(?:i )?più lett[ie]', 'ultime notizie', 'commenti', 'condividi',
  'argomenti', 'continua a leggere',
  'le[ea] también', 'leer más', '(?:también )?te puede interesar', '(?:noticias|artículos) relacionad[oa]s', 'lo más (?:leído|visto)', 'más leídas', 'últimas noticias', 'comentarios',
  'compartir', 'comparte', 'temas', 'etiquetas', 'sigue leyendo',
  'leia (?:também|mais)', 'veja também', 'saiba mais', 'notícias relacionadas', '(?:as )?mais lid[oa]s', 'últimas notícias', 'comentários', 'compartilh[ea]r?', 'partilhar',
  'tópicos', 'continue lendo', 'continuar a ler',
  'lees (?:ook|meer|verder)', 'meest gelezen', 'gerelateerd(?:e artikelen)?', 'meer nieuws', 'laatste nieuws', 'reacties', 'delen', 'deel dit artikel',
  // Indonesian, Ukrainian, Russian, Polish, Turkish
  'baca (?:juga|selengkapnya|lainnya)', '(?:berita|artikel) (?:terkait|lainnya)', 'terpopuler', '(?:berita )?terkini', 'komentar', 'bagikan', 'topik',
  'lihat juga',
  'читайте (?:також|ще|также)', 'дивіться також', 'смотрите также', 'новини по темі', 'новости по теме', 'по темі', 'по теме', 'найпопулярніше', 'популярне', 'популярное',
  'самое читаемое', 'останні новини', 'последние новости', '(?:всі|усі|все) новини', 'все новости', 'коментарі', 'комментарии', 'поділитися', 'поделиться', 'теги', 'теми', 'темы',
  'czytaj (?:też|także|więcej)', 'zobacz (?:też|także)', 'polecamy', 'najczęściej czytane', 'najpopularniejsze', 'najnowsze', 'ostatnie wiadomości', 'komentarze', 'udostępnij',
  'tagi', 'tematy',
  '(?:bunlar da )?ilginizi çekebilir', 'ilgili haberler', 'en çok okunan(?:lar)?', 'son dakika', 'son haberler', 'tüm haberler', 'yorumlar', 'paylaş',
  'etiketler', 'devamını oku',
].join('|');

/** Prompts that open a line of any length up to a short paragraph. */
const END_OPENERS = [
  'discover more from ', '©', '\\(c\\) \\d{4}', 'copyright ', 'all rights reserved', 'this (?:article|story) (?:was|is) (?:originally )?(?:published|republished)',
  'we use cookies', 'this (?:site|website) uses cookies', 'if you (?:like|liked|enjoyed|value|appreciate) (?:this|our|reading)', 'to (?:continue|keep) reading', 'already (?:a subscriber|have an account)',
  "you(?:'ve| have) reached (?:your|the)", 'want to read more', 'thank you for reading', 'thanks for reading',
].join('|');

/**
 * Subscription, newsletter, app and donation prompts. Sites put them inside articles as well as
 * after them, so they are boilerplate lines but do not end the article.
 */
const PROMPTS = [
  'newsletters?', '(?:subscribe|sign up|register|donate|support us)(?: now| today| here| for \\S+)?', '(?:support|donate)(?: us| now| today)?', 'become a (?:member|patron|supporter|subscriber)',
  'download (?:the|our) app', 'get the app', 'get started(?: now)?', '(?:newsletter |jetzt )?abonnieren', 'unterstützen sie uns', "s'abonner", 'abonnez-vous', 'soutenez-nous',
  'abbonati', 'iscriviti', 'sostienici', 'suscríbete', 'suscribirse', 'apóyanos', 'assine(?: já)?', 'apoie', 'abonneer', 'word abonnee', 'steun ons', 'berlangganan', 'ikuti kami',
  'dukung kami', 'підписатися', 'підпишіться', 'подписаться', 'подпишитесь', 'підтримайте(?: нас)?', 'підтримати(?: нас)?', 'поддержите(?: нас)?', 'поддержать(?: нас)?',
  'subskrybuj', 'zaprenumeruj', 'wesprzyj nas', 'abone ol', 'bizi destekleyin',
].join('|');

/** Prompt openings, for prompts that run on ("Subscribe to get the latest posts sent to your email."). */
const PROMPT_OPENERS = [
  'subscribe (?:to|for|now)', 'sign up (?:for|to|now)', 'get (?:our|the) (?:free |daily |weekly )?newsletter', 'download (?:the|our) ', 'follow us on ', 'join our ',
  'become a (?:member|patron|subscriber|supporter)', 'abonnieren sie', 'melden sie sich', 'abonnez-vous', 'inscrivez-vous', 'iscriviti', 'abbonati', 'suscríbete', 'assine', 'abonneer',
  'berlangganan', 'підпишіться', 'подпишитесь', 'zapisz się', 'abone ol', 'please (?:turn on|enable) javascript', 'javascript is (?:disabled|required)',
  'do you have an opinion on', 'have your say', 'if you would like to submit', 'sigue toda la información', 'suivez toute l', 'simak (?:breaking news|berita)',
].join('|');

/** Phrases that mark a promotional or legal line wherever they occur in it. */
const END_ANYWHERE =
  '\\bpatreon\\b|\\bko-fi\\b|buy me a coffee|riproduzione riservata|app store|google play|play store|\\bcookies? (?:policy|settings|consent|preferences)|accept (?:all )?cookies|all rights reserved|alle rechte vorbehalten|tous droits réservés|' +
  'tutti i diritti riservati|todos los derechos reservados|todos os direitos reservados|alle rechten voorbehouden|hak cipta dilindungi|всі права захищені|все права защищены|' +
  'wszelkie prawa zastrzeżone|tüm hakları saklıdır';

/** An inline link to another story ("Read more: …", "Baca juga: …"); the article goes on after it. */
const LINK_LABELS =
  'read more|read also|also read|see also|related(?: story| article| coverage)?|more|watch|listen|read|lees ook|baca juga|lihat juga|baca|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|' +
  'voir aussi|leggi anche|le[ea] también|leer más|leia também|leia mais|veja também|читайте також|читайте также|дивіться також|смотрите также|czytaj też|czytaj także|zobacz też|' +
  'zobacz także|ayrıca bakınız|ilgili haber';

/** Consent banners: a line mentioning cookies with the verbs and nouns such banners use. */
const COOKIE_CONTEXT =
  /\b(?:use|uses|using|verwenden|nutzen|utilis|utiliz|usamos|usiamo|gebruik|menggunakan|використову|использу|używa|kullan|accept|akzept|accett|acept|aceit|consent|privacy|datenschutz|experience|erlebnis|expérience|esperienza|experiencia|experiência|ervaring|pengalaman)/u;

const AD_LINE = new RegExp(`^(?:${ADS})$`, 'u');
const NAV_LINE = new RegExp(`^(?:${NAVIGATION})$`, 'u');
/** Navigation words trailing other header text (" date 2025-05-28 All Sections"). */
const NAV_TAIL = /(?:^|\s)(?:all sections|sections|menu|search|sign in|log in|subscribe|support us)$/u;
const END_LINE = new RegExp(`^(?:${END_HEADINGS})$`, 'u');
const END_OPENING = new RegExp(`^(?:${END_OPENERS})`, 'u');
const PROMPT_LINE = new RegExp(`^(?:${PROMPTS})$`, 'u');
const PROMPT_OPENING = new RegExp(`^(?:${PROMPT_OPENERS})`, 'u');
const END_INSIDE = new RegExp(END_ANYWHERE, 'u');
const LINK_LINE = new RegExp(`^(?:${LINK_LABELS})\\s*[:：\\-–—»>|]\\s*\\S`, 'u');

const SOCIAL = new Set(
  'share facebook twitter x whatsapp telegram linkedin email e-mail mail reddit pinterest messenger viber flipboard threads bluesky mastodon print copy link tweet vk weibo line instagram youtube tiktok'.split(' '),
);

/** "Compartir en Whatsapp", "Share on Facebook", "Auf X teilen": one share button per line. */
const SHARE_ON = new RegExp(
  `^(?:(?:share|compartir|partager|condividi|compartilhar|partilhar|teilen|delen|bagikan|поділитися|поделиться|udostępnij|paylaş)(?: (?:on|en|sur|su|no|na|auf|op|ke|в|у|w|via))? (?:${[...'facebook twitter x whatsapp telegram linkedin email e-mail reddit pinterest messenger viber threads bluesky'.split(' ')].join('|')})|auf \\S+ teilen)$`,
  'u',
);

/** Short names of languages as site language switchers show them. */
const LANGUAGE_LABELS = new Set(
  ('en eng english de deu ger deutsch fr fra fre français francais es esp spa español espanol it ita italiano pt por português portugues ' +
    'ru rus рус русский ру uk ua ukr укр українська укр. ua. pl pol polski tr türkçe nl nederlands id ind indonesia bahasa ar عربي العربية ' +
    'zh 中文 ja 日本語 ko 한국어 fa فارسی he עברית el ελληνικά cs čeština ro română hu magyar sv svenska da dansk no norsk fi suomi ' +
    'ka ქართული be беларуская бел kk қазақша az azərbaycan').split(' '),
);

// ---------------------------------------------------------------------------------------------
// Metadata patterns.

const WORD_END = '(?![\\p{L}\\p{N}])';
/** Labels of a date line ("Published On", "Stand:", "Опубліковано"). */
export const DATE_LABEL = new RegExp(
  `^(?:first published|last updated|published|posted|updated|dated|date|veröffentlicht|aktualisiert|stand|publié|mis à jour|pubblicato|aggiornato|publicado|actualizado|atualizado|` +
    `gepubliceerd|bijgewerkt|diterbitkan|dipublikasikan|diperbarui|опубліковано|оновлено|опубликовано|обновлено|opublikowano|zaktualizowano|aktualizacja|yayınlanma|yayın tarihi|` +
    `güncellenme|güncelleme)${WORD_END}`,
  'iu',
);
const BYLINE_LABEL = new RegExp(
  `^(?:by|written by|words by|reporting by|additional reporting by|compiled by|edited by|editing by|von|par|di|por|door|oleh|av|af|przez|yazan|texto|text|author|autor|autorin|auteur|` +
    `autore|autrice|penulis|yazar|reporter|автор|авторка|автори)${WORD_END}\\s*:?\\s*(?=\\p{Lu})`,
  'iu',
);
/** The closing credits of an agency story: the article ends here. */
const SIGN_OFF =
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|fact-checked) by\b|^(?:editor|editing|redaktion|rédaction|redazione|redacción|redação|redaksi|редактор|редакция|redakcja|editör)\s*:\s*\p{Lu}/iu;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$|\bcontributed reporting\b/iu;
const CREDIT = /(?:^|[.!?)|]\s*|\(\s*)(?:photos?|photograph|images?|pictures?|pic|fotos?|фото|zdjęcie|fotoğraf|gambar|credits?|crédit|bild|illustration|video|caption)\s*(?:by\s*)?[:/©]/iu;
/** Picture agencies named inside a caption line. */
const CREDIT_PHRASES = ['Getty Images', 'Shutterstock', 'AP Photo', 'via Reuters', 'AFP via'];
/** "REUTERS/Gleb Garanich" closing a caption; "— Name (@handle) May 28, 2025" closing an embedded post. */
const CREDIT_TAIL = /\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|TASS|UKRINFORM)\s*\/\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\)?$|\(@\w+\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
/** A line that is only a picture agency's name, as picture credits print it. */
const PHOTO_AGENCY =
  /^(?:getty images|afp(?: via getty images)?|epa(?:-efe)?|reuters|ap(?: photo)?|associated press|shutterstock|alamy|pa(?: media| wire)?|anadolu(?: agency)?|dpa|ansa|efe|lusa|bloomberg|handout|afp\/getty images|imago|picture alliance|sipa|xinhua|tass|ukrinform|kyodo|yonhap)$/iu;
const READING_TIME_LABEL =
  /^(?:reading time|temps de lecture|lesezeit|tempo di lettura|tiempo de lectura|tempo de leitura|leestijd|waktu baca|час читання|время чтения|czas czytania|okuma süresi)\s*:?\s*\d/iu;
const READING_TIME = /^(?:reading time:?\s*)?\d+\s*-?\s*(?:min|mins|minutes?|minuten|minuti|minutos|menit|хв|мин|dk|dakika)\.?\s*(?:read|reading|de lecture|lesezeit|lesen|di lettura|de lectura|de leitura|leestijd|baca|читання|чтения|okuma)?$/iu;
const AGO =
  /(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b|\b(?:yesterday|just now)$|vor \d+ (?:minuten|stunden|tagen)|il y a \d+ (?:minutes?|heures?|jours?)|\d+ (?:minuti|ore|giorni) fa\b|hace \d+ (?:minutos?|horas?|días?)|há \d+ (?:minutos?|horas?|dias?)|\d+ (?:minuten|uur|dagen) geleden|\d+ (?:menit|jam|hari) (?:yang )?lalu|\d+ \S+ тому|\d+ \S+ назад|\d+ \S+ temu|\d+ (?:dakika|saat|gün) önce/iu;
/** Words every phrase of AGO contains, to skip the expression on most lines. */
const AGO_WORDS = ['ago', 'vor ', 'il y a', ' fa', 'hace', 'há ', 'geleden', 'lalu', 'тому', 'назад', 'temu', 'önce', 'yesterday', 'just now'];
const CLOCK = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5})?$/i;
/** "L'Écho européen avec AFP", "The Times with agencies": the outlet credited with the wires. */
export const OUTLET_WITH_AGENCY =
  /^(\p{Lu}.{1,60}?)\s+(?:avec|with|mit|con|com|met|dengan|з|с|ile|z|and|und|et|e|y|та|і|и)\s+(?:l'|the )?(?:afp|ap|reuters|dpa|ansa|efe|lusa|antara|agencies|news agencies|agences|agenturen|agenzie|agencias|agências|агентствами|агенціями)\.?$/iu;
const SOURCE_LABEL = new RegExp(`^(?:sources?|quellen?|fonte|fonti|fuentes?|sumber|bronn?en|bron|джерело|джерела|источник|источники|źródło|źródła|kaynak)${WORD_END}`, 'iu');
const PROSE_SCAN = 160;
const SENTENCE_END = /[.!?…。！？؟»”"')\]]$/u;
const FINAL_STOP = /[.!?…。！？؟]["'”’»)\]]*$/u;

const MAX_UI_LINE = 300;
/** Non-prose lines tolerated inside one run of prose (subheadings, ad labels, captions). */
const MAX_GAP = 6;
/** A run of prose counts as the article when it has this share of the longest run's text. */
const MAIN_SHARE = 0.25;
/** A run this long is always substantial. */
const MAIN_CHARS = 1500;
/** Header metadata is looked for among the first lines of a run until this much prose has passed. */
const HEADER_PROSE = 600;
/** How far above the body the headline is looked for, in non-blank lines. */
const HEADLINE_WINDOW = 20;

/**
 * Classifies every line of `text`: its role, and its place in the article (headline, meta, byline,
 * body, boilerplate). Linear in the length of the text.
 */
export function analyseStructure(text: string, options: StructureOptions = {}): Structure {
  const lines = splitLines(text);
  classifyLines(lines, options);
  applyContext(lines);
  const wrapped = isHardWrapped(lines);
  if (wrapped) promoteWrappedParagraphs(lines);
  let runs = proseRuns(lines, (role) => role === 'prose');
  // A text without sentences (a list, a poem, a stub) is all body rather than all boilerplate.
  if (runs.length === 0) runs = proseRuns(lines, (role) => role === 'prose' || role === 'text');
  const main = mainRun(runs);
  if (!main) {
    return { lines, headline: -1, body: { start: 0, end: 0 }, wrapped };
  }
  const bodyStart = withEntryTime(lines, startAfterHeader(lines, main));
  const headline = findHeadline(lines, bodyStart);
  assignKinds(lines, headline, bodyStart, main.end + 1);
  return { lines, headline, body: { start: bodyStart, end: main.end + 1 }, wrapped };
}

/** Role and metadata kind of a line, from its text alone. */
type LineClass = readonly [LineRole, MetaKind | null];

/**
 * Short lines repeat within a page (buttons, labels, timestamps, date lines) and are the costliest
 * to classify per character, so each distinct one is classified once per text.
 */
const MEMO_LINE = 100;

function classifyLines(lines: LineInfo[], options: StructureOptions): void {
  const memo = new Map<string, LineClass>();
  for (const line of lines) {
    let found = line.text.length <= MEMO_LINE ? memo.get(line.text) : undefined;
    if (!found) {
      found = classify(line.text, options);
      if (line.text.length <= MEMO_LINE) memo.set(line.text, found);
    }
    line.role = found[0];
    line.meta = found[1];
  }
}

function classify(text: string, options: StructureOptions): LineClass {
  if (text.length <= MAX_UI_LINE) {
    const role = uiRole(text);
    if (role) return [role, null];
    if (CLOCK.test(text)) return ['time', null];
    const meta = metaKind(text, options);
    if (meta) return ['meta', meta];
  }
  return [isProse(text) ? 'prose' : 'text', null];
}

/** Lower case, without bullets, leading symbols and trailing punctuation, spaces collapsed. */
function normalise(text: string): string {
  let line = text.toLowerCase();
  // Turkish İ lower-cases to i with a combining dot; apostrophes come in several shapes.
  if (/[\u0307’ʼ`]/u.test(line)) line = line.replace(/\u0307/gu, '').replace(/[’ʼ`]/gu, "'");
  if (/\s\s|[^\S ]/u.test(line)) line = line.replace(/\s+/gu, ' ');
  let start = 0;
  let end = line.length;
  while (start < end && LEADING_MARKS.includes(line[start]!)) start++;
  while (end > start && TRAILING_MARKS.includes(line[end - 1]!)) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

const LEADING_MARKS = ' •·▪◦*#>»›|-–—';
const TRAILING_MARKS = ' :!.…|»›>→-–—';

function uiRole(text: string): LineRole | null {
  // Headings and buttons are short; longer lines only need their opening words and a few phrases.
  const line = text.length <= 80 ? normalise(text) : text.toLowerCase();
  if (line === '') return null;
  if (line.length <= 80) {
    if (AD_LINE.test(line) || NAV_LINE.test(line) || PROMPT_LINE.test(line) || SOCIAL.has(line)) return 'chrome';
    if (END_LINE.test(line) || SHARE_ON.test(line)) return 'end';
    const tokens = tokenRole(line);
    if (tokens) return tokens;
    if (NAV_TAIL.test(line) && !FINAL_STOP.test(text)) return 'chrome';
  }
  if (line.length <= 200 && LINK_LINE.test(line)) return 'link';
  if (isBreadcrumb(line) || isMenu(text) || ((line.includes('cookie') || line.includes('çerez')) && COOKIE_CONTEXT.test(line))) return 'chrome';
  if (END_OPENING.test(line) || (line.length <= 160 && END_INSIDE.test(line))) return 'end';
  if (PROMPT_OPENING.test(line)) return 'chrome';
  return null;
}

/** "Home > World > Europe": short parts between arrows. */
function isBreadcrumb(line: string): boolean {
  if (!/[>›»→]/u.test(line)) return false;
  const parts = line.split(/\s*[>›»→]\s*/u);
  return parts.length >= 2 && parts.length <= 8 && parts.every((p) => p !== '' && wordCount(p) <= 4);
}

/** "Home | World | Business" or "Unsubscribe | Update your preferences": items of a menu on one line. */
function isMenu(text: string): boolean {
  if (text.length > 120) return false;
  const separated = /[|·•]/u.test(text);
  // Items saved without separators run together: "Skip to main contentSkip to navigation".
  const glued = !separated && text.length <= 80 && camelJoints(text).length > 0;
  if (!separated && !glued) return false;
  const parts = (separated ? text.split(/\s*[|·•]\s*/u) : splitAt(text, camelJoints(text))).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 15) return false;
  if (parts.map(normalise).every((p) => NAV_LINE.test(p) || END_LINE.test(p) || PROMPT_LINE.test(p))) return true;
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 3 && !/\d/u.test(p));
}

/** A language switcher ("Укр Рус Eng") is chrome; a row of share buttons ends the article. */
function tokenRole(line: string): LineRole | null {
  const first = /^[^\s|/·•,]+/u.exec(line)?.[0] ?? '';
  if (!LANGUAGE_LABELS.has(first) && !SOCIAL.has(first)) return null;
  const tokens = line.split(/[\s|/·•,]+/u);
  if (tokens.length < 2 || tokens.length > 14) return null;
  let labels = 0;
  let social = 0;
  let count = 0;
  for (const token of tokens) {
    if (token === '') continue;
    count++;
    if (LANGUAGE_LABELS.has(token)) labels++;
    if (SOCIAL.has(token)) social++;
  }
  if (labels >= 2 && labels * 2 >= count && count <= 12) return 'chrome';
  if (social >= 2 && social >= 0.7 * count) return 'end';
  return null;
}

function metaKind(text: string, options: StructureOptions): MetaKind | null {
  if (READING_TIME.test(text) || READING_TIME_LABEL.test(text)) return 'readingTime';
  if (PHOTO_AGENCY.test(text)) return 'credit';
  if (text.length <= 120 && DATE_LABEL.test(text) && /\d/.test(text)) return 'date';
  if (SIGN_OFF.test(text) || (text.includes('contribut') && CONTRIBUTED.test(text))) return 'signoff';
  if (text.length <= 120 && BYLINE_LABEL.test(text) && looksLikeNames(text.replace(BYLINE_LABEL, ''))) return 'byline';
  if ((/[:/©]/u.test(text) && CREDIT.test(text)) || CREDIT_PHRASES.some((phrase) => text.includes(phrase)) || text.endsWith('(Reuters)') || ((text.includes('/') || text.includes('(@')) && CREDIT_TAIL.test(text))) return 'credit';
  if (isPersonName(text)) return 'byline';
  if (text.length <= 80 && AGO_WORDS.some((word) => text.includes(word)) && AGO.test(text)) return 'ago';
  if (text.length <= 100 && options.findDates && /(?:19|20)\d\d/u.test(text)) {
    const dates = options.findDates(text);
    // Mostly dates ("20 ottobre 2025 (modifica il 20 ottobre 2025 alle 14:32)"), or a date with a
    // name, a label or a time zone around it; not a headline or a sentence that has a date.
    if (dates.length > 0) {
      let rest = '';
      let from = 0;
      for (const date of dates) {
        rest += ` ${text.slice(from, date.start)}`;
        from = date.end;
      }
      rest += ` ${text.slice(from)}`;
      if (nonSpaceLength(rest) <= 0.5 * nonSpaceLength(text) || isDateCompanion(rest)) return 'date';
    }
  }
  return null;
}

/** UTF-16 units of `text` that are not white space (\s): counted, not copied without them. */
function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) count++;
  return count;
}

/** The characters of \s: ASCII white space and line ends, no-break and other Unicode spaces, BOM. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isDateCompanion(rest: string): boolean {
  if (FINAL_STOP.test(rest)) return false;
  let words = 0;
  let lower = 0;
  // Runs of letters (/\p{L}+/gu), walked by code point.
  for (let i = 0; i < rest.length;) {
    const code = rest.codePointAt(i)!;
    if (isCharClass(code, CharClass.Letter)) {
      words++;
      if (isCharClass(code, CharClass.Lower)) lower++;
      i = scanWhile(rest, i, isLetter);
    } else i += code > 0xffff ? 2 : 1;
  }
  return words <= 5 && lower <= 2;
}

/** Capitalised words, joined by commas, "and" or "|": the shape of a list of names. */
function looksLikeNames(text: string): boolean {
  const words = text.split(/[\s,|&/]+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return false;
  const capitalised = words.filter((w) => startsWithClass(w, CharClass.Upper)).length;
  return capitalised * 2 >= words.length;
}

/** A line that is only a person's name ("Paul Kirby"): how bylines without "By" look. */
function isPersonName(text: string): boolean {
  if (text.length > 80 || !startsLikeName(text) || /[\d.!?:]/u.test(text) || !isGivenName(/^\S+/u.exec(text)![0]!)) return false;
  // "Jakub Novak (now) and Helen Ashworth (earlier)": names joined by "and", with liveblog shifts;
  // "Jane Doe in Kyiv": a name and where the reporter files from.
  const names = text
    .replace(/\s*\([^)]{1,20}\)/gu, '')
    .replace(/\s+(?:in|from|aus|à|a|en|em|di|w|у|в|reporting from)\s+\p{Lu}[\p{L} -]*$/u, '').split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bі\b|\bи\b|\bta\b)\s*/u);
  return names.length <= 4 && names.every((name) => {
    const words = name.split(' ');
    return words.length >= 2 && words.length <= 3 && words.every(isCapitalisedName) && isGivenName(words[0]!);
  });
}

const isLetter = (code: number) => isCharClass(code, CharClass.Letter);
const isLower = (code: number) => isCharClass(code, CharClass.Lower);
const isUpper = (code: number) => isCharClass(code, CharClass.Upper);
const isLetterOrMark = (code: number) => isCharClass(code, CharClass.Letter | CharClass.Mark);
const width = (code: number) => (code > 0xffff ? 2 : 1);

/** /^\p{Lu}\p{Ll}+ \p{Lu}/u: "Paul Kirby", by code point. */
function startsLikeName(text: string): boolean {
  if (!startsWithClass(text, CharClass.Upper)) return false;
  const start = width(text.codePointAt(0)!);
  const end = scanWhile(text, start, isLower);
  return end > start && text.charCodeAt(end) === 32 && isUpper(text.codePointAt(end + 1)!);
}

/** /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u: "Kirby", "O'Neill", "Smith-Jones", by code point. */
function isCapitalisedName(word: string): boolean {
  if (!startsWithClass(word, CharClass.Upper)) return false;
  let at = width(word.codePointAt(0)!);
  for (;;) {
    const end = scanWhile(word, at, isLower);
    if (end === at) return false;
    if (end === word.length) return true;
    const joiner = word.charCodeAt(end);
    if (joiner !== 0x2d && joiner !== 0x27 && joiner !== 0x2019) return false;
    at = end + 1;
    if (isUpper(word.codePointAt(at)!)) at += width(word.codePointAt(at)!);
  }
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wordy = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && isCharClass(code, CharClass.Letter | CharClass.Number | CharClass.Mark));
    if (wordy && !inWord) count++;
    inWord = wordy;
  }
  return count;
}

/** Roles that depend on the neighbouring lines. */
function applyContext(lines: LineInfo[]): void {
  markHeadlineLists(lines);
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const next = lines[i + 1];
    if (previous?.meta === 'byline' && line.role === 'text' && isBylineCompanion(line.text)) {
      // "Albion News, Rome" or "Senior correspondent" under the author's name.
      line.role = 'meta';
      line.meta = 'byline';
    } else if (previous?.meta === 'credit' && PHOTO_AGENCY.test(previous.text) && line.role !== 'meta' && line.text.length <= 250 && !FINAL_STOP.test(line.text)) {
      // A caption under its picture credit ("Getty Images", then what the picture shows).
      line.role = 'meta';
      line.meta = 'credit';
    } else if (line.role === 'text' && (previous?.role === 'chrome' || previous?.role === 'end') && next?.role !== 'meta' && next?.role !== 'prose' && isSectionMenu(line.text)) {
      line.role = 'chrome';
    }
  });
}

/** Where a lower-case letter meets an upper-case one (/(?<=\p{Ll})(?=\p{Lu})/u), by code point. */
function camelJoints(text: string): number[] {
  const joints: number[] = [];
  let lowerBefore = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (lowerBefore && isUpper(code)) joints.push(i);
    lowerBefore = isLower(code);
    i += width(code);
  }
  return joints;
}

function splitAt(text: string, at: readonly number[]): string[] {
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

/** "Latest" lists: headlines alternating with their times ("20:23", "2h ago"). */
function markHeadlineLists(lines: LineInfo[]): void {
  let k = 0;
  while (k < lines.length) {
    let end = k;
    let times = 0;
    let titles = 0;
    while (end < lines.length) {
      const line = lines[end]!;
      if (line.role === 'time' || line.meta === 'ago') times++;
      else if (line.role === 'text') titles++;
      else break;
      end++;
    }
    if (times >= 2 && titles >= 2 && Math.abs(times - titles) <= 1) {
      for (let m = k; m < end; m++) lines[m]!.role = 'chrome';
    }
    k = Math.max(end, k + 1);
  }
}

function firstTwoWords(text: string): string {
  return text.split(/\s+/u, 2).join(' ');
}

function isBylineCompanion(text: string): boolean {
  return text.length <= 60 && wordCount(text) <= 6 && startsWithClass(text, CharClass.Upper) && !FINAL_STOP.test(text);
}

/** "Cronaca Politica Economia Sport": four or more capitalised words with no punctuation. */
function isSectionMenu(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 4 && words.every((w) => startsWithClass(w, CharClass.Upper) && scanWhile(w, 0, isLetterOrMark) === w.length);
}

/**
 * Running text: enough words, mostly in lower case (titles capitalise most words), and either
 * ending like a sentence or long. Scripts without case qualify on length and end punctuation.
 */
export function isProse(text: string): boolean {
  if (text.length < 20) return false;
  if (text.length > 2000) return true;
  // One pass over the characters: words, and the case of each word's first letter. The opening
  // 160 characters tell running text from a title as well as the whole line does.
  let words = 0;
  let cased = 0;
  let lower = 0;
  let inWord = false;
  let lettered = false;
  const scan = Math.min(text.length, PROSE_SCAN);
  for (let i = 0; i < scan; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      lettered = false;
      words++;
    }
    if (lettered) continue;
    if (code >= 65 && code <= 90) {
      lettered = true;
      cased++;
    } else if (code >= 97 && code <= 122) {
      lettered = true;
      cased++;
      lower++;
    } else if (code > 127) {
      const ch = text[i]!;
      const down = ch.toLowerCase();
      if (down !== ch.toUpperCase()) {
        lettered = true;
        cased++;
        if (ch === down) lower++;
      } else if (isCharClass(code, CharClass.Letter)) lettered = true;
    }
  }
  const ends = SENTENCE_END.test(text) || (text.length >= 60 && text.endsWith(':'));
  if (cased < 3) return (ends && text.length >= 20) || text.length >= 60;
  if (words < 6 || text.length < 40) return false;
  const lowerShare = lower / cased;
  if (lowerShare < 0.2) return false;
  return ends || (text.length >= 120 && lowerShare >= 0.3);
}

/**
 * Hard-wrapped text (e-mail newsletters, wire copy) breaks paragraphs into lines of similar width
 * that mostly end mid-sentence, with blank lines between paragraphs.
 */
function isHardWrapped(lines: readonly LineInfo[]): boolean {
  let long = 0;
  let wrappedLines = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length < 40) continue;
    long++;
    const next = lines[i + 1]!;
    if (line.text.length <= 100 && !FINAL_STOP.test(line.text) && !next.gapBefore && next.role !== 'chrome') wrappedLines++;
  }
  return wrappedLines >= 5 && wrappedLines >= 0.4 * long;
}

/** In hard-wrapped text a paragraph is prose when its joined lines are. */
function promoteWrappedParagraphs(lines: LineInfo[]): void {
  let first = 0;
  while (first < lines.length) {
    if (lines[first]!.role !== 'prose' && lines[first]!.role !== 'text') {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && !lines[last + 1]!.gapBefore && (lines[last + 1]!.role === 'prose' || lines[last + 1]!.role === 'text')) last++;
    if (last > first && isProse(lines.slice(first, last + 1).map((l) => l.text).join(' '))) {
      for (let i = first; i <= last; i++) lines[i]!.role = 'prose';
    }
    first = last + 1;
  }
}

interface Run {
  /** First and last prose line. */
  start: number;
  end: number;
  chars: number;
}

/** Runs of prose lines, bridged over a few other lines but never over an end-of-article marker. */
function proseRuns(lines: readonly LineInfo[], isProseRole: (role: LineRole) => boolean): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let gap = 0;
  lines.forEach((line, i) => {
    if (line.role === 'end' || line.meta === 'signoff') {
      run = null;
      return;
    }
    if (run && gap === 0 && line.role === 'text' && isShortSentence(line.text)) {
      // "Ukraine has not yet responded." is too short for prose but continues the article.
      run.end = i;
      run.chars += line.text.length;
      gap = 0;
    } else if (isProseRole(line.role)) {
      if (run && gap <= MAX_GAP) {
        run.end = i;
        run.chars += line.text.length;
      } else {
        run = { start: i, end: i, chars: line.text.length };
        runs.push(run);
      }
      gap = 0;
    } else if (run && ++gap > MAX_GAP) {
      run = null;
    }
  });
  return runs;
}

function isShortSentence(text: string): boolean {
  return FINAL_STOP.test(text) && (startsWithClass(text, CharClass.Upper | CharClass.Number) || '"\'“‘«„('.includes(text[0] ?? '-')) && wordCount(text) >= 3;
}

/** The article: the first run that is substantial next to the longest; teasers before it are shorter. */
function mainRun(runs: readonly Run[]): Run | undefined {
  const longest = runs.reduce((most, r) => Math.max(most, r.chars), 0);
  return runs.find((r) => r.chars >= Math.min(MAIN_CHARS, MAIN_SHARE * longest));
}

/**
 * A standfirst in sentence form can open the run before the date and byline lines; the body then
 * starts after the last such header line.
 */
function startAfterHeader(lines: readonly LineInfo[], run: Run): number {
  const opening = lines[run.start]!;
  // A headline that asks or exclaims ("Will the talks succeed?") reads as a sentence; as the
  // opening of the run, short and without a full stop, it is still the headline.
  if (run.end > run.start && opening.text.length <= 150 && /[?!]["'”’»)]*$|^#{1,6}\s/u.test(opening.text) && isTitleLike(opening)) {
    for (let i = run.start + 1; i <= run.end; i++) if (lines[i]!.role === 'prose') return i;
  }
  const limit = Math.min(HEADER_PROSE, 0.4 * run.chars);
  let prose = 0;
  let lastHeader = -1;
  for (let i = run.start; i <= run.end && prose < limit; i++) {
    const line = lines[i]!;
    if (line.role === 'prose') prose += line.text.length;
    else if (line.role === 'meta' && line.meta !== 'credit') lastHeader = i;
  }
  if (lastHeader < 0) return run.start;
  for (let i = lastHeader + 1; i <= run.end; i++) if (lines[i]!.role === 'prose') return i;
  return run.start;
}

/** In a liveblog the first entry's time (and heading) above its text belong to the body. */
function withEntryTime(lines: readonly LineInfo[], bodyStart: number): number {
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 2; i--) {
    const line = lines[i]!;
    if (line.role === 'time') return i;
    if (line.role !== 'text') break;
  }
  return bodyStart;
}

/**
 * The headline: walking up from the body past dates, bylines, credits and page chrome, the first
 * group of title-like lines; its topmost line of four or more words (a kicker above the title is
 * shorter, a standfirst below it comes after). A headline repeated above (page title, then
 * article title) is taken at its first occurrence.
 */
function findHeadline(lines: readonly LineInfo[], bodyStart: number): number {
  const group: number[] = [];
  const top = Math.max(0, bodyStart - HEADLINE_WINDOW);
  for (let i = bodyStart - 1; i >= top; i--) {
    const line = lines[i]!;
    if (isTitleLike(line)) group.push(i);
    // Bylines and dates may sit between headline and standfirst; anything else ends the header.
    else if (group.length > 0 && line.role !== 'meta') break;
  }
  // The page's own title ("Headline | Site") above the article's is not the headline.
  const keys = new Set(group.map((i) => titleKey(lines[i]!.text)));
  const topDown = group.filter((i) => !keys.has(titleKey(pageTitleHead(lines[i]!.text) ?? ''))).reverse();
  if (topDown.length === 0) return -1;
  // Top to bottom: a kicker ("Tarifkonflikt bei der Bahn") may sit above the title, a standfirst below it.
  const isStandfirst = (i: number) => lines[i]!.role === 'prose' && (FINAL_STOP.test(lines[i]!.text) || lines[i]!.text.length > 160);
  const isKicker = (k: number) => {
    const below = topDown[k + 1];
    const words = wordCount(lines[topDown[k]!]!.text);
    return words <= 4 && below !== undefined && !isStandfirst(below) && wordCount(lines[below]!.text) > words;
  };
  const pick = topDown.findIndex((i, k) => !isKicker(k) && !isStandfirst(i));
  const chosen = topDown[pick >= 0 ? pick : 0]!;
  const key = titleKey(lines[chosen]!.text);
  let first = chosen;
  for (let i = chosen - 1; i >= Math.max(0, chosen - HEADLINE_WINDOW); i--) if (isRepeatOf(lines[i]!, lines[chosen]!, key)) first = i;
  return first;
}

/** "Russia proposes talks | Al Jazeera" → "Russia proposes talks": the part before a site name. */
export function pageTitleHead(text: string): string | null {
  const match = /^(.{10,}?)\s+[|–—-]\s+[^|–—-]{2,60}$/u.exec(text);
  return match ? match[1]! : null;
}

function isTitleLike(line: LineInfo): boolean {
  if (line.role !== 'text' && line.role !== 'prose') return false;
  const text = line.text;
  if (text.length < 15 || text.length > 300 || text.endsWith(':')) return false;
  const words = wordCount(text);
  return words >= 3 && words <= 40;
}

function isRepeatOf(line: LineInfo, headline: LineInfo, key: string): boolean {
  return Math.abs(line.text.length - headline.text.length) <= 8 && titleKey(line.text) === key;
}

/** Equality key for repeated headlines: case, spacing and punctuation ignored. */
export function titleKey(text: string): string {
  // Runs of other characters (/[^\p{L}\p{N}]+/gu) become one space.
  return splitOnRuns(text.toLowerCase(), (code) => !isCharClass(code, CharClass.Letter | CharClass.Number)).join(' ').trim();
}

function assignKinds(lines: LineInfo[], headline: number, bodyStart: number, bodyEnd: number): void {
  const headlineKey = headline >= 0 ? titleKey(lines[headline]!.text) : null;
  const kicker = headline >= 0 ? kickerOf(lines, headline) : -1;
  lines.forEach((line, i) => {
    if (i === headline) line.kind = 'headline';
    else if (headlineKey !== null && i < bodyEnd && isRepeatOf(line, lines[headline]!, headlineKey)) line.kind = 'boilerplate';
    else if (i < bodyStart) line.kind = headerKind(line, headline >= 0 && i > headline, i === kicker);
    else if (i < bodyEnd) line.kind = bodyKind(line);
    else line.kind = 'boilerplate';
  });
  markTrailer(lines, bodyStart, bodyEnd);
}

function headerKind(line: LineInfo, afterHeadline: boolean, kicker: boolean): RegionKind {
  if (line.role === 'meta') return line.meta === 'byline' ? 'byline' : 'meta';
  // A section label right above the headline ("LOCAL NEWS", "MALTEMPO") describes the article.
  if (kicker) return 'meta';
  // A standfirst between headline and body is part of the article.
  if (afterHeadline && (line.role === 'prose' || (line.role === 'text' && wordCount(line.text) >= 8))) return 'body';
  return 'boilerplate';
}

/** The short text line right above the headline, if any. */
function kickerOf(lines: readonly LineInfo[], headline: number): number {
  const line = lines[headline - 1];
  return line && line.role === 'text' && wordCount(line.text) <= 4 ? headline - 1 : -1;
}

function bodyKind(line: LineInfo): RegionKind {
  switch (line.role) {
    case 'chrome':
    case 'link':
    case 'end':
      return 'boilerplate';
    case 'meta':
      return line.meta === 'byline' ? 'byline' : 'meta';
    default:
      // Liveblog entry times ("10.41 GMT") stay with their entries.
      return 'body';
  }
}

/**
 * Right after the body, before any boilerplate: "Source: …" (also split over lines as
 * "Source", ":", "…"), agency credits ("Reporting by …"), bylines and dates.
 */
function markTrailer(lines: LineInfo[], bodyStart: number, bodyEnd: number): void {
  const authors = lines.slice(0, bodyStart).filter((l) => l.meta === 'byline').map((l) => firstTwoWords(l.text.replace(BYLINE_LABEL, '')));
  let afterLabel = false;
  for (let i = bodyEnd; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const label = SOURCE_LABEL.test(text) && text.length <= 200;
    if (label || (afterLabel && text.length <= 200 && line.role !== 'end' && line.role !== 'chrome')) {
      line.kind = 'meta';
      afterLabel = label ? !/[:：]\s*\S/u.test(text) : text === ':' || text === '：';
    } else if (OUTLET_WITH_AGENCY.test(text) || (text.length <= 200 && authors.includes(firstTwoWords(text)))) {
      // "L'Écho européen avec AFP"; an author's note ("Jane Doe writes about energy").
      line.kind = 'meta';
      afterLabel = false;
    } else if (line.role === 'meta') {
      line.kind = line.meta === 'byline' ? 'byline' : 'meta';
      afterLabel = false;
    } else if (line.role !== 'chrome' && line.role !== 'link') return;
  }
}
