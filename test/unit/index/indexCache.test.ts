import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, indexCacheVersion, indexWithCache, parseIndexCache, serializeIndexCache, type CacheLoad } from '../../../src/core/index/indexCache';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { buildReport } from '../../../src/core/report';
import { generateCorpus } from '../../bench/corpus';

const samples = join(__dirname, '..', '..', '..', '..', 'samples');
const sampleFiles = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ key: file, text: readFileSync(join(samples, file), 'utf8') }));
const generated = generateCorpus(60, 5).map((a) => ({ key: a.file, text: a.text }));
const version = indexCacheVersion('1.2.3');

function coldIndex(files: ReadonlyArray<{ key: string; text: string }>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const { key, text } of files) index.update(key, text);
  return index;
}

function cacheOf(files: ReadonlyArray<{ key: string; text: string }>): string {
  const hashes = new Map(files.map(({ key, text }) => [key, contentHash(text)]));
  return serializeIndexCache(coldIndex(files), version, (key) => hashes.get(key));
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
  it('hashes text with FNV-1a 64', () => {
    assert.equal(contentHash(''), 'cbf29ce484222325');
    assert.equal(contentHash('a'), 'af63dc4c8601ec8c');
    assert.equal(contentHash('foobar'), '85944171f73967e8');
    assert.notEqual(contentHash('Kyiv, 3 May'), contentHash('Kyiv, 4 May'));
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

  it('round-trips every article entry', () => {
    const cold = coldIndex(sampleFiles);
    const { articles } = loaded(cacheOf(sampleFiles));
    assert.deepEqual([...articles.keys()], cold.keys());
    for (const [key, article] of articles) {
      assert.deepEqual(article.entry, cold.get(key));
      assert.deepEqual(article.events, cold.articleEvents(key));
      assert.equal(article.hash, contentHash(sampleFiles.find((f) => f.key === key)!.text));
    }
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
    // A digit changed in the body still parses as JSON; the checksum catches it.
    const digit = data.indexOf('"start":') + 8;
    const flipped = data.slice(0, digit) + (data[digit] === '1' ? '2' : '1') + data.slice(digit + 1);
    assert.equal(rejection(flipped), 'corrupt');
    for (let cut = 1; cut < data.length; cut += Math.floor(data.length / 37)) assert.equal(parseIndexCache(data.slice(0, cut), version).ok, false);
  });

  it('rejects a well-formed, signed cache whose entries are not articles', () => {
    const fake = {
      keys: () => ['a.txt'],
      get: () => ({ key: 'a.txt', analysis: { parsed: null }, fingerprint: new Uint32Array(0), lineStarts: new Uint32Array(1) }),
      articleEvents: () => undefined,
    } as unknown as WorkspaceIndex;
    assert.equal(rejection(serializeIndexCache(fake, version, () => '0')), 'corrupt');
  });
});
