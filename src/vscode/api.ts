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
  /** Analyses an open or on-disk document, adding it to the workspace index. */
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
    analyzeDocument: async (uri) => indexing.articleOf(await vscode.workspace.openTextDocument(uri)).analysis,
    entities: () => index.entities(),
    findEntities: (query) => index.searchEntities(query),
    mentions: (entityId) => index.mentionsOf(entityId).map(({ key, mention }) => ({
      uri: keyToUri(key),
      range: toVscodeRange(index.get(key)!, mention),
      text: mention.text,
    })),
  };
}
