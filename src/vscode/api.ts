import * as vscode from 'vscode';
import { analyzeArticle } from '../core/analyze';
import type { ArticleAnalysis, CanonicalEntity } from '../core/model';
import type { ArticleIndexing } from './articleIndexing';
import { keyToUri, toVscodeRange } from './convert';

/**
 * What `activate` returns: the API other extensions and scripts use, through
 * `vscode.extensions.getExtension('dossier-research.dossier').exports`. Offsets are UTF-16.
 */
export interface DossierApi {
  /** Bumped on incompatible changes. */
  readonly apiVersion: 1;
  /** Resolves when the first indexing pass over the workspace has finished. */
  readonly ready: Promise<void>;
  /** Analyses any text as an article, without adding it to the index. */
  analyzeText(text: string): ArticleAnalysis;
  /**
   * Analyses an open or on-disk document as it is now and adds it to the workspace index (a large
   * one, analysed in the background, joins the index a moment after this resolves).
   */
  analyzeDocument(uri: vscode.Uri): Promise<ArticleAnalysis>;
  /** Every entity in the workspace, linked across articles and spellings. */
  entities(): CanonicalEntity[];
  /** Entities matching a name in any spelling. */
  findEntities(query: string): CanonicalEntity[];
  /** Every mention of an entity (by id) across the workspace. */
  mentions(entityId: string): Array<{ uri: vscode.Uri; range: vscode.Range; text: string }>;
}

export function createApi(indexing: ArticleIndexing): DossierApi {
  const { index } = indexing;
  return {
    apiVersion: 1,
    ready: indexing.ready,
    analyzeText: (text) => analyzeArticle(text),
    analyzeDocument: async (uri) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const analysis = await indexing.analysisOf(document);
      // The index keeps no texts; callers get the analysis whole, text included.
      return { ...analysis, parsed: { ...analysis.parsed, text: document.getText() } };
    },
    entities: () => index.entities(),
    findEntities: (query) => index.searchEntities(query),
    mentions: (entityId) => index.mentionsOf(entityId).flatMap(({ key, mention }) => {
      const article = index.get(key);
      return article ? [{ uri: keyToUri(key), range: toVscodeRange(article, mention), text: mention.text }] : [];
    }),
  };
}
