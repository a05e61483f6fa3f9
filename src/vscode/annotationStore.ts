import * as vscode from 'vscode';
import { anchorAnnotations, applyEdits, updateTargets, type Anchor } from '../core/annotations/anchor';
import type { MergeConflict } from '../core/annotations/merge';
import { NO_SIDECAR, reconcileSidecar, type SidecarSnapshot } from '../core/annotations/reconcile';
import { articlePathFor, sidecarPathFor, SIDECAR_SUFFIX, type Annotation, type TextTarget } from '../core/annotations/sidecar';
import { decodeArticle } from '../core/text/decode';
import { articleKey } from './convert';

/** Whether Dossier may write an article's sidecar. */
export type SidecarState =
  | { kind: 'ok' }
  /** The file does not parse or validate: nothing is written until it is fixed. */
  | { kind: 'invalid'; message: string }
  /** Written by a newer Dossier: shown, never written. */
  | { kind: 'readOnly'; message: string };

/** One article's annotations, as the features read them. */
export interface ArticleAnnotations {
  readonly key: string;
  readonly uri: vscode.Uri;
  readonly sidecar: vscode.Uri;
  readonly annotations: readonly Annotation[];
  /** Where each annotation is in the article's current text (the open document, else the file). */
  readonly anchors: ReadonlyMap<string, Anchor>;
  readonly state: SidecarState;
  /** The article file is gone (or unreadable): every annotation is an orphan until it is back. */
  readonly articleMissing: boolean;
}

/** The outcome of a change to an article's annotations. */
export type ChangeResult =
  | { ok: true; conflicts: MergeConflict[] }
  | { ok: false; reason: 'invalid' | 'readOnly' | 'writeFailed'; message: string };

class Entry implements ArticleAnnotations {
  annotations: Annotation[] = [];
  anchors = new Map<string, Anchor>();
  /** The target each anchor was found from; an annotation whose target changed (on disk) is anchored again. */
  anchoredTargets = new Map<string, TextTarget>();
  snapshot: SidecarSnapshot = NO_SIDECAR;
  state: SidecarState = { kind: 'ok' };
  articleMissing = false;
  /** Ids of annotations placed in the document whose change is still queued: their anchors are kept. */
  placing = new Set<string>();
  /** Reads and writes of this sidecar, one at a time. */
  queue: Promise<unknown> = Promise.resolve();
  orphanSearch: ReturnType<typeof setTimeout> | undefined;

  constructor(public key: string, public uri: vscode.Uri, public sidecar: vscode.Uri) {}
}

const sameTarget = (a: TextTarget | undefined, b: TextTarget) =>
  a !== undefined && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;

/** How long the old place of a sidecar being moved is ignored, should VS Code not report the rename. */
const MOVE_GRACE_MS = 10_000;
/** Sidecars read at once on start. */
const LOAD_BATCH = 16;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The sidecar of an article (`story.txt` → `story.txt.annotations.json`), on any file system. */
export function sidecarUri(article: vscode.Uri): vscode.Uri {
  return article.with({ path: sidecarPathFor(article.path) });
}

/** The article of a sidecar, or undefined when `uri` is no sidecar. */
function articleUriOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  const path = articlePathFor(sidecar.path);
  return path === null ? undefined : sidecar.with({ path });
}

/** Reads a file as text; null when it does not exist. Other failures throw: a file we cannot read is no file we may write over. */
async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
    throw error;
  }
}

/** Writes `text` to a temporary file beside `uri`, then renames it over `uri`, so a reader never sees half a file. */
async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Math.random().toString(36).slice(2, 10)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/** A file system Dossier can read and write through `workspace.fs` (not untitled, git or output documents). */
function isStorable(uri: vscode.Uri): boolean {
  return uri.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined;
}

/**
 * The annotations of every article in the workspace, kept in step with their sidecar files and
 * with the article texts. Reads every sidecar on start; follows edits of open articles (anchors
 * move with the text, orphans are looked for again), saves (stored targets refreshed), and files
 * changed, created or deleted on disk (sidecars re-read and merged by id; articles re-anchored).
 * Every write reconciles with the file's current text first and is atomic; writes of one sidecar
 * run one at a time; a sidecar that is broken or from a newer Dossier is never written.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Articles being renamed whose sidecar stays behind (another sidecar sits at the new place). */
  private readonly blockedMoves = new Set<string>();
  /** Articles whose sidecar is being moved with them: its deletion at the old place is no deletion. */
  private readonly moving = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<readonly string[]>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  /** Fires with the keys of articles whose annotations, anchors or sidecar state changed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves when every sidecar of the workspace has been read and anchored. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDiskChange(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpen(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const entry = this.entries.get(articleKey(document.uri));
        if (entry) void this.anchorFromSource(entry);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSave(document)),
    );
    this.ready = this.loadWorkspace();
  }

  /** The annotations of the article `key`, if it has any sidecar. */
  get(key: string): ArticleAnnotations | undefined {
    return this.entries.get(key);
  }

  /** Every article with a sidecar, in no particular order. */
  all(): ArticleAnnotations[] {
    return [...this.entries.values()];
  }

  /** The annotation `id` and its article, wherever it is. */
  find(id: string, key?: string): { article: ArticleAnnotations; annotation: Annotation } | undefined {
    const candidates = key ? [this.entries.get(key)].filter((e): e is Entry => e !== undefined) : this.entries.values();
    for (const article of candidates) {
      const annotation = article.annotations.find((a) => a.id === id);
      if (annotation) return { article, annotation };
    }
    return undefined;
  }

  /**
   * Changes the annotations of article `uri` with `change` and writes its sidecar: the file is
   * read and merged first, and nothing is written to a broken or newer one. `placed` anchors new
   * annotations on the selection they were made from, at once: they move with any typing while
   * the write is under way, and are never searched for. Failures are returned, and shown to the
   * user only with `report` (callers acting for the user show their own).
   */
  change(
    uri: vscode.Uri,
    change: (annotations: readonly Annotation[]) => Annotation[],
    { placed = [], report = false }: { placed?: readonly Anchor[]; report?: boolean } = {},
  ): Promise<ChangeResult> {
    const entry = this.entryFor(uri);
    for (const anchor of placed) {
      entry.anchors.set(anchor.id, anchor);
      entry.placing.add(anchor.id);
    }
    return this.enqueue(entry, async () => {
      try {
        // A paused sidecar may have been fixed since; reading it again tells.
        const reread = entry.state.kind === 'ok' ? undefined : await this.sync(entry, entry.annotations, report);
        if (reread && !reread.ok) return reread;
        const next = change(entry.annotations);
        for (const anchor of placed) {
          const annotation = next.find((a) => a.id === anchor.id);
          if (annotation) entry.anchoredTargets.set(anchor.id, annotation.target);
        }
        return await this.sync(entry, next, report);
      } finally {
        for (const anchor of placed) {
          entry.placing.delete(anchor.id);
          if (!entry.annotations.some((a) => a.id === anchor.id)) entry.anchors.delete(anchor.id);
        }
      }
    });
  }

  /** Reads every sidecar again, merges and anchors everything afresh (after fixing a file by hand, say). */
  async reloadAll(): Promise<void> {
    await this.loadWorkspace();
    await Promise.all([...this.entries.values()].map((entry) => this.enqueue(entry, async () => {
      await this.sync(entry, entry.annotations);
      await this.anchorFromSource(entry);
    })));
  }

  /**
   * Before an article is renamed or moved: its sidecar's move (after any write in progress), or
   * undefined when it has none. `blocked` when a sidecar already sits at the new place: it is
   * never overwritten.
   */
  async sidecarMove(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<{ from: vscode.Uri; to: vscode.Uri; blocked: boolean } | undefined> {
    if (oldUri.path.endsWith(SIDECAR_SUFFIX)) return undefined;
    const from = sidecarUri(oldUri);
    const to = sidecarUri(newUri);
    const entry = this.entries.get(articleKey(oldUri));
    if (entry) await entry.queue;
    const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
    if (!(await exists(from))) return undefined;
    const blocked = await exists(to);
    const key = articleKey(oldUri);
    if (blocked) {
      this.blockedMoves.add(key);
    } else {
      this.moving.add(key);
      // Should the rename not happen after all, the old place counts again.
      setTimeout(() => this.moving.delete(key), MOVE_GRACE_MS);
    }
    return { from, to, blocked };
  }

  /** After a rename or move (of a file or a folder): the annotations follow their articles. */
  renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const oldKey = articleKey(oldUri);
    if (this.blockedMoves.delete(oldKey)) {
      // The annotations stayed in the old sidecar; the article's new place has a sidecar of its own.
      const stayed = this.entries.get(oldKey);
      if (stayed) void this.anchorFromSource(stayed);
      void this.load(sidecarUri(newUri));
      return;
    }
    const moved: string[] = [];
    for (const entry of [...this.entries.values()]) {
      const inFolder = entry.key.startsWith(`${oldKey}/`);
      if (entry.key !== oldKey && !inFolder) continue;
      const uri = inFolder ? newUri.with({ path: newUri.path + entry.uri.path.slice(oldUri.path.length) }) : newUri;
      this.moving.delete(entry.key);
      this.entries.delete(entry.key);
      moved.push(entry.key);
      entry.key = articleKey(uri);
      entry.uri = uri;
      entry.sidecar = sidecarUri(uri);
      this.entries.set(entry.key, entry);
      moved.push(entry.key);
      // Read the moved file again: events of the move may have reached the store in any order.
      void this.enqueue(entry, () => this.sync(entry, entry.annotations)).then(() => this.anchorFromSource(entry));
    }
    if (moved.length) this.changeEmitter.fire(moved);
  }

  /** Forgets an article's annotations (after its sidecar was deleted on purpose). */
  forget(uri: vscode.Uri): void {
    const key = articleKey(uri);
    if (this.entries.delete(key)) this.changeEmitter.fire([key]);
  }

  /** Whether a file can have annotations: it is saved on a file system Dossier can write, and is no sidecar. */
  canAnnotate(uri: vscode.Uri): boolean {
    return isStorable(uri) && !uri.path.endsWith(SIDECAR_SUFFIX);
  }

  /** The open document of article `key`, if any. */
  documentOf(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => articleKey(d.uri) === key);
  }

  /** The article's current text: the open document's, else the file's; null when there is none. */
  async textOf(uri: vscode.Uri): Promise<string | null> {
    const open = this.documentOf(articleKey(uri));
    if (open) return open.getText();
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? decoded.text : null;
    } catch {
      return null;
    }
  }

  private entryFor(uri: vscode.Uri): Entry {
    const key = articleKey(uri);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = new Entry(key, uri, sidecarUri(uri));
      this.entries.set(key, entry);
    }
    return entry;
  }

  private enqueue<T>(entry: Entry, task: () => Promise<T>): Promise<T> {
    const run = entry.queue.then(task, task);
    entry.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the sidecar, reconciles `ours` with it, writes what must be written. Runs on the
   * entry's queue only. `report`: tell the user when the file turns broken or read-only (a
   * change the user asked for reports its own failure instead).
   */
  private async sync(entry: Entry, ours: Annotation[], report = true): Promise<ChangeResult> {
    let diskText: string | null;
    try {
      diskText = await readText(entry.sidecar);
    } catch (error) {
      return this.pause(entry, { kind: 'invalid', message: vscode.l10n.t('cannot read it: {0}', messageOf(error)) }, report);
    }
    const result = reconcileSidecar(entry.snapshot, ours, diskText);
    if (result.kind === 'invalid') return this.pause(entry, { kind: 'invalid', message: result.message }, report);
    if (result.kind === 'readOnly') {
      if (result.annotations) entry.annotations = result.annotations;
      await this.anchorChanged(entry);
      return this.pause(entry, { kind: 'readOnly', message: result.message }, report);
    }
    let snapshot = result.read;
    if (result.write !== null) {
      try {
        await writeAtomically(entry.sidecar, result.write);
        snapshot = { base: result.annotations, text: result.write };
      } catch (error) {
        // Memory and the snapshot stay as they were, so the next write merges the same changes again.
        const message = vscode.l10n.t('Dossier could not save the annotations of {0}: {1}', vscode.workspace.asRelativePath(entry.uri), messageOf(error));
        void vscode.window.showErrorMessage(message);
        return { ok: false, reason: 'writeFailed', message };
      }
    }
    const wasPaused = entry.state.kind !== 'ok';
    entry.snapshot = snapshot;
    entry.annotations = result.annotations;
    entry.state = { kind: 'ok' };
    if (wasPaused) void vscode.window.showInformationMessage(vscode.l10n.t('The annotations of {0} are saved again.', vscode.workspace.asRelativePath(entry.uri)));
    if (result.conflicts.length) this.reportConflicts(entry, result.conflicts.length);
    await this.anchorChanged(entry);
    this.changeEmitter.fire([entry.key]);
    return { ok: true, conflicts: result.conflicts };
  }

  private pause(entry: Entry, state: Exclude<SidecarState, { kind: 'ok' }>, report: boolean): ChangeResult {
    const changed = entry.state.kind === 'ok' || entry.state.kind !== state.kind || entry.state.message !== state.message;
    entry.state = state;
    if (changed) {
      this.changeEmitter.fire([entry.key]);
      if (report) this.reportPaused(entry, state);
    }
    return { ok: false, reason: state.kind, message: state.message };
  }

  private reportPaused(entry: Entry, state: Exclude<SidecarState, { kind: 'ok' }>): void {
    const file = vscode.workspace.asRelativePath(entry.sidecar);
    const open = vscode.l10n.t('Open File');
    const text = state.kind === 'invalid'
      ? vscode.l10n.t('{0} is not a valid annotations file, so Dossier will not write over it: new annotations of this article are not saved until it is fixed. {1}', file, state.message)
      : vscode.l10n.t('{0} is read-only: {1}', file, state.message);
    const shown = state.kind === 'invalid' ? vscode.window.showErrorMessage(text, open) : vscode.window.showWarningMessage(text, open);
    void shown.then((choice) => (choice === open ? vscode.window.showTextDocument(entry.sidecar) : undefined));
  }

  private reportConflicts(entry: Entry, count: number): void {
    const show = vscode.l10n.t('Show');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} annotation(s) of {1} were changed both here and on disk. Both versions are kept and marked as conflicts: keep one of each.', count, vscode.workspace.asRelativePath(entry.uri)),
      show,
    ).then((choice) => (choice === show ? vscode.commands.executeCommand('dossier.annotations.focus') : undefined));
  }

  /** Anchors annotations that are new or whose stored target changed, and forgets removed ones. */
  private async anchorChanged(entry: Entry): Promise<void> {
    const ids = new Set(entry.annotations.map((a) => a.id));
    for (const id of [...entry.anchors.keys()]) {
      if (!ids.has(id) && !entry.placing.has(id)) {
        entry.anchors.delete(id);
        entry.anchoredTargets.delete(id);
      }
    }
    const pending = entry.annotations.filter((a) => !entry.anchors.has(a.id) || !sameTarget(entry.anchoredTargets.get(a.id), a.target));
    if (pending.length === 0) return;
    const document = this.documentOf(entry.key);
    const uri = entry.uri;
    const text = document ? document.getText() : await this.textOf(uri);
    // Opened or renamed while the file was read: that anchors everything again.
    if (!document && (this.documentOf(entry.key) || entry.uri !== uri)) return;
    entry.articleMissing = text === null;
    const anchors = text === null ? pending.map((a): Anchor => ({ id: a.id, state: 'orphan', reason: 'not-found' })) : anchorAnnotations(text, pending);
    anchors.forEach((anchor, i) => {
      entry.anchors.set(anchor.id, anchor);
      entry.anchoredTargets.set(anchor.id, pending[i].target);
    });
  }

  /** Anchors every annotation afresh against the article's current text. */
  private async anchorFromSource(entry: Entry): Promise<void> {
    entry.anchoredTargets.clear();
    await this.anchorChanged(entry);
    this.changeEmitter.fire([entry.key]);
  }

  private async loadWorkspace(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/{node_modules,.git}/**');
    // A few at a time: each reads its sidecar and its article.
    for (let i = 0; i < sidecars.length; i += LOAD_BATCH) await Promise.all(sidecars.slice(i, i + LOAD_BATCH).map((uri) => this.load(uri)));
  }

  /** Reads the sidecar `uri` (new to the store, or changed on disk) and anchors its annotations. */
  private load(sidecar: vscode.Uri): Promise<unknown> {
    const article = articleUriOf(sidecar);
    if (!article) return Promise.resolve();
    const entry = this.entryFor(article);
    return this.enqueue(entry, () => this.sync(entry, entry.annotations));
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (uri.path.endsWith(SIDECAR_SUFFIX)) {
      const article = articleUriOf(uri);
      if (article && !this.moving.has(articleKey(article))) void this.load(uri);
      return;
    }
    const entry = this.entries.get(articleKey(uri));
    // An open document is the article's text: VS Code reports its reload from disk as an edit.
    if (entry && !this.documentOf(entry.key)) void this.anchorFromSource(entry);
  }

  private onOpen(document: vscode.TextDocument): void {
    if (!this.canAnnotate(document.uri)) return;
    const entry = this.entries.get(articleKey(document.uri));
    if (entry) {
      void this.anchorFromSource(entry);
      return;
    }
    // A file outside the folders searched on start may still have a sidecar.
    const sidecar = sidecarUri(document.uri);
    void Promise.resolve(vscode.workspace.fs.stat(sidecar)).then(() => this.load(sidecar), () => undefined);
  }

  /** Anchors move with the text as the user types; an annotation whose text went is looked for again after a pause. */
  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(articleKey(e.document.uri));
    if (!entry || e.contentChanges.length === 0 || entry.anchors.size === 0) return;
    const edits = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const moved = applyEdits([...entry.anchors.values()], edits);
    entry.anchors = new Map(moved.map((a) => [a.id, a]));
    if (moved.some((a) => a.state === 'orphan')) this.scheduleOrphanSearch(entry, e.document);
    this.changeEmitter.fire([entry.key]);
  }

  private scheduleOrphanSearch(entry: Entry, document: vscode.TextDocument): void {
    clearTimeout(entry.orphanSearch);
    entry.orphanSearch = setTimeout(() => {
      if (document.isClosed || this.entries.get(entry.key) !== entry) return;
      const orphans = entry.annotations.filter((a) => entry.anchors.get(a.id)?.state !== 'anchored');
      const found = anchorAnnotations(document.getText(), orphans).filter((a) => a.state === 'anchored');
      for (const anchor of found) entry.anchors.set(anchor.id, anchor);
      if (found.length) this.changeEmitter.fire([entry.key]);
    }, 300);
  }

  /** Saving an article stores where its annotations now are, so the sidecar matches the file. */
  private onSave(document: vscode.TextDocument): void {
    const entry = this.entries.get(articleKey(document.uri));
    if (!entry || entry.state.kind !== 'ok') return;
    const text = document.getText();
    const anchors = [...entry.anchors.values()];
    const updated = updateTargets(text, entry.annotations, anchors);
    if (updated.every((a, i) => a === entry.annotations[i])) return;
    // The live anchors are right; record the fresh targets as theirs so nothing is searched for again.
    for (const a of updated) if (entry.anchors.get(a.id)?.state === 'anchored') entry.anchoredTargets.set(a.id, a.target);
    void this.change(entry.uri, (current) => updateTargets(text, current, anchors), { report: true });
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.orphanSearch);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
