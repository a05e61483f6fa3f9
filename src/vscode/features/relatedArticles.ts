import * as vscode from 'vscode';
import type { ArticleIndexing } from '../articleIndexing';
import { AdaptiveRefresh } from '../adaptiveRefresh';
import { displayName, keyToUri } from '../convert';

const SHOW_RELATED_COMMAND = 'dossier.showRelatedArticles';
/** The lens counts across the workspace; while the user types it follows after this pause (longer when counting is slow). */
const REFRESH_DELAY_MS = 500;

function lensTitle(count: number): string {
  if (count === 0) return vscode.l10n.t('No other article shares its people, places or events');
  if (count === 1) return vscode.l10n.t('1 other article shares its people, places or events');
  return vscode.l10n.t('{0} other articles share its people, places or events', count);
}

/** `one` for 1, `many` for more, nothing for 0: whole messages, so that each language words its own plural. */
function plural(n: number, one: string, many: string): string {
  return n === 0 ? '' : n === 1 ? one : many;
}

/**
 * A CodeLens on the headline: how many other articles share people, organisations, places or
 * events with this one; clicking lists them, most shared first, and opens the one picked.
 */
export function registerRelatedArticles(indexing: ArticleIndexing): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  // While a pass indexes the workspace the count would change with every batch, and counting
  // shared events means describing every event that changed: the lens waits for the pass to end.
  const refresh = new AdaptiveRefresh(() => {
    if (indexing.indexingWorkspace) refresh.schedule();
    else changed.fire();
  }, REFRESH_DELAY_MS);
  return vscode.Disposable.from(
    changed,
    refresh,
    indexing.onDidChange(() => refresh.schedule()),
    vscode.languages.registerCodeLensProvider({ language: 'article' }, {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses(document) {
        const { key, analysis } = indexing.articleOf(document);
        const start = document.positionAt(analysis.parsed.title?.start ?? 0);
        const count = refresh.measure(() => indexing.index.relatedArticleCount(key));
        return [new vscode.CodeLens(new vscode.Range(start, start), { title: lensTitle(count), command: count ? SHOW_RELATED_COMMAND : '', arguments: [document.uri] })];
      },
    }),
    vscode.commands.registerCommand(SHOW_RELATED_COMMAND, async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return;
      const { key } = indexing.articleOf(document);
      const { index } = indexing;
      const items = index.relatedArticles(key).map((related) => ({
        label: displayName(related.key),
        description: [
          plural(related.sharedEvents.length, vscode.l10n.t('1 shared event'), vscode.l10n.t('{0} shared events', related.sharedEvents.length)),
          plural(related.sharedEntities.length, vscode.l10n.t('1 shared name'), vscode.l10n.t('{0} shared names', related.sharedEntities.length)),
        ].filter(Boolean).join(' · '),
        detail: related.sharedEntities.slice(0, 8).map((id) => index.entity(id)?.name ?? id).join(', '),
        key: related.key,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Articles related to {0}', displayName(key)), matchOnDetail: true });
      if (picked) await vscode.window.showTextDocument(keyToUri(picked.key));
    }),
  );
}
