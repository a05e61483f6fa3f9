import * as vscode from 'vscode';
import { sharedIds } from '../../core/annotations/browse';
import { copyAnnotations } from '../../core/annotations/sidecar';
import { articleName } from '../annotationLabels';
import { sidecarUri, type AnnotationStore } from '../annotationStore';
import { articleKey } from '../convert';
import { showChangeFailure } from './annotationCommands';

const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
const sizeOf = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then((s) => s.size, () => -1);
const modifiedOf = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then((s) => s.mtime, () => 0);

/**
 * Annotations follow their articles through file operations made in VS Code:
 * - renamed or moved: the sidecar moves with the article, in the same operation (and undo);
 * - deleted: the user is asked whether to delete the annotations too or keep them (as orphans,
 *   back in place if the article comes back);
 * - copied: annotations are never duplicated silently. A new file with the same text as an
 *   annotated article is offered a copy of its annotations, under new ids; a sidecar copied with
 *   its article outside VS Code (same ids in two sidecars) is reported, with new ids offered for the copy.
 */
export function registerAnnotationFiles(store: AnnotationStore): vscode.Disposable {
  const warnedPairs = new Set<string>();

  async function offerCopy(uri: vscode.Uri): Promise<void> {
    if (!store.canAnnotate(uri) || store.get(articleKey(uri))?.annotations.length || (await exists(sidecarUri(uri)))) return;
    const size = await sizeOf(uri);
    if (size <= 0) return;
    for (const original of store.all()) {
      if (original.key === articleKey(uri) || original.annotations.length === 0 || (await sizeOf(original.uri)) !== size) continue;
      const [text, originalText] = await Promise.all([store.textOf(uri), store.textOf(original.uri)]);
      if (text === null || text !== originalText) continue;
      const copy = vscode.l10n.t('Copy Annotations');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is a copy of {1}, which has {2} annotation(s). Copy them too? The copies get new ids; the originals stay with {1}.', articleName(uri), articleName(original.uri), original.annotations.length),
        copy,
      );
      if (choice !== copy) return;
      const copied = await store.change(uri, (list) => [...list, ...copyAnnotations(original.annotations, articleKey(uri))]);
      if (!copied.ok) showChangeFailure(store, uri, copied);
      return;
    }
  }

  async function askAboutDeleted(uri: vscode.Uri): Promise<void> {
    const article = store.get(articleKey(uri));
    if (!article || article.annotations.length === 0 || !(await exists(article.sidecar))) return;
    const remove = vscode.l10n.t('Delete Annotations');
    const keep = vscode.l10n.t('Keep Them');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} was deleted. Delete its {1} annotation(s) too ({2}), or keep them? Kept annotations are listed as orphans and come back if the article does.', articleName(uri), article.annotations.length, articleName(article.sidecar)),
      remove, keep,
    );
    if (choice !== remove) return;
    try {
      await vscode.workspace.fs.delete(article.sidecar, { useTrash: true });
    } catch {
      // No trash on this file system (web, remote): the user chose to delete, so delete.
      await vscode.workspace.fs.delete(article.sidecar);
    }
    store.forget(uri);
  }

  /** Same ids in two sidecars: one was copied outside VS Code. Offer new ids for the newer sidecar. */
  async function checkSharedIds(): Promise<void> {
    const shared = sharedIds(store.all());
    const pairs = new Map<string, string[]>();
    for (const [id, keys] of shared) {
      const pair = keys.slice(0, 2).sort().join('\n');
      if (!warnedPairs.has(pair)) pairs.set(pair, [...(pairs.get(pair) ?? []), id]);
    }
    for (const [pair, ids] of pairs) {
      warnedPairs.add(pair);
      const [a, b] = pair.split('\n').map((key) => store.get(key)).filter((x) => x !== undefined);
      if (!a || !b) continue;
      const copy = (await modifiedOf(a.sidecar)) > (await modifiedOf(b.sidecar)) ? a : b;
      const original = copy === a ? b : a;
      const renew = vscode.l10n.t('Give Copies New Ids');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} annotation(s) of {1} have the same ids as those of {2}: its annotations file was probably copied with it. Exports would mix them up.', ids.length, articleName(copy.uri), articleName(original.uri)),
        renew,
      );
      if (choice !== renew) continue;
      const renewed = new Set(ids);
      const result = await store.change(copy.uri, (list) => [
        ...list.filter((x) => !renewed.has(x.id)),
        ...copyAnnotations(list.filter((x) => renewed.has(x.id)), copy.key),
      ]);
      if (!result.ok) showChangeFailure(store, copy.uri, result);
    }
  }

  let sharedCheck: ReturnType<typeof setTimeout> | undefined;
  void store.ready.then(checkSharedIds);

  return vscode.Disposable.from(
    { dispose: () => clearTimeout(sharedCheck) },
    vscode.workspace.onWillRenameFiles((e) => e.waitUntil((async () => {
      const edit = new vscode.WorkspaceEdit();
      for (const { oldUri, newUri } of e.files) {
        const move = await store.sidecarMove(oldUri, newUri);
        if (!move) continue;
        if (move.blocked) {
          void vscode.window.showWarningMessage(vscode.l10n.t('The annotations of {0} stay in {1}: {2} already exists and is not overwritten.', articleName(oldUri), articleName(move.from), articleName(move.to)));
        } else {
          edit.renameFile(move.from, move.to, { overwrite: false });
        }
      }
      return edit;
    })())),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => store.renamed(oldUri, newUri))),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => void askAboutDeleted(uri))),
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => void offerCopy(uri))),
    store.onDidChange(() => {
      clearTimeout(sharedCheck);
      sharedCheck = setTimeout(() => void checkSharedIds(), 1000);
    }),
  );
}
