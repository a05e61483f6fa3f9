import * as vscode from 'vscode';
import { WorkspaceIndex, type IndexedArticle } from '../core/index/workspaceIndex';
import { classifyArticleFile, isArticleVerdict } from '../core/article/articleLikeness';
import { decodeArticle } from '../core/text/decode';
import { articleKey, keyToUri } from './convert';
import { articleFileRules } from './features/articleLanguage';

/** Files considered for the workspace index; the settings then decide which are articles. */
const CANDIDATE_FILES = '**/*.{txt,article}';
/** Files indexed between two yields to the extension host, so indexing never blocks typing. */
const BATCH_SIZE = 25;

/**
 * Keeps the core's WorkspaceIndex in step with the workspace: indexes every article on start (in
 * batches, with progress), follows edits of open articles, and files created, changed, renamed or
 * deleted on disk. Open documents are the source of truth for their own text.
 */
export class ArticleIndexing implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  /** Resolves when the first full indexing pass has finished (or was cancelled). */
  readonly ready: Promise<void>;
  private readonly analysedVersions = new Map<string, number>();
  private readonly changeEmitter = new vscode.EventEmitter<readonly string[]>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly statusItem = vscode.window.createStatusBarItem('dossier.indexing', vscode.StatusBarAlignment.Left, 0);

  /** Fires with the keys of articles whose analysis or entity links changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    this.statusItem.name = 'Dossier indexing';
    this.disposables.push(
      this.statusItem,
      { dispose: this.index.onDidChange((keys) => this.changeEmitter.fire(keys)).dispose },
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isIndexedDocument(e.document)) this.scheduleReanalysis(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === 'article') this.articleOf(document);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) this.index.rename(articleKey(oldUri), articleKey(newUri));
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_FILES);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.indexFile(uri)),
      watcher.onDidChange((uri) => this.indexFile(uri)),
      watcher.onDidDelete((uri) => this.index.remove(articleKey(uri))),
    );
    this.ready = this.indexWorkspace();
  }

  /**
   * The analysis of an open article for its current text: re-analysed when the document changed
   * since the index last saw it, so every feature answers for exactly what the user sees.
   */
  articleOf(document: vscode.TextDocument): IndexedArticle {
    const key = articleKey(document.uri);
    const indexed = this.index.get(key);
    if (indexed && this.analysedVersions.get(key) === document.version) return indexed;
    this.analysedVersions.set(key, document.version);
    return this.index.update(key, document.getText());
  }

  private pendingReanalysis = new Map<string, ReturnType<typeof setTimeout>>();

  /** Cross-article views (references, CodeLens, the panel) follow typing after a short pause. */
  private scheduleReanalysis(document: vscode.TextDocument): void {
    const key = articleKey(document.uri);
    clearTimeout(this.pendingReanalysis.get(key));
    this.pendingReanalysis.set(key, setTimeout(() => {
      this.pendingReanalysis.delete(key);
      if (!document.isClosed) this.articleOf(document);
    }, 150));
  }

  private isIndexedDocument(document: vscode.TextDocument): boolean {
    return document.languageId === 'article' || this.index.get(articleKey(document.uri)) !== undefined;
  }

  private async indexWorkspace(): Promise<void> {
    const candidates = await vscode.workspace.findFiles(CANDIDATE_FILES, '**/{node_modules,.git}/**');
    if (candidates.length === 0) return;
    this.statusItem.show();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Dossier' },
      async (progress) => {
        for (let done = 0; done < candidates.length; done += BATCH_SIZE) {
          const batch = candidates.slice(done, done + BATCH_SIZE);
          await Promise.all(batch.map((uri) => this.indexFile(uri)));
          const message = `indexing articles ${Math.min(done + BATCH_SIZE, candidates.length)}/${candidates.length}`;
          progress.report({ message, increment: (batch.length / candidates.length) * 100 });
          this.statusItem.text = `$(sync~spin) Dossier: ${message}`;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await this.redateUndatedArticles();
      },
    );
    this.statusItem.text = `$(book) Dossier: ${this.index.size} articles`;
    this.statusItem.tooltip = 'Articles in the Dossier index';
  }

  /** Undated articles indexed before the coverage that dates them are analysed again. */
  private async redateUndatedArticles(): Promise<void> {
    await Promise.all(this.index.undatedArticlesNowDatable().map((key) => this.indexFile(keyToUri(key), true)));
  }

  /** Reads a file from disk (any file system: local, remote, web) and indexes it if it is an article. */
  private async indexFile(uri: vscode.Uri, known = false): Promise<void> {
    const key = articleKey(uri);
    const open = vscode.workspace.textDocuments.find((d) => articleKey(d.uri) === key);
    if (open) {
      if (known || this.isIndexedDocument(open)) this.articleOf(open);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.index.remove(key);
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok || !(known || this.isArticleFile(uri, decoded.text))) {
      this.index.remove(key);
      return;
    }
    this.analysedVersions.delete(key);
    this.index.update(key, decoded.text);
  }

  private isArticleFile(uri: vscode.Uri, text: string): boolean {
    return isArticleVerdict(classifyArticleFile(vscode.workspace.asRelativePath(uri, false), () => text, articleFileRules(uri)));
  }

  dispose(): void {
    for (const timer of this.pendingReanalysis.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
