import * as vscode from 'vscode';
import type { ArticleIndexing } from '../articleIndexing';
import { displayName, keyToUri } from '../convert';

const SHOW_RELATED_COMMAND = 'dossier.showRelatedArticles';

/**
 * A CodeLens on the headline: how many other articles share people, organisations or places with
 * this one; clicking lists them, most shared first, and opens the one picked.
 */
export function registerRelatedArticles(indexing: ArticleIndexing): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  return vscode.Disposable.from(
    changed,
    indexing.onDidChange(() => changed.fire()),
    vscode.languages.registerCodeLensProvider({ language: 'article' }, {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses(document) {
        const { key, analysis } = indexing.articleOf(document);
        const title = analysis.parsed.title ?? { start: 0, end: 0 };
        const related = indexing.index.relatedArticles(key);
        const range = new vscode.Range(document.positionAt(title.start), document.positionAt(title.start));
        const label = related.length === 0 ? 'No other article shares its people or places' : `${related.length} other article${related.length === 1 ? '' : 's'} share its people or places`;
        return [new vscode.CodeLens(range, { title: label, command: related.length ? SHOW_RELATED_COMMAND : '', arguments: [document.uri] })];
      },
    }),
    vscode.commands.registerCommand(SHOW_RELATED_COMMAND, async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return;
      const { key } = indexing.articleOf(document);
      const items = indexing.index.relatedArticles(key).map((related) => ({
        label: displayName(related.key),
        description: `${related.sharedEntities.length} shared`,
        detail: related.sharedEntities.slice(0, 8).map((id) => indexing.index.entity(id)?.name ?? id).join(', '),
        key: related.key,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: `Articles related to ${displayName(key)}`, matchOnDetail: true });
      if (picked) await vscode.window.showTextDocument(keyToUri(picked.key));
    }),
  );
}
