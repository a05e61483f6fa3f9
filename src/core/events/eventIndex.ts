import type { Discrepancy, EventCluster } from '../model';
import { addDays, daysBetween, describeIso } from '../lexicon/calendar';
import { slugify } from '../text/fold';
import { findDiscrepancies, type SourcedMention } from './discrepancies';
import type { ArticleEvents, EventMentionDetail } from './mentions';
import { actionLabel } from './triggers';

/*
 * Events across articles. Mentions are blocked by (action group, week): a change re-clusters only
 * the blocks its mentions touch (and the events those mentions were in), never all pairs.
 * Clustering is greedy in a fixed order, so the result does not depend on the order articles
 * arrived in: mentions pinned to one day first (they found events), then the vaguer ones, each
 * joining the best compatible event or founding its own.
 */

interface Member extends SourcedMention {
  id: number;
  group: string;
  /** Blocks (group|week) this mention is filed under. */
  blocks: string[];
}

class Cluster {
  readonly members: Member[] = [];
  readonly days = new Map<string, number>();
  readonly places = new Map<string, { count: number; kind: string | null; name: string }>();
  readonly participants = new Map<string, number>();
  readonly cities = new Set<string>();
  readonly articles = new Set<string>();
  /** For clusters without a pinned day: the days every member allows. */
  window: [string, string] | null = null;

  constructor(readonly group: string) {}

  add(member: Member): void {
    const m = member.mention;
    this.members.push(member);
    this.articles.add(member.key);
    if (m.exact && m.window) this.days.set(m.window[0], (this.days.get(m.window[0]) ?? 0) + 1);
    if (m.placeKey) {
      const place = this.places.get(m.placeKey);
      if (place) place.count++;
      else this.places.set(m.placeKey, { count: 1, kind: m.placeKind, name: m.place ?? m.placeKey });
    }
    for (const key of m.participantKeys) this.participants.set(key, (this.participants.get(key) ?? 0) + 1);
    for (const key of m.cityKeys) this.cities.add(key);
    if (m.window) this.window = this.window ? [max(this.window[0], m.window[0]), min(this.window[1], m.window[1])] : m.window;
  }

  /** The day most members pin the event to. */
  mainDay(): string | null {
    let best: string | null = null;
    let count = 0;
    for (const [day, n] of this.days) if (n > count || (n === count && best !== null && day < best)) [best, count] = [day, n];
    return best;
  }
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);
/** Happenings that are where they happen: another city named is another event. */
const LOCAL = new Set(['attack', 'disaster', 'crash', 'protest', 'strike']);
/** Happenings whose sources put them a day apart (a night attack, time zones) without being two events. */
const DAY_TOLERANT = new Set(['attack', 'disaster', 'crash']);
/** The widest window searched day by day for events to join. */
const MAX_WINDOW_DAYS = 62;
/** An undated mention with no place or participant joins an event only among this few candidates. */
const MAX_AMBIGUOUS = 2;

function weekOf(day: string): number {
  return Math.floor(daysBetween('1970-01-05', day) / 7);
}

/** Labelled, ranked event as the engine reports it. */
export interface EventClusterDetail extends EventCluster {
  /** Display names of participants (people, organisations, countries). */
  participants: string[];
  /** Member mentions with their article, for panels and discrepancies. */
  sources: SourcedMention[];
}

/**
 * The incremental events index: `add` and `remove` one article's mentions; clusters are brought up
 * to date lazily, re-clustering only the blocks that changed, when they are next read.
 */
export class EventIndex {
  private readonly articles = new Map<string, { events: ArticleEvents; members: Member[] }>();
  private readonly blocks = new Map<string, Set<Member>>();
  private readonly clusterOf = new Map<Member, Cluster>();
  private readonly byDay = new Map<string, Set<Cluster>>();
  private readonly byWeek = new Map<string, Set<Cluster>>();
  private readonly byEntity = new Map<string, Set<Cluster>>();
  private readonly dirty = new Set<string>();
  private readonly orphans = new Set<Member>();
  private nextId = 0;
  private cache: { clusters: EventClusterDetail[]; byArticle: Map<string, string[]> } | null = null;

  /** Adds (or replaces) the mentions of article `key`. */
  add(key: string, events: ArticleEvents): void {
    this.remove(key);
    const members = events.mentions.map((mention): Member => {
      const group = mention.group;
      return { id: this.nextId++, key, mention, group, blocks: blocksOf(group, mention) };
    });
    this.articles.set(key, { events, members });
    for (const member of members) {
      for (const block of member.blocks) {
        let set = this.blocks.get(block);
        if (!set) this.blocks.set(block, (set = new Set()));
        set.add(member);
        this.dirty.add(block);
      }
    }
    this.cache = null;
  }

  /** Removes the mentions of article `key`; the events they were in are re-clustered. */
  remove(key: string): void {
    const entry = this.articles.get(key);
    if (!entry) return;
    this.articles.delete(key);
    for (const member of entry.members) {
      for (const block of member.blocks) {
        this.blocks.get(block)?.delete(member);
        this.dirty.add(block);
      }
      const cluster = this.clusterOf.get(member);
      if (cluster) {
        this.dissolve(cluster);
        for (const other of cluster.members) if (other.key !== key) this.orphans.add(other);
      }
      this.orphans.delete(member);
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

  /** Every event, by date (undated last). */
  clusters(): EventClusterDetail[] {
    return this.build().clusters;
  }

  /** The events article `key` reports (not only mentions), most prominent first. */
  eventsOf(key: string): string[] {
    return this.build().byArticle.get(key) ?? [];
  }

  private build(): { clusters: EventClusterDetail[]; byArticle: Map<string, string[]> } {
    this.flush();
    if (this.cache) return this.cache;
    // An event only one article refers to in passing is noise in a list of what the sources cover.
    const all = [...new Set(this.clusterOf.values())].filter((c) => c.articles.size > 1 || c.members.some((m) => !m.mention.background));
    const details = all.map(describe).sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    const used = new Map<string, number>();
    for (const detail of details) {
      const n = (used.get(detail.id) ?? 0) + 1;
      used.set(detail.id, n);
      if (n > 1) detail.id = `${detail.id}-${n}`;
    }
    const byArticle = new Map<string, Array<{ id: string; score: number }>>();
    for (const detail of details) {
      const scores = new Map<string, number>();
      for (const { key, mention } of detail.sources) {
        if (mention.background) continue;
        scores.set(key, (scores.get(key) ?? 0) + prominence(mention));
      }
      for (const [key, score] of scores) {
        let list = byArticle.get(key);
        if (!list) byArticle.set(key, (list = []));
        list.push({ id: detail.id, score });
      }
    }
    const ranked = new Map([...byArticle].map(([key, list]) => [key, list.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).map((e) => e.id)]));
    this.cache = { clusters: details, byArticle: ranked };
    return this.cache;
  }

  /** Re-clusters what changed: the dirty blocks' mentions, the events they were in, and orphans. */
  private flush(): void {
    if (this.dirty.size === 0 && this.orphans.size === 0) return;
    const affected = new Set<Member>(this.orphans);
    for (const block of this.dirty) for (const member of this.blocks.get(block) ?? []) affected.add(member);
    for (const member of [...affected]) {
      const cluster = this.clusterOf.get(member);
      if (!cluster) continue;
      this.dissolve(cluster);
      for (const other of cluster.members) affected.add(other);
    }
    this.dirty.clear();
    this.orphans.clear();
    const ordered = [...affected].sort(order);
    for (const member of ordered) if (member.mention.exact) this.place(member);
    for (const member of ordered) if (!member.mention.exact) this.place(member);
    this.cache = null;
  }

  private dissolve(cluster: Cluster): void {
    for (const member of cluster.members) if (this.clusterOf.get(member) === cluster) this.clusterOf.delete(member);
    for (const key of this.indexKeys(cluster)) this.indexOf(key).get(key.slice(2))?.delete(cluster);
  }

  private indexOf(key: string): Map<string, Set<Cluster>> {
    return key[0] === 'd' ? this.byDay : key[0] === 'w' ? this.byWeek : this.byEntity;
  }

  private indexKeys(cluster: Cluster): string[] {
    const keys: string[] = [];
    for (const day of cluster.days.keys()) keys.push(`d:${cluster.group}|${day}`);
    if (cluster.days.size === 0 && cluster.window) for (const week of weeksOf(cluster.window)) keys.push(`w:${cluster.group}|${week}`);
    for (const place of cluster.places.keys()) keys.push(`e:${cluster.group}|${place}`);
    for (const participant of cluster.participants.keys()) keys.push(`e:${cluster.group}|${participant}`);
    return keys;
  }

  private file(cluster: Cluster): void {
    for (const key of this.indexKeys(cluster)) {
      const index = this.indexOf(key);
      let set = index.get(key.slice(2));
      if (!set) index.set(key.slice(2), (set = new Set()));
      set.add(cluster);
    }
  }

  /** Puts one mention into the best compatible event, or founds one. */
  private place(member: Member): void {
    const m = member.mention;
    const candidates = new Set<Cluster>();
    const take = (set: Set<Cluster> | undefined) => { if (set) for (const c of set) candidates.add(c); };
    if (m.window) {
      const tolerance = m.exact && DAY_TOLERANT.has(member.group) ? 1 : 0;
      const span = Math.min(daysBetween(m.window[0], m.window[1]), MAX_WINDOW_DAYS);
      for (let d = -tolerance; d <= span + tolerance; d++) take(this.byDay.get(`${member.group}|${addDays(m.window[0], d)}`));
      if (!m.exact) for (const week of weeksOf(m.window)) take(this.byWeek.get(`${member.group}|${week}`));
    } else {
      for (const key of [m.placeKey, ...m.participantKeys]) if (key) take(this.byEntity.get(`${member.group}|${key}`));
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
    if (best) {
      for (const key of this.indexKeys(best)) this.indexOf(key).get(key.slice(2))?.delete(best);
    } else {
      best = new Cluster(member.group);
    }
    best.add(member);
    this.clusterOf.set(member, best);
    this.file(best);
  }
}

/** True when the mention shares a place or a participant with the event. */
function corroborates(m: EventMentionDetail, cluster: Cluster): boolean {
  return (m.placeKey !== null && cluster.places.has(m.placeKey)) || m.participantKeys.some((k) => cluster.participants.has(k)) || m.cityKeys.some((k) => cluster.places.has(k));
}

/** Mentions pinned to a day first, by day; then by the start of their window; then by article and offset. */
function order(a: Member, b: Member): number {
  const dayA = a.mention.window?.[0] ?? '\uffff';
  const dayB = b.mention.window?.[0] ?? '\uffff';
  return dayA.localeCompare(dayB) || a.key.localeCompare(b.key) || a.mention.start - b.mention.start;
}

function blocksOf(group: string, mention: EventMentionDetail): string[] {
  if (!mention.window) return [`${group}|undated`];
  return weeksOf(mention.window).map((week) => `${group}|${week}`);
}

function weeksOf(window: [string, string]): number[] {
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
  let score = 0;
  const day = cluster.mainDay();
  if (m.exact && m.window) {
    if (day) {
      const apart = Math.abs(daysBetween(day, m.window[0]));
      if (apart > (DAY_TOLERANT.has(member.group) ? 1 : 0)) return null;
      score += apart === 0 ? 3 : 1;
    } else if (!cluster.window || m.window[0] < cluster.window[0] || m.window[0] > cluster.window[1]) {
      return null;
    }
  } else if (m.window) {
    if (day) {
      if (day < m.window[0] || day > m.window[1]) return null;
    } else if (cluster.window) {
      // Two vague reports are one event only when their windows mostly coincide.
      const shared = daysBetween(max(cluster.window[0], m.window[0]), min(cluster.window[1], m.window[1])) + 1;
      if (shared < (daysBetween(m.window[0], m.window[1]) + 1) / 2) return null;
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
      if (!(m.exact && day === m.window?.[0] && shared >= 2)) return null;
    }
  }
  const people = m.participantKeys.filter((k) => k.startsWith('person:'));
  const clusterPeople = [...cluster.participants.keys()].filter((k) => k.startsWith('person:'));
  if (m.exact && people.length >= 2 && clusterPeople.length >= 2 && !people.some((k) => cluster.participants.has(k))) return null;
  if (LOCAL.has(member.group) && m.cityKeys.length > 0 && cluster.cities.size > 0 && !m.cityKeys.some((k) => cluster.cities.has(k))) return null;
  score += Math.min(shared, 3);
  // Only a tie-breaker: an article's own earlier mention is no evidence that this is the same event.
  if (cluster.articles.has(member.key)) score += 0.5;
  return score;
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
  const day = cluster.mainDay();
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
  const id = `${action}-${date?.replace('/', '_') ?? 'undated'}-${slugify(place ?? participants[0] ?? 'unplaced')}`;
  const discrepancies: Discrepancy[] = findDiscrepancies(sources);
  return {
    id,
    label,
    action,
    date,
    place,
    entities: [],
    articles: [...new Set(sources.map((s) => s.key))].sort(),
    mentions: sources.map(({ key, mention }) => ({ file: key, start: mention.sentence.start, end: mention.sentence.end, background: mention.background, snippet: mention.snippet })),
    discrepancies,
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
