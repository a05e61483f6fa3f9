import type { IndexingProgress, PanelData, PanelEvent } from '../shared/protocol';

/**
 * The panel's words: what it shows and what a screen reader reads. Pure (no DOM), so the wording is
 * unit-tested. Counted phrases are whole messages per number form, as VS Code's l10n strings are,
 * never a word with an "s" glued on.
 */

/** `one` when `count` is 1, else `other` with `{0}` replaced by the count. */
export function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other.replace('{0}', String(count));
}

export const sourcesText = (count: number) => plural(count, '1 source', '{0} sources');

/** How many articles report or mention the event: an article with several passages about it is one source. */
export function sourceCount(event: PanelEvent): number {
  return new Set(event.sources.map((source) => source.file)).size;
}
export const disagreementsText = (count: number) => plural(count, '1 disagreement', '{0} disagreements');

/**
 * A resolved ISO date as people read it: a day ("2025-06-02"), a month ("2025-06") or a range of
 * either ("2025-05-21/2025-05-28"). Calendar arithmetic only, in UTC, so no time zone moves a day.
 */
export function readableDate(iso: string, locale?: string): string {
  const [from, to] = iso.split('/');
  const parse = (value: string) => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    return match ? { date: new Date(Date.UTC(+match[1], +match[2] - 1, match[3] ? +match[3] : 1)), day: match[3] !== undefined } : null;
  };
  const start = parse(from);
  const end = to === undefined ? null : parse(to);
  if (!start || (to !== undefined && !end)) return iso;
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(start.day ? { day: 'numeric' } : {}) });
  return end ? format.formatRange(start.date, end.date) : format.format(start.date);
}

/** How the panel names a source: its outlet and file, so that two files of one outlet stay apart. */
export function sourceName(source: { outlet: string | null; fileName: string }): string {
  return source.outlet ? `${source.outlet} (${source.fileName})` : source.fileName;
}

/** The status line: how much there is, or how far indexing has got. */
export function statusText(data: PanelData, progress: IndexingProgress): string {
  if (!progress.done) return `Indexing articles… ${progress.indexed}${progress.total > progress.indexed ? `/${progress.total}` : ''} so far`;
  const events = plural(data.events.length, '1 event', '{0} events');
  return plural(data.articles.length, `${events} across 1 article`, `${events} across {0} articles`);
}

const dateText = (event: PanelEvent, locale?: string) => (event.date ? readableDate(event.date, locale) : 'date unknown');
const disagreeText = (event: PanelEvent) => (event.discrepancies.length ? `sources disagree (${disagreementsText(event.discrepancies.length)})` : null);

/** The date and place line of an event. */
export function eventWhenWhere(event: PanelEvent, locale?: string): string {
  return [dateText(event, locale), event.place].filter(Boolean).join(' · ');
}

/**
 * What a screen reader reads for an event's header button (which shows the same things as separate
 * pieces and a badge): number, label, date, place, how many sources, and whether they disagree.
 */
export function eventHeaderLabel(event: PanelEvent, number: number, inActiveFile: boolean, locale?: string): string {
  const parts = [
    `Event ${number}: ${event.label}`,
    dateText(event, locale),
    event.place ? `in ${event.place}` : null,
    sourcesText(sourceCount(event)),
    disagreeText(event),
    inActiveFile ? 'in the current article' : null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The tooltip and screen-reader label of an event's mark on the timeline. */
export function timelineMarkLabel(event: PanelEvent, locale?: string): string {
  return [
    dateText(event, locale),
    event.label,
    sourcesText(sourceCount(event)),
    disagreeText(event),
  ].filter(Boolean).join(' · ');
}
