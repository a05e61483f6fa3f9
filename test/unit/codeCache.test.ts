import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE_FILE, codeCacheFile, codeCacheKey, loadWithCodeCache, type CodeCacheOutcome } from '../../src/node/codeCache';

/** A bundle shaped like esbuild's CommonJS output, with enough code for V8 to cache. */
const bundleSource = (salt: string) => `"use strict";
const path = require("node:path");
function ${salt}Work(n) { let total = 0; for (let i = 0; i < n; i++) total += i % 7; return total; }
module.exports = { salt: ${JSON.stringify(salt)}, work: ${salt}Work, base: path.basename(__filename), self: this === exports };
`;

interface Bundle { salt: string; work(n: number): number; base: string; self: boolean }
interface ChildLoad { outcome: CodeCacheOutcome; shouldSave: boolean; saved: boolean; salt: string; work: number }

/**
 * Loads the bundle in a fresh Node process, as a new extension host would: within one process V8
 * reuses what it compiled before and never looks at the cached data, so acceptance or rejection of
 * a cache shows only in a process of its own.
 */
function loadInChild(bundle: string, cacheFile: string, version: string): ChildLoad {
  const script = `
    const { loadWithCodeCache } = require(${JSON.stringify(join(__dirname, '..', '..', 'src', 'node', 'codeCache.js'))});
    const [bundle, cacheFile, version] = process.argv.slice(1);
    const loaded = loadWithCodeCache(bundle, { cacheFile, version });
    const work = loaded.exports.work(100);
    (loaded.shouldSave ? loaded.save() : Promise.resolve(false)).then((saved) => process.stdout.write(JSON.stringify({
      outcome: loaded.outcome, shouldSave: loaded.shouldSave, saved, salt: loaded.exports.salt, work })));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, bundle, cacheFile, version], { encoding: 'utf8' })) as ChildLoad;
}

describe('code cache loader', () => {
  let dir: string;
  let bundle: string;
  let cacheFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-code-cache-'));
    bundle = join(dir, 'bundle.js');
    cacheFile = join(dir, 'storage', CODE_CACHE_FILE);
    writeFileSync(bundle, bundleSource('first'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a CommonJS bundle as require does: exports, require, __filename, this', () => {
    const loaded = loadWithCodeCache<Bundle>(bundle, { cacheFile, version: '1.0.0' });
    assert.equal(loaded.exports.salt, 'first');
    assert.equal(loaded.exports.work(10), 24);
    assert.equal(loaded.exports.base, 'bundle.js');
    assert.equal(loaded.exports.self, true);
  });

  it('produces a cache, then a new process loads with it (V8 accepts it) and does not write it again', () => {
    const first = loadInChild(bundle, cacheFile, '1.0.0');
    assert.deepEqual(first, { outcome: 'missing', shouldSave: true, saved: true, salt: 'first', work: 295 });
    assert.equal(readFileSync(cacheFile).toString('utf8').split('\n')[0], codeCacheKey('1.0.0', bundleSource('first')));
    assert.deepEqual(loadInChild(bundle, cacheFile, '1.0.0'), { outcome: 'used', shouldSave: false, saved: false, salt: 'first', work: 295 });
  });

  it('falls back to compiling without the cache when V8 rejects its data, and replaces it', () => {
    loadInChild(bundle, cacheFile, '1.0.0');
    const key = readFileSync(cacheFile).toString('utf8').split('\n')[0];
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${key}\n`), Buffer.from('not what V8 wrote'.repeat(50))]));
    assert.deepEqual(loadInChild(bundle, cacheFile, '1.0.0'), { outcome: 'rejected', shouldSave: true, saved: true, salt: 'first', work: 295 });
    assert.equal(loadInChild(bundle, cacheFile, '1.0.0').outcome, 'used');
  });

  it('never uses a cache made for another version or another bundle, and replaces it', () => {
    loadInChild(bundle, cacheFile, '1.0.0');
    assert.equal(loadInChild(bundle, cacheFile, '1.0.1').outcome, 'stale');
    assert.equal(loadInChild(bundle, cacheFile, '1.0.1').outcome, 'used');
    writeFileSync(bundle, bundleSource('other'));
    assert.deepEqual(loadInChild(bundle, cacheFile, '1.0.1'), { outcome: 'stale', shouldSave: true, saved: true, salt: 'other', work: 295 });
  });

  it('treats a file that is not a cache as unreadable, loads without it and replaces it', () => {
    mkdirSync(join(dir, 'storage'));
    writeFileSync(cacheFile, 'garbage without a header');
    assert.deepEqual(loadInChild(bundle, cacheFile, '1.0.0'), { outcome: 'unreadable', shouldSave: true, saved: true, salt: 'first', work: 295 });
    assert.equal(loadInChild(bundle, cacheFile, '1.0.0').outcome, 'used');
  });

  it('loads without a cache when there is no storage, and has nothing to save', async () => {
    assert.equal(codeCacheFile(undefined), undefined);
    const loaded = loadWithCodeCache<Bundle>(bundle, { cacheFile: undefined, version: '1.0.0' });
    assert.equal(loaded.outcome, 'missing');
    assert.equal(loaded.shouldSave, false);
    assert.equal(await loaded.save(), false);
    assert.equal(loaded.exports.salt, 'first');
  });

  it('reports a failed write (the bundle still loaded) and leaves no temporary file behind', async () => {
    // The storage folder cannot be created where a file already is.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const loaded = loadWithCodeCache<Bundle>(bundle, { cacheFile: codeCacheFile(blocked), version: '1.0.0' });
    assert.equal(loaded.exports.salt, 'first');
    assert.equal(await loaded.save(), false);
    assert.deepEqual(readdirSync(dir).sort(), ['blocked', 'bundle.js']);
  });
});
