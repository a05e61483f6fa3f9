import type { GoldArticle, GoldEntityType, GoldFile } from './gold';

/*
 * Scores the CLI's JSON report (`dossier analyze --json`, the shape fixed in issue 3) against a gold
 * file. Pure: no I/O, so the same scorer serves `npm run eval`, the floors test and anyone scoring a
 * report produced elsewhere.
 *
 * Matching rules (the gold's `conventions` say what a span covers):
 * - Spans match by overlap, one to one, largest overlap first. A prediction that matches no scored
 *   gold item is a false positive, unless it overlaps a do-not-care item (entity type OTHER, an
 *   optional date, a scare or optional quote): then it is ignored. A second prediction on an
 *   already matched gold item (a split name) is a false positive.
 * - Predictions wholly inside a gold boilerplate region are not scored, only counted.
 * - Entity types are judged on matched pairs (PERSON = person, ORG = organization, PLACE = place).
 * - A date value is right when the matched prediction's value equals the gold `resolved` exactly;
 *   "day-grain" counts the non-optional gold dates of grain `day`.
 * - Speakers: every non-optional gold quote with a speaker counts. It is right only when a predicted
 *   quote matches it, that quote names an entity id, the id is in the report's top-level `entities`,
 *   and `speakerMatches` accepts that entity for the gold speaker.
 */

/** The parts of the report (issue 3's `--json` shape) that the scorer reads. */
export interface ReportSpan {
  start: number;
  end: number;
  text?: string;
}

export interface ReportArticle {
  file: string;
  title?: string | null;
  publicationDate?: string | null;
  language?: string;
  boilerplate?: { start: number; end: number }[];
  entities: (ReportSpan & { type: string; id?: string | null })[];
  dates: (ReportSpan & { value: string | null })[];
  quotes: (ReportSpan & { speaker: string | null })[];
}

export interface ReportEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface Report {
  articles: ReportArticle[];
  entities: ReportEntity[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Raw counts for one article or summed over many; `summarize` turns them into rates. */
export interface Tally {
  articles: number;
  /** Predictions wholly inside gold boilerplate, over entities, dates and quotes: not scored. */
  inBoilerplate: number;
  entities: Counts & { typeRight: number };
  dates: Counts & { dayRight: number; dayTotal: number; valueRight: number; valueTotal: number };
  quotes: Counts;
  speakers: { right: number; total: number };
  publicationDate: { right: number; total: number };
  language: { right: number; total: number };
  title: { right: number; total: number };
  /** Characters of boilerplate: predicted regions against gold boilerplate regions. */
  boilerplate: Counts;
}

/** The figures `npm run eval` prints and the floors test holds. Rates are in [0, 1]. */
export interface Summary {
  articles: number;
  inBoilerplate: number;
  entityPrecision: number;
  entityRecall: number;
  entityF1: number;
  /** Share of overlap-matched entity pairs whose type is right. */
  entityTypeAccuracy: number;
  /** F1 counting a match only when its type is right too. */
  entityTypedF1: number;
  datePrecision: number;
  dateRecall: number;
  dateF1: number;
  dayRight: number;
  dayTotal: number;
  /** Gold dates with an ISO `resolved` value whose value the engine got exactly right, any grain. */
  dateValueRight: number;
  dateValueTotal: number;
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  speakerRight: number;
  speakerTotal: number;
  speakerAccuracy: number;
  publicationDateRight: number;
  publicationDateTotal: number;
  languageRight: number;
  languageTotal: number;
  titleRight: number;
  titleTotal: number;
  boilerplatePrecision: number;
  boilerplateRecall: number;
  boilerplateF1: number;
}

export interface ArticleScore {
  file: string;
  /** False when the report has no article for this gold file: everything counts as missed. */
  found: boolean;
  tally: Tally;
  summary: Summary;
  /** Every error, one line each, for whoever improves the engine. */
  mistakes: string[];
}

export interface GoldScore {
  articles: ArticleScore[];
  tally: Tally;
  summary: Summary;
}

const scoredTypes: Record<Exclude<GoldEntityType, 'OTHER'>, string> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
};

/** Scores every article of `gold` against the report's article with the same file name. */
export function scoreReport(report: Report, gold: GoldFile): GoldScore {
  const entitiesById = new Map(report.entities.map((e) => [e.id, e]));
  const articles = gold.files.map((g) => {
    const predicted = report.articles.find((a) => baseName(a.file) === baseName(g.file));
    return scoreArticle(g, predicted, entitiesById);
  });
  const tally = sumTallies(articles.map((a) => a.tally));
  return { articles, tally, summary: summarize(tally) };
}

/** Adds tallies field by field. */
export function sumTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) addInto(total as unknown as Nested, t as unknown as Nested);
  return total;
}

type Nested = { [key: string]: number | Nested };

function addInto(target: Nested, source: Nested): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = (target[key] as number) + value;
    else addInto(target[key] as Nested, value);
  }
}

function emptyTally(): Tally {
  const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const ratio = () => ({ right: 0, total: 0 });
  return {
    articles: 0,
    inBoilerplate: 0,
    entities: { ...counts(), typeRight: 0 },
    dates: { ...counts(), dayRight: 0, dayTotal: 0, valueRight: 0, valueTotal: 0 },
    quotes: counts(),
    speakers: ratio(),
    publicationDate: ratio(),
    language: ratio(),
    title: ratio(),
    boilerplate: counts(),
  };
}

/** Rates from counts. An empty denominator scores 1: nothing to find, or nothing claimed wrongly. */
export function summarize(t: Tally): Summary {
  const [entityPrecision, entityRecall, entityF1] = prf(t.entities);
  const typed = { tp: t.entities.typeRight, fp: t.entities.tp + t.entities.fp - t.entities.typeRight, fn: t.entities.tp + t.entities.fn - t.entities.typeRight };
  const [datePrecision, dateRecall, dateF1] = prf(t.dates);
  const [quotePrecision, quoteRecall, quoteF1] = prf(t.quotes);
  const [boilerplatePrecision, boilerplateRecall, boilerplateF1] = prf(t.boilerplate);
  return {
    articles: t.articles,
    inBoilerplate: t.inBoilerplate,
    entityPrecision, entityRecall, entityF1,
    entityTypeAccuracy: rate(t.entities.typeRight, t.entities.tp),
    entityTypedF1: prf(typed)[2],
    datePrecision, dateRecall, dateF1,
    dayRight: t.dates.dayRight, dayTotal: t.dates.dayTotal,
    dateValueRight: t.dates.valueRight, dateValueTotal: t.dates.valueTotal,
    quotePrecision, quoteRecall, quoteF1,
    speakerRight: t.speakers.right, speakerTotal: t.speakers.total,
    speakerAccuracy: rate(t.speakers.right, t.speakers.total),
    publicationDateRight: t.publicationDate.right, publicationDateTotal: t.publicationDate.total,
    languageRight: t.language.right, languageTotal: t.language.total,
    titleRight: t.title.right, titleTotal: t.title.total,
    boilerplatePrecision, boilerplateRecall, boilerplateF1,
  };
}

function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function prf(c: Counts): [number, number, number] {
  const precision = rate(c.tp, c.tp + c.fp);
  const recall = rate(c.tp, c.tp + c.fn);
  return [precision, recall, precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)];
}

function scoreArticle(gold: GoldArticle, predicted: ReportArticle | undefined, entitiesById: Map<string, ReportEntity>): ArticleScore {
  const tally = emptyTally();
  tally.articles = 1;
  const mistakes: string[] = [];
  const article: ReportArticle = predicted ?? { file: gold.file, entities: [], dates: [], quotes: [] };
  if (!predicted) mistakes.push('article missing from the report');
  const boilerplate = gold.regions.filter((r) => r.kind === 'boilerplate');
  const at = (s: { start: number; end: number; text?: string }) => `${JSON.stringify(clip(s.text ?? ''))} @${s.start}-${s.end}`;

  // Entities.
  const entities = matchSpans(
    gold.entities.filter((e) => e.type !== 'OTHER'),
    gold.entities.filter((e) => e.type === 'OTHER'),
    article.entities,
    boilerplate,
  );
  tally.inBoilerplate += entities.inBoilerplate;
  tally.entities.tp = entities.pairs.length;
  tally.entities.fp = entities.falsePositives.length;
  tally.entities.fn = entities.missed.length;
  for (const [g, p] of entities.pairs) {
    const want = scoredTypes[g.type as keyof typeof scoredTypes];
    if (p.type === want) tally.entities.typeRight++;
    else mistakes.push(`entity type ${at(g)}: gold ${want}, got ${p.type}`);
  }
  for (const g of entities.missed) mistakes.push(`entity missed ${at(g)} ${g.type}`);
  for (const p of entities.falsePositives) mistakes.push(`entity spurious ${at(p)} ${p.type}`);

  // Dates.
  const dates = matchSpans(gold.dates.filter((d) => !d.optional), gold.dates.filter((d) => d.optional), article.dates, boilerplate);
  tally.inBoilerplate += dates.inBoilerplate;
  tally.dates.tp = dates.pairs.length;
  tally.dates.fp = dates.falsePositives.length;
  tally.dates.fn = dates.missed.length;
  const predictedValue = new Map(dates.pairs.map(([g, p]) => [g, p.value]));
  for (const g of gold.dates) {
    if (g.optional) continue;
    const day = g.grain === 'day';
    const comparable = g.resolved !== null && isoValue.test(g.resolved);
    if (day) tally.dates.dayTotal++;
    if (comparable) tally.dates.valueTotal++;
    const value = predictedValue.get(g);
    if (comparable && value === g.resolved) {
      tally.dates.valueRight++;
      if (day) tally.dates.dayRight++;
    } else if (comparable && value !== undefined) {
      mistakes.push(`date value ${at(g)}: gold ${g.resolved}, got ${value}`);
    }
  }
  for (const g of dates.missed) mistakes.push(`date missed ${at(g)} ${g.grain}`);
  for (const p of dates.falsePositives) mistakes.push(`date spurious ${at(p)} ${p.value}`);

  // Quotes and speakers.
  const quotes = matchSpans(gold.quotes.filter((q) => !q.optional), gold.quotes.filter((q) => q.optional), article.quotes, boilerplate);
  tally.inBoilerplate += quotes.inBoilerplate;
  tally.quotes.tp = quotes.pairs.length;
  tally.quotes.fp = quotes.falsePositives.length;
  tally.quotes.fn = quotes.missed.length;
  for (const g of quotes.missed) mistakes.push(`quote missed ${at(g)}`);
  for (const p of quotes.falsePositives) mistakes.push(`quote spurious ${at(p)}`);
  const predictedQuote = new Map(quotes.pairs);
  for (const g of gold.quotes) {
    if (g.optional || g.speaker === null) continue;
    tally.speakers.total++;
    const q = predictedQuote.get(g);
    if (!q) continue; // already listed as a missed quote
    const entity = q.speaker === null ? undefined : entitiesById.get(q.speaker);
    const verdict = q.speaker === null ? 'no speaker' : entity ? speakerMatches(entity, g.speaker, gold) : `${q.speaker} is not in the report's entities`;
    if (verdict === true) tally.speakers.right++;
    else mistakes.push(`speaker ${at(g)}: gold ${g.speaker}, got ${entity?.id ?? q.speaker}: ${verdict}`);
  }

  // Article metadata.
  tally.publicationDate.total = 1;
  if ((article.publicationDate ?? null) === gold.publicationDate) tally.publicationDate.right = 1;
  else mistakes.push(`publication date: gold ${gold.publicationDate}, got ${article.publicationDate ?? null}`);
  if (gold.language) {
    tally.language.total = 1;
    if ((article.language ?? '').toLowerCase().slice(0, 2) === gold.language) tally.language.right = 1;
    else mistakes.push(`language: gold ${gold.language}, got ${article.language ?? null}`);
  }
  const headline = gold.regions.find((r) => r.kind === 'headline');
  if (headline) {
    tally.title.total = 1;
    // The gold keeps the headline's first 60 characters and its span: together they pin it down.
    const title = (article.title ?? '').trim();
    if (title.length === headline.end - headline.start && foldName(title).startsWith(foldName(headline.preview))) tally.title.right = 1;
    else mistakes.push(`title: gold ${JSON.stringify(headline.preview)}…, got ${JSON.stringify(article.title ?? null)}`);
  }
  tally.boilerplate = overlapChars(boilerplate, article.boilerplate ?? []);

  return { file: gold.file, found: predicted !== undefined, tally, summary: summarize(tally), mistakes };
}

const isoValue = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

interface Span {
  start: number;
  end: number;
}

interface SpanMatch<G, P> {
  pairs: [G, P][];
  missed: G[];
  falsePositives: P[];
  inBoilerplate: number;
}

/**
 * One-to-one overlap matching, largest overlap first (ties: closer starts). Predictions wholly inside
 * boilerplate are set aside; unmatched ones that overlap a do-not-care item are ignored.
 */
function matchSpans<G extends Span, P extends Span>(scored: G[], doNotCare: Span[], predictions: P[], boilerplate: Span[]): SpanMatch<G, P> {
  const inBoilerplate = predictions.filter((p) => boilerplate.some((b) => b.start <= p.start && p.end <= b.end));
  const candidates = predictions.filter((p) => !inBoilerplate.includes(p));
  const options: { g: G; p: P; overlap: number; distance: number }[] = [];
  for (const g of scored) {
    for (const p of candidates) {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) options.push({ g, p, overlap, distance: Math.abs(g.start - p.start) });
    }
  }
  options.sort((a, b) => b.overlap - a.overlap || a.distance - b.distance);
  const goldTaken = new Set<G>();
  const predictionTaken = new Set<P>();
  const pairs: [G, P][] = [];
  for (const { g, p } of options) {
    if (goldTaken.has(g) || predictionTaken.has(p)) continue;
    goldTaken.add(g);
    predictionTaken.add(p);
    pairs.push([g, p]);
  }
  const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
  return {
    pairs: pairs.sort((a, b) => a[0].start - b[0].start),
    missed: scored.filter((g) => !goldTaken.has(g)),
    falsePositives: candidates.filter((p) => !predictionTaken.has(p) && !doNotCare.some((d) => overlaps(d, p))),
    inBoilerplate: inBoilerplate.length,
  };
}

/** Characters covered by gold regions, by predicted regions, and by both (each side merged first). */
function overlapChars(gold: Span[], predicted: Span[]): Counts {
  const g = merge(gold);
  const p = merge(predicted);
  let both = 0;
  for (const a of g) for (const b of p) both += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const size = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);
  return { tp: both, fp: size(p) - both, fn: size(g) - both };
}

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/**
 * Folds a name for comparison: diacritics, case, possessive ’s, punctuation and hyphens do not
 * count ("Türkiye" = "turkiye", "Jean-Luc" = "jean luc", "U.S." = "u s"). Spelling variants do
 * ("Zelensky" ≠ "Zelenskyy"): linking them is the engine's job, reported through aliases.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a report entity is the gold speaker: `true`, or why not. The entity's name or one of its
 * aliases must fold equal to a name the gold gives that speaker in this article (its canonical name
 * or a surface form the gold annotates with that canonical, e.g. "State Department" for "US State
 * Department"); for a PERSON, the same surname with the same first initial also counts ("Sergei
 * Lavrov", "S. Lavrov" for "Sergey Lavrov"). Strictness: the entity must not equally match another
 * person, organisation or place of the article's gold (a merge of two people is not the speaker),
 * and when the gold types the speaker its type must agree.
 */
export function speakerMatches(entity: ReportEntity, speaker: string, gold: GoldArticle): true | string {
  const names = [entity.name, ...entity.aliases];
  const goldType = gold.entities.find((e) => e.canonical === speaker && e.type !== 'OTHER')?.type;
  if (!nameMatches(names, speaker, gold)) return `no name or alias of ${JSON.stringify(entity.name)} matches`;
  const others = new Set(gold.entities.filter((e) => e.type !== 'OTHER' && e.canonical !== speaker).map((e) => e.canonical));
  for (const other of others) {
    if (nameMatches(names, other, gold)) return `also matches ${other}`;
  }
  if (goldType && scoredTypes[goldType as keyof typeof scoredTypes] !== entity.type) return `type ${entity.type}, gold ${goldType}`;
  return true;
}

function nameMatches(names: string[], canonical: string, gold: GoldArticle): boolean {
  const forms = new Set([canonical, ...gold.entities.filter((e) => e.canonical === canonical).map((e) => e.text)].map(foldName));
  if (names.some((n) => forms.has(foldName(n)))) return true;
  const isPerson = gold.entities.some((e) => e.canonical === canonical && e.type === 'PERSON');
  return isPerson && names.some((n) => sameSurnameAndInitial(n, canonical));
}

function sameSurnameAndInitial(a: string, b: string): boolean {
  const x = foldName(a).split(' ');
  const y = foldName(b).split(' ');
  return x.length >= 2 && y.length >= 2 && x[x.length - 1] === y[y.length - 1] && x[0][0] === y[0][0];
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
