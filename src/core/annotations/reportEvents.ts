/**
 * Which event a claim is about, for the Markdown report's grouping by event. Events come from the
 * workspace's event index when it has any; without events the report groups by status alone.
 */
import type { EventCluster, Span } from '../model';
import type { ReportEvent } from './export';

/** The event of a claim at `span` of article `key`, or null. */
export type EventFinder = (key: string, span: Span | null) => ReportEvent | null;

/**
 * A finder over `events`. A claim lies in a sentence that reports an event: that event (the
 * largest overlap wins, reports before passing references). A claim elsewhere in an article, or
 * an orphan, belongs to the article's main event (`mainEventOf`, e.g. the index's first
 * `eventsOf`), if it has one.
 */
export function createEventFinder(events: readonly EventCluster[], mainEventOf: (key: string) => string | undefined): EventFinder {
  const byId = new Map(events.map((e) => [e.id, e]));
  const byFile = new Map<string, { event: EventCluster; start: number; end: number; background: boolean }[]>();
  for (const event of events) {
    for (const m of event.mentions) byFile.set(m.file, [...(byFile.get(m.file) ?? []), { event, ...m }]);
  }
  const asReport = (event: EventCluster): ReportEvent => ({ id: event.id, label: event.label });
  return (key, span) => {
    let best: { event: EventCluster; score: number } | null = null;
    const mentions = span ? byFile.get(key) ?? [] : [];
    for (const m of mentions) {
      const overlap = span ? Math.min(m.end, span.end) - Math.max(m.start, span.start) : 0;
      if (overlap <= 0) continue;
      // A report outranks any passing reference, then the larger overlap wins.
      const score = overlap + (m.background ? 0 : Number.MAX_SAFE_INTEGER / 2);
      if (!best || score > best.score) best = { event: m.event, score };
    }
    if (best) return asReport(best.event);
    const main = mainEventOf(key);
    const event = main === undefined ? undefined : byId.get(main);
    return event ? asReport(event) : null;
  };
}
