import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntityNameSearch } from '../../../src/core/index/entitySearch';
import { NamePostings } from '../../../src/core/index/namePostings';
import { quoteVariants } from '../../../src/core/index/quoteVariants';
import { WorkspaceIndex, type QuoteRef } from '../../../src/core/index/workspaceIndex';
import { EntityLinker } from '../../../src/core/link/linker';
import { emptyOverrides } from '../../../src/core/link/overrides';
import type { CanonicalEntity, EntityMention, Quote } from '../../../src/core/model';
import { generateCorpus } from '../../bench/corpus';

// The index answers hovers, related articles and quotes-by-speaker from name postings kept up to
// date article by article. These tests hold those answers to the slow definitions they replace:
// every mention from the linker, and every quote whose speaker the linker resolves to the entity.

const repoRoot = resolve(__dirname, '../../../..');
const samples = readdirSync(join(repoRoot, 'samples')).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => ({ file: `samples/${name}`, text: readFileSync(join(repoRoot, 'samples', name), 'utf8') }));
const corpus = generateCorpus(25, 5);

function summaryFromMentions(index: WorkspaceIndex, id: string): Map<string, { count: number; first: number }> {
  const summary = new Map<string, { count: number; first: number }>();
  for (const { key, mention } of index.mentionsOf(id)) {
    const seen = summary.get(key);
    if (seen) seen.count++;
    else summary.set(key, { count: 1, first: mention.start });
  }
  return summary;
}

function quotesByScan(index: WorkspaceIndex, id: string): string[] {
  const found: string[] = [];
  for (const key of index.keys()) {
    for (const quote of index.get(key)!.analysis.quotes) {
      if (quote.speaker && index.entityIdFor(key, quote.speaker) === id) found.push(`${key}@${quote.start}`);
    }
  }
  return found.sort();
}

function relatedByScan(index: WorkspaceIndex, key: string): Map<string, number> {
  const own = new Set(index.get(key)!.analysis.entities.map((m) => index.entityIdFor(key, m.name)).filter(Boolean));
  const shared = new Map<string, Set<string>>();
  for (const id of own) {
    for (const { key: other } of index.mentionsOf(id!)) {
      if (other !== key) shared.set(other, (shared.get(other) ?? new Set()).add(id!));
    }
  }
  return new Map([...shared].map(([other, ids]) => [other, ids.size]));
}

const refs = (quotes: readonly QuoteRef[]) => quotes.map(({ key, quote }) => `${key}@${quote.start}`).sort();

function assertAgreesWithScans(index: WorkspaceIndex): void {
  const entities = index.entities();
  assert.ok(entities.length > 10, `${entities.length} entities`);
  for (const { id } of entities) {
    const fast = new Map([...index.articlesMentioning(id)].map(([key, s]) => [key, { count: s.count, first: s.first.start }]));
    assert.deepEqual(fast, summaryFromMentions(index, id), `articles mentioning ${id}`);
    assert.deepEqual(refs(index.quotesBy(id)), quotesByScan(index, id), `quotes by ${id}`);
    const first = index.mentionsOf(id)[0];
    assert.deepEqual(index.firstMentionOf(id), first && { key: first.key, mention: first.mention }, `first mention of ${id}`);
  }
  const events = index.events();
  for (const key of index.keys()) {
    const related = index.relatedArticles(key);
    assert.equal(index.relatedArticleCount(key), related.length);
    const byEntities = new Map(related.filter((r) => r.sharedEntities.length > 0).map((r) => [r.key, r.sharedEntities.length]));
    assert.deepEqual(byEntities, relatedByScan(index, key), `articles related to ${key} by entities`);
    for (const id of index.eventsOf(key)) {
      for (const other of events.find((e) => e.id === id)!.articles.filter((a) => a !== key)) {
        assert.ok(related.find((r) => r.key === other)?.sharedEvents.includes(id), `${other} shares event ${id} with ${key}`);
      }
    }
  }
}

describe('entity summaries of the workspace index', () => {
  it('agree with the mentions and quotes the linker gives, on the samples and a generated corpus', () => {
    const index = new WorkspaceIndex();
    for (const { file, text } of [...samples, ...corpus]) index.update(file, text);
    assertAgreesWithScans(index);
    assert.ok(index.relatedArticles(samples[0].file).some((r) => r.sharedEvents.length > 0), 'the samples report the same events');
    const speakers = index.entities().filter((e) => index.quotesBy(e.id).length > 0);
    assert.ok(speakers.length >= 5, `${speakers.length} entities have quotes`);
  });

  it('stay in step when articles are edited, renamed and removed', () => {
    const index = new WorkspaceIndex();
    for (const { file, text } of [...samples, ...corpus.slice(0, 20)]) index.update(file, text);
    const [first, second, third] = samples;
    index.update(first.file, first.text.replace(/Lavrov/g, 'Lawrow'));
    index.rename(second.file, 'renamed/article.txt');
    index.remove(third.file);
    index.remove(corpus[3].file);
    assertAgreesWithScans(index);
    assert.equal(index.get(second.file), undefined);
    assert.ok(index.relatedArticles('renamed/article.txt').length > 0);
  });

  it('follow the user’s entity overrides (names dropped, retyped, merged)', () => {
    const index = new WorkspaceIndex();
    for (const { file, text } of samples) index.update(file, text);
    const [someone, other] = index.entities().filter((e) => e.type === 'person');
    index.setOverrides({ ...emptyOverrides(), notEntity: [someone.name], retype: [{ name: other.name, type: 'organization' }], merge: [{ names: ['Kyiv', 'Ukraine'] }] });
    assertAgreesWithScans(index);
    assert.equal(index.articlesMentioning(someone.id).size, 0);
  });

  it('find a quote said in other articles through the speaker’s quote index', () => {
    const index = new WorkspaceIndex();
    const said = 'We will not accept any deal that leaves our people behind';
    const article = (speaker: string, wording: string) => [
      'Talks resume in Geneva', '', 'Published on 3 March 2025', '',
      `${speaker}, the foreign minister, spoke to reporters after the meeting on Monday.`,
      `“${wording},” ${speaker.split(' ')[1]} said.`,
      'Negotiators from both sides are due to meet again next week, officials said.',
    ].join('\n');
    index.update('a.txt', article('Anna Kovac', said));
    index.update('b.txt', article('Anna Kovac', `${said} in the cold`));
    index.update('c.txt', article('Marek Novak', said));
    const quote = index.get('a.txt')!.analysis.quotes.find((q) => q.text.startsWith('We will'));
    assert.ok(quote?.speaker, 'the quote is attributed');
    const variants = quoteVariants(index, 'a.txt', quote);
    assert.deepEqual(variants.map((v) => [v.key, v.wordingDiffers]), [['b.txt', true]]);
  });
});

describe('NamePostings', () => {
  const mention = (text: string, name: string, type: EntityMention['type'], start: number): EntityMention => ({ text, name, type, start, end: start + text.length });
  const quote = (speaker: string, start: number): Quote => ({ text: 'words', start, end: start + 5, mark: '“', speaker, speakerSpan: null, partial: false, scare: false });

  it('files a quote under the form the linker resolves its speaker to, by name first, then by text', () => {
    const mentions = [
      mention('Georgia', 'Georgia', 'place', 0),
      mention('Georgia', 'Georgia', 'person', 20),
      mention('Smith', 'John Smith', 'person', 40),
    ];
    const quotes = [quote('Georgia', 60), quote('Smith', 80), quote('Nobody', 100)];
    const postings = new NamePostings();
    postings.add('a', mentions, quotes);
    const linker = new EntityLinker();
    linker.add('a', mentions);
    for (const q of quotes) {
      const filed = ['place|georgia', 'person|georgia', 'person|john smith'].filter((form) => postings.quotesOf(form).get('a')?.includes(q));
      const expected = linker.entityIdFor('a', q.speaker!);
      assert.equal(filed.length, expected ? 1 : 0, q.speaker!);
      if (expected) assert.equal(linker.entityIdFor('a', postings.probe(filed[0])!.name), expected, q.speaker!);
    }
    // The person "Georgia" comes after the place in this article: a lookup here cannot reach it.
    assert.equal(postings.probe('person|georgia'), undefined);
    assert.deepEqual(postings.probe('place|georgia'), { article: 'a', name: 'Georgia' });
  });

  it('counts mentions per article and forgets an article entirely when it is removed', () => {
    const postings = new NamePostings();
    postings.add('a', [mention('Kyiv', 'Kyiv', 'place', 1), mention('Kyiv', 'Kyiv', 'place', 50)], []);
    postings.add('b', [mention('Kiev', 'Kiev', 'place', 0)], []);
    assert.deepEqual(postings.articlesOf('place|kyiv').get('a'), { count: 2, first: mention('Kyiv', 'Kyiv', 'place', 1), resolves: true });
    assert.deepEqual(postings.formsNamed(['Kyiv', 'KIEV', 'Odesa']).sort(), ['place|kiev', 'place|kyiv']);
    postings.remove('a');
    assert.equal(postings.articlesOf('place|kyiv').size, 0);
    assert.deepEqual(postings.formsIn('a'), []);
    assert.deepEqual(postings.formsNamed(['Kyiv']), []);
  });
});

describe('EntityNameSearch', () => {
  const entity = (name: string, aliases: string[], mentions: number): CanonicalEntity => ({ id: `person:${name}`, name, type: 'person', aliases: [name, ...aliases], roles: [], articles: 1, mentions });
  const search = new EntityNameSearch([
    entity('Sergey Lavrov', ['Sergei Lavrov', 'Lavrov'], 9),
    entity('Volodymyr Zelenskyy', ['Zelenskyy'], 20),
    entity('Sergiy Kyslytsya', [], 2),
    entity('Ines Moreau', ['Inès Moreau'], 1),
  ]);
  const found = (query: string) => search.search(query).map((m) => `${m.entity.name}=${m.alias}`);

  it('finds a name by a given name in another spelling, showing the spelling typed where there is one', () => {
    assert.deepEqual(found('Sergei'), ['Sergey Lavrov=Sergei Lavrov']);
    assert.deepEqual(found('sergey'), ['Sergey Lavrov=Sergey Lavrov']);
  });

  it('finds names by the beginnings of their words, whole words first, then by mentions', () => {
    assert.deepEqual(found('Ser'), ['Sergey Lavrov=Sergey Lavrov', 'Sergiy Kyslytsya=Sergiy Kyslytsya']);
    assert.deepEqual(found('lav serg'), ['Sergey Lavrov=Sergey Lavrov']);
    assert.deepEqual(found('Selenskyj'), ['Volodymyr Zelenskyy=Volodymyr Zelenskyy']);
    assert.deepEqual(found('ines'), ['Ines Moreau=Ines Moreau']);
  });

  it('needs every query word in the same alias', () => {
    assert.deepEqual(found('Sergey Zelenskyy'), []);
    assert.deepEqual(found('  '), []);
  });
});
