import type { ArticleAnalysis } from './model';
import { parseArticle } from './article/parse';
import { extractDates } from './extract/dates';
import { extractEntities } from './extract/entities';
import { extractFigures } from './extract/figures';
import { extractQuotes } from './extract/quotes';

export interface AnalyzeOptions {
  /**
   * Publication date (ISO day) to use when the text states none, e.g. one inferred from related
   * articles of the workspace. A date stated in the text always wins.
   */
  publicationDate?: string;
}

/**
 * Analyses one article's text: structure, entities, dates, quotes and figures. Pure and
 * synchronous; `text` is the text as VS Code shows it (UTF-8 decoded, BOM removed).
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const parsed = parseArticle(text);
  if (!parsed.publicationDate && options.publicationDate) parsed.publicationDate = options.publicationDate;
  const entities = extractEntities(parsed);
  const dates = extractDates(parsed);
  return {
    parsed,
    entities,
    dates,
    quotes: extractQuotes(parsed, entities),
    figures: extractFigures(parsed, dates),
  };
}
