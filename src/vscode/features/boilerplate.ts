import * as vscode from 'vscode';
import type { ArticleIndexing } from '../articleIndexing';
import { articleKey, toRange } from '../convert';

/** Dims navigation, ads, related-story lists and other page furniture that is not the article. */
export function registerBoilerplateDimming(indexing: ArticleIndexing): vscode.Disposable {
  const createDecoration = () => vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('dossier.boilerplateForeground'),
    fontStyle: 'italic',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  let decoration = createDecoration();
  const enabled = () => vscode.workspace.getConfiguration('dossier.highlight').get('dimBoilerplate', true);
  const refresh = (editor: vscode.TextEditor) => {
    if (editor.document.languageId !== 'article') return;
    const regions = enabled() ? indexing.articleOf(editor.document).analysis.parsed.regions.filter((r) => r.kind === 'boilerplate') : [];
    editor.setDecorations(decoration, regions.map((r) => toRange(editor.document, r)));
  };
  const refreshAll = () => vscode.window.visibleTextEditors.forEach(refresh);
  refreshAll();
  return vscode.Disposable.from(
    { dispose: () => decoration.dispose() },
    vscode.window.onDidChangeVisibleTextEditors(refreshAll),
    indexing.onDidChange((keys) => {
      const changed = new Set(keys);
      vscode.window.visibleTextEditors.filter((e) => changed.has(articleKey(e.document.uri))).forEach(refresh);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('dossier.highlight')) return;
      decoration.dispose();
      decoration = createDecoration();
      refreshAll();
    }),
  );
}
