import type { EventCluster } from '../model';
import { describeIso } from '../lexicon/calendar';
import { slugify } from '../text/fold';
import { findDiscrepancies, type SourcedMention } from './discrepancies';
import type { ArticleEvents, EventMentionDetail } from './mentions';
import { actionLabel } from './triggers';

/*
 * Events across articles. Candidate events come from indexes by (action group, day), (group, week)
 * and (group, place or participant): a change re-clusters only the events and blocks it touches,
 * never all pairs. Clustering is greedy in a fixed order within each batch: mentions pinned to one
 * day first (they found events), then the vaguer ones, each joining the best compatible event or
 * founding its own.
 */

interface Member extends SourcedMention {
  group: string;
  /** The mention's window as day numbers (days since 1970-01-01), compared without parsing dates. */
  span: [number, number] | null;
  /** The event the mention is in, once placed. */
  cluster: Cluster | undefined;
}

/** Events filed under one kind of key of one action group: by day, by week, or by place or participant. */
type Filing = Map<number | string, Set<Cluster>>;

const DAY_MS = 86_400_000;
/** Day number of an ISO day: cheaper than the calendar's parse, which matters in candidate loops. */
function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
}
function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

class Cluster {
  readonly members: Member[] = [];
  readonly days = new Map<number, number>();
  readonly places = new Map<string, { count: number; kind: string | null; name: string }>();
  readonly participants = new Map<string, number>();
  readonly people = new Set<string>();
  readonly cities = new Set<string>();
  readonly articles = new Set<string>();
  /** For clusters without a pinned day: the days every member allows. */
  window: [number, number] | null = null;
  /** The index entries the cluster is filed in, so it can be unfiled exactly. */
  readonly filed = new Set<Set<Cluster>>();
  private day: number | null | undefined;
  /** The reported view, kept until a member joins: an edit re-describes only the events it touched. */
  detail: EventClusterDetail | undefined;
  /** The id before any suffix, under which `byBase` files the event. */
  base = '';
  /** Whether `detail.discrepancies` has been computed. */
  compared = false;
  /** The view the sorted list of events holds for this event, until it changes. */
  listed: EventClusterDetail | undefined;
  /** When the event went live: events equal in date, label and id are listed in this order. */
  seq = 0;

  constructor(readonly group: string) {}

  add(member: Member): void {
    const m = member.mention;
    this.members.push(member);
    this.articles.add(member.key);
    this.detail = undefined;
    this.compared = false;
    const span = member.span;
    if (m.exact && span) {
      this.days.set(span[0], (this.days.get(span[0]) ?? 0) + 1);
      this.day = undefined;
    }
    if (m.placeKey) {
      const place = this.places.get(m.placeKey);
      if (place) place.count++;
      else this.places.set(m.placeKey, { count: 1, kind: m.placeKind, name: m.place ?? m.placeKey });
    }
    for (const key of m.participantKeys) {
      this.participants.set(key, (this.participants.get(key) ?? 0) + 1);
      if (key.startsWith('person:')) this.people.add(key);
    }
    for (const key of m.cityKeys) this.cities.add(key);
    if (span) this.window = this.window ? [Math.max(this.window[0], span[0]), Math.min(this.window[1], span[1])] : span;
  }

  /**
   * Drops the members in `gone` and recounts the aggregates from the rest. The index keys stay:
   * a stale key only offers the event as a candidate, and compatibility reads the aggregates.
   */
  drop(gone: ReadonlySet<Member>): void {
    const rest = this.members.filter((m) => !gone.has(m));
    this.members.length = 0;
    for (const map of [this.days, this.places, this.participants]) map.clear();
    for (const set of [this.people, this.cities, this.articles]) set.clear();
    this.window = null;
    this.day = undefined;
    for (const member of rest) this.add(member);
    this.detail = undefined;
  }

  /** True when only one article refers to the event, and only in passing: noise in a list of coverage. */
  get passing(): boolean {
    return this.articles.size < 2 && this.members.every((m) => m.mention.background);
  }

  /** The day most members pin the event to. */
  mainDay(): number | null {
    if (this.day !== undefined) return this.day;
    let best: number | null = null;
    let count = 0;
    for (const [day, n] of this.days) if (n > count || (n === count && best !== null && day < best)) [best, count] = [day, n];
    return (this.day = best);
  }
}

/** Happenings that are where they happen: another city named is another event. */
const LOCAL = new Set(['attack', 'disaster', 'crash', 'protest', 'strike']);
/** Happenings whose sources put them a day apart (a night attack, time zones) without being two events. */
const DAY_TOLERANT = new Set(['attack', 'disaster', 'crash']);
/** The widest window searched day by day for events to join. */
const MAX_WINDOW_DAYS = 62;
/** An undated mention with no place or participant joins an event only among this few candidates. */
const MAX_AMBIGUOUS = 2;

/** Weeks from Monday 5 January 1970. */
function weekOf(day: number): number {
  return Math.floor((day - 4) / 7);
}

/** Labelled, ranked event as the engine reports it. */
export interface EventClusterDetail extends EventCluster {
  /** Display names of participants (people, organisations, countries). */
  participants: string[];
  /** Member mentions with their article, for panels and discrepancies. */
  sources: SourcedMention[];
}

/**
 * The incremental events index: `add` and `remove` one article's mentions. Events are brought up to
 * date lazily when next read: new mentions are placed, the events that lost a member are
 * re-clustered, and vague events near a newly pinned day are re-placed; candidates always come from
 * indexes by (action group, day), (group, week) and (group, place or participant), never all pairs.
 */
export class EventIndex {
  /** Each article's mentions; `members` is undefined until they are admitted (see `unadmitted`). */
  private readonly articles = new Map<string, { events: ArticleEvents; members: Member[] | undefined }>();
  /**
   * Articles added since the events were last read, in the order they were added. Their mentions
   * become members only then, so an article restored from a cache, whose mentions are decoded when
   * first asked for, costs nothing here until the events are read.
   */
  private readonly unadmitted = new Set<string>();
  /** Filings by kind and group (`d|talks`, `w|talks`, `e|talks`), so a search builds no key string per day. */
  private readonly index = new Map<string, Filing>();
  /** Every event, so reads never scan mentions. */
  private readonly live = new Set<Cluster>();
  /** Live events by base id, so two events with the same label and date get distinct, stable ids. */
  private readonly byBase = new Map<string, Set<Cluster>>();
  /** Mentions waiting to be placed: new ones, and the members of events that lost one. */
  private readonly pending = new Set<Member>();
  /** Events whose members changed (or that died) since the list was last read. */
  private readonly changed = new Set<Cluster>();
  /** Day numbers by ISO day: the articles of a workspace share their dates. */
  private readonly dayNumbers = new Map<string, number>();
  private nextSeq = 0;
  /** The reported events, sorted; kept between reads and patched where events changed. */
  private sorted: EventClusterDetail[] = [];
  /** When each listed event went live: events equal in date, label and id are listed in that order, as a stable sort of the live events would. */
  private readonly seqOf = new Map<EventClusterDetail, number>();
  private cache: EventClusterDetail[] | null = null;

  /** Adds (or replaces) the mentions of article `key`. */
  add(key: string, events: ArticleEvents): void {
    this.remove(key);
    this.articles.set(key, { events, members: undefined });
    this.unadmitted.add(key);
    this.cache = null;
  }

  /** Makes members of the mentions of the articles added since the last read, to be placed. */
  private admit(): void {
    for (const key of this.unadmitted) {
      const entry = this.articles.get(key)!;
      entry.members = entry.events.mentions.map((mention): Member => ({
        key, mention, group: mention.group, span: mention.window ? [this.dayNumber(mention.window[0]), this.dayNumber(mention.window[1])] : null, cluster: undefined,
      }));
      for (const member of entry.members) this.pending.add(member);
    }
    this.unadmitted.clear();
  }

  /** Removes the mentions of article `key`; the events they were in are re-clustered. */
  remove(key: string): void {
    const entry = this.articles.get(key);
    if (!entry) return;
    this.articles.delete(key);
    this.unadmitted.delete(key);
    if (!entry.members) return;
    const gone = new Set(entry.members);
    const touched = new Set<Cluster>();
    for (const member of entry.members) {
      this.pending.delete(member);
      if (member.cluster) touched.add(member.cluster);
      member.cluster = undefined;
    }
    // The events lose the article's mentions and keep the rest as they were: no re-placement.
    for (const cluster of touched) {
      if (cluster.detail) this.byBase.get(cluster.base)?.delete(cluster);
      cluster.drop(gone);
      this.changed.add(cluster);
      if (cluster.members.length === 0) this.unfile(cluster);
    }
    this.cache = null;
  }

  /** Moves an article's mentions to a new key. */
  rename(oldKey: string, newKey: string): void {
    const entry = this.articles.get(oldKey);
    if (!entry) return;
    this.remove(oldKey);
    this.add(newKey, entry.events);
  }

  /** What article `key` contributed, as added. */
  articleEvents(key: string): ArticleEvents | undefined {
    return this.articles.get(key)?.events;
  }

  /**
   * Every event, by date (undated last). Only the events that changed since the last read are
   * described again and moved in the list: re-reading after one edit costs what the edit touched.
   */
  clusters(): EventClusterDetail[] {
    this.flush();
    if (this.cache) return this.cache;
    // Described in the order the events went live, as ids with a suffix depend on which came first.
    const changed = [...this.changed].sort((a, b) => a.seq - b.seq);
    this.changed.clear();
    const unlisted: EventClusterDetail[] = [];
    const listed: Cluster[] = [];
    for (const cluster of changed) {
      if (cluster.listed) unlisted.push(cluster.listed);
      cluster.listed = undefined;
      if (!this.live.has(cluster) || cluster.passing) continue;
      const detail = this.detailOf(cluster);
      // Compared only when the whole list is read: eventsOf after an edit needs ids, not discrepancies.
      if (!cluster.compared) {
        detail.discrepancies = findDiscrepancies(detail.sources);
        cluster.compared = true;
      }
      cluster.listed = detail;
      listed.push(cluster);
    }
    const compare = (a: EventClusterDetail, b: EventClusterDetail) => compareEvents(a, b) || this.seqOf.get(a)! - this.seqOf.get(b)!;
    // A few events moved: each is found by binary search and spliced, which shifts the list but compares no other event.
    const few = unlisted.length + listed.length <= SPLICE_MAX;
    if (few) for (const detail of unlisted) this.sorted.splice(lowerBound(this.sorted, detail, compare), 1);
    else if (unlisted.length > 0) {
      const gone = new Set(unlisted);
      this.sorted = this.sorted.filter((d) => !gone.has(d));
    }
    for (const detail of unlisted) this.seqOf.delete(detail);
    const added = listed.map((cluster) => {
      this.seqOf.set(cluster.listed!, cluster.seq);
      return cluster.listed!;
    });
    if (few) for (const detail of added) this.sorted.splice(lowerBound(this.sorted, detail, compare), 0, detail);
    else this.sorted = merge(this.sorted, added.sort(compare), compare);
    this.cache = this.sorted.slice();
    return this.cache;
  }

  /** The events article `key` reports (not only mentions), most prominent first. */
  eventsOf(key: string): string[] {
    this.flush();
    const scores = new Map<Cluster, number>();
    for (const member of this.articles.get(key)?.members ?? []) {
      const cluster = member.cluster;
      if (!cluster || member.mention.background) continue;
      scores.set(cluster, (scores.get(cluster) ?? 0) + prominence(member.mention));
    }
    return [...scores]
      .map(([cluster, score]) => ({ id: this.detailOf(cluster).id, score }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .map((e) => e.id);
  }

  /**
   * The reported view of an event, described once until it changes. Its id is the base id (action,
   * date, place) unless another live event shares it: then a suffix from its first mention keeps
   * both distinct whatever order they were found in.
   */
  private detailOf(cluster: Cluster): EventClusterDetail {
    if (cluster.detail) return cluster.detail;
    const detail = describe(cluster);
    let same = this.byBase.get(detail.id);
    if (!same) this.byBase.set(detail.id, (same = new Set()));
    same.add(cluster);
    if (same.size > 1) {
      const first = detail.sources[0];
      detail.id = `${detail.id}-${hash(`${first.key}#${first.mention.start}`)}`;
    }
    cluster.detail = detail;
    cluster.base = baseIdOf(detail);
    return detail;
  }

  /**
   * Places what is pending, mentions pinned to a day first. A day newly pinned re-opens the vague
   * events of its weeks, whose members may now belong to it.
   */
  private flush(): void {
    this.admit();
    if (this.pending.size === 0) return;
    const ordered = [...this.pending].sort(order);
    this.pending.clear();
    const vague = new Set(ordered.filter((m) => !m.mention.exact));
    for (const member of ordered) {
      if (!member.mention.exact) continue;
      this.place(member);
      const day = member.span![0];
      const weeks = this.index.get(`w|${member.group}`);
      for (const week of weeksOf(member.span!)) {
        for (const cluster of [...(weeks?.get(week) ?? [])]) {
          if (cluster.days.size > 0 || !cluster.window || cluster.window[0] > day || cluster.window[1] < day) continue;
          this.dissolve(cluster);
          for (const other of cluster.members) vague.add(other);
        }
      }
    }
    for (const member of [...vague].sort(order)) this.place(member);
    this.pending.clear();
    this.cache = null;
  }


  private unfile(cluster: Cluster): void {
    for (const set of cluster.filed) set.delete(cluster);
    this.live.delete(cluster);
    this.changed.add(cluster);
    if (cluster.detail) this.byBase.get(cluster.base)?.delete(cluster);
  }

  /** Takes an event apart: its members (but those of removed articles) wait to be placed again. */
  private dissolve(cluster: Cluster): void {
    this.unfile(cluster);
    for (const member of cluster.members) {
      if (member.cluster === cluster) member.cluster = undefined;
      if (this.articles.get(member.key)?.members?.includes(member)) this.pending.add(member);
    }
  }

  /** Files the cluster under the keys a new member brings. */
  private file(cluster: Cluster, member: Member): void {
    const m = member.mention;
    if (m.exact && member.span) this.fileUnder(cluster, 'd', member.span[0]);
    // A mention naming no place and no one gives later mentions nothing to match: filing it by week
    // would only make every week's candidate list grow with the workspace.
    else if (cluster.days.size === 0 && cluster.window && (m.placeKey || m.participantKeys.length > 0)) for (const week of weeksOf(cluster.window)) this.fileUnder(cluster, 'w', week);
    if (m.placeKey) this.fileUnder(cluster, 'e', m.placeKey);
    for (const k of m.participantKeys) if (k) this.fileUnder(cluster, 'e', k);
  }

  private fileUnder(cluster: Cluster, kind: 'd' | 'w' | 'e', key: number | string): void {
    const filingKey = `${kind}|${cluster.group}`;
    let filing = this.index.get(filingKey);
    if (!filing) this.index.set(filingKey, (filing = new Map()));
    let set = filing.get(key);
    if (!set) filing.set(key, (set = new Set()));
    if (cluster.filed.has(set)) return;
    cluster.filed.add(set);
    set.add(cluster);
  }

  private dayNumber(iso: string): number {
    let day = this.dayNumbers.get(iso);
    if (day === undefined) this.dayNumbers.set(iso, (day = dayNumber(iso)));
    return day;
  }

  /** Puts one mention into the best compatible event, or founds one. */
  private place(member: Member): void {
    const m = member.mention;
    const candidates = new Set<Cluster>();
    const take = (filing: Filing | undefined, key: number | string) => { const set = filing?.get(key); if (set) for (const c of set) candidates.add(c); };
    const span = member.span;
    if (span) {
      const tolerance = m.exact && DAY_TOLERANT.has(member.group) ? 1 : 0;
      const last = Math.min(span[1], span[0] + MAX_WINDOW_DAYS) + tolerance;
      const days = this.index.get(`d|${member.group}`);
      if (days) for (let d = span[0] - tolerance; d <= last; d++) take(days, d);
      if (!m.exact) {
        const weeks = this.index.get(`w|${member.group}`);
        if (weeks) for (const week of weeksOf(span)) take(weeks, week);
      }
    } else {
      const named = this.index.get(`e|${member.group}`);
      for (const key of [m.placeKey, ...m.participantKeys]) if (key) take(named, key);
    }
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    let compatible = 0;
    for (const cluster of candidates) {
      const score = compatibility(member, cluster);
      if (score === null) continue;
      compatible++;
      if (score > bestScore || (score === bestScore && best && cluster.members.length > best.members.length)) [best, bestScore] = [cluster, score];
    }
    if (best && !m.exact && !best.articles.has(member.key) && !corroborates(m, best)) {
      // Nothing but the action and the week in common: join only a clear single candidate, never from a passing reference.
      const bare = m.placeKey === null && m.participantKeys.length === 0;
      if (!bare || m.background || compatible > MAX_AMBIGUOUS) best = null;
    }
    best ??= new Cluster(member.group);
    if (best.detail) this.byBase.get(best.base)?.delete(best);
    best.add(member);
    if (!this.live.has(best)) {
      best.seq = this.nextSeq++;
      this.live.add(best);
    }
    this.changed.add(best);
    member.cluster = best;
    this.file(best, member);
  }
}

/** Up to this many events moved in one read are spliced into the list; more, and the list is merged anew. */
const SPLICE_MAX = 256;

/** Events by date (undated last) and label, as the panel lists them; then by id. */
function compareEvents(a: EventClusterDetail, b: EventClusterDetail): number {
  return (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
}

/** Where `item` goes in `sorted`: the first place whose event does not come before it. */
function lowerBound<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid], item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `sorted` with `added` (itself sorted) in order: a binary search per added item and one copy of the rest. */
function merge<T>(sorted: readonly T[], added: readonly T[], compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  let from = 0;
  for (const item of added) {
    const at = lowerBound(sorted, item, compare, from);
    for (let i = from; i < at; i++) out.push(sorted[i]);
    out.push(item);
    from = at;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i]);
  return out;
}

/** True when the mention shares a place or a participant with the event. */
function corroborates(m: EventMentionDetail, cluster: Cluster): boolean {
  return (m.placeKey !== null && cluster.places.has(m.placeKey)) || m.participantKeys.some((k) => cluster.participants.has(k)) || m.cityKeys.some((k) => cluster.places.has(k));
}

/** Mentions pinned to a day first, by day; then by the start of their window; then by article and offset. */
function order(a: Member, b: Member): number {
  const dayA = a.span?.[0] ?? Infinity;
  const dayB = b.span?.[0] ?? Infinity;
  return dayA - dayB || a.key.localeCompare(b.key) || a.mention.start - b.mention.start;
}

function weeksOf(window: [number, number]): number[] {
  const first = weekOf(window[0]);
  const last = Math.min(weekOf(window[1]), first + Math.ceil(MAX_WINDOW_DAYS / 7));
  const weeks: number[] = [];
  for (let w = first; w <= last; w++) weeks.push(w);
  return weeks;
}

/**
 * How well a mention fits an event, or null when they cannot be one: another day, another city,
 * other parties. Higher is better: the same day, place and people count, and so does the same
 * article having reported the event already (its later "the talks" refers back to it).
 */
function compatibility(member: Member, cluster: Cluster): number | null {
  const m = member.mention;
  const span = member.span;
  let score = 0;
  const day = cluster.mainDay();
  if (m.exact && span) {
    if (day !== null) {
      const apart = Math.abs(day - span[0]);
      if (apart > (DAY_TOLERANT.has(member.group) ? 1 : 0)) return null;
      score += apart === 0 ? 3 : 1;
    } else if (!cluster.window || span[0] < cluster.window[0] || span[0] > cluster.window[1]) {
      return null;
    }
  } else if (span) {
    if (day !== null) {
      if (day < span[0] || day > span[1]) return null;
    } else if (cluster.window) {
      // Two vague reports are one event only when their windows mostly coincide.
      const shared = Math.min(cluster.window[1], span[1]) - Math.max(cluster.window[0], span[0]) + 1;
      if (shared < (span[1] - span[0] + 1) / 2) return null;
    }
    score += 1;
  }
  let shared = 0;
  for (const key of m.participantKeys) if (cluster.participants.has(key)) shared++;
  // "The Geneva talks" names the place without a preposition.
  if (!m.placeKey && m.cityKeys.some((k) => cluster.places.has(k))) score += 2;
  if (m.placeKey) {
    if (cluster.places.has(m.placeKey)) score += 3;
    else if (m.placeKind === 'city' && [...cluster.places.values()].some((p) => p.kind === 'city')) {
      // Another city: another event, unless the same day and parties say the sources disagree on where.
      if (!(m.exact && day === span?.[0] && shared >= 2)) return null;
    }
  }
  const people = m.participantKeys.filter((k) => k.startsWith('person:'));
  if (m.exact && people.length >= 2 && cluster.people.size >= 2 && !people.some((k) => cluster.people.has(k))) return null;
  if (LOCAL.has(member.group) && m.cityKeys.length > 0 && cluster.cities.size > 0 && !m.cityKeys.some((k) => cluster.cities.has(k))) return null;
  score += Math.min(shared, 3);
  // Only a tie-breaker: an article's own earlier mention is no evidence that this is the same event.
  if (cluster.articles.has(member.key)) score += 0.5;
  return score;
}

function baseIdOf(detail: Pick<EventCluster, 'action' | 'date' | 'place'> & { participants: string[] }): string {
  return `${detail.action}-${detail.date?.replace('/', '_') ?? 'undated'}-${slugify(detail.place ?? detail.participants[0] ?? 'unplaced')}`;
}

/** A short, stable hash (FNV-1a, base 36) for id suffixes. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).slice(0, 4);
}

/** Weight of a mention in its article: the headline and the lede say what the article is about. */
function prominence(mention: EventMentionDetail): number {
  if (mention.sentenceIndex < 0) return 3;
  if (mention.sentenceIndex === 0) return 4;
  if (mention.sentenceIndex === 1) return 2;
  return 1 / (1 + mention.sentenceIndex / 8);
}

function mostCommon(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** The reported view of a cluster: label, date, place, participants, mentions and discrepancies. */
function describe(cluster: Cluster): EventClusterDetail {
  const sources: SourcedMention[] = [...cluster.members]
    .sort((a, b) => a.key.localeCompare(b.key) || a.mention.start - b.mention.start)
    .map(({ key, mention }) => ({ key, mention }));
  const actions = new Map<string, number>();
  for (const { mention } of sources) actions.set(mention.action, (actions.get(mention.action) ?? 0) + (mention.action === cluster.group ? 2 : 1));
  const action = mostCommon(actions)[0];
  const mainDay = cluster.mainDay();
  const day = mainDay === null ? null : isoOf(mainDay);
  const monthly = new Map<string, number>();
  for (const { mention } of sources) if (mention.date && !mention.exact) monthly.set(mention.date, (monthly.get(mention.date) ?? 0) + 1);
  const date = day ?? mostCommon(monthly)[0] ?? null;
  const placeEntry = [...cluster.places.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))[0];
  const place = placeEntry?.name ?? null;
  const names = new Map<string, number>();
  for (const { mention } of sources) for (const name of mention.participants) names.set(name, (names.get(name) ?? 0) + 1);
  const participants = mostCommon(names);
  const who = participants.slice(0, 2);
  const label = `${actionLabel(action)}${place ? ` in ${place}` : ''}${who.length ? `: ${who.join(', ')}` : ''}`;
  const id = baseIdOf({ action, date, place, participants });
  return {
    id,
    label,
    action,
    date,
    place,
    entities: [],
    articles: [...new Set(sources.map((s) => s.key))].sort(),
    mentions: sources.map(({ key, mention }) => ({ file: key, start: mention.sentence.start, end: mention.sentence.end, background: mention.background, snippet: mention.snippet })),
    discrepancies: [],
    participants,
    sources,
  };
}

/** "2 June 2025", "May 2025", or "date unknown", for readable output. */
export function describeEventDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [from, to] = date.split('/');
  return to ? `${describeIso(from)} – ${describeIso(to)}` : describeIso(from);
}
