import * as vscode from 'vscode';
import { highlightSpans, splitAtLineBreaks, TOKEN_MODIFIERS, TOKEN_TYPES, type HighlightLayers } from '../../core/index/highlights';
import type { ArticleAnalysis } from '../../core/model';
import type { ArticleIndexing } from '../articleIndexing';

export const semanticTokensLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/**
 * VS Code asks for new tokens at the earliest 300 ms after an edit; telling it the tokens changed
 * makes it ask at once. This pause lets a burst of keystrokes share one analysis.
 */
const TYPING_REFRESH_MS = 60;

function highlightLayers(): HighlightLayers {
  const config = vscode.workspace.getConfiguration('dossier.highlight');
  return { entities: config.get('entities', true), dates: config.get('dates', true), quotes: config.get('quotes', true) };
}

function tokensOf(document: vscode.TextDocument, analysis: ArticleAnalysis, range?: vscode.Range): vscode.SemanticTokens {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  const spans = highlightSpans(analysis, highlightLayers()).filter((s) => s.end > from && s.start < to);
  const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
  // Only the text the tokens cover is read, so that a range of a large file copies little.
  const first = spans.length ? spans[0].start : 0;
  const text = document.getText(new vscode.Range(document.positionAt(first), document.positionAt(spans.length ? spans[spans.length - 1].end : 0)));
  for (const span of splitAtLineBreaks(text, spans.map((s) => ({ ...s, start: s.start - first, end: s.end - first })))) {
    const start = document.positionAt(span.start + first);
    const modifiers = span.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    builder.push(start.line, start.character, span.end - span.start, TOKEN_TYPES.indexOf(span.type), modifiers);
  }
  return builder.build();
}

/**
 * People, organisations, places, dates, quotes and speakers as semantic tokens, for the whole
 * article or just the visible range (a large article's visible part is analysed first).
 */
export function registerSemanticTokens(indexing: ArticleIndexing): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const provider: vscode.DocumentSemanticTokensProvider & vscode.DocumentRangeSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens: async (document, token) => tokensOf(document, await indexing.analysisOf(document, token)),
    provideDocumentRangeSemanticTokens: (document, range) => tokensOf(document, indexing.analysisOfRange(document, range), range),
  };
  const selector: vscode.DocumentSelector = { language: 'article' };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'article' || e.contentChanges.length === 0 || typingTimer) return;
      typingTimer = setTimeout(() => {
        typingTimer = undefined;
        changed.fire();
      }, TYPING_REFRESH_MS);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dossier.highlight')) changed.fire();
    }),
    { dispose: () => clearTimeout(typingTimer) },
  );
}
