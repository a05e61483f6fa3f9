import type { ArticleAnalysis } from './model';
import { parseArticle } from './article/parse';
import { extractDates } from './extract/dates';
import { extractEntities } from './extract/entities';
import { extractFigures } from './extract/figures';
import { extractQuotes } from './extract/quotes';

/**
 * Analyses one article's text: structure, entities, dates, quotes and figures. Pure and
 * synchronous; `text` is the text as VS Code shows it (UTF-8 decoded, BOM removed).
 */
export function analyzeArticle(text: string): ArticleAnalysis {
  const parsed = parseArticle(text);
  const entities = extractEntities(parsed);
  return {
    parsed,
    entities,
    dates: extractDates(parsed),
    quotes: extractQuotes(parsed, entities),
    figures: extractFigures(parsed),
  };
}
