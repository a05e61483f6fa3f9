import type { CanonicalEntity, EntityMention, EntityType } from '../model';
import { countryOfWord, lookupPlace } from '../lexicon/places';
import { nameKey, phraseKey, sameGivenName, slugify } from '../text/fold';
import { applyMentionOverrides, type EntityOverrides, formKey, overrideKey } from './overrides';

/*
 * Cross-article identity. Each article's mentions are reduced to *forms* (a type and a full name
 * as the article resolved it: "Sergey Lavrov", "Kyiv"). A form goes into one *bucket* by a
 * transliteration-aware key: a person's surname key, a place's or organisation's name key. Only
 * forms in the same bucket are ever compared, so adding an article costs the size of its buckets,
 * not of the workspace. Within a person bucket, full names link when their first names are
 * spelling variants (Sergey/Sergei, Volodymyr/Wolodymyr), never when they differ (Vladimir Putin
 * and Vladimir Medinsky are in different buckets; John and Joan Smith share one but stay apart);
 * a bare surname joins the only (or the clearly dominant) full name of its bucket. Buckets are
 * re-clustered lazily, on the first query after a change.
 */

interface Form {
  /** `type|folded name`. */
  id: string;
  type: EntityType;
  /** First-name key, '' for a bare name ("Lavrov"). */
  given: string;
  bucket: string;
  /** Index of the user's split rule that claims this form, or -1. */
  split: number;
  /** Exact spellings of the full name → mentions. */
  names: Map<string, number>;
  /** Texts as written → mentions. */
  surfaces: Map<string, number>;
  roles: Map<string, number>;
  /** Article key → mentions. */
  articles: Map<string, number>;
  /** Alias keys (folded names and texts) this form is indexed under → mentions carrying them. */
  aliasKeys: Map<string, number>;
  mentions: number;
}

interface Cluster {
  forms: Form[];
  bucket: Bucket;
}

interface Bucket {
  key: string;
  forms: Set<Form>;
  clusters: Cluster[];
}

/** One entity as answered to queries: one cluster, or several merged by the user. */
interface Entity {
  id: string;
  name: string;
  type: EntityType;
  clusters: Cluster[];
  /** The full description, built when first asked for: most entities are never shown. */
  value: CanonicalEntity | undefined;
}

interface ArticleEntry {
  mentions: EntityMention[];
  /** Parallel to `mentions`. */
  forms: Form[];
  /** Override key of a full name, then of a text as written → its first mention; built when first asked. */
  byName?: Map<string, number>;
  byText?: Map<string, number>;
}

/**
 * The workspace's canonical entities, maintained one article at a time. Pure and in memory; give
 * it the user's overrides (see `overrides.ts`) at construction.
 */
export class EntityLinker {
  private readonly overrides: EntityOverrides | undefined;
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly forms = new Map<string, Form>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly dirty = new Set<Bucket>();
  /** Folded full name or written text → the forms that carry it: for lookups and overrides. */
  private readonly aliases = new Map<string, Set<Form>>();
  private readonly splitOf = new Map<string, number>();
  private entitiesById = new Map<string, Entity>();
  private entityOfCluster = new Map<Cluster, Entity>();
  private entityOfForm = new Map<Form, Entity>();
  /** `entities()`'s answer, until the next change. */
  private sorted: CanonicalEntity[] | undefined;

  constructor(overrides?: EntityOverrides) {
    this.overrides = overrides;
    overrides?.split.forEach((rule, i) => rule.names.forEach((name) => this.splitOf.set(overrideKey(name), i)));
  }

  /** Adds (or replaces) the mentions of one article. */
  add(articleKey: string, mentions: readonly EntityMention[]): void {
    if (this.articles.has(articleKey)) this.remove(articleKey);
    const kept = applyMentionOverrides(mentions, this.overrides);
    const entry: ArticleEntry = { mentions: kept, forms: [] };
    for (const mention of kept) {
      const form = this.formFor(mention);
      form.mentions++;
      form.articles.set(articleKey, (form.articles.get(articleKey) ?? 0) + 1);
      increment(form.names, mention.name);
      increment(form.surfaces, mention.text);
      if (mention.role) increment(form.roles, mention.role);
      for (const alias of aliasKeys(mention)) this.indexAlias(alias, form);
      this.dirty.add(this.buckets.get(form.bucket)!);
      entry.forms.push(form);
    }
    this.articles.set(articleKey, entry);
  }

  /** Removes an article's mentions; entities no other article mentions disappear. */
  remove(articleKey: string): void {
    const entry = this.articles.get(articleKey);
    if (!entry) return;
    this.articles.delete(articleKey);
    entry.mentions.forEach((mention, i) => {
      const form = entry.forms[i];
      form.mentions--;
      const left = (form.articles.get(articleKey) ?? 0) - 1;
      if (left > 0) form.articles.set(articleKey, left);
      else form.articles.delete(articleKey);
      decrement(form.names, mention.name);
      decrement(form.surfaces, mention.text);
      if (mention.role) decrement(form.roles, mention.role);
      for (const alias of aliasKeys(mention)) this.unindexAlias(alias, form);
      const bucket = this.buckets.get(form.bucket)!;
      this.dirty.add(bucket);
      if (form.mentions === 0) {
        this.forms.delete(form.id);
        bucket.forms.delete(form);
      }
    });
  }

  /** Every canonical entity, most mentioned first (ties by id). */
  entities(): CanonicalEntity[] {
    this.refresh();
    this.sorted ??= [...this.entitiesById.values()].map(describe).sort((a, b) => b.mentions - a.mentions || compare(a.id, b.id));
    return [...this.sorted];
  }

  /** The entity with this id, if any. */
  entity(id: string): CanonicalEntity | undefined {
    this.refresh();
    const entity = this.entitiesById.get(id);
    return entity && describe(entity);
  }

  /**
   * The id of the entity that `name` (a mention's `name` or `text`) refers to in this article.
   */
  entityIdFor(articleKey: string, name: string): string | undefined {
    const entry = this.articles.get(articleKey);
    const at = entry ? indexNamed(entry, name) : undefined;
    if (entry === undefined || at === undefined) return undefined;
    this.refresh();
    return this.entityOfForm.get(entry.forms[at])?.id;
  }

  /**
   * The mention (as the user's corrections leave it) that `name` stands for in this article: the
   * first with that full name, else the first written that way. `entityIdFor` links through it.
   */
  mentionNamed(articleKey: string, name: string): EntityMention | undefined {
    const entry = this.articles.get(articleKey);
    const at = entry ? indexNamed(entry, name) : undefined;
    return entry === undefined || at === undefined ? undefined : entry.mentions[at];
  }

  /** Every mention of the entity, with its article, in article-key then text order. */
  mentionsOf(entityId: string): Array<{ articleKey: string; mention: EntityMention }> {
    this.refresh();
    const entity = this.entitiesById.get(entityId);
    if (!entity) return [];
    const forms = new Set(entity.clusters.flatMap((c) => c.forms));
    const keys = new Set<string>();
    for (const form of forms) for (const key of form.articles.keys()) keys.add(key);
    const out: Array<{ articleKey: string; mention: EntityMention }> = [];
    for (const articleKey of [...keys].sort(compare)) {
      const entry = this.articles.get(articleKey)!;
      entry.mentions.forEach((mention, i) => {
        if (forms.has(entry.forms[i])) out.push({ articleKey, mention });
      });
    }
    return out;
  }

  /**
   * Entities that `query` may name, in any spelling: "Kiev" finds Kyiv, "Selenskyj" finds
   * Volodymyr Zelenskyy, "Lavrov" finds Sergey Lavrov. Most mentioned first.
   */
  lookup(query: string): CanonicalEntity[] {
    this.refresh();
    const found = new Set<Entity>();
    for (const form of this.aliases.get(overrideKey(query)) ?? []) found.add(this.entityOfForm.get(form)!);
    const words = query.trim().split(/\s+/);
    const given = words.length > 1 ? nameKey(words[0]) : '';
    const candidates = [personBucket(query), placeBucket(query), organizationBucket(query)];
    for (const key of candidates) {
      for (const cluster of this.buckets.get(key)?.clusters ?? []) {
        const fits = cluster.forms.some((f) => f.type !== 'person' || !given || !f.given || sameGivenName(f.given, given));
        if (fits) found.add(this.entityOfCluster.get(cluster)!);
      }
    }
    return [...found].filter(Boolean).map(describe).sort((a, b) => b.mentions - a.mentions || compare(a.id, b.id));
  }

  // -------------------------------------------------------------------------------------------

  private formFor(mention: EntityMention): Form {
    const id = formKey(mention.type, mention.name);
    let form = this.forms.get(id);
    if (!form) {
      const words = mention.name.trim().split(/\s+/);
      const split = this.splitOf.get(overrideKey(mention.name)) ?? this.splitOf.get(overrideKey(mention.text)) ?? -1;
      form = {
        id,
        type: mention.type,
        given: mention.type === 'person' && words.length > 1 ? nameKey(words[0]) : '',
        bucket: bucketKey(mention.type, mention.name),
        split,
        names: new Map(),
        surfaces: new Map(),
        roles: new Map(),
        articles: new Map(),
        aliasKeys: new Map(),
        mentions: 0,
      };
      this.forms.set(id, form);
      let bucket = this.buckets.get(form.bucket);
      if (!bucket) {
        bucket = { key: form.bucket, forms: new Set(), clusters: [] };
        this.buckets.set(form.bucket, bucket);
      }
      bucket.forms.add(form);
    }
    return form;
  }

  private indexAlias(key: string, form: Form): void {
    increment(form.aliasKeys, key);
    let set = this.aliases.get(key);
    if (!set) this.aliases.set(key, (set = new Set()));
    set.add(form);
  }

  private unindexAlias(key: string, form: Form): void {
    decrement(form.aliasKeys, key);
    if (form.aliasKeys.has(key)) return;
    const set = this.aliases.get(key);
    if (set?.delete(form) && set.size === 0) this.aliases.delete(key);
  }

  /** Re-clusters the buckets changed since the last query and rebuilds their entities. */
  private refresh(): void {
    if (this.dirty.size === 0) return;
    this.sorted = undefined;
    const merges = this.overrides?.merge.length ?? 0;
    for (const bucket of this.dirty) {
      for (const cluster of bucket.clusters) this.forget(cluster);
      bucket.clusters = bucket.forms.size > 0 ? clusterBucket(bucket) : [];
      if (bucket.forms.size === 0) this.buckets.delete(bucket.key);
      if (merges === 0) for (const cluster of bucket.clusters) this.publish([cluster]);
    }
    this.dirty.clear();
    // The user's merges cross buckets; they are few, so they are rebuilt whole.
    if (merges > 0) this.rebuildAll();
  }

  private rebuildAll(): void {
    this.entitiesById = new Map();
    this.entityOfCluster = new Map();
    this.entityOfForm = new Map();
    const groupOf = new Map<Cluster, Cluster[]>();
    const clusterOf = new Map<Form, Cluster>();
    for (const bucket of this.buckets.values()) for (const cluster of bucket.clusters) for (const form of cluster.forms) clusterOf.set(form, cluster);
    for (const rule of this.overrides?.merge ?? []) {
      const group = new Set<Cluster>();
      for (const name of rule.names) for (const cluster of this.clustersNamed(name, clusterOf)) group.add(cluster);
      for (const existing of [...group].flatMap((c) => groupOf.get(c) ?? [])) group.add(existing);
      const members = [...group];
      for (const cluster of members) groupOf.set(cluster, members);
    }
    const done = new Set<Cluster>();
    for (const bucket of [...this.buckets.values()].sort((a, b) => compare(a.key, b.key))) {
      for (const cluster of bucket.clusters) {
        if (done.has(cluster)) continue;
        const members = groupOf.get(cluster) ?? [cluster];
        for (const member of members) done.add(member);
        this.publish(members);
      }
    }
  }

  /** Clusters a name in an override refers to: by full name or written text, or by automatic id. */
  private clustersNamed(name: string, clusterOf: Map<Form, Cluster>): Cluster[] {
    const byName = [...(this.aliases.get(overrideKey(name)) ?? [])].map((f) => clusterOf.get(f)!).filter(Boolean);
    if (byName.length > 0 || !/^(?:person|organization|place):/.test(name)) return byName;
    const out: Cluster[] = [];
    for (const bucket of this.buckets.values()) for (const cluster of bucket.clusters) if (automaticId(cluster.forms) === name) out.push(cluster);
    return out;
  }

  private forget(cluster: Cluster): void {
    const entity = this.entityOfCluster.get(cluster);
    if (!entity) return;
    this.entityOfCluster.delete(cluster);
    for (const form of cluster.forms) if (this.entityOfForm.get(form) === entity) this.entityOfForm.delete(form);
    this.unpublishId(entity);
  }

  private publish(clusters: Cluster[]): void {
    const forms = clusters.flatMap((c) => c.forms);
    const type = majorityType(forms);
    const name = this.renameFor(forms, clusters) ?? displayName(type, canonicalName(forms));
    const entity: Entity = { id: entityId(type, name), name, type, clusters, value: undefined };
    for (const cluster of clusters) this.entityOfCluster.set(cluster, entity);
    for (const form of forms) this.entityOfForm.set(form, entity);
    this.publishId(entity);
  }

  /** Ids are unique: a second entity with the same name gets `-2`, `-3`, in a stable order. */
  private publishId(entity: Entity): void {
    const base = entity.id;
    let id = base;
    for (let n = 2; this.entitiesById.has(id); n++) id = `${base}-${n}`;
    entity.id = id;
    this.entitiesById.set(id, entity);
  }

  private unpublishId(entity: Entity): void {
    if (this.entitiesById.get(entity.id) === entity) this.entitiesById.delete(entity.id);
  }

  private renameFor(forms: readonly Form[], clusters: readonly Cluster[]): string | undefined {
    if (!this.overrides) return undefined;
    for (const rule of this.overrides.merge) {
      if (rule.name && rule.names.some((n) => forms.some((f) => formAnswersTo(f, n)))) return rule.name;
    }
    for (const rule of this.overrides.rename) {
      if (forms.some((f) => formAnswersTo(f, rule.entity)) || clusters.some((c) => automaticId(c.forms) === rule.entity)) return rule.name;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Buckets and clustering.

const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Which bucket a name goes to: a person's surname key, a place's or organisation's name key. */
function bucketKey(type: EntityType, name: string): string {
  if (type === 'person') return personBucket(name);
  if (type === 'place') return placeBucket(name);
  return organizationBucket(name);
}

function personBucket(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIXES.test(w));
  return `p:${nameKey(words[words.length - 1] ?? name)}`;
}

/** Places by their gazetteer name where known (Kiev → Kyiv, Türkiye → Turkey), else by spelling key. */
function placeBucket(name: string): string {
  return `l:${phraseKey(lookupPlace(name)?.canonical ?? name)}`;
}

/**
 * Organisations by their words, order and filler aside: "Ministry of Foreign Affairs" and
 * "Foreign Ministry" share a key, as do "Defense Ministry" and "Defence Ministry".
 */
function organizationBucket(name: string): string {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/['’]s?$/, ''))
    .map((w) => phraseKey(countryOfWord(w) ?? w))
    .filter((w) => w !== '' && !/^(?:the|of|for|and|afairs|on)$/.test(w))
    .map((w) => w.replace(/ce$/, 'se'));
  return `o:${words.sort().join(' ')}`;
}

/**
 * Clusters one bucket. Places and organisations: one entity per bucket. People: full names
 * whose first names match are one person; bare surnames join the only full name, or one that has
 * at least three times the mentions of all others together. Split forms stay among themselves.
 */
function clusterBucket(bucket: Bucket): Cluster[] {
  const forms = [...bucket.forms].sort((a, b) => compare(a.id, b.id));
  const bySplit = new Map<number, Form[]>();
  for (const form of forms) {
    const list = bySplit.get(form.split) ?? [];
    list.push(form);
    bySplit.set(form.split, list);
  }
  const clusters: Cluster[] = [];
  for (const group of bySplit.values()) {
    if (group[0].type !== 'person' || !bucket.key.startsWith('p:')) {
      clusters.push({ forms: group, bucket });
      continue;
    }
    clusters.push(...clusterPeople(group, bucket));
  }
  return clusters;
}

function clusterPeople(forms: readonly Form[], bucket: Bucket): Cluster[] {
  const bare = forms.filter((f) => f.given === '');
  // Compare distinct first names, not forms: a common surname has many forms but fewer first names.
  const byGiven = new Map<string, Form[]>();
  for (const form of forms) if (form.given !== '') byGiven.set(form.given, [...(byGiven.get(form.given) ?? []), form]);
  const givens = [...byGiven.keys()];
  const parent = givens.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < givens.length; i++) {
    for (let j = i + 1; j < givens.length; j++) if (sameGivenName(givens[i], givens[j])) parent[find(j)] = find(i);
  }
  const groups = new Map<number, Form[]>();
  givens.forEach((given, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), ...byGiven.get(given)!]);
  });
  const clusters: Cluster[] = [...groups.values()].map((group) => ({ forms: group, bucket }));
  if (bare.length > 0) {
    const weight = (c: Cluster) => c.forms.reduce((n, f) => n + f.mentions, 0);
    const ranked = [...clusters].sort((a, b) => weight(b) - weight(a));
    const rest = ranked.slice(1).reduce((n, c) => n + weight(c), 0);
    const home = ranked.length === 1 || (ranked.length > 1 && weight(ranked[0]) >= 3 * rest) ? ranked[0] : undefined;
    if (home) home.forms.push(...bare);
    else clusters.push({ forms: bare, bucket });
  }
  return clusters;
}

// ---------------------------------------------------------------------------------------------
// What an entity looks like from outside.

function describe(entity: Entity): CanonicalEntity {
  return (entity.value ??= canonicalEntity(entity));
}

function entityId(type: EntityType, name: string): string {
  return `${type}:${slugify(name) || 'unnamed'}`;
}

function canonicalEntity({ id, name, type, clusters }: Entity): CanonicalEntity {
  const forms = clusters.flatMap((c) => c.forms);
  const surfaces = new Map<string, number>();
  const roles = new Map<string, number>();
  // One form (the usual case) counts its own articles; several need the union.
  const articles = forms.length === 1 ? forms[0].articles : new Set<string>();
  let mentions = 0;
  for (const form of forms) for (const [s, c] of form.surfaces) increment(surfaces, s, c);
  for (const form of forms) {
    for (const [n, c] of form.names) if (!surfaces.has(n)) surfaces.set(n, c);
    for (const [r, c] of form.roles) increment(roles, r, c);
    if (articles instanceof Set) for (const key of form.articles.keys()) articles.add(key);
    mentions += form.mentions;
  }
  surfaces.delete(name);
  return {
    id,
    name,
    type,
    aliases: [name, ...byCount(surfaces)],
    roles: byCount(roles),
    articles: articles.size,
    mentions,
  };
}

/** The most frequent full form (spelling as written); ties: more words, then code-point order. */
function canonicalName(forms: readonly Form[]): string {
  const counts = new Map<string, number>();
  const full = forms.some((f) => f.given !== '' || f.type !== 'person');
  for (const form of forms) {
    if (full && form.type === 'person' && form.given === '') continue;
    for (const [name, count] of form.names) increment(counts, name, count);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || wordCount(b[0]) - wordCount(a[0]) || compare(a[0], b[0]))[0][0];
}

function majorityType(forms: readonly Form[]): EntityType {
  const counts = new Map<string, number>();
  for (const form of forms) increment(counts, form.type, form.mentions);
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0][0] as EntityType;
}

/** Places go by their gazetteer name where it has one ("Kiev" → Kyiv). */
function displayName(type: EntityType, name: string): string {
  return type === 'place' ? lookupPlace(name)?.canonical ?? name : name;
}

/** The id a cluster has before any user correction. */
function automaticId(forms: readonly Form[]): string {
  const type = majorityType(forms);
  return entityId(type, displayName(type, canonicalName(forms)));
}

function formAnswersTo(form: Form, name: string): boolean {
  const key = overrideKey(name);
  return [...form.names.keys(), ...form.surfaces.keys()].some((n) => overrideKey(n) === key);
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([n]) => n);
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/** The keys a mention is found by: its full name's and, when it differs, its text's (an array, not a Set: this runs per mention). */
function aliasKeys(mention: EntityMention): string[] {
  const name = overrideKey(mention.name);
  const text = overrideKey(mention.text);
  return text === name ? [name] : [name, text];
}

/** The index of the first mention under each override key of `nameOf`. */
/** Where in the article's mentions `name` (a mention's `name` or `text`) is first found. */
function indexNamed(entry: ArticleEntry, name: string): number | undefined {
  if (!entry.byName || !entry.byText) {
    // Events and reports ask for every participant of every article: one pass, not one per question.
    entry.byName = firstByKey(entry.mentions, (m) => m.name);
    entry.byText = firstByKey(entry.mentions, (m) => m.text);
  }
  const wanted = overrideKey(name);
  return entry.byName.get(wanted) ?? entry.byText.get(wanted);
}

function firstByKey(mentions: readonly EntityMention[], nameOf: (mention: EntityMention) => string): Map<string, number> {
  const first = new Map<string, number>();
  mentions.forEach((mention, i) => {
    const key = overrideKey(nameOf(mention));
    if (!first.has(key)) first.set(key, i);
  });
  return first;
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function decrement(map: Map<string, number>, key: string): void {
  const left = (map.get(key) ?? 0) - 1;
  if (left > 0) map.set(key, left);
  else map.delete(key);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
