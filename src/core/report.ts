import type { ArticleAnalysis, CanonicalEntity, EntityType, EventCluster } from './model';
import { WorkspaceIndex } from './index/workspaceIndex';
import type { EntityOverrides } from './link/overrides';

/** One input file of a workspace analysis: its path as given and its text as VS Code shows it. */
export interface WorkspaceFile {
  file: string;
  text: string;
}

/**
 * Analyses a set of articles as one workspace: each article alone, entities linked across them, and
 * publication dates of undated articles inferred from related dated ones.
 */
export function analyzeWorkspace(files: readonly WorkspaceFile[], overrides?: EntityOverrides): WorkspaceIndex {
  const index = new WorkspaceIndex(overrides);
  const textOf = new Map(files.map((f) => [f.file, f.text]));
  for (const { file, text } of files) index.update(file, text);
  for (const key of index.undatedArticlesNowDatable()) index.update(key, textOf.get(key)!);
  return index;
}

/** The JSON that `dossier analyze --json` prints; external tools and the evaluation read this shape. */
export interface AnalyzeReport {
  articles: ArticleReport[];
  entities: CanonicalEntity[];
  events: EventCluster[];
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
export function buildReport(index: WorkspaceIndex): AnalyzeReport {
  const articles = index.keys().map((file): ArticleReport => {
    const { analysis, inferredDate } = index.get(file)!;
    const { parsed } = analysis;
    const idOf = (name: string | null) => (name === null ? null : index.entityIdFor(file, name) ?? null);
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
      events: index.eventsOf(file),
    };
  });
  return { articles, entities: index.entities(), events: index.events() };
}
