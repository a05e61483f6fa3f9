import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeWorkspace, buildReport, type AnalyzeReport } from '../core/report';
import { parseOverrides, type EntityOverrides } from '../core/link/overrides';
import { collectArticles } from './files';
import type { CliIo } from './io';
import { clipText } from '../core/text/clip';

const USAGE = 'usage: dossier analyze [--json] [--max-size MB] [--entities FILE] <file|folder>...';

/**
 * `dossier analyze`: analyses the files (folders recursively) as one workspace and prints a readable
 * summary, or with --json the report external tools read. Files that cannot be analysed are named on
 * stderr with the reason; they never stop the others.
 */
export async function runAnalyze(args: readonly string[], io: CliIo): Promise<number> {
  const paths: string[] = [];
  let json = false;
  let maxBytes: number | undefined;
  let entitiesFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--max-size') maxBytes = Number(args[++i]) * 1024 * 1024;
    else if (arg === '--entities') entitiesFile = args[++i];
    else if (arg.startsWith('--')) return usageError(io, `unknown option ${arg}`);
    else paths.push(arg);
  }
  if (paths.length === 0) return usageError(io, 'no files or folders given');
  if (maxBytes !== undefined && !(maxBytes > 0)) return usageError(io, '--max-size takes a number of megabytes');

  const overrides = await loadOverrides(entitiesFile ?? join(paths[0], '.dossier', 'entities.json'), entitiesFile !== undefined, io);
  if (overrides === 'failed') return 2;
  const { files, declined } = await collectArticles(paths, maxBytes);
  for (const { file, reason } of declined) io.stderr(`dossier: skipped ${file}: ${reason}\n`);
  const report = buildReport(analyzeWorkspace(files, overrides));
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report));
  return files.length === 0 && declined.length > 0 ? 1 : 0;
}

/** The user's entity corrections; a broken file is an error the user must see, never silently ignored. */
async function loadOverrides(path: string, named: boolean, io: CliIo): Promise<EntityOverrides | undefined | 'failed'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (!named) return undefined;
    io.stderr(`dossier: cannot read entity overrides ${path}\n`);
    return 'failed';
  }
  const parsed = parseOverrides(text);
  if (parsed.errors.length > 0) {
    io.stderr(parsed.errors.map((e) => `dossier: ${path}: ${e}\n`).join(''));
    return 'failed';
  }
  return parsed.overrides;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`dossier analyze: ${message}\n${USAGE}\n`);
  return 2;
}

/** A readable summary: each article's metadata and findings, then the people and places across all. */
export function formatSummary(report: AnalyzeReport): string {
  const lines: string[] = [];
  const nameOf = new Map(report.entities.map((e) => [e.id, e.name]));
  for (const article of report.articles) {
    lines.push(article.file);
    lines.push(`  ${article.title ?? '(no headline found)'}`);
    const date = article.publicationDate ? `${article.publicationDate}${article.publicationDateFrom === 'inferred' ? ' (inferred from related coverage)' : ''}` : 'date unknown';
    lines.push(`  ${article.source ?? 'source unknown'} · ${date} · language ${article.language}`);
    lines.push(`  ${article.entities.length} names, ${article.dates.length} dates, ${article.quotes.length} quotes, ${article.figures.length} figures, ${article.boilerplate.length} boilerplate regions`);
    for (const quote of article.quotes.filter((q) => !q.scare)) {
      const speaker = quote.speaker ? nameOf.get(quote.speaker) ?? quote.speaker : 'unattributed';
      lines.push(`    ${speaker}: “${clipText(quote.text, 90)}”`);
    }
    lines.push('');
  }
  const byMentions = [...report.entities].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name));
  lines.push(`${report.entities.length} entities across ${report.articles.length} articles:`);
  for (const entity of byMentions) {
    const aliases = entity.aliases.filter((a) => a !== entity.name);
    lines.push(`  ${entity.name} (${entity.type}) · ${entity.articles} articles, ${entity.mentions} mentions${aliases.length ? ` · also ${aliases.join(', ')}` : ''}${entity.roles.length ? ` · ${entity.roles[0]}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

