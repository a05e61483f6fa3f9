import * as vscode from 'vscode';
import { articleOutline, type OutlineKind, type OutlineNode } from '../../core/index/outline';
import type { ArticleIndexing } from '../articleIndexing';
import { toRange } from '../convert';

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  headline: vscode.SymbolKind.File,
  group: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
  speaker: vscode.SymbolKind.Object,
  quote: vscode.SymbolKind.String,
  date: vscode.SymbolKind.Event,
};

/** The Outline view: headline, people / organisations / places, quotes by speaker, dates. */
export function registerOutline(indexing: ArticleIndexing): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider({ language: 'article' }, {
    async provideDocumentSymbols(document, token) {
      const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
        const range = toRange(document, node);
        const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KINDS[node.kind], range, range);
        symbol.children = node.children.map(toSymbol);
        return symbol;
      };
      return articleOutline(await indexing.analysisOf(document, token)).map(toSymbol);
    },
  }, { label: 'Dossier' });
}
