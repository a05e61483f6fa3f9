import type { ArticleAnalysis, CanonicalEntity, EntityMention, EventCluster, Quote } from '../model';
import { analyzeArticle } from '../analyze';
import { inferPublicationDate, wordingFingerprint, type InferredDate } from '../article/dateInference';
import { EventIndex, type EventClusterDetail } from '../events/eventIndex';
import { extractEventMentions, type ArticleEvents } from '../events/mentions';
import { EntityLinker } from '../link/linker';
import { applyMentionOverrides, type EntityOverrides } from '../link/overrides';
import { EntityNameSearch, type NameMatch } from './entitySearch';
import { NamePostings } from './namePostings';
import { quoteWords } from './quoteVariants';

/** What the index keeps of one article. The full text is not kept: open editors have it. */
export interface IndexedArticle {
  key: string;
  analysis: ArticleAnalysis;
  /** Set when the publication date was borrowed from related coverage in the workspace. */
  inferredDate?: InferredDate;
  fingerprint: Uint32Array;
  /** Offsets where each line starts, so positions are known without keeping the text. */
  lineStarts: Uint32Array;
}

export interface EntityMentionRef {
  key: string;
  mention: EntityMention;
}

export interface QuoteRef {
  key: string;
  quote: Quote;
}

/** An event as `events()` and `eventDetails()` answer it, with the forms its entities were found through. */
interface EventView {
  detail: EventClusterDetail;
  event: EventCluster;
  forms: string[];
  /** Some of its names are found through a form no article names in full: looked up again on every read. */
  volatile: boolean;
}

/** How many merged entity summaries are kept between changes (each lists the entity's articles). */
const MERGED_SUMMARIES = 64;

/**
 * The workspace's articles, analysed and linked. Incremental: `update` re-analyses one article and
 * relinks only its entities; queries answer from what is indexed so far.
 */
export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private linker: EntityLinker;
  private readonly listeners = new Set<(keys: readonly string[]) => void>();
  private readonly eventIndex = new EventIndex();
  private readonly postings = new NamePostings();
  /** Which entity each form belongs to and which forms each entity has, until the next change. */
  private readonly entityOfFormCache = new Map<string, string | undefined>();
  private readonly formsOfCache = new Map<string, string[] | undefined>();
  /** `articlesMentioning` of entities written several ways, merged from their forms' postings. */
  private readonly articlesOfEntityCache = new Map<string, ReadonlyMap<string, { count: number; first: EntityMention }>>();
  /** Events with their entities, by the description the events index keeps until the event changes. */
  private eventViewCache = new WeakMap<EventClusterDetail, EventView>();
  /** The entity of each form some event lists, as of the last read of the events. */
  private entityOfFormAtLastRead = new Map<string, string | undefined>();
  private nameSearch: EntityNameSearch | undefined;

  constructor(private overrides?: EntityOverrides) {
    this.linker = new EntityLinker(overrides);
  }

  /** Analyses `text` as the article `key` (added or changed) and returns what the index keeps. */
  update(key: string, text: string): IndexedArticle {
    const entry = this.analyze(key, text);
    this.store(entry);
    // Hovers compare a speaker's quotes across the workspace; their words are read once, here (a
    // large article's thousands of quotes are read when first compared, not in its one indexing step).
    for (const quote of entry.analysis.quotes) quoteWords(quote);
    this.emit([key]);
    return entry;
  }

  /**
   * Indexes an article analysed elsewhere: a large one, analysed chunk by chunk (largeArticle.ts).
   * Its events and wording fingerprint are read from `head`, the analysis of its first chunk, so
   * that this stays one short step however long the text.
   */
  updateAnalysed(key: string, analysis: ArticleAnalysis, head: ArticleAnalysis): IndexedArticle {
    const entry = { key, analysis, fingerprint: wordingFingerprint(head), lineStarts: lineStartsOf(analysis.parsed.text) };
    this.store(entry, head);
    this.emit([key]);
    return entry;
  }

  /**
   * Adds an article as a persisted cache kept it (indexCache.ts), without re-analysis: linked and
   * placed in events exactly as `update` would. Its events come with it, as the text is gone.
   */
  restore(entry: IndexedArticle, events: ArticleEvents | undefined): void {
    // A cache entry comes without its text already; only a copy that still has one is copied again.
    this.articles.set(entry.key, entry.analysis.parsed.text ? { ...entry, analysis: withoutText(entry.analysis) } : entry);
    this.linkEntities(entry);
    if (events) this.eventIndex.add(entry.key, events);
    else this.eventIndex.remove(entry.key);
    this.emit([entry.key]);
  }

  /** What article `key` contributed to the events, as a cache persists it. */
  articleEvents(key: string): ArticleEvents | undefined {
    return this.eventIndex.articleEvents(key);
  }

  remove(key: string): void {
    if (!this.articles.delete(key)) return;
    this.linker.remove(key);
    this.postings.remove(key);
    this.eventIndex.remove(key);
    this.emit([key]);
  }

  rename(oldKey: string, newKey: string): void {
    const entry = this.articles.get(oldKey);
    if (!entry) return;
    this.articles.delete(oldKey);
    this.linker.remove(oldKey);
    this.postings.remove(oldKey);
    this.eventIndex.rename(oldKey, newKey);
    this.store({ ...entry, key: newKey });
    this.emit([oldKey, newKey]);
  }

  /** Replaces the user's entity corrections and relinks everything. */
  setOverrides(overrides: EntityOverrides | undefined): void {
    this.overrides = overrides;
    this.linker = new EntityLinker(overrides);
    // Forms themselves change with the overrides (a retyped name is another form).
    this.eventViewCache = new WeakMap();
    this.entityOfFormAtLastRead = new Map();
    for (const entry of this.articles.values()) this.linkEntities(entry);
    this.emit([...this.articles.keys()]);
  }

  /** Called with the keys of the articles whose analysis or links changed. */
  onDidChange(listener: (keys: readonly string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(key: string): IndexedArticle | undefined {
    return this.articles.get(key);
  }

  keys(): string[] {
    return [...this.articles.keys()];
  }

  get size(): number {
    return this.articles.size;
  }

  entities(): CanonicalEntity[] {
    return this.linker.entities();
  }

  entity(id: string): CanonicalEntity | undefined {
    return this.linker.entity(id);
  }

  /** The canonical id of an in-article name (an EntityMention's `name` or a Quote's `speaker`). */
  entityIdFor(key: string, name: string): string | undefined {
    return this.linker.entityIdFor(key, name);
  }

  /** The entity mention covering `offset` in article `key`, with its canonical entity. */
  entityAt(key: string, offset: number): { mention: EntityMention; entity: CanonicalEntity } | undefined {
    const mention = this.articles.get(key)?.analysis.entities.find((m) => m.start <= offset && offset <= m.end);
    const id = mention && this.linker.entityIdFor(key, mention.name);
    const entity = id ? this.linker.entity(id) : undefined;
    return mention && entity ? { mention, entity } : undefined;
  }

  /** Every mention of the entity in every indexed article, in article then text order. */
  mentionsOf(id: string): EntityMentionRef[] {
    return this.linker.mentionsOf(id).map(({ articleKey, mention }) => ({ key: articleKey, mention }));
  }

  /**
   * For each article that mentions the entity: how many times, and its first mention there. What
   * summaries need (hovers, related articles), at the cost of the articles, not of every mention.
   */
  articlesMentioning(id: string): ReadonlyMap<string, { count: number; first: EntityMention }> {
    const forms = this.formsOf(id);
    // One spelling (the usual case for all but the most written-about): its postings are the answer.
    if (forms?.length === 1) return this.postings.articlesOf(forms[0]);
    const known = this.articlesOfEntityCache.get(id);
    if (known) return known;
    const articles = new Map<string, { count: number; first: EntityMention }>();
    if (!forms) {
      for (const { key, mention } of this.mentionsOf(id)) {
        const seen = articles.get(key);
        if (seen) seen.count++;
        else articles.set(key, { count: 1, first: mention });
      }
    } else {
      for (const form of forms) {
        this.postings.articlesOf(form).forEach(({ count, first }, key) => {
          const seen = articles.get(key);
          if (!seen) articles.set(key, { count, first });
          else {
            seen.count += count;
            if (first.start < seen.first.start) seen.first = first;
          }
        });
      }
    }
    // Merged once per entity until the next change: a hover, then symbols, then the hover again.
    if (this.articlesOfEntityCache.size >= MERGED_SUMMARIES) this.articlesOfEntityCache.clear();
    this.articlesOfEntityCache.set(id, articles);
    return articles;
  }

  /** The entity's first mention in article-key order: `mentionsOf(id)[0]` without listing them all. */
  firstMentionOf(id: string): EntityMentionRef | undefined {
    let first: EntityMentionRef | undefined;
    for (const [key, summary] of this.articlesMentioning(id)) {
      if (!first || key < first.key) first = { key, mention: summary.first };
    }
    return first;
  }

  /** The quotes attributed to the entity across the workspace, in no set order (a speaker may have thousands). */
  quotesBy(id: string): QuoteRef[] {
    const forms = this.formsOf(id);
    const quotes: QuoteRef[] = [];
    if (forms) {
      for (const form of forms) for (const [key, list] of this.postings.quotesOf(form)) for (const quote of list) quotes.push({ key, quote });
    } else {
      for (const key of this.articlesMentioning(id).keys()) {
        for (const quote of this.articles.get(key)?.analysis.quotes ?? []) {
          if (quote.speaker && this.linker.entityIdFor(key, quote.speaker) === id) quotes.push({ key, quote });
        }
      }
    }
    return quotes;
  }

  /** Entities whose name or any alias matches `query`, in any spelling, or whose names start with its words. */
  searchEntities(query: string): CanonicalEntity[] {
    return this.searchNames(query).map((match) => match.entity);
  }

  /**
   * Entities by name, whole or begun, in any spelling (Workspace Symbols), each with the alias
   * closest to `query`: spelling variants the linker knows first ("Kiev" for Kyiv), then names
   * whose words start with the query's ("Sergei" for Sergey Lavrov, "Lav").
   */
  searchNames(query: string): NameMatch[] {
    this.nameSearch ??= new EntityNameSearch(this.linker.entities());
    const byWords = this.nameSearch.search(query);
    const aliasOf = new Map(byWords.map((match) => [match.entity.id, match.alias]));
    const known = this.linker.lookup(query).map((entity) => ({ entity, alias: aliasOf.get(entity.id) ?? entity.name }));
    const ids = new Set(known.map((match) => match.entity.id));
    return [...known, ...byWords.filter((match) => !ids.has(match.entity.id))];
  }

  /** Other articles sharing entities or events with `key`, most shared first (events count first). */
  relatedArticles(key: string): Array<{ key: string; sharedEntities: string[]; sharedEvents: string[] }> {
    const shared = new Map<string, { key: string; sharedEntities: string[]; sharedEvents: string[] }>();
    const sharing = (other: string) => {
      let entry = shared.get(other);
      if (!entry) shared.set(other, (entry = { key: other, sharedEntities: [], sharedEvents: [] }));
      return entry;
    };
    this.visitRelated(key, (other, id) => {
      const ids = sharing(other).sharedEntities;
      // Ids arrive one entity at a time, so a repeat (another form of it) is the last one pushed.
      if (ids[ids.length - 1] !== id) ids.push(id);
    }, (other, event) => sharing(other).sharedEvents.push(event));
    return [...shared.values()].sort((a, b) => b.sharedEvents.length - a.sharedEvents.length
      || b.sharedEntities.length - a.sharedEntities.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** How many other articles share entities or events with `key`: `relatedArticles(key).length` without listing them. */
  relatedArticleCount(key: string): number {
    const others = new Set<string>();
    this.visitRelated(key, (other) => others.add(other), (other) => others.add(other));
    return others.size;
  }

  /** Calls back with each other article that shares an entity (once per form of it) or an event with `key`. */
  private visitRelated(key: string, onEntity: (other: string, id: string) => void, onEvent: (other: string, event: string) => void): void {
    if (!this.articles.has(key)) return;
    const ownIds = new Set(this.postings.formsIn(key).map((form) => this.entityOfForm(form)).filter((id): id is string => !!id));
    for (const id of ownIds) {
      const forms = this.formsOf(id);
      const articles = forms ? forms.map((form) => this.postings.articlesOf(form).keys()) : [this.articlesMentioning(id).keys()];
      for (const keys of articles) for (const other of keys) if (other !== key) onEntity(other, id);
    }
    const ownEvents = new Set(this.eventsOf(key));
    if (ownEvents.size === 0) return;
    for (const event of this.eventIndex.clusters()) {
      if (!ownEvents.has(event.id)) continue;
      for (const other of event.articles) if (other !== key) onEvent(other, event.id);
    }
  }

  /** Every event across the workspace, by date, with participants and place as canonical entity ids. */
  events(): EventCluster[] {
    return this.eventViews().map((view) => view.event);
  }

  /** Every event with its member mentions and participant names, for the events panel. */
  eventDetails(): EventClusterDetail[] {
    return this.eventViews().map((view) => view.detail);
  }

  /**
   * Each event with its entities, built once per event as the events index describes it (it
   * describes an event anew when its mentions change) and built again only when one of the name
   * forms it lists was relinked to another entity since: re-reading the events after one article
   * changed costs what changed, not every mention of the workspace.
   */
  private eventViews(): EventView[] {
    const clusters = this.eventIndex.clusters();
    const relinked = new Set<string>();
    for (const [form, id] of this.entityOfFormAtLastRead) {
      const now = this.entityOfForm(form);
      if (now === id) continue;
      relinked.add(form);
      this.entityOfFormAtLastRead.set(form, now);
    }
    return clusters.map((cluster) => {
      const known = this.eventViewCache.get(cluster);
      if (known && !known.volatile && (relinked.size === 0 || !known.forms.some((form) => relinked.has(form)))) return known;
      const view = this.eventView(cluster);
      this.eventViewCache.set(cluster, view);
      return view;
    });
  }

  private eventView(cluster: EventClusterDetail): EventView {
    const ids = new Set<string>();
    const forms = new Set<string>();
    let volatile = false;
    for (const { key, mention } of cluster.sources) {
      for (const name of mention.placeSpan ? [...mention.participants, mention.placeSpan.text] : mention.participants) {
        const form = this.formNamed(key, name);
        if (form === undefined) continue;
        // The entity of a form is the same in every article; one no article names in full
        // (found only as written) is asked of the linker on every read.
        const probed = this.postings.probe(form) !== undefined;
        const id = probed ? this.entityOfForm(form) : this.linker.entityIdFor(key, name);
        if (probed) forms.add(form);
        else volatile = true;
        if (id) ids.add(id);
      }
    }
    for (const form of forms) if (!this.entityOfFormAtLastRead.has(form)) this.entityOfFormAtLastRead.set(form, this.entityOfForm(form));
    const detail = { ...cluster, entities: [...ids].sort() };
    const { participants: _participants, sources: _sources, ...event } = detail;
    return { detail, event, forms: [...forms], volatile };
  }

  /** The form an in-article name resolves to in article `key`, through the mention the linker resolves it to. */
  private formNamed(key: string, name: string): string | undefined {
    const mention = this.linker.mentionNamed(key, name);
    return mention && NamePostings.formKey(mention.type, mention.name);
  }

  /** Ids of the events article `key` reports (not those it only mentions), most prominent first. */
  eventsOf(key: string): string[] {
    return this.eventIndex.eventsOf(key);
  }

  /**
   * Undated articles that related coverage indexed after them can now date. The index does not keep
   * texts, so the host re-reads these and calls `update` again.
   */
  undatedArticlesNowDatable(): string[] {
    const dated = [...this.datedArticles()];
    const sameDate = (a: InferredDate | undefined, b: InferredDate | undefined) => a?.date === b?.date && a?.reason === b?.reason;
    // Articles that already borrowed a date are asked again too: a copy of a dated article indexed
    // later is stronger evidence than the same-event guess made before it arrived, so the result
    // does not depend on the order in which files were indexed.
    return [...this.articles.values()]
      .filter((entry) => !entry.analysis.parsed.publicationDate || entry.inferredDate)
      .filter((entry) => {
        const now = inferPublicationDate(entry, dated);
        return now !== undefined && !sameDate(now, entry.inferredDate);
      })
      .map((entry) => entry.key);
  }

  private analyze(key: string, text: string): IndexedArticle {
    const analysis = analyzeArticle(text);
    const fingerprint = wordingFingerprint(analysis);
    const lineStarts = lineStartsOf(text);
    if (analysis.parsed.publicationDate) return { key, analysis, fingerprint, lineStarts };
    const inferredDate = inferPublicationDate({ key, analysis, fingerprint }, this.datedArticles());
    if (!inferredDate) return { key, analysis, fingerprint, lineStarts };
    return { key, analysis: analyzeArticle(text, { publicationDate: inferredDate.date }), inferredDate, fingerprint, lineStarts };
  }

  private *datedArticles(): Iterable<IndexedArticle> {
    for (const entry of this.articles.values()) if (entry.analysis.parsed.publicationDate && !entry.inferredDate) yield entry;
  }

  private store(entry: IndexedArticle, eventSource = entry.analysis): void {
    this.articles.set(entry.key, { ...entry, analysis: withoutText(entry.analysis) });
    this.linkEntities(entry);
    this.indexEvents(entry.key, eventSource);
  }

  private linkEntities({ key, analysis }: IndexedArticle): void {
    this.linker.remove(key);
    this.linker.add(key, analysis.entities);
    this.postings.add(key, applyMentionOverrides(analysis.entities, this.overrides), analysis.quotes);
  }

  /**
   * The name forms that make up an entity now, found through its aliases and checked with the
   * linker; undefined when one cannot be checked, and callers then take the exact, slower path.
   */
  private formsOf(id: string): string[] | undefined {
    if (this.formsOfCache.has(id)) return this.formsOfCache.get(id);
    const entity = this.linker.entity(id);
    let forms: string[] | undefined = [];
    for (const form of entity ? this.postings.formsNamed(entity.aliases) : []) {
      if (!this.postings.probe(form)) {
        forms = undefined;
        break;
      }
      if (this.entityOfForm(form) === id) forms.push(form);
    }
    this.formsOfCache.set(id, forms);
    return forms;
  }

  private entityOfForm(form: string): string | undefined {
    if (this.entityOfFormCache.has(form)) return this.entityOfFormCache.get(form);
    const probe = this.postings.probe(form);
    const id = probe && this.linker.entityIdFor(probe.article, probe.name);
    this.entityOfFormCache.set(form, id);
    return id;
  }

  /** Event mentions are read while the text is still there (a renamed entry has none: its events moved with it). */
  private indexEvents(key: string, analysis: ArticleAnalysis): void {
    if (analysis.parsed.text) this.eventIndex.add(key, extractEventMentions(analysis));
  }

  private emit(keys: readonly string[]): void {
    // Any change may relink forms into other entities.
    this.entityOfFormCache.clear();
    this.formsOfCache.clear();
    this.articlesOfEntityCache.clear();
    this.nameSearch = undefined;
    for (const listener of this.listeners) listener(keys);
  }
}

function lineStartsOf(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // \r\n, \r and \n all end a line, as in VS Code.
    if (code === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return Uint32Array.from(starts);
}

/** The zero-based line and character of `offset` in an indexed article. */
export function positionIn(article: IndexedArticle, offset: number): { line: number; character: number } {
  const starts = article.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: offset - starts[low] };
}

function withoutText(analysis: ArticleAnalysis): ArticleAnalysis {
  return { ...analysis, parsed: { ...analysis.parsed, text: '' } };
}
