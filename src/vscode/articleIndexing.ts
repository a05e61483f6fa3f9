import * as vscode from 'vscode';
import { analyzeArticle } from '../core/analyze';
import { WorkspaceIndex, type IndexedArticle } from '../core/index/workspaceIndex';
import { LARGE_ARTICLE_CHARS, LargeArticle } from '../core/index/largeArticle';
import { contentHash, fileStamp, reusableEntry, unmodifiedEntry, type ArticleSource, type CachedArticle } from '../core/index/indexCache';
import { classifyArticleFile, isArticleVerdict, type ArticleFileRules } from '../core/article/articleLikeness';
import type { ArticleAnalysis, CanonicalEntity, EntityMention } from '../core/model';
import { decodeArticle } from '../core/text/decode';
import { ArticleFiles } from './articleFiles';
import { articleKey, keyToUri } from './convert';
import { articleFileRules } from './features/articleLanguage';
import { IndexCacheStore } from './indexCacheStore';
import { INDEX_WORKSPACE_COMMAND, IndexingStatus } from './indexingStatus';
import { inSlices, SLICE_MS, yieldToHost } from './timeSlices';

/** Files considered for the workspace index; the settings then decide which are articles. */
const CANDIDATE_FILES = '**/*.{txt,article}';
/**
 * Files of a pass being read or waiting for their turn at once: enough that the disk is read while
 * the files before are analysed or restored. Few, because reads share libuv's four threads with the
 * compression of a remote host's messages to the window: with 32 at once, a references request
 * made while indexing took 10 s instead of 0.2 s.
 */
const READS_IN_FLIGHT = 8;
/** A pass reports its progress (status bar, notification) every this many files. */
const REPORT_EVERY = 25;
/** Cross-article views follow typing after this pause. */
const REINDEX_DELAY_MS = 150;
/** A large article is re-indexed (relinking tens of thousands of mentions) only after a longer pause. */
const LARGE_REINDEX_DELAY_MS = 1000;
/** The index cache is written once changes have settled for this long. */
const CACHE_SAVE_DELAY_MS = 5000;
/**
 * Hidden commands for the integration tests: the indexing state; emptying the index, which the
 * Index Workspace Articles command then fills from the cache as a reopened workspace would; a cancel.
 */
const STATE_COMMAND = '_dossier.index.state';
const CLEAR_COMMAND = '_dossier.index.clear';
const CANCEL_COMMAND = '_dossier.index.cancel';

/** What one pass over the workspace did with each candidate file. */
export interface IndexPass {
  total: number;
  done: number;
  /** Taken from the cache: the text is the one the cached analysis was made from. */
  restored: number;
  analysed: number;
  /** Already in the index with the same text (a resumed pass). */
  unchanged: number;
  /** Files whose text was read; the others were unmodified since the cache (or the index) had them. */
  read: number;
  /** Open in an editor: the document's text is indexed instead. */
  open: number;
  cancelled: boolean;
  ms: number;
}

/** What the hidden `_dossier.index.state` command answers, for the integration tests. */
export interface IndexingState {
  indexing: boolean;
  size: number;
  pass: IndexPass | undefined;
  status: string;
  progressReports: number;
  notified: boolean;
  /** `pending`: a change waits to be written, or is being written. */
  cache: { uri: string; bytes: number | undefined; rejection: string | undefined; pending: boolean } | undefined;
}

/** How one file of a pass was handled; 'none' when it is not (or no longer) an article. */
type FileOutcome = 'restored' | 'analysed' | 'unchanged' | 'open' | 'none';

/** Work of one large document version: its chunks, analysed a slice at a time. */
interface LargeJob {
  version: number;
  article: LargeArticle;
  done?: Promise<LargeArticle>;
}

/**
 * Keeps the core's WorkspaceIndex in step with the workspace: indexes every article on start
 * (in slices, with progress), follows edits of open articles, and files created, changed, renamed
 * or deleted on disk. Open documents are the source of truth for their own text. Articles longer
 * than LARGE_ARTICLE_CHARS are analysed chunk by chunk in the background, never in one long step.
 */
export class ArticleIndexing implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  /** Resolves when the first full indexing pass has finished. */
  readonly ready: Promise<void>;
  private readonly analysedVersions = new Map<string, number>();
  private readonly largeJobs = new Map<string, LargeJob>();
  private readonly outside = new Map<string, { version: number; entry: IndexedArticle }>();
  /** Bumped whenever a key's file is read again, so that a slow read never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private readonly pendingReindex = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<readonly string[]>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly status = new IndexingStatus();
  private readonly cache: IndexCacheStore | undefined;
  /** What each article was indexed from: the cache keeps it, and a pass compares files with it. */
  private readonly sources = new Map<string, ArticleSource>();
  private disposed = false;
  private pass: Promise<IndexPass> | undefined;
  /** The pass under way, or the last one; its counts grow as it goes. */
  private lastPass: IndexPass | undefined;
  private passRunning = false;
  private passCancellation: vscode.CancellationTokenSource | undefined;
  /** Set while articles are restored from the cache, which does not make the cache out of date. */
  private restoring = false;
  private cacheDirty = false;
  private cacheSaveTimer: ReturnType<typeof setTimeout> | undefined;
  private cacheSaving = Promise.resolve();
  private cacheWrites = 0;
  private cacheBytes: number | undefined;
  /** The article-file settings of each workspace folder: a pass asks for every file, and they rarely change. */
  private readonly rulesByFolder = new Map<string, ArticleFileRules>();

  /** Fires with the keys of articles whose analysis or entity links changed. */
  readonly onDidChange = this.changeEmitter.event;

  /** `storage` is the extension's workspace storage, where the index cache lives; none, no cache. */
  constructor(storage: vscode.Uri | undefined, private readonly files = new ArticleFiles()) {
    this.cache = storage && new IndexCacheStore(storage);
    this.disposables.push(
      this.status,
      { dispose: this.index.onDidChange((keys) => this.indexChanged(keys)).dispose },
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isIndexedDocument(e.document)) this.reindexLater(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === 'article') this.articleOf(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forgetDocument(document)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.articles')) this.rulesByFolder.clear();
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          const source = this.sources.get(articleKey(oldUri));
          this.forgetVersions(articleKey(oldUri));
          if (source) this.sources.set(articleKey(newUri), source);
          this.index.rename(articleKey(oldUri), articleKey(newUri));
        }
      }),
      vscode.commands.registerCommand(INDEX_WORKSPACE_COMMAND, () => this.indexWorkspace()),
      vscode.commands.registerCommand(STATE_COMMAND, () => this.state()),
      vscode.commands.registerCommand(CLEAR_COMMAND, () => this.clear()),
      vscode.commands.registerCommand(CANCEL_COMMAND, () => this.passCancellation?.cancel()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_FILES);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.indexFile(uri)),
      watcher.onDidChange((uri) => void this.indexFile(uri)),
      watcher.onDidDelete((uri) => this.removeFile(uri)),
    );
    this.ready = this.indexWorkspace().then(() => undefined);
  }

  /**
   * The analysis of an open article for its current text, re-analysed when the document changed
   * since the index last saw it, so every feature answers for exactly what the user sees. A large
   * article is analysed in the background instead: until that is done this returns an entry in
   * which nothing is found yet, and `onDidChange` fires when the analysis is in the index.
   */
  articleOf(document: vscode.TextDocument): IndexedArticle {
    const key = articleKey(document.uri);
    const indexed = this.index.get(key);
    if (indexed && this.analysedVersions.get(key) === document.version) return indexed;
    if (isLarge(document)) {
      this.largeArticleOf(document).catch(() => undefined);
      return notYetAnalysed(key);
    }
    if (!indexable(document.uri)) return this.outsideIndex(document);
    this.analysedVersions.set(key, document.version);
    const text = document.getText();
    this.setHash(document.uri, text);
    return this.index.update(key, text);
  }

  /**
   * A view of an article that is not one of the workspace's (the old side of a Source Control
   * diff, a file from a git history): analysed for its own editor, kept out of the index so that
   * references and counts do not list it twice.
   */
  private outsideIndex(document: vscode.TextDocument): IndexedArticle {
    const key = articleKey(document.uri);
    const known = this.outside.get(key);
    if (known?.version === document.version) return known.entry;
    const entry = { ...notYetAnalysed(key), analysis: analyzeArticle(document.getText()) };
    this.outside.set(key, { version: document.version, entry });
    return entry;
  }

  /**
   * The whole analysis of a document's current version: at once for an ordinary article, after the
   * background work for a large one. Rejects with a CancellationError when the document changes
   * first or `token` is cancelled (VS Code then asks again for the newer text).
   */
  async analysisOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<ArticleAnalysis> {
    return isLarge(document) ? (await this.largeArticleOf(document, token)).analysis() : this.articleOf(document).analysis;
  }

  /**
   * The same in parts to handle one at a time: the whole analysis of an ordinary article, or a
   * large article's chunks in text order, so that a consumer can yield between them.
   */
  async analysisInParts(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Iterable<ArticleAnalysis>> {
    if (!isLarge(document)) return [this.articleOf(document).analysis];
    const article = await this.largeArticleOf(document, token);
    return (function* () {
      for (const chunk of article.chunks) yield article.analysis(chunk.start, chunk.end);
    })();
  }

  /** A large document's current version, once all its chunks are analysed (in slices, in the background). */
  private async largeArticleOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<LargeArticle> {
    const job = this.largeJobOf(document);
    if (!job.done) {
      job.done = (async () => {
        const current = () => !this.disposed && this.largeJobs.get(articleKey(document.uri)) === job && document.version === job.version;
        if (!(await inSlices(() => job.article.step(), current))) throw new vscode.CancellationError();
        return job.article;
      })();
      // Whoever started the work, the index follows once it is done.
      const settled = job.done.then(() => this.reindexLater(document), () => undefined);
      const { analysed, total } = job.article.progress;
      if (total - analysed > 3) vscode.window.setStatusBarMessage(`$(sync~spin) ${vscode.l10n.t('Dossier: analysing a large article ({0} parts)', total - analysed)}`, settled);
    }
    const article = await job.done;
    if (token?.isCancellationRequested) throw new vscode.CancellationError();
    return article;
  }

  /**
   * What the engine finds in `range` of a document now. For a large article only the chunks that
   * overlap the range are analysed, so the visible part of a 5 MB file is coloured in a moment.
   */
  analysisOfRange(document: vscode.TextDocument, range: vscode.Range): ArticleAnalysis {
    if (!isLarge(document)) return this.articleOf(document).analysis;
    return this.largeJobOf(document).article.analysis(document.offsetAt(range.start), document.offsetAt(range.end));
  }

  /**
   * The name at `position` in the document's current text and the workspace entity it belongs to.
   * Looked up by name, not offset, in the index, so it holds while a large article is re-indexed.
   */
  entityAt(document: vscode.TextDocument, position: vscode.Position): { key: string; mention: EntityMention; entity: CanonicalEntity } | undefined {
    const { key, analysis } = this.articleOf(document);
    const offset = document.offsetAt(position);
    const mention = analysis.entities.find((m) => m.start <= offset && offset < m.end);
    const id = mention && this.index.entityIdFor(key, mention.name);
    const entity = id ? this.index.entity(id) : undefined;
    return mention && entity ? { key, mention, entity } : undefined;
  }

  private largeJobOf(document: vscode.TextDocument): LargeJob {
    const key = articleKey(document.uri);
    const job = this.largeJobs.get(key);
    if (job?.version === document.version) return job;
    const next: LargeJob = { version: document.version, article: new LargeArticle(document.getText(), job?.article) };
    this.largeJobs.set(key, next);
    return next;
  }

  /** Cross-article views (references, CodeLens, the panel) follow typing after a pause. */
  private reindexLater(document: vscode.TextDocument): void {
    if (!indexable(document.uri)) return;
    const key = articleKey(document.uri);
    clearTimeout(this.pendingReindex.get(key));
    const large = isLarge(document);
    this.pendingReindex.set(key, setTimeout(() => {
      this.pendingReindex.delete(key);
      if (document.isClosed || this.disposed) return;
      if (!large) {
        this.articleOf(document);
        return;
      }
      const version = document.version;
      if (this.analysedVersions.get(key) === version) return;
      void this.analysisOf(document).then((analysis) => {
        if (document.isClosed || document.version !== version || this.analysedVersions.get(key) === version) return;
        this.analysedVersions.set(key, version);
        this.setHash(document.uri, document.getText());
        this.index.updateAnalysed(key, analysis, this.largeJobOf(document).article.head());
      }, () => undefined);
    }, large ? LARGE_REINDEX_DELAY_MS : REINDEX_DELAY_MS));
  }

  private isIndexedDocument(document: vscode.TextDocument): boolean {
    return document.languageId === 'article' || this.index.get(articleKey(document.uri)) !== undefined;
  }

  /** A closed document's unsaved edits are gone: the index goes back to the file on disk. */
  private forgetDocument(document: vscode.TextDocument): void {
    const key = articleKey(document.uri);
    if ((!this.forgetVersions(key) && !this.index.get(key)) || !indexable(document.uri)) return;
    if (document.uri.scheme === 'untitled') this.index.remove(key);
    else void this.indexFile(document.uri, true);
  }

  /** Drops what was kept about a document's versions; true when there was something. */
  private forgetVersions(key: string): boolean {
    clearTimeout(this.pendingReindex.get(key));
    this.pendingReindex.delete(key);
    const forgotten = [this.analysedVersions.delete(key), this.largeJobs.delete(key), this.outside.delete(key)];
    return forgotten.includes(true);
  }

  /**
   * One pass over the workspace's candidate files, unless one is under way: each file whose text
   * is indexed already is left alone, one the cache holds with the same text is restored, any
   * other analysed. Cancelling it (from its notification) keeps what it has indexed so far.
   */
  indexWorkspace(): Promise<IndexPass> {
    this.pass ??= this.runPass().finally(() => {
      this.pass = undefined;
    });
    return this.pass;
  }

  /** True while a pass over the workspace's files runs (the first one, or one asked for). */
  get indexingWorkspace(): boolean {
    return this.passRunning;
  }

  private async runPass(): Promise<IndexPass> {
    const started = Date.now();
    const pass: IndexPass = { total: 0, done: 0, restored: 0, analysed: 0, unchanged: 0, read: 0, open: 0, cancelled: false, ms: 0 };
    const cancellation = new vscode.CancellationTokenSource();
    this.lastPass = pass;
    this.passRunning = true;
    this.passCancellation = cancellation;
    try {
      const [candidates, cached] = await Promise.all([
        vscode.workspace.findFiles(CANDIDATE_FILES, '**/{node_modules,.git}/**'),
        this.cache?.load() ?? new Map<string, CachedArticle>(),
      ]);
      pass.total = candidates.length;
      if (candidates.length > 0) await this.status.track(candidates.length, cancellation, (report) => this.indexFiles(candidates, cached, pass, report, cancellation.token));
      pass.ms = Date.now() - started;
      // Articles cached but gone from the workspace must leave the cache too.
      if (!pass.cancelled && [...cached.keys()].some((key) => !this.index.get(key))) this.cacheDirty = true;
      return pass;
    } finally {
      this.passRunning = false;
      this.passCancellation = undefined;
      cancellation.dispose();
      void this.saveCache();
      this.showStatus();
    }
  }

  private async indexFiles(candidates: readonly vscode.Uri[], cached: ReadonlyMap<string, CachedArticle>, pass: IndexPass, report: (done: number) => void, token: vscode.CancellationToken): Promise<void> {
    // Reading is I/O and runs ahead; analysing is CPU and takes turns with the host, one file at a time.
    let next = 0;
    const reader = async () => {
      while (next < candidates.length && !this.disposed && !token.isCancellationRequested) {
        const outcome = await this.indexFile(candidates[next++], false, { cached, counts: pass });
        if (outcome !== 'none') pass[outcome]++;
        if (++pass.done % REPORT_EVERY === 0 || pass.done === candidates.length) report(pass.done);
      }
    };
    await Promise.all(Array.from({ length: READS_IN_FLIGHT }, reader));
    pass.cancelled = pass.done < candidates.length;
    if (!pass.cancelled) await this.redateUndatedArticles();
  }

  /**
   * Empties the index, all but the open documents (indexed from their text), leaving the cache as
   * it is: the next pass starts as in a reopened workspace.
   */
  private async clear(): Promise<void> {
    await this.pass;
    await this.flushCache();
    const open = new Set(vscode.workspace.textDocuments.map((document) => articleKey(document.uri)));
    const keys = this.index.keys().filter((key) => !open.has(key));
    let removed = 0;
    await inSlices(() => {
      if (removed === keys.length) return false;
      this.index.remove(keys[removed++]);
      return true;
    }, () => !this.disposed);
    // The cache on disk is what the index is about to be filled from: emptying it is no change to save.
    clearTimeout(this.cacheSaveTimer);
    this.cacheSaveTimer = undefined;
    this.cacheDirty = false;
  }

  /** Undated articles indexed before the coverage that dates them are analysed again. */
  private async redateUndatedArticles(): Promise<void> {
    for (const key of this.index.undatedArticlesNowDatable()) await this.indexFile(keyToUri(key), true);
  }

  /** Files read from disk are analysed one after another, taking turns with the rest of the host. */
  private turn = Promise.resolve();
  private sliceStarted = 0;

  /**
   * Reads a file from disk (any file system: local, remote, web) and indexes it if it is an
   * article. In a pass, a file indexed already with the same text is left as it is, and one the
   * pass's cache holds is restored.
   */
  private async indexFile(uri: vscode.Uri, known = false, pass?: { cached: ReadonlyMap<string, CachedArticle>; counts: IndexPass }): Promise<FileOutcome> {
    const cached = pass?.cached;
    const key = articleKey(uri);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const open = vscode.workspace.textDocuments.find((d) => articleKey(d.uri) === key);
    // Superseded by a newer read, or by the document opening (then it is the source of truth).
    const latest = () => !this.disposed && this.generations.get(key) === generation && !vscode.workspace.textDocuments.some((d) => articleKey(d.uri) === key);
    if (open) {
      if (!(known || this.isIndexedDocument(open))) return 'none';
      if (isLarge(open)) this.reindexLater(open);
      else this.articleOf(open);
      return 'open';
    }
    const stamp = await this.stampOf(uri);
    if (cached && stamp !== undefined) {
      // Unmodified since it was last read: left as it is, or restored, without reading the file.
      const unchanged = this.sources.get(key)?.stamp === stamp && this.index.get(key) !== undefined;
      const restore = unchanged ? undefined : unmodifiedEntry(cached, key, stamp);
      if (unchanged || restore) {
        // A file that was an article is judged by the settings' globs alone: its text is not needed.
        if (!(known || this.isArticleFile(uri, () => '', true))) return this.dropFile(key, latest);
        return restore ? this.takeTurn(uri, latest, () => this.restoreArticle(restore, { hash: restore.hash, stamp }), 'restored') : 'unchanged';
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.files.read(uri);
    } catch {
      return this.dropFile(key, latest);
    }
    if (pass) pass.counts.read++;
    const decoded = decodeArticle(bytes);
    const text = decoded.ok ? decoded.text : '';
    const source: ArticleSource = { hash: contentHash(text), stamp };
    const unchanged = cached !== undefined && this.sources.get(key)?.hash === source.hash && this.index.get(key) !== undefined;
    const restore = cached && reusableEntry(cached, key, source.hash);
    if (!decoded.ok || !(known || this.isArticleFile(uri, () => text, unchanged || restore !== undefined))) return this.dropFile(key, latest);
    if (unchanged) {
      this.recordSource(key, source, cached.get(key));
      return 'unchanged';
    }
    return restore
      ? this.takeTurn(uri, latest, () => this.restoreArticle(restore, source), 'restored')
      : this.takeTurn(uri, latest, () => this.analyseFile(key, text, source, latest), 'analysed');
  }

  /** The file's stamp now, if one can be trusted; undefined too when it cannot be read. */
  private async stampOf(uri: vscode.Uri): Promise<string | undefined> {
    const readAt = Date.now();
    try {
      const { size, mtime } = await this.files.stat(uri);
      return fileStamp(size, mtime, readAt);
    } catch {
      return undefined;
    }
  }

  private dropFile(key: string, latest: () => boolean): FileOutcome {
    if (latest()) this.index.remove(key);
    return 'none';
  }

  /** Queues `work` for its turn: one file at a time, so that files read at once are not indexed in one block. */
  private takeTurn(uri: vscode.Uri, latest: () => boolean, work: () => Promise<boolean> | boolean, outcome: FileOutcome): Promise<FileOutcome> {
    const turn = this.turn.then(() => this.inTurn(latest, work)).then((indexed): FileOutcome => (indexed ? outcome : 'none'), (error: unknown): FileOutcome => {
      console.error(`Dossier could not analyse ${uri.toString()}:`, error);
      return 'none';
    });
    this.turn = turn.then(() => undefined);
    return turn;
  }

  /**
   * Runs `work` after yielding to the host if the current slice is used up. Resolves false when
   * a newer read or an open document took the file's place, or the work did not finish.
   */
  private async inTurn(latest: () => boolean, work: () => Promise<boolean> | boolean): Promise<boolean> {
    if (Date.now() - this.sliceStarted > SLICE_MS) {
      await yieldToHost();
      this.sliceStarted = Date.now();
    }
    return latest() && work();
  }

  private restoreArticle(restored: CachedArticle, source: ArticleSource): boolean {
    const { entry, events } = restored;
    this.analysedVersions.delete(entry.key);
    this.recordSource(entry.key, source, restored);
    this.restoring = true;
    try {
      this.index.restore(entry, events);
    } finally {
      this.restoring = false;
    }
    return true;
  }

  /** Analyses a file's text unless a newer read or an open document took its place; true when done. */
  private async analyseFile(key: string, text: string, source: ArticleSource, latest: () => boolean): Promise<boolean> {
    if (text.length <= LARGE_ARTICLE_CHARS) {
      this.analysedVersions.delete(key);
      this.sources.set(key, source);
      this.index.update(key, text);
      return true;
    }
    const article = new LargeArticle(text);
    if (!(await inSlices(() => article.step(), latest))) return false;
    this.analysedVersions.delete(key);
    this.sources.set(key, source);
    this.index.updateAnalysed(key, article.analysis(), article.head());
    return true;
  }

  private removeFile(uri: vscode.Uri): void {
    const key = articleKey(uri);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.forgetVersions(key);
    this.index.remove(key);
  }

  /** The article count, or the partial index a cancelled pass left; a pass under way shows its own counts. */
  private showStatus(): void {
    if (this.passRunning || !this.lastPass) return;
    if (this.lastPass.cancelled) this.status.showPartial(this.index.size, this.lastPass.total);
    else this.status.showCount(this.index.size);
  }

  private indexChanged(keys: readonly string[]): void {
    for (const key of keys) if (!this.index.get(key)) this.sources.delete(key);
    this.showStatus();
    if (!this.restoring) {
      this.cacheDirty = true;
      // A pass writes the cache once it is over.
      if (!this.passRunning) this.saveCacheLater();
    }
    this.changeEmitter.fire(keys);
  }

  /** A file touched but unchanged has a new stamp, which the cache must learn or the file is read on every start. */
  private recordSource(key: string, source: ArticleSource, cached: ArticleSource | undefined): void {
    if (cached?.stamp !== source.stamp) this.cacheDirty = true;
    this.sources.set(key, source);
  }

  /** Records the document text an article is indexed from (its file may differ); untitled documents are never cached. */
  private setHash(uri: vscode.Uri, text: string): void {
    if (uri.scheme !== 'untitled' && this.cache) this.sources.set(articleKey(uri), { hash: contentHash(text) });
  }

  private saveCacheLater(): void {
    if (!this.cache || this.disposed) return;
    clearTimeout(this.cacheSaveTimer);
    this.cacheSaveTimer = setTimeout(() => void this.saveCache(), CACHE_SAVE_DELAY_MS);
  }

  /**
   * Writes the cache if it is out of date; writes never overlap. A partial index is not written:
   * the cache on disk still holds the articles a cancelled pass did not reach.
   */
  private saveCache(): Promise<void> {
    clearTimeout(this.cacheSaveTimer);
    this.cacheSaveTimer = undefined;
    const cache = this.cache;
    if (!cache || !this.cacheDirty || this.lastPass?.cancelled) return this.cacheSaving;
    this.cacheDirty = false;
    this.cacheWrites++;
    this.cacheSaving = this.cacheSaving
      .then(() => cache.save(this.index, (key) => this.sources.get(key)))
      .then((bytes) => {
        this.cacheBytes = bytes;
      }, (error: unknown) => {
        console.warn('Dossier could not write the index cache:', error);
      })
      .finally(() => this.cacheWrites--);
    return this.cacheSaving;
  }

  /** Writes a pending cache update now: on deactivation, where VS Code waits for it. */
  flushCache(): Promise<void> {
    return this.cacheSaveTimer ? this.saveCache() : this.cacheSaving;
  }

  private state(): IndexingState {
    return {
      indexing: this.passRunning,
      size: this.index.size,
      pass: this.lastPass && { ...this.lastPass },
      status: this.status.text,
      progressReports: this.status.reports,
      notified: this.status.notified,
      cache: this.cache && { uri: this.cache.uri.toString(), bytes: this.cacheBytes, rejection: this.cache.lastRejection, pending: this.cacheSaveTimer !== undefined || this.cacheWrites > 0 },
    };
  }

  /**
   * Whether the settings make a file an article. `wasArticle`: this very text was found to be one
   * when it was indexed (by this engine version), so the costly detection need not run again; only
   * the include and exclude patterns, which may have changed since, are checked.
   */
  private isArticleFile(uri: vscode.Uri, readText: () => string, wasArticle = false): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    let rules = this.rulesByFolder.get(folder);
    if (!rules) this.rulesByFolder.set(folder, (rules = articleFileRules(uri)));
    const verdict = classifyArticleFile(vscode.workspace.asRelativePath(uri, false), readText, wasArticle ? { ...rules, detect: false } : rules);
    return isArticleVerdict(verdict) || (wasArticle && rules.detect && verdict === 'notArticle');
  }

  dispose(): void {
    this.disposed = true;
    this.passCancellation?.cancel();
    for (const timer of this.pendingReindex.values()) clearTimeout(timer);
    clearTimeout(this.cacheSaveTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Workspace files, untitled articles and files opened from disk: not read-only views such as a diff's old side. */
function indexable(uri: vscode.Uri): boolean {
  return uri.scheme === 'untitled' || uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** Length without copying the text: a 5 MB document is not read to learn that it is large. */
function isLarge(document: vscode.TextDocument): boolean {
  return document.offsetAt(new vscode.Position(document.lineCount, 0)) > LARGE_ARTICLE_CHARS;
}

/** A large article whose current text is still being analysed: nothing found yet. */
function notYetAnalysed(key: string): IndexedArticle {
  return {
    key,
    analysis: {
      parsed: { text: '', title: null, source: null, publicationDate: null, publicationDateSpan: null, byline: null, language: 'und', regions: [], paragraphs: [], sentences: [] },
      entities: [], dates: [], quotes: [], figures: [],
    },
    fingerprint: new Uint32Array(),
    lineStarts: Uint32Array.of(0),
  };
}
