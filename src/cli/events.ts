import { analyzeWorkspace } from '../core/report';
import { describeEventDate, type EventClusterDetail } from '../core/events/eventIndex';
import { collectArticles } from './files';
import type { CliIo } from './io';

const USAGE = 'usage: dossier events [--json] <file|folder>...';

/**
 * `dossier events`: the events the articles report, by date, each with its sources (outlet, file,
 * snippet) and where they disagree. --json prints the events of the `analyze --json` report.
 */
export async function runEvents(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (unknown || paths.length === 0) {
    io.stderr(`dossier events: ${unknown ? `unknown option ${unknown}` : 'no files or folders given'}\n${USAGE}\n`);
    return 2;
  }
  const { files, declined } = await collectArticles(paths);
  for (const { file, reason } of declined) io.stderr(`dossier: skipped ${file}: ${reason}\n`);
  const index = analyzeWorkspace(files);
  if (json) {
    io.stdout(`${JSON.stringify(index.events(), null, 2)}\n`);
  } else {
    const outlets = new Map(index.keys().map((key) => [key, index.get(key)?.analysis.parsed.source ?? null]));
    io.stdout(formatEvents(index.eventDetails(), outlets));
  }
  return files.length === 0 && declined.length > 0 ? 1 : 0;
}

/** A readable list: each event with date and place, its sources with a snippet, and its disagreements. */
export function formatEvents(events: readonly EventClusterDetail[], outlets: ReadonlyMap<string, string | null>): string {
  const lines: string[] = [];
  for (const event of events) {
    const reported = new Set(event.sources.filter((s) => !s.mention.background).map((s) => s.key));
    lines.push(`${describeEventDate(event.date)} · ${event.label}${event.place ? '' : ' · place unknown'}`);
    lines.push(`  ${event.articles.length} ${event.articles.length === 1 ? 'source' : 'sources'}${event.discrepancies.length ? ` · ${event.discrepancies.length} disagreement${event.discrepancies.length === 1 ? '' : 's'}` : ''}`);
    for (const file of event.articles) {
      // The article's most telling sentence: a report before a passing reference, the event's place named, most people.
      const own = event.sources.filter((s) => s.key === file);
      const weight = (s: (typeof own)[number]) => (s.mention.background ? 0 : 100) + (s.mention.place && s.mention.place === event.place ? 10 : 0) + s.mention.participants.length;
      const first = own.reduce((best, s) => (weight(s) > weight(best) ? s : best));
      lines.push(`  - ${outlets.get(file) ?? 'unknown outlet'} (${file})${reported.has(file) ? '' : ' [mentions in passing]'}`);
      lines.push(`      “${first.mention.snippet}”`);
    }
    for (const d of event.discrepancies) {
      lines.push(`  ! ${d.kind}: ${d.summary}`);
      for (const claim of d.claims) lines.push(`      ${outlets.get(claim.file) ?? claim.file}: ${claim.value} (“${claim.text.replace(/\s+/g, ' ').slice(0, 80)}”, ${claim.file} ${claim.start}–${claim.end})`);
    }
    lines.push('');
  }
  lines.push(`${events.length} events`);
  return `${lines.join('\n')}\n`;
}
