// Loads a CommonJS bundle through V8's code cache, for the Node extension host. VS Code compiles an
// extension's code afresh on every start (it keeps no compile cache for extensions), and compiling
// Dossier's bundle is about half of its activation time. A cache produced once and reused on later
// starts lets V8 skip most of that work.
//
// The cache is one file: a header line with its key, then V8's cached data. The key names the
// extension's version, a hash of the bundle and the V8 version, so a new release, a rebuilt bundle or
// an updated VS Code never reads a cache made for something else; V8 checks the data once more
// (`cachedDataRejected`). Every failure of the cache falls back to compiling without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** File name of the code cache in the extension's global storage folder. */
export const CODE_CACHE_FILE = 'extension.codecache';

/**
 * What became of the cache when the bundle was loaded: `used` (V8 accepted it), `missing` (no cache
 * file, or no place to keep one), `stale` (made for another version, bundle or V8), `unreadable`
 * (the file could not be read or is not a cache file) or `rejected` (V8 refused its data).
 */
export type CodeCacheOutcome = 'used' | 'missing' | 'stale' | 'unreadable' | 'rejected';

/** A loaded bundle, with what became of its cache and a way to write a fresh one. */
export interface CachedLoad<T> {
  readonly exports: T;
  readonly outcome: CodeCacheOutcome;
  /** True when there is a place for a cache and the one there (if any) was not used: call `save`. */
  readonly shouldSave: boolean;
  /**
   * Writes V8's cached data for the bundle, atomically (a temporary file renamed over the cache).
   * Functions compiled since loading are included, so calling it after the bundle's first real work
   * spares later starts that compilation too. Resolves to false when it could not be written.
   */
  save(): Promise<boolean>;
}

/** Where the cache lives and what it must be made for. */
export interface CodeCacheOptions {
  /** The cache file; undefined when there is no storage (the bundle then loads without a cache). */
  readonly cacheFile: string | undefined;
  /** The extension's version: a new version never reads a cache made by an older one. */
  readonly version: string;
}

/** The key a cache must carry to be used for `source`, loaded by this `version` in this V8. */
export function codeCacheKey(version: string, source: string | Uint8Array): string {
  // SHA-1 names the content, as git does; it guards against mix-ups, not attacks, and is twice as fast.
  const hash = createHash('sha1').update(source).digest('hex');
  return `dossier-code-cache 1 ${version} ${hash} v8-${process.versions.v8}`;
}

/** The cached data in `file` if it carries `key`; otherwise why not. */
function readCache(file: string | undefined, key: string): Buffer | Exclude<CodeCacheOutcome, 'used' | 'rejected'> {
  if (file === undefined) return 'missing';
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  const newline = content.indexOf(10);
  if (newline < 0 || !content.subarray(0, newline).toString('utf8').startsWith('dossier-code-cache ')) return 'unreadable';
  if (content.toString('utf8', 0, newline) !== key) return 'stale';
  return content.subarray(newline + 1);
}

/** Writes `data` under `key` to `file` through a temporary file, so a reader never sees half a cache. */
async function writeCache(file: string, key: string, data: Buffer): Promise<boolean> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    await writeFile(temporary, Buffer.concat([Buffer.from(`${key}\n`, 'utf8'), data]));
    await rename(temporary, file);
    return true;
  } catch {
    await unlink(temporary).catch(() => undefined);
    return false;
  }
}

/**
 * Loads the CommonJS bundle at `bundle` as `require` would (same module wrapper, `require` resolving
 * from the bundle's folder), compiling it with the cached data of `options.cacheFile` when that was
 * made for this bundle. Throws only what evaluating the bundle throws; if the bundle cannot be read,
 * it is left to `require`.
 */
export function loadWithCodeCache<T>(bundle: string, options: CodeCacheOptions): CachedLoad<T> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(bundle);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain way, which reports the failure as usual
    return { exports: require(bundle) as T, outcome: 'missing', shouldSave: false, save: () => Promise.resolve(false) };
  }
  const key = codeCacheKey(options.version, bytes);
  const cached = readCache(options.cacheFile, key);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
    filename: bundle,
    cachedData: typeof cached === 'string' ? undefined : cached,
  });
  const outcome: CodeCacheOutcome = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'used';
  const loaded = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  wrapper.call(loaded.exports, loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
  const { cacheFile } = options;
  return {
    exports: loaded.exports,
    outcome,
    shouldSave: cacheFile !== undefined && outcome !== 'used',
    save: async () => {
      if (cacheFile === undefined) return false;
      let data: Buffer;
      try {
        data = script.createCachedData();
      } catch {
        return false;
      }
      return writeCache(cacheFile, key, data);
    },
  };
}

/** The cache file inside a storage folder (undefined when there is none). */
export function codeCacheFile(storageFolder: string | undefined): string | undefined {
  return storageFolder === undefined ? undefined : join(storageFolder, CODE_CACHE_FILE);
}
