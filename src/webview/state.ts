import type { HostMessage, IndexingProgress, PanelData, PanelEvent } from '../shared/protocol';

/** What the user narrowed the events to. Empty strings mean "any". */
export interface EventFilter {
  text: string;
  entity: string;
  source: string;
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

/** The panel's state: the host's data plus UI state only the panel owns (kept across reloads with setState). */
export interface PanelState {
  data: PanelData;
  activeFile: string | null;
  progress: IndexingProgress;
  filter: EventFilter;
  expanded: string[];
}

export type PanelAction =
  | HostMessage
  | { type: 'setFilter'; filter: Partial<EventFilter> }
  | { type: 'clearFilter' }
  | { type: 'toggleExpanded'; id: string };

export const emptyFilter: EventFilter = { text: '', entity: '', source: '', from: '', to: '' };

export const initialState: PanelState = {
  data: { events: [], articles: [] },
  activeFile: null,
  progress: { indexed: 0, total: 0, done: false },
  filter: emptyFilter,
  expanded: [],
};

/** The panel's pure reducer: every change of state goes through here, so it is tested in Node. */
export function reduce(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'didInitialize':
      return { ...state, data: action.data, activeFile: action.activeFile, progress: action.progress, expanded: keepExisting(state.expanded, action.data) };
    case 'didUpdateEvents':
      return { ...state, data: action.data, expanded: keepExisting(state.expanded, action.data) };
    case 'didChangeActiveFile':
      return { ...state, activeFile: action.activeFile };
    case 'didChangeProgress':
      return { ...state, progress: action.progress };
    case 'setFilter':
      return { ...state, filter: { ...state.filter, ...action.filter } };
    case 'clearFilter':
      return { ...state, filter: emptyFilter };
    case 'toggleExpanded':
      return { ...state, expanded: state.expanded.includes(action.id) ? state.expanded.filter((id) => id !== action.id) : [...state.expanded, action.id] };
  }
}

function keepExisting(expanded: readonly string[], data: PanelData): string[] {
  const ids = new Set(data.events.map((e) => e.id));
  return expanded.filter((id) => ids.has(id));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matchesFilter(event: PanelEvent, filter: EventFilter): boolean {
  if (filter.text) {
    const haystack = fold([event.label, event.place ?? '', ...event.participants, ...event.sources.map((s) => s.snippet)].join(' '));
    if (!fold(filter.text).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word))) return false;
  }
  if (filter.entity && !event.participants.includes(filter.entity) && event.place !== filter.entity) return false;
  if (filter.source && !event.sources.some((s) => s.file === filter.source)) return false;
  // A dateless event is kept only while no date range is set; a range compares on the event's first day.
  const day = event.date?.slice(0, 10) ?? null;
  if ((filter.from || filter.to) && !day) return false;
  if (filter.from && day! < filter.from) return false;
  if (filter.to && day! > filter.to) return false;
  return true;
}

/** True when the active article reports or mentions the event. */
export function isInActiveFile(state: PanelState, event: PanelEvent): boolean {
  return state.activeFile !== null && event.sources.some((s) => s.file === state.activeFile);
}

/** The events to show: filtered, the active article's first, then by date (undated last). */
export function visibleEvents(state: PanelState): PanelEvent[] {
  const byDate = (a: PanelEvent, b: PanelEvent) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.label.localeCompare(b.label);
  return state.data.events
    .filter((e) => matchesFilter(e, state.filter))
    .sort((a, b) => Number(isInActiveFile(state, b)) - Number(isInActiveFile(state, a)) || byDate(a, b));
}

/** Every participant and place of every event, for the entity filter. */
export function filterableEntities(data: PanelData): string[] {
  return [...new Set(data.events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]))].sort((a, b) => a.localeCompare(b));
}
