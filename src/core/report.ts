import type { ArticleAnalysis, CanonicalEntity, EntityType } from './model';
import { analyzeArticle } from './analyze';
import { inferPublicationDates, type InferredDate } from './article/dateInference';
import { EntityLinker } from './link/linker';
import type { EntityOverrides } from './link/overrides';

/** One input file of a workspace analysis: its path as given and its text as VS Code shows it. */
export interface WorkspaceFile {
  file: string;
  text: string;
}

export interface AnalyzedArticle {
  file: string;
  analysis: ArticleAnalysis;
  /** Set when the publication date was borrowed from another article of the workspace. */
  inferredDate?: InferredDate;
}

export interface WorkspaceAnalysis {
  articles: AnalyzedArticle[];
  linker: EntityLinker;
}

/**
 * Analyses a set of articles as one workspace: each article alone, then publication dates inferred
 * for undated articles from related dated ones (and their dates re-resolved), then entities linked
 * across articles.
 */
export function analyzeWorkspace(files: readonly WorkspaceFile[], overrides?: EntityOverrides): WorkspaceAnalysis {
  const first = files.map((f) => ({ key: f.file, analysis: analyzeArticle(f.text) }));
  const inferred = inferPublicationDates(first);
  const articles: AnalyzedArticle[] = first.map(({ key, analysis }, index) => {
    const borrowed = inferred.get(key);
    if (!borrowed) return { file: key, analysis };
    return { file: key, analysis: analyzeArticle(files[index].text, { publicationDate: borrowed.date }), inferredDate: borrowed };
  });
  const linker = new EntityLinker(overrides);
  for (const article of articles) linker.add(article.file, article.analysis.entities);
  return { articles, linker };
}

/** The JSON that `dossier analyze --json` prints; external tools and the evaluation read this shape. */
export interface AnalyzeReport {
  articles: ArticleReport[];
  entities: CanonicalEntity[];
  events: unknown[];
}

export interface ArticleReport {
  file: string;
  title: string | null;
  source: string | null;
  publicationDate: string | null;
  /** "text" when the article states it, "inferred" when borrowed from related coverage. */
  publicationDateFrom: 'text' | 'inferred' | null;
  language: string;
  boilerplate: Array<{ start: number; end: number }>;
  entities: Array<{ start: number; end: number; text: string; type: EntityType; id: string | null; role?: string }>;
  dates: Array<{ start: number; end: number; text: string; value: string | null; grain: string; explanation: string }>;
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; partial: boolean; scare: boolean }>;
  figures: Array<{ start: number; end: number; text: string; value: number; unit: string }>;
  events: string[];
}

/** Builds the `analyze --json` report of a workspace analysis. */
export function buildReport(workspace: WorkspaceAnalysis): AnalyzeReport {
  const { linker } = workspace;
  const articles = workspace.articles.map(({ file, analysis, inferredDate }): ArticleReport => {
    const { parsed } = analysis;
    const idOf = (name: string | null) => (name === null ? null : linker.entityIdFor(file, name) ?? null);
    return {
      file,
      title: parsed.title?.text ?? null,
      source: parsed.source,
      publicationDate: parsed.publicationDate,
      publicationDateFrom: parsed.publicationDate ? (inferredDate ? 'inferred' : 'text') : null,
      language: parsed.language,
      boilerplate: parsed.regions.filter((r) => r.kind === 'boilerplate').map(({ start, end }) => ({ start, end })),
      entities: analysis.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, id: idOf(e.name), ...(e.role ? { role: e.role } : {}) })),
      dates: analysis.dates.map(({ start, end, text, value, grain, explanation }) => ({ start, end, text, value, grain, explanation })),
      quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: idOf(q.speaker), partial: q.partial, scare: q.scare })),
      figures: analysis.figures.map(({ start, end, text, value, unit }) => ({ start, end, text, value, unit })),
      events: [],
    };
  });
  return { articles, entities: linker.entities(), events: [] };
}
