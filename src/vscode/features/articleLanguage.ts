import * as vscode from 'vscode';
import { ARTICLE_SNIFF_CHARS, classifyArticleFile, isArticleVerdict, type ArticleFileRules } from '../../core/article/articleLikeness';

const ARTICLE = 'article';
const PLAIN_TEXT = 'plaintext';
/** Pause after the last edit before a new or untitled document is judged again. */
const RECHECK_DELAY_MS = 500;

/** The `dossier.articles.*` settings that apply to `scope` (folder settings win in multi-root workspaces). */
export function articleFileRules(scope?: vscode.Uri): ArticleFileRules {
  const config = vscode.workspace.getConfiguration('dossier.articles', scope);
  return {
    include: config.get<string[]>('include', []),
    exclude: config.get<string[]>('exclude', []),
    detect: config.get<boolean>('detect', true),
  };
}

/**
 * Shows plain-text articles in the Article language: files matching `dossier.articles.include`,
 * and with `dossier.articles.detect` any plain-text file that reads like one (judged on opening, and
 * for new or untitled files again after edits, so pasting an article into one works). A document
 * whose language was changed by hand (or already switched once) is never switched automatically
 * again, so choosing Plain Text in the language picker sticks. Also provides `dossier.treatAsArticle`.
 */
export function registerArticleLanguage(): vscode.Disposable {
  // Documents whose language is settled: switched by Dossier, or changed by the user.
  const settled = new Set<string>();
  // Documents that were blank when opened: judged again once the user has typed or pasted text.
  const watched = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // VS Code reports a language change as the document closing and reopening in the same tick.
  let justClosed: string | undefined;

  const switchToArticle = async (document: vscode.TextDocument): Promise<void> => {
    settled.add(document.uri.toString());
    await vscode.languages.setTextDocumentLanguage(document, ARTICLE);
  };

  const switchIfArticle = async (document: vscode.TextDocument): Promise<void> => {
    const key = document.uri.toString();
    if (document.languageId !== PLAIN_TEXT || document.isClosed || settled.has(key)) return;
    if (!document.getText(new vscode.Range(0, 0, 20, 0)).trim()) watched.add(key);
    const path = vscode.workspace.asRelativePath(document.uri, false);
    const verdict = classifyArticleFile(path, () => textToJudge(document), articleFileRules(document.uri));
    if (isArticleVerdict(verdict)) await switchToArticle(document).catch(() => undefined);
  };

  const recheckLater = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (!watched.has(key) && !document.isUntitled) return;
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      void switchIfArticle(document);
    }, RECHECK_DELAY_MS));
  };

  const checkOpenDocuments = (): void => {
    for (const document of vscode.workspace.textDocuments) void switchIfArticle(document);
  };
  // Right after activation rather than during it: the first judgement builds the detector's tables
  // (about 30 ms), and VS Code activates other extensions only once this one's activate returns.
  const firstCheck = setTimeout(checkOpenDocuments, 0);

  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => {
      const key = document.uri.toString();
      if (justClosed === key) settled.add(key);
      else void switchIfArticle(document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => recheckLater(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      justClosed = key;
      queueMicrotask(() => { justClosed = undefined; });
      watched.delete(key);
      clearTimeout(timers.get(key));
      timers.delete(key);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dossier.articles')) checkOpenDocuments();
    }),
    vscode.commands.registerCommand('dossier.treatAsArticle', async (uri?: unknown) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: open a plain-text file first, then run “Treat as Article”.'));
        return;
      }
      const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
      if (document.languageId === ARTICLE) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: “{0}” is already shown as an article.', name));
      } else if (document.languageId !== PLAIN_TEXT) {
        void vscode.window.showWarningMessage(vscode.l10n.t(
          'Dossier treats only plain-text files as articles, and “{0}” is {1}. To show it as an article anyway, pick “Article” with “Change Language Mode”.',
          name, document.languageId,
        ));
      } else {
        await switchToArticle(document);
      }
    }),
    { dispose: () => [firstCheck, ...timers.values()].forEach((timer) => clearTimeout(timer)) },
  );
}

/** The start of the document, as much as `looksLikeArticle` reads, without copying a huge file. */
function textToJudge(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(ARTICLE_SNIFF_CHARS)));
}
