import type { PanelClaim, PanelData, PanelEvent } from '../../shared/protocol';
import type { WorkspaceIndex } from '../index/workspaceIndex';

/**
 * What the events panel shows: every event with its sources (outlet, file, snippet, span) and
 * discrepancies with each claim's outlet. `displayName` turns an article key into the file name
 * the user sees.
 */
export function eventsPanelData(index: WorkspaceIndex, displayName: (key: string) => string): PanelData {
  const outletOf = (key: string) => index.get(key)?.analysis.parsed.source ?? null;
  const events = index.eventDetails().map((cluster): PanelEvent => ({
    id: cluster.id,
    label: cluster.label,
    date: cluster.date,
    place: cluster.place,
    participants: cluster.participants,
    sources: cluster.sources.map(({ key, mention }) => ({
      file: key,
      fileName: displayName(key),
      outlet: outletOf(key),
      publicationDate: index.get(key)?.analysis.parsed.publicationDate ?? null,
      snippet: mention.snippet,
      start: mention.sentence.start,
      end: mention.sentence.end,
      background: mention.background,
    })),
    discrepancies: cluster.discrepancies.map((d) => ({
      kind: d.kind,
      summary: d.summary,
      claims: d.claims.map((c): PanelClaim => ({ ...c, fileName: displayName(c.file), outlet: outletOf(c.file) })),
    })),
  }));
  const files = [...new Set(events.flatMap((e) => e.sources.map((s) => s.file)))].sort();
  return { events, articles: files.map((file) => ({ file, fileName: displayName(file), outlet: outletOf(file) })) };
}
