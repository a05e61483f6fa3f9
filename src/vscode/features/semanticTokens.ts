import * as vscode from 'vscode';
import { highlightSpans, splitAtLineBreaks, TOKEN_MODIFIERS, TOKEN_TYPES, type HighlightLayers } from '../../core/index/highlights';
import type { ArticleIndexing } from '../articleIndexing';

export const semanticTokensLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

function highlightLayers(): HighlightLayers {
  const config = vscode.workspace.getConfiguration('dossier.highlight');
  return { entities: config.get('entities', true), dates: config.get('dates', true), quotes: config.get('quotes', true) };
}

/**
 * People, organisations, places, dates, quotes and speakers as semantic tokens, for the whole
 * article or just the visible range of a large one.
 */
export function registerSemanticTokens(indexing: ArticleIndexing): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const tokensFor = (document: vscode.TextDocument, range?: vscode.Range): vscode.SemanticTokens => {
    const { analysis } = indexing.articleOf(document);
    const text = document.getText();
    const from = range ? document.offsetAt(range.start) : 0;
    const to = range ? document.offsetAt(range.end) : text.length;
    const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
    const spans = highlightSpans(analysis, highlightLayers()).filter((s) => s.end > from && s.start < to);
    for (const span of splitAtLineBreaks(text, spans)) {
      const start = document.positionAt(span.start);
      const modifiers = span.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
      builder.push(start.line, start.character, span.end - span.start, TOKEN_TYPES.indexOf(span.type), modifiers);
    }
    return builder.build();
  };
  const provider: vscode.DocumentSemanticTokensProvider & vscode.DocumentRangeSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens: (document) => tokensFor(document),
    provideDocumentRangeSemanticTokens: (document, range) => tokensFor(document, range),
  };
  const selector: vscode.DocumentSelector = { language: 'article' };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dossier.highlight')) changed.fire();
    }),
  );
}
