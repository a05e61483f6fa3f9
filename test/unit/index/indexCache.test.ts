import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entityHover, quoteHover } from '../../../src/core/index/hoverContent';
import { contentHash, fileStamp, indexCacheVersion, indexWithCache, parseIndexCache, readIndexCache, reusableEntry, serializeIndexCache, unmodifiedEntry, writeIndexCache, type CacheLoad } from '../../../src/core/index/indexCache';
import { WorkspaceIndex, type IndexedArticle } from '../../../src/core/index/workspaceIndex';
import type { ArticleEvents } from '../../../src/core/events/mentions';
import { buildReport } from '../../../src/core/report';
import { generateCorpus } from '../../bench/corpus';

const samples = join(__dirname, '..', '..', '..', '..', 'samples');
const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ key: file, text: readFileSync(join(samples, file), 'utf8') }));
const generated = generateCorpus(60, 5).map((a) => ({ key: a.file, text: a.text }));
const version = indexCacheVersion('1.2.3');

const sampleAndGenerated = [...sampleFiles, ...generated];

/** Each file set is indexed cold once; the tests only read these indexes. */
const coldIndexes = new Map<ReadonlyArray<{ key: string; text: string }>, WorkspaceIndex>();

function coldIndex(files: ReadonlyArray<{ key: string; text: string }>): WorkspaceIndex {
  let index = coldIndexes.get(files);
  if (!index) {
    index = new WorkspaceIndex();
    for (const { key, text } of files) index.update(key, text);
    coldIndexes.set(files, index);
  }
  return index;
}

function cacheOf(files: ReadonlyArray<{ key: string; text: string }>): string {
  const sources = new Map(files.map(({ key, text }) => [key, { hash: contentHash(text) }]));
  return serializeIndexCache(coldIndex(files), version, (key) => sources.get(key));
}

function loaded(data: string): Extract<CacheLoad, { ok: true }> {
  const load = parseIndexCache(data, version);
  assert.ok(load.ok, load.ok ? '' : `${load.reason}: ${load.detail}`);
  return load;
}

function rejection(data: string): string {
  const load = parseIndexCache(data, version);
  assert.equal(load.ok, false);
  return load.ok ? '' : load.reason;
}

describe('index cache', () => {
  it('hashes text to 16 hex digits that change with any character, its position or the length', () => {
    // Fixed values: a cache written by one session must hash alike in the next.
    assert.equal(contentHash(''), 'ab3e7c0b3350f942');
    assert.equal(contentHash('foobar'), 'a8aa219d8d270f34');
    const texts = ['a', 'ab', 'ba', 'abc', 'Kyiv, 3 May', 'Kyiv, 4 May', 'Kyiv, 3 Mai', 'Kyiv, 3 May ', '\u0000', '\u0000\u0000'];
    const hashes = texts.map(contentHash);
    assert.ok(hashes.every((h) => /^[0-9a-f]{16}$/.test(h)));
    assert.equal(new Set(hashes).size, texts.length);
  });

  for (const [name, files] of [['the samples', sampleFiles], ['a generated corpus', generated]] as const) {
    it(`restores ${name} to the same entities and events as a cold index`, () => {
      const cold = coldIndex(files);
      const restored = new WorkspaceIndex();
      const { restored: keys, analysed } = indexWithCache(restored, files, loaded(cacheOf(files)).articles);
      assert.equal(keys.length, files.length);
      assert.deepEqual(analysed, []);
      const [a, b] = [buildReport(cold), buildReport(restored)];
      assert.ok(a.entities.length > 0 && a.events.length > 0);
      assert.deepEqual(b.entities, a.entities);
      assert.deepEqual(b.events, a.events);
      assert.deepEqual(b.articles, a.articles);
      for (const { key } of files) assert.deepEqual(restored.get(key)?.lineStarts, cold.get(key)?.lineStarts);
    });
  }

  it('round-trips every article entry and its events exactly', () => {
    for (const files of [sampleFiles, generated]) {
      const cold = coldIndex(files);
      const { articles } = loaded(cacheOf(files));
      assert.deepEqual([...articles.keys()], cold.keys());
      for (const [key, article] of articles) {
        assert.deepEqual(article.entry, cold.get(key));
        assert.deepEqual(article.events, cold.articleEvents(key));
        assert.equal(article.hash, contentHash(files.find((f) => f.key === key)!.text));
      }
    }
  });

  it('keeps optional fields, negative gaps and any figure value', () => {
    const cold = coldIndex(sampleFiles);
    const analyses = cold.keys().map((key) => cold.get(key)!.analysis);
    // The samples exercise what is optional: roles, clock times, qualifiers.
    assert.ok(analyses.some((a) => a.entities.some((e) => e.role)));
    assert.ok(analyses.some((a) => a.figures.some((f) => f.qualifier)));
    const key = cold.keys()[0];
    const entry = cold.get(key)!;
    const figure = { start: 40, end: 44, text: 'half', value: 0.5, unit: 'share', sentence: { start: 10, end: 90 } };
    const odd: IndexedArticle = {
      ...entry,
      analysis: {
        ...entry.analysis,
        // Out of text order, so gaps between starts are negative.
        entities: [...entry.analysis.entities].reverse(),
        dates: [{ start: 5, end: 9, text: 'noon', value: null, grain: 'time', relative: true, explanation: '', time: '12:00' }],
        figures: [figure, { ...figure, value: -2.5e21 }, { ...figure, value: Number.NaN }, { ...figure, value: Number.POSITIVE_INFINITY, qualifier: 'over' }],
      },
    };
    const events: ArticleEvents = { publicationDate: null, source: null, mentions: [] };
    const fake = { keys: () => [key], get: () => odd, articleEvents: () => events } as unknown as WorkspaceIndex;
    const article = loaded(serializeIndexCache(fake, version, () => ({ hash: 'h' }))).articles.get(key)!;
    assert.deepEqual(article.entry, odd);
    assert.deepEqual(article.events, events);
  });

  it('answers entities, mentions, quotes, events and hovers after a warm start exactly as the index it was saved from', () => {
    const files = sampleAndGenerated;
    const cold = coldIndex(files);
    const warm = new WorkspaceIndex();
    indexWithCache(warm, files, loaded(cacheOf(files)).articles);
    const options = { displayName: (key: string) => key, link: (key: string, start: number, end: number) => `${key}#${start}-${end}` };
    const byPlace = (a: { key: string; quote: { start: number } }, b: { key: string; quote: { start: number } }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.quote.start - b.quote.start);
    assert.deepEqual(warm.entities(), cold.entities());
    for (const { id } of cold.entities()) {
      assert.deepEqual(warm.mentionsOf(id), cold.mentionsOf(id));
      assert.deepEqual(warm.quotesBy(id).sort(byPlace), cold.quotesBy(id).sort(byPlace));
      assert.equal(entityHover(warm, id, options), entityHover(cold, id, options));
    }
    assert.deepEqual(warm.events(), cold.events());
    for (const key of cold.keys()) {
      assert.deepEqual(warm.eventsOf(key), cold.eventsOf(key));
      assert.deepEqual(warm.relatedArticles(key), cold.relatedArticles(key));
      for (const quote of cold.get(key)!.analysis.quotes.slice(0, 3)) assert.equal(quoteHover(warm, key, quote, options), quoteHover(cold, key, quote, options));
    }
    assert.deepEqual(warm.searchEntities('kiev'), cold.searchEntities('kiev'));
  });

  it('re-analyses a changed article and restores the unchanged ones', () => {
    const data = cacheOf(sampleFiles);
    const changed = sampleFiles.map((f, i) => (i === 2 ? { key: f.key, text: f.text.replace(/\n/, '\nUpdated: a correction was appended.\n') } : f));
    const index = new WorkspaceIndex();
    const { restored, analysed } = indexWithCache(index, changed, loaded(data).articles);
    assert.deepEqual(analysed, [sampleFiles[2].key]);
    assert.equal(restored.length, sampleFiles.length - 1);
    assert.deepEqual(buildReport(index), buildReport(coldIndex(changed)));
  });

  it('keeps a file stamp only when it can be trusted: a modification time, not within two seconds of the read', () => {
    const readAt = Date.UTC(2026, 10, 22, 9, 0, 0);
    assert.equal(fileStamp(5120, readAt - 60_000.4, readAt), `5120:${readAt - 60_001}`);
    assert.notEqual(fileStamp(5121, readAt - 60_000, readAt), fileStamp(5120, readAt - 60_000, readAt));
    assert.notEqual(fileStamp(5120, readAt - 59_000, readAt), fileStamp(5120, readAt - 60_000, readAt));
    assert.equal(fileStamp(5120, readAt - 1_000, readAt), undefined, 'modified just before the read: may change again unseen');
    assert.equal(fileStamp(5120, readAt + 5_000, readAt), undefined, 'a clock ahead of ours');
    assert.equal(fileStamp(5120, 0, readAt), undefined, 'a file system without modification times');
  });

  it('restores an article by its file stamp only when the stamp is the one recorded', () => {
    const stamp = fileStamp(4000, Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 22))!;
    const [first, second] = sampleFiles;
    const data = serializeIndexCache(coldIndex(sampleFiles), version, (key) => {
      const hash = contentHash(sampleFiles.find((f) => f.key === key)!.text);
      return key === first.key ? { hash, stamp } : { hash };
    });
    const { articles } = loaded(data);
    assert.equal(unmodifiedEntry(articles, first.key, stamp)?.entry.key, first.key);
    assert.equal(unmodifiedEntry(articles, first.key, fileStamp(4001, Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 22))), undefined);
    assert.equal(unmodifiedEntry(articles, first.key, undefined), undefined);
    assert.equal(unmodifiedEntry(articles, second.key, stamp), undefined, 'no stamp recorded: the file must be read');
    assert.equal(articles.get(second.key)!.stamp, undefined);
    assert.equal(reusableEntry(articles, second.key, contentHash(second.text))?.entry.key, second.key);
    // The stamp is trusted as it is: the text of a file whose stamp matches is not even hashed.
    const index = new WorkspaceIndex();
    const files = [{ key: first.key, text: 'never read', stamp }, { key: second.key, text: second.text, stamp }];
    assert.deepEqual(indexWithCache(index, files, articles), { restored: [first.key, second.key], analysed: [] });
    assert.deepEqual(index.get(first.key)!.analysis.entities, coldIndex(sampleFiles).get(first.key)!.analysis.entities);
  });

  it('reads a cache one article per step, for a host to read between other work', () => {
    const data = cacheOf(sampleFiles);
    const reading = readIndexCache(data, version);
    assert.equal(reading.result().ok, false, 'nothing to use before every article is read');
    let steps = 0;
    while (reading.step()) steps++;
    assert.equal(steps, sampleFiles.length);
    assert.equal(reading.step(), false);
    const load = reading.result();
    assert.ok(load.ok);
    assert.deepEqual([...load.articles.keys()], [...loaded(data).articles.keys()]);
    assert.equal(readIndexCache(data, indexCacheVersion('0.0.1')).step(), false, 'a stale cache has no steps');
  });

  it('writes a cache one article per step, each article as the index holds it at that step', () => {
    const index = new WorkspaceIndex();
    for (const { key, text } of sampleFiles) index.update(key, text);
    const sources = new Map(sampleFiles.map(({ key, text }) => [key, { hash: contentHash(text) }]));
    const writing = writeIndexCache(index, version, (key) => sources.get(key));
    assert.ok(writing.step() && writing.step());
    const [, , edited, removed] = sampleFiles;
    const newText = edited.text.replace(/\n/, '\nUpdated: a correction was appended.\n');
    index.update(edited.key, newText);
    sources.set(edited.key, { hash: contentHash(newText) });
    index.remove(removed.key);
    while (writing.step());
    const { articles } = loaded(writing.result());
    assert.equal(articles.size, sampleFiles.length - 1);
    assert.equal(articles.has(removed.key), false);
    assert.equal(articles.get(edited.key)!.hash, contentHash(newText));
    assert.deepEqual(articles.get(edited.key)!.entry.analysis.entities, index.get(edited.key)!.analysis.entities);
  });

  it('rejects a cache of another engine version as stale', () => {
    const data = cacheOf(sampleFiles);
    const load = parseIndexCache(data, indexCacheVersion('1.2.4'));
    assert.equal(load.ok, false);
    assert.equal(load.ok ? '' : load.reason, 'stale');
  });

  it('rejects truncated, corrupt and empty caches with a reason, never throwing', () => {
    const data = cacheOf(sampleFiles);
    assert.equal(rejection(''), 'empty');
    assert.equal(rejection(data.slice(0, data.length - 100)), 'truncated');
    assert.equal(rejection(data.slice(0, 30)), 'truncated');
    assert.equal(rejection('not a cache at all'), 'corrupt');
    assert.equal(rejection(`${data}x`), 'corrupt');
    // A character changed in the body still decodes; the checksum catches it.
    const at = data.lastIndexOf('\n') + 100;
    const flipped = data.slice(0, at) + (data[at] === '1' ? '2' : '1') + data.slice(at + 1);
    assert.equal(rejection(flipped), 'corrupt');
    for (let cut = 1; cut < data.length; cut += Math.floor(data.length / 37)) assert.equal(parseIndexCache(data.slice(0, cut), version).ok, false);
  });

  it('rejects a well-formed, signed cache whose body is not articles, never throwing', () => {
    const data = cacheOf(sampleFiles);
    const newline = data.indexOf('\n');
    const header = JSON.parse(data.slice(0, newline)) as Record<string, unknown>;
    const signed = (body: string) => `${JSON.stringify({ ...header, length: body.length, checksum: contentHash(body) })}\n${body}`;
    const body = data.slice(newline + 1);
    const split = body.indexOf('\n');
    assert.ok(loaded(signed(body)).articles.size > 0);
    assert.equal(rejection(signed('[]')), 'corrupt');
    assert.equal(rejection(signed('{"not":"strings"}\n000')), 'corrupt');
    assert.equal(rejection(signed(body.slice(0, body.length - 7))), 'corrupt');
    assert.equal(rejection(signed(`${body}0`)), 'corrupt');
    assert.equal(rejection(signed(`["a"]${body.slice(split)}`)), 'corrupt');
    // Any damage, once signed again, is either read or rejected; it never throws, nor does reading
    // what is decoded only when asked.
    for (let i = 1; i < 400; i++) {
      const at = split + 1 + ((i * 7919) % (body.length - split - 1));
      const damaged = body.slice(0, at) + String.fromCharCode(48 + ((i * 31) % 80)) + body.slice(at + 1);
      assert.doesNotThrow(() => {
        const load = parseIndexCache(signed(damaged), version);
        if (load.ok) for (const { entry } of load.articles.values()) JSON.stringify(entry);
      });
    }
  });

  it('decodes sentences, dates, figures and line starts only when first read, then keeps them', () => {
    const cold = coldIndex(sampleFiles);
    const { articles } = loaded(cacheOf(sampleFiles));
    const warm = new WorkspaceIndex();
    indexWithCache(warm, sampleFiles, articles);
    const key = sampleFiles[0].key;
    const entry = warm.get(key)!;
    const isDeferred = (target: object, field: string) => Object.getOwnPropertyDescriptor(target, field)?.get !== undefined;
    // Restoring links entities and places events without reading them.
    assert.ok(isDeferred(entry, 'lineStarts') && isDeferred(entry.analysis, 'dates') && isDeferred(entry.analysis.parsed, 'sentences'));
    assert.deepEqual(entry.analysis.parsed.sentences, cold.get(key)!.analysis.parsed.sentences);
    assert.ok(!isDeferred(entry.analysis.parsed, 'sentences'));
    assert.equal(entry.analysis.parsed.sentences, entry.analysis.parsed.sentences);
    assert.deepEqual(entry.lineStarts, cold.get(key)!.lineStarts);
    assert.deepEqual(entry.analysis.figures, cold.get(key)!.analysis.figures);
    // An article's event mentions wait until the events are read.
    const events = warm.articleEvents(key)!;
    assert.ok(isDeferred(events, 'mentions'));
    assert.deepEqual(warm.events(), cold.events());
    assert.ok(!isDeferred(events, 'mentions'));
    assert.deepEqual(events.mentions, cold.articleEvents(key)!.mentions);
  });

  it('gives an article whose deferred details are damaged but signed again no details, not an error', () => {
    const data = cacheOf(sampleFiles);
    const newline = data.indexOf('\n');
    const header = JSON.parse(data.slice(0, newline)) as Record<string, unknown>;
    // The body ends with the last article's details: its last line start made unreadable.
    const body = `${data.slice(newline + 1, data.length - 1)}~`;
    const { articles } = loaded(`${JSON.stringify({ ...header, checksum: contentHash(body) })}\n${body}`);
    const last = [...articles.values()].pop()!.entry;
    assert.deepEqual([...last.lineStarts], [0]);
    assert.deepEqual(last.analysis.parsed.sentences, []);
    assert.deepEqual(last.analysis.dates, []);
    assert.ok(last.analysis.entities.length > 0);
    const first = articles.get(sampleFiles[0].key)!.entry;
    assert.deepEqual(first.lineStarts, coldIndex(sampleFiles).get(sampleFiles[0].key)!.lineStarts);
  });
});
