import * as vscode from 'vscode';
import { indexCacheVersion, readIndexCache, writeIndexCache, type ArticleSource, type CachedArticle } from '../core/index/indexCache';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { inSlices } from './timeSlices';

/** The extension's version, from package.json (esbuild.mjs defines it). */
declare const DOSSIER_VERSION: string;

const CACHE_FILE = 'articleIndex.cache';

/**
 * The persisted workspace index in the extension's workspace storage, read and written through
 * `workspace.fs` so that it works in remote and web workspaces alike. A cache written by another
 * version of the engine is stale, and rebuilt.
 */
export class IndexCacheStore {
  readonly uri: vscode.Uri;
  /** Why the last load found nothing usable ('empty' when there was no cache yet). */
  lastRejection: string | undefined;

  private readonly version = indexCacheVersion(DOSSIER_VERSION);

  constructor(private readonly folder: vscode.Uri) {
    this.uri = vscode.Uri.joinPath(folder, CACHE_FILE);
  }

  /** The cached articles by key; none when the cache is missing or unusable (then it is rebuilt). */
  async load(): Promise<ReadonlyMap<string, CachedArticle>> {
    let data = '';
    try {
      data = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      // No cache yet: the first pass writes one.
    }
    // Tens of megabytes for a large workspace: read a slice at a time, as the host has other work.
    const reading = readIndexCache(data, this.version);
    await inSlices(() => reading.step(), () => true);
    const load = reading.result();
    if (load.ok) {
      this.lastRejection = undefined;
      return load.articles;
    }
    this.lastRejection = load.reason;
    if (load.reason !== 'empty') console.warn(`Dossier: the index cache is ${load.reason} (${load.detail}); indexing the workspace again.`);
    return new Map();
  }

  /**
   * Writes the index's articles whose text hash is known. A temporary file renamed over the old
   * cache means a reader never sees a half-written one. Returns the size written, in bytes.
   */
  async save(index: WorkspaceIndex, sourceOf: (key: string) => ArticleSource | undefined): Promise<number> {
    const writing = writeIndexCache(index, this.version, sourceOf);
    await inSlices(() => writing.step(), () => true);
    const bytes = new TextEncoder().encode(writing.result());
    const temporary = vscode.Uri.joinPath(this.folder, `${CACHE_FILE}.tmp`);
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(temporary, bytes);
    await vscode.workspace.fs.rename(temporary, this.uri, { overwrite: true });
    return bytes.length;
  }
}
