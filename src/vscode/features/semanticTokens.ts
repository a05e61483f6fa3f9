import * as vscode from 'vscode';
import { highlightSpans, splitAtLineBreaks, TOKEN_MODIFIERS, TOKEN_TYPES, type HighlightLayers } from '../../core/index/highlights';
import type { ArticleAnalysis } from '../../core/model';
import type { ArticleIndexing } from '../articleIndexing';
import { inSlices } from '../timeSlices';

export const semanticTokensLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/**
 * VS Code asks for new tokens at the earliest 300 ms after an edit; telling it the tokens changed
 * makes it ask at once. Told this long after the last keystroke, a burst of keystrokes shares one
 * analysis, and steady typing is left to VS Code's own schedule.
 */
const TYPING_PAUSE_MS = 50;

function highlightLayers(): HighlightLayers {
  const config = vscode.workspace.getConfiguration('dossier.highlight');
  return { entities: config.get('entities', true), dates: config.get('dates', true), quotes: config.get('quotes', true) };
}

/** Adds the tokens of `analysis` (within `range`, when given) to `builder`, in text order. */
function pushTokens(builder: vscode.SemanticTokensBuilder, document: vscode.TextDocument, analysis: ArticleAnalysis, range?: vscode.Range): void {
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  const spans = highlightSpans(analysis, highlightLayers()).filter((s) => s.end > from && s.start < to);
  if (spans.length === 0) return;
  // Only the text the tokens cover is read, so that a part of a large file copies little.
  const first = spans[0].start;
  const text = document.getText(new vscode.Range(document.positionAt(first), document.positionAt(spans[spans.length - 1].end)));
  for (const span of splitAtLineBreaks(text, spans.map((s) => ({ ...s, start: s.start - first, end: s.end - first })))) {
    const start = document.positionAt(span.start + first);
    const modifiers = span.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    builder.push(start.line, start.character, span.end - span.start, TOKEN_TYPES.indexOf(span.type), modifiers);
  }
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
    async provideDocumentSemanticTokens(document, token) {
      const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
      // A large article comes in chunks, and its hundred thousand tokens are built a slice at a time.
      const parts = (await indexing.analysisInParts(document, token))[Symbol.iterator]();
      const next = () => {
        const part = parts.next();
        if (!part.done) pushTokens(builder, document, part.value);
        return !part.done;
      };
      if (!(await inSlices(next, () => !token.isCancellationRequested))) throw new vscode.CancellationError();
      return builder.build();
    },
    provideDocumentRangeSemanticTokens(document, range) {
      const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
      pushTokens(builder, document, indexing.analysisOfRange(document, range), range);
      return builder.build();
    },
  };
  const selector: vscode.DocumentSelector = { language: 'article' };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, semanticTokensLegend),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'article' || e.contentChanges.length === 0) return;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => changed.fire(), TYPING_PAUSE_MS);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dossier.highlight')) changed.fire();
    }),
    { dispose: () => clearTimeout(typingTimer) },
  );
}
