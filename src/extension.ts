import * as vscode from 'vscode';
import { createApi, type DossierApi } from './vscode/api';
import { ArticleFiles, type LocalFiles } from './vscode/articleFiles';
import { ArticleIndexing } from './vscode/articleIndexing';
import { registerAnnotations } from './vscode/features/annotations';
import { registerArticleLanguage } from './vscode/features/articleLanguage';
import { registerBoilerplateDimming } from './vscode/features/boilerplate';
import { registerHovers } from './vscode/features/hovers';
import { registerNavigation } from './vscode/features/navigation';
import { registerOpenLocation } from './vscode/features/openLocation';
import { registerOutline } from './vscode/features/outline';
import { registerRelatedArticles } from './vscode/features/relatedArticles';
import { registerSemanticTokens } from './vscode/features/semanticTokens';
import { indexedEventsSource } from './vscode/panel/eventsSource';
import { registerEventsView } from './vscode/panel/eventsView';

let activeIndexing: ArticleIndexing | undefined;

/**
 * Builds Dossier's services and registers each feature; every feature lives in src/vscode/features.
 * The Node extension host's entry (src/desktop.ts) passes `localFiles`, its own disk.
 */
export function activate(context: vscode.ExtensionContext, localFiles?: LocalFiles): DossierApi {
  const indexing = new ArticleIndexing(context.storageUri, new ArticleFiles(localFiles));
  activeIndexing = indexing;
  const events = indexedEventsSource(indexing);
  context.subscriptions.push(
    indexing,
    events,
    registerEventsView(context.extensionUri, events),
    registerArticleLanguage(),
    registerOpenLocation(),
    registerSemanticTokens(indexing),
    registerBoilerplateDimming(indexing),
    registerHovers(indexing),
    registerNavigation(indexing),
    registerOutline(indexing),
    registerRelatedArticles(indexing),
    registerAnnotations(indexing, context),
  );
  return createApi(indexing);
}

export function deactivate(): Promise<void> | undefined {
  // Everything is disposed through context.subscriptions; a pending index cache is written first.
  return activeIndexing?.flushCache();
}
