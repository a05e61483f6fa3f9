import * as vscode from 'vscode';
import { dateHover, entityHover, quoteHover, type HoverOptions } from '../../core/index/hoverContent';
import type { ArticleIndexing } from '../articleIndexing';
import { displayName, toRange } from '../convert';
import { openLocationLink, OPEN_LOCATION_COMMAND } from './openLocation';

/** Hovers on names (who), dates (when, and how it was resolved) and quotes (who said it, and how others worded it). */
export function registerHovers(indexing: ArticleIndexing): vscode.Disposable {
  const options: HoverOptions = { displayName, link: openLocationLink };
  const markdown = (value: string) => {
    const content = new vscode.MarkdownString(value);
    // Only Dossier's own "open at location" links may run; article text is escaped and never HTML.
    content.isTrusted = { enabledCommands: [OPEN_LOCATION_COMMAND] };
    return content;
  };
  return vscode.languages.registerHoverProvider({ language: 'article' }, {
    provideHover(document, position) {
      const found = indexing.entityAt(document, position);
      const content = found && entityHover(indexing.index, found.entity.id, options);
      if (found && content) return new vscode.Hover(markdown(content), toRange(document, found.mention));
      const { key, analysis } = indexing.articleOf(document);
      const offset = document.offsetAt(position);
      const within = (span: { start: number; end: number }) => span.start <= offset && offset < span.end;
      const date = analysis.dates.find(within);
      if (date) return new vscode.Hover(markdown(dateHover(date)), toRange(document, date));
      const quote = analysis.quotes.find(within);
      if (quote) return new vscode.Hover(markdown(quoteHover(indexing.index, key, quote, options)), toRange(document, quote));
      return undefined;
    },
  });
}
