import type { ArticleAnalysis, DateMention, EntityMention, EventMention, Figure, Quote, Span } from '../model';
import { addDays, daysBetween, daysInMonth } from '../lexicon/calendar';
import { lookupOrganization } from '../lexicon/organizations';
import { lookupPlace } from '../lexicon/places';
import { SPEECH_VERBS } from '../lexicon/titles';
import { nameKey, slugify } from '../text/fold';
import { lazy } from '../text/lazy';
import { actionGroup, findTriggers, type TriggerMatch } from './triggers';

/*
 * Event mentions: the sentences of one article that report something that happened, read with
 * the analysis engine's entities, resolved dates, quotes and figures. Everything a later
 * comparison needs (snippet, figures, quotes, places) is captured here, because the workspace
 * index keeps no article text.
 */

/** A quotation near an event mention, kept for comparing who said what across sources. */
export interface MentionQuote extends Span {
  text: string;
  speaker: string | null;
  /** Folded speaker key (surname), comparable across articles and spellings. */
  speakerKey: string | null;
}

/** A figure of a mention's sentence, with a unit key comparable across wordings and languages. */
export interface MentionFigure extends Figure {
  unitKey: string;
}

/** An event mention with what clustering and comparison need, all of it plain data. */
export interface EventMentionDetail extends EventMention {
  /** -1 for the headline, else the index of the body sentence. */
  sentenceIndex: number;
  /** Body paragraph of the sentence (-1 for the headline). */
  paragraph: number;
  /** The sentence text, trimmed for display. */
  snippet: string;
  /** Inclusive ISO days the event can have happened on, from its date or the publication date. */
  window: [string, string] | null;
  /** True when `date` pins one day. */
  exact: boolean;
  /** The date expression the date came from, when the sentence states one. */
  dateSpan: (Span & { text: string }) | null;
  /** Comparable key of `place` ("place:istanbul"), and whether it is a city, region or country. */
  placeKey: string | null;
  placeKind: 'city' | 'region' | 'country' | null;
  placeSpan: (Span & { text: string }) | null;
  /** Comparable keys of the participants: people by surname, organisations and countries by name. */
  participantKeys: string[];
  /** Keys of the gazetteer cities the sentence names (as place or actor): where an attack or a flood was. */
  cityKeys: string[];
  /** The action group the mention is clustered in: deaths join the attack, disaster or crash the article reports. */
  group: string;
  /** Planned or proposed (the event lies after publication) rather than reported as done. */
  planned: boolean;
  figures: MentionFigure[];
  quotes: MentionQuote[];
}

/** What one article contributes to the events engine. */
export interface ArticleEvents {
  publicationDate: string | null;
  source: string | null;
  mentions: EventMentionDetail[];
}

const SNIPPET_LENGTH = 280;
/** Days before publication that an undated past-tense report may refer to. */
const RECENT_DAYS = 10;
/** Days after publication that an undated plan may refer to. */
const PLANNED_DAYS = 21;
/** A report dated more than this many days before publication is background, not news. */
const NEWS_DAYS = 3;

const FUTURE = lazy(() => /(?<![\p{L}])(?:will|would|next|upcoming|planned|plans?|proposed?|proposes|scheduled|expected|set to|to be held|due to|wird|werden|soll|sollen|nächste\p{L}*|geplant\p{L}*|prochain\p{L}*|sera|seront|aura lieu|prossim\p{L}*|sarà|saranno|próxim\p{L}*|será|serán|serão|akan|mendatang|наступн\p{L}*|буде|будуть|следующ\p{L}*|будет|пройдут|запропонува\p{L}*|предлож\p{L}*)(?![\p{L}])/iu);
const NEGATED = lazy(() => /(?<![\p{L}])(?:no|not|never|neither|nor|any|possible|potential|future|hypothetical|if|without|avoid|would|could|might|nicht|weder|kein\p{L}*|pas|aucun\p{L}*|non|nessun\p{L}*|ningún|ninguna|nenhum\p{L}*|tidak|tanpa|не|ні|без)(?![\p{L}])[^.;:]{0,24}$/iu);
/** A word right before the trigger that makes it no event at all: "a future accord", "any deal". */
const HYPOTHETICAL = lazy(() => /(?<![\p{L}])(?:no|any|future|possible|potential|hypothetical|eventual|künftig\p{L}*|möglich\p{L}*|futur\p{L}*|possibl\p{L}*|eventual\p{L}*|possibil\p{L}*|posible|possível|kemungkinan|майбутн\p{L}*|можлив\p{L}*|будущ\p{L}*|возможн\p{L}*)\s+(?:[\p{L}-]+\s+)?$/iu);
const SUBORDINATE = lazy(() => /(?<![\p{L}])(?:after|following|followed|follows|since|before|amid|nach|nachdem|seit|après|depuis|dopo|tras|después|após|depois|desde|setelah|sejak|після|после|з часу)(?![\p{L}])/iu);
const EARLIER = lazy(() => /(?<![\p{L}])(?:previous|earlier|last|prior|former|first|vorherig\p{L}*|letzte\p{L}*|frühere\p{L}*|erste\p{L}*|précédent\p{L}*|dernier\p{L}*|dernière\p{L}*|premi\p{L}*|precedent\p{L}*|scors\p{L}*|anterior\p{L}*|pasad\p{L}*|passad\p{L}*|sebelumnya|lalu|pertama|попередн\p{L}*|минул\p{L}*|перш\p{L}*|предыдущ\p{L}*|прошл\p{L}*|перв\p{L}*)(?![\p{L}])[^.;:]{0,30}$/iu);
const LOCATIVE = lazy(() => /(?:^|[\s(])(?:in|at|near|on|hit|hits|struck|targeting|against|over|по|на|im|in der|am|bei|à|a|au|en|dans|près de|di|del|della|nel|nella|en|em|no|na|di|dekat|в|у|під|біля|под)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+|(?:[\p{L}-]+\s+){0,3}(?:city|town|village|port|region|province|district|città|ville|cidade|kota|місто|город)\s+(?:of\s+|di\s+|de\s+)?)?$/u);
const BACKGROUND_HEADING = /^\s*(?:background|context|recap|hintergrund|contexte|rappel|contesto|antecedentes|contexto|latar belakang|передісторія|контекст|справка|довідка)\s*:?\s*$/iu;
const DEFINITE = lazy(() => /(?:^|\s)(?:the|these|those|that|this|die|diese\p{L}*|der|den|les|ces|cette|la|le|gli|i|questi|quei|los|las|estas|esos|os|as|essas|estes|itu|tersebut|ці|ці|цих|ті|эти|эта)\s+(?:[\p{L}-]+\s+){0,2}$/iu);
/** Sentences back that "the talks" may refer to an event named before. */
const ANAPHORA_REACH = 4;
/** "the next talks", "a new round" name another event than the one before. */
const ANOTHER = lazy(() => /(?<![\p{L}])(?:previous|earlier|last|prior|former|vorherig\p{L}*|letzte\p{L}*|précédent\p{L}*|precedent\p{L}*|anterior\p{L}*|sebelumnya|попередн\p{L}*|минул\p{L}*|предыдущ\p{L}*|прошл\p{L}*|next|new|upcoming|another|second|third|fourth|future|fresh|further|nächste\p{L}*|neue\p{L}*|weitere\p{L}*|prochain\p{L}*|nouve\p{L}*|prossim\p{L}*|nuov\p{L}*|próxim\p{L}*|nuev\p{L}*|nov[oa]s?|berikut\p{L}*|baru|lanjutan|наступн\p{L}*|нов\p{L}*|следующ\p{L}*)(?![\p{L}])/iu);
const CLAUSE_BREAK = /[;:—–]|,\s+(?:but|while|as|and|aber|mais|ma|pero|mas|tetapi|але|но)\s/iu;

/** The unit of a figure reduced to what it counts, so "prisoners of war" and "detainees" compare. */
const UNIT_KEYS: Array<[RegExp, string]> = [
  [/prisoner|POW|captive|detainee|Gefangen|prisonnier|prigionier|prisioner|tahanan|tawanan|полонен|пленн/iu, 'prisoners'],
  [/hostage|otage|ostagg|rehén|refén|sandera|заручник|заложник/iu, 'hostages'],
  [/people|person|civilian|resident|victim|dead|death|bod(?:y|ies)|Menschen|Personen|Tote|Zivilist|personnes|morts|civils|persone|morti|civili|vittime|personas|muertos|civiles|pessoas|mortos|civis|orang|warga|korban|люд|осіб|загибл|цивільн|человек|погибш/iu, 'people'],
  [/injur|wound|hurt|Verletzt|blessé|ferit|herid|ferid|luka|поранен|ранен/iu, 'injured'],
  [/drone|Drohne|drone|dron|дрон|безпілотник|беспилотник/iu, 'drones'],
  [/missile|rocket|Rakete|missile|missil|rudal|ракет/iu, 'missiles'],
  [/soldier|troop|Soldat|soldat|soldad|tentara|солдат|військов/iu, 'soldiers'],
];
/** Units that measure time or proportion, never what sources report differently about an event. */
const IGNORED_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|day|year|%|km|miles?|Jahre?n?|ans?|anni|años|anos|tahun|рок\p{L}*|лет|час\p{L}*)$/iu;

function unitKey(unit: string): string | null {
  if (IGNORED_UNITS.test(unit.trim())) return null;
  for (const [pattern, key] of UNIT_KEYS) if (pattern.test(unit)) return key;
  return unit.toLowerCase().replace(/s$/, '');
}

/** Inclusive day window of a resolved date value, or null for a year or an unparseable value. */
export function dateWindow(value: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  const range = /^(\d{4}-\d{2}(?:-\d{2})?)\/(\d{4}-\d{2}(?:-\d{2})?)$/.exec(value);
  if (range) {
    const from = dateWindow(range[1]);
    const to = dateWindow(range[2]);
    return from && to ? [from[0], to[1]] : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return [`${value}-01`, `${value}-${String(daysInMonth(+month[1], +month[2])).padStart(2, '0')}`];
  return null;
}

type EntityKey = { key: string; kind: 'city' | 'region' | 'country' | null };
/** Entity keys by type, then name: asked for several times per mention, so no key string is built to look one up. */
const keyCache = new Map<string, Map<string, EntityKey>>();
let keyCacheSize = 0;

/** The comparable key of an entity mention, and the kind of place it names. */
export function entityKey(mention: Pick<EntityMention, 'name' | 'type'>): EntityKey {
  let ofType = keyCache.get(mention.type);
  if (!ofType) keyCache.set(mention.type, (ofType = new Map()));
  let found = ofType.get(mention.name);
  if (!found) {
    // Bounded: names repeat across a workspace, and a long session must not grow without end.
    if (keyCacheSize > 50_000) {
      for (const names of keyCache.values()) names.clear();
      keyCacheSize = 0;
    }
    ofType.set(mention.name, (found = computeEntityKey(mention)));
    keyCacheSize++;
  }
  return found;
}

function computeEntityKey(mention: Pick<EntityMention, 'name' | 'type'>): EntityKey {
  if (mention.type === 'place') {
    // A place the gazetteer does not know (a street, a district) has no kind: it may lie inside a known one.
    const place = lookupPlace(mention.name);
    return { key: `place:${slugify(place?.canonical ?? mention.name)}`, kind: place?.kind ?? null };
  }
  if (mention.type === 'organization') {
    // "Gewerkschaft GDL" and "GDL" are one organisation: its acronym names it best.
    const acronym = mention.name.split(/\s+/).find((w) => /^\p{Lu}{2,}$/u.test(w));
    return { key: `org:${slugify(acronym ?? lookupOrganization(mention.name) ?? mention.name)}`, kind: null };
  }
  const words = mention.name.split(/\s+/);
  return { key: `person:${nameKey(words[words.length - 1])}`, kind: null };
}

/** The canonical display name of a place ("Kiev" → "Kyiv"), or the name as written. */
export function placeName(name: string): string {
  return lookupPlace(name)?.canonical ?? name;
}

interface SentenceView extends Span {
  index: number;
  paragraph: number;
  text: string;
  background: boolean;
  triggers: TriggerMatch[];
  /** Worked out for the first trigger and shared by the others. */
  snippet?: string;
  cityKeys?: string[];
  future?: boolean;
}

/**
 * The event mentions of an analysed article (its `parsed.text` must still be there): for each body
 * sentence (and the headline), one mention per action class its trigger words name, with who took
 * part, where, when, and whether it is only a passing reference.
 */
export function extractEventMentions(analysis: ArticleAnalysis): ArticleEvents {
  const { parsed } = analysis;
  const text = parsed.text;
  const publicationDate = parsed.publicationDate;
  const views: SentenceView[] = [];
  if (parsed.title) {
    views.push({ start: parsed.title.start, end: parsed.title.end, index: -1, paragraph: -1, text: parsed.title.text, background: false, triggers: findTriggers(parsed.title.text) });
  }
  let backgroundFrom = Infinity;
  for (const paragraph of parsed.paragraphs) {
    if (BACKGROUND_HEADING.test(text.slice(paragraph.start, paragraph.end))) {
      backgroundFrom = paragraph.end;
      break;
    }
  }
  parsed.sentences.forEach((s, index) => {
    const sentenceText = text.slice(s.start, s.end);
    views.push({ start: s.start, end: s.end, index, paragraph: s.paragraph, text: sentenceText, background: s.start >= backgroundFrom, triggers: findTriggers(sentenceText) });
  });

  const mentions: EventMentionDetail[] = [];
  let entityAt = 0;
  let dateAt = 0;
  const bodyViews = views.filter((v) => v.index >= 0);
  const lastOfGroup = new Map<string, EventMentionDetail>();
  // Several triggers and views look at the same quotation and date: each is read once.
  const wordy = new Map<Quote, boolean>();
  const isWordy = (q: Quote) => {
    let found = wordy.get(q);
    if (found === undefined) wordy.set(q, (found = q.text.split(/\s+/).length >= 3));
    return found;
  };
  const statementDates = new Map<DateMention, boolean>();
  const isStatement = (date: DateMention) => {
    let found = statementDates.get(date);
    if (found === undefined) statementDates.set(date, (found = isStatementDate(text, date)));
    return found;
  };
  for (const view of views) {
    if (view.triggers.length === 0) continue;
    const dates = inSpan(analysis.dates, view, view.index < 0 ? 0 : dateAt);
    // A month name read as a place ("back in May") is a date, not where anything happened.
    const entities = inSpan(analysis.entities, view, view.index < 0 ? 0 : entityAt).filter((e) => !dates.some((d) => d.start < e.end && e.start < d.end));
    if (view.index >= 0) {
      entityAt = firstFrom(analysis.entities, view.start, entityAt);
      dateAt = firstFrom(analysis.dates, view.start, dateAt);
    }
    const quoteSpans = analysis.quotes.filter((q) => q.start < view.end && view.start < q.end);
    const next = view.index >= 0 ? bodyViews[view.index + 1] : undefined;
    const quoteReach: Span = { start: view.start, end: next && next.triggers.length === 0 && next.paragraph <= view.paragraph + 1 ? next.end : view.end };
    const quotes: MentionQuote[] = analysis.quotes
      .filter((q) => !q.scare && q.start < quoteReach.end && quoteReach.start < q.end && isWordy(q))
      .map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerKey: q.speaker ? entityKey({ name: q.speaker, type: 'person' }).key : null }));
    const figures: MentionFigure[] = view.index < 0 ? [] : analysis.figures
      .filter((f) => f.start >= view.start && f.end <= view.end)
      .flatMap((f) => {
        const key = unitKey(f.unit);
        return key ? [{ ...f, unitKey: key }] : [];
      });

    for (const trigger of view.triggers) {
      const at = view.start + trigger.start;
      const before = view.text.slice(Math.max(0, trigger.start - 40), trigger.start);
      const inQuote = quoteSpans.find((q) => q.start <= at && at < q.end);
      // With two happenings in one sentence, a date belongs to the trigger it is nearest to.
      const own = dates.filter((d) => !view.triggers.some((t) => t !== trigger && distance(view.start + t.start, view.start + t.end, d) < distance(at, at + trigger.text.length, d)));
      const chosen = chooseDate(text, own, at, at + trigger.text.length, inQuote ?? null, quoteSpans, isStatement);
      if ((!chosen.date && NEGATED().test(before)) || HYPOTHETICAL().test(before)) continue;
      let place = nearestPlace(text, entities, at);
      // With two happenings in one sentence, a place belongs to the trigger it is nearest to.
      if (place && view.triggers.some((t) => t !== trigger && Math.abs(view.start + t.start - place!.start) < Math.abs(at - place!.start))) place = null;
      const antecedent = lastOfGroup.get(actionGroup(trigger.action));
      // "The talks resulted in …": a definite reference without a date of its own is the event named just before.
      const refersBack = !chosen.date && antecedent !== undefined && antecedent.window !== null && view.index - antecedent.sentenceIndex <= ANAPHORA_REACH && DEFINITE().test(before) && !ANOTHER().test(before.slice(-30)) && (!place || antecedent.placeSpan?.text === place.text);
      if (refersBack) place = null;
      if (trigger.anaphoric && !refersBack) continue;
      const participants = entities.filter((e) => e !== place && !isSayer(text, e, at));
      let window: [string, string] | null = null;
      let exact = false;
      let planned = false;
      if (refersBack) {
        window = antecedent.window;
        exact = antecedent.exact;
      } else if (chosen.date?.value) {
        window = dateWindow(chosen.date.value);
        exact = window !== null && window[0] === window[1];
        if (window && chosen.before) {
          window = [addDays(window[0], -RECENT_DAYS), window[1]];
          exact = false;
        }
      } else if (publicationDate) {
        planned = view.future ??= FUTURE().test(view.text);
        window = planned ? [publicationDate, addDays(publicationDate, PLANNED_DAYS)] : [addDays(publicationDate, -RECENT_DAYS), publicationDate];
      }
      if (window && publicationDate && window[0] > publicationDate) planned = true;
      const old = window !== null && publicationDate !== null && daysBetween(window[1], publicationDate) > NEWS_DAYS;
      const dangling = !refersBack && !chosen.date && !place && view.index > 0 && DEFINITE().test(before);
      // What a call was about (the talks, a deal) is its topic, not a second report.
      const topicOfCall = trigger.action !== 'call' && view.triggers.some((t) => t.action === 'call' && !t.anaphoric);
      const background = view.index >= 0 && (dangling || topicOfCall || view.background || inQuote !== undefined || old || SUBORDINATE().test(before) || EARLIER().test(before));
      const placeKey = place ? entityKey(place) : null;
      mentions.push({
        start: at,
        end: at + trigger.text.length,
        sentence: { start: view.start, end: view.end },
        action: trigger.action,
        trigger: trigger.text,
        participants: unique(participants.map((e) => e.name)),
        place: place ? placeName(place.name) : refersBack ? antecedent.place : null,
        date: refersBack ? antecedent.date : chosen.date && !chosen.before ? chosen.date.value : null,
        background,
        sentenceIndex: view.index,
        paragraph: view.paragraph,
        snippet: (view.snippet ??= snippetOf(view.text)),
        window,
        exact,
        dateSpan: chosen.date ? { start: chosen.date.start, end: chosen.date.end, text: chosen.date.text } : null,
        placeKey: refersBack ? antecedent.placeKey : placeKey?.key ?? null,
        placeKind: refersBack ? antecedent.placeKind : placeKey?.kind ?? null,
        placeSpan: place ? { start: place.start, end: place.end, text: place.text } : null,
        participantKeys: unique(participants.map((e) => entityKey(e).key)),
        cityKeys: (view.cityKeys ??= unique(entities.filter((e) => e.type === 'place' && entityKey(e).kind === 'city').map((e) => entityKey(e).key))),
        group: actionGroup(trigger.action),
        planned,
        figures: trigger === view.triggers[0] ? figures : figures.filter((f) => f.start > at),
        quotes,
      });
      if (view.index >= 0) lastOfGroup.set(actionGroup(trigger.action), mentions[mentions.length - 1]);
    }
  }
  // Deaths reported on their own belong to the attack, disaster or crash the article reports.
  const cause = mentions.find((m) => m.action === 'attack' || m.action === 'disaster' || m.action === 'crash');
  if (cause) for (const m of mentions) if (m.action === 'killed') m.group = cause.group;
  return { publicationDate, source: parsed.source, mentions };
}

/**
 * The date a trigger's event happened on: the nearest resolved date of the same quotation context
 * that is not the date of the statement reporting it ("Lavrov said on Wednesday"). `before` is
 * set when a clause word ("after", "following") puts the date on a later happening, so the event
 * only precedes it.
 */
function chooseDate(text: string, dates: readonly DateMention[], start: number, end: number, quote: Span | null, quotes: readonly Span[], isStatement: (date: DateMention) => boolean): { date: DateMention | null; before: boolean } {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  let bestBefore = false;
  for (const date of dates) {
    if (!date.value || date.grain === 'year') continue;
    const dateQuote = quotes.find((q) => q.start <= date.start && date.start < q.end) ?? null;
    if (dateQuote !== quote) continue;
    if (isStatement(date)) continue;
    const between = date.end <= start ? text.slice(date.end, start) : text.slice(end, date.start);
    if (CLAUSE_BREAK.test(between) && between.length > 30) continue;
    const distance = date.end <= start ? start - date.end : date.start - end;
    const subordinate = date.end <= start && SUBORDINATE().test(between);
    const cost = distance + (subordinate ? 60 : 0);
    if (cost < bestDistance) {
      best = date;
      bestDistance = cost;
      bestBefore = subordinate;
    }
  }
  return { date: best, before: bestBefore };
}

/** How far a date is from a trigger; a date before it counts double, as "talks on 16 May" is the usual order. */
function distance(start: number, end: number, span: Span): number {
  return span.end <= start ? 2 * (start - span.end) : Math.max(0, span.start - end);
}

/** A date that says when something was said, not when the event happened. */
function isStatementDate(text: string, date: Span): boolean {
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const words = before.split(/[^\p{L}']+/u).filter(Boolean).slice(-5);
  const verbAt = words.findIndex((w) => SPEECH_VERBS.has(w.toLowerCase()) || /^speaking$/i.test(w));
  return verbAt >= 0 && words.length - verbAt <= 5 && !/[,;]/.test(before.slice(before.toLowerCase().lastIndexOf(words[verbAt].toLowerCase())));
}

/**
 * The city or region nearest the trigger after a locative preposition ("in Istanbul"); a city named
 * otherwise ("Moscow launched", "reported from Kyiv") is an actor or a dateline, not the place.
 */
function nearestPlace(text: string, entities: readonly EntityMention[], at: number): EntityMention | null {
  let best: EntityMention | null = null;
  let bestCost = Infinity;
  for (const entity of entities) {
    if (entity.type !== 'place' || entityKey(entity).kind === 'country') continue;
    const locative = LOCATIVE().test(text.slice(Math.max(0, entity.start - 14), entity.start));
    if (!locative) continue;
    const cost = Math.abs(entity.start - at);
    if (cost < bestCost) {
      best = entity;
      bestCost = cost;
    }
  }
  return best;
}

/** A person or organisation that says something in the sentence ("Zakharova said …"): a source, not a participant. */
function isSayer(text: string, entity: EntityMention, trigger: number): boolean {
  if (entity.type === 'place') return false;
  if (entity.end <= trigger) {
    const after = text.slice(entity.end, trigger);
    for (const word of after.split(/[^\p{L}]+/u)) if (SPEECH_VERBS.has(word.toLowerCase())) return true;
    return false;
  }
  const before = text.slice(Math.max(trigger, entity.start - 30), entity.start).split(/[^\p{L}]+/u).filter(Boolean);
  return before.slice(-3).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

function inSpan<T extends Span>(items: readonly T[], span: Span, from: number): T[] {
  const found: T[] = [];
  for (let i = from; i < items.length && items[i].start < span.end; i++) if (items[i].start >= span.start && items[i].end <= span.end) found.push(items[i]);
  return found;
}

/** Index of the first item starting at or after `offset`, scanning on from `from` (items are in text order). */
function firstFrom(items: readonly Span[], offset: number, from: number): number {
  let i = from;
  while (i < items.length && items[i].start < offset) i++;
  return i;
}

/** White space other than one plain space: only then is there anything to flatten. */
const UNEVEN_SPACE = /[^\S ]|\s\s/;

function snippetOf(sentence: string): string {
  const flat = (UNEVEN_SPACE.test(sentence) ? sentence.replace(/\s+/g, ' ') : sentence).trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
