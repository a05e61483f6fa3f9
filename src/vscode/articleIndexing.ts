import * as vscode from 'vscode';
import { analyzeArticle } from '../core/analyze';
import { WorkspaceIndex, type IndexedArticle } from '../core/index/workspaceIndex';
import { LARGE_ARTICLE_CHARS, LargeArticle } from '../core/index/largeArticle';
import { classifyArticleFile, isArticleVerdict } from '../core/article/articleLikeness';
import type { ArticleAnalysis, CanonicalEntity, EntityMention } from '../core/model';
import { decodeArticle } from '../core/text/decode';
import { articleKey, keyToUri } from './convert';
import { articleFileRules } from './features/articleLanguage';
import { inSlices, SLICE_MS, yieldToHost } from './timeSlices';

/** Files considered for the workspace index; the settings then decide which are articles. */
const CANDIDATE_FILES = '**/*.{txt,article}';
/** Files read from disk at once during the first indexing pass. */
const READ_BATCH = 25;
/** Cross-article views follow typing after this pause. */
const REINDEX_DELAY_MS = 150;
/** A large article is re-indexed (relinking tens of thousands of mentions) only after a longer pause. */
const LARGE_REINDEX_DELAY_MS = 1000;

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
  private readonly statusItem = vscode.window.createStatusBarItem('dossier.indexing', vscode.StatusBarAlignment.Left, 0);
  private disposed = false;
  /** Set once the first pass is done: from then on the status bar counts the articles as they change. */
  private indexed = false;

  /** Fires with the keys of articles whose analysis or entity links changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    this.statusItem.name = vscode.l10n.t('Dossier indexing');
    this.disposables.push(
      this.statusItem,
      { dispose: this.index.onDidChange((keys) => {
        if (this.indexed) this.showArticleCount();
        this.changeEmitter.fire(keys);
      }).dispose },
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isIndexedDocument(e.document)) this.reindexLater(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === 'article') this.articleOf(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forgetDocument(document)),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.forgetVersions(articleKey(oldUri));
          this.index.rename(articleKey(oldUri), articleKey(newUri));
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_FILES);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.indexFile(uri)),
      watcher.onDidChange((uri) => void this.indexFile(uri)),
      watcher.onDidDelete((uri) => this.removeFile(uri)),
    );
    this.ready = this.indexWorkspace();
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
    return this.index.update(key, document.getText());
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

  private async indexWorkspace(): Promise<void> {
    const candidates = await vscode.workspace.findFiles(CANDIDATE_FILES, '**/{node_modules,.git}/**');
    this.statusItem.tooltip = vscode.l10n.t('Articles in the Dossier index');
    if (candidates.length > 0) await this.indexFiles(candidates);
    this.indexed = true;
    this.showArticleCount();
  }

  private async indexFiles(candidates: readonly vscode.Uri[]): Promise<void> {
    this.statusItem.show();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Dossier' },
      async (progress) => {
        for (let done = 0; done < candidates.length && !this.disposed; done += READ_BATCH) {
          const batch = candidates.slice(done, done + READ_BATCH);
          // Reading is I/O and runs in parallel; analysing is CPU and takes turns with the host.
          await Promise.all(batch.map((uri) => this.indexFile(uri)));
          const message = vscode.l10n.t('indexing articles {0}/{1}', Math.min(done + READ_BATCH, candidates.length), candidates.length);
          progress.report({ message, increment: (batch.length / candidates.length) * 100 });
          this.statusItem.text = `$(sync~spin) Dossier: ${message}`;
        }
        await this.redateUndatedArticles();
      },
    );
  }

  /** Undated articles indexed before the coverage that dates them are analysed again. */
  private async redateUndatedArticles(): Promise<void> {
    for (const key of this.index.undatedArticlesNowDatable()) await this.indexFile(keyToUri(key), true);
  }

  /** Files read from disk are analysed one after another, taking turns with the rest of the host. */
  private turn = Promise.resolve();
  private sliceStarted = 0;

  /** Reads a file from disk (any file system: local, remote, web) and indexes it if it is an article. */
  private async indexFile(uri: vscode.Uri, known = false): Promise<void> {
    const key = articleKey(uri);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const open = vscode.workspace.textDocuments.find((d) => articleKey(d.uri) === key);
    // Superseded by a newer read, or by the document opening (then it is the source of truth).
    const latest = () => !this.disposed && this.generations.get(key) === generation && !vscode.workspace.textDocuments.some((d) => articleKey(d.uri) === key);
    if (open) {
      if (!(known || this.isIndexedDocument(open))) return;
      if (isLarge(open)) this.reindexLater(open);
      else this.articleOf(open);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      if (latest()) this.index.remove(key);
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok || !(known || this.isArticleFile(uri, decoded.text))) {
      if (latest()) this.index.remove(key);
      return;
    }
    const text = decoded.text;
    // One file at a time: a batch of 25 read at once must not be analysed in one block.
    const turn = this.turn.then(() => this.analyseFile(key, text, latest)).catch((error: unknown) => {
      console.error(`Dossier could not analyse ${uri.toString()}:`, error);
    });
    this.turn = turn;
    await turn;
  }

  /** Analyses a file's text unless a newer read or an open document took its place. */
  private async analyseFile(key: string, text: string, latest: () => boolean): Promise<void> {
    if (Date.now() - this.sliceStarted > SLICE_MS) {
      await yieldToHost();
      this.sliceStarted = Date.now();
    }
    if (!latest()) return;
    if (text.length <= LARGE_ARTICLE_CHARS) {
      this.analysedVersions.delete(key);
      this.index.update(key, text);
      return;
    }
    const article = new LargeArticle(text);
    if (await inSlices(() => article.step(), latest)) {
      this.analysedVersions.delete(key);
      this.index.updateAnalysed(key, article.analysis(), article.head());
    }
  }

  private removeFile(uri: vscode.Uri): void {
    const key = articleKey(uri);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.forgetVersions(key);
    this.index.remove(key);
  }

  /** "Dossier: 5 articles" in the status bar; nothing in a workspace without articles. */
  private showArticleCount(): void {
    this.statusItem.text = `$(book) ${this.index.size === 1 ? vscode.l10n.t('Dossier: 1 article') : vscode.l10n.t('Dossier: {0} articles', this.index.size)}`;
    if (this.index.size > 0) this.statusItem.show();
    else this.statusItem.hide();
  }

  private isArticleFile(uri: vscode.Uri, text: string): boolean {
    return isArticleVerdict(classifyArticleFile(vscode.workspace.asRelativePath(uri, false), () => text, articleFileRules(uri)));
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.pendingReindex.values()) clearTimeout(timer);
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
