import { isHostMessage, type PanelEvent, type PanelMessage } from '../shared/protocol';
import { disagreementsText, eventHeaderLabel, eventWhenWhere, plural, sourceCount, sourceName, sourcesText, statusText, timelineMarkLabel } from './labels';
import { filterableEntities, initialState, isInActiveFile, reduce, visibleEvents, type PanelAction, type PanelState } from './state';

/**
 * The events panel. Article text only ever reaches the page through `textContent` and attribute
 * values set from code: nothing received is parsed as HTML, so an article containing markup or
 * script shows it as text.
 */

interface VsCodeApi {
  postMessage(message: PanelMessage): void;
  getState(): Pick<PanelState, 'filter' | 'expanded'> | undefined;
  setState(state: Pick<PanelState, 'filter' | 'expanded'>): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
let state: PanelState = { ...initialState, ...(saved ? { filter: saved.filter, expanded: saved.expanded } : {}) };

function dispatch(action: PanelAction): void {
  state = reduce(state, action);
  vscode.setState({ filter: state.filter, expanded: state.expanded });
  render();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isHostMessage(event.data)) dispatch(event.data);
});

type Child = Node | string | null | undefined | false;

/** Creates an element; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function openLocation(file: string, start: number, end: number): void {
  vscode.postMessage({ type: 'openLocation', file, start, end });
}

const root = document.getElementById('root')!;

function render(): void {
  const events = visibleEvents(state);
  const focusedId = document.activeElement?.getAttribute('data-focus-id');
  root.replaceChildren(renderStatus(), renderFilters(), ...(events.length ? [renderTimeline(events), renderCoverage(events), renderEvents(events)] : [renderEmpty()]));
  // Re-rendering replaces nodes: put keyboard focus back where it was.
  if (focusedId) (root.querySelector(`[data-focus-id="${CSS.escape(focusedId)}"]`) as HTMLElement | null)?.focus();
}

function renderStatus(): HTMLElement {
  return el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, statusText(state.data, state.progress));
}

function renderEmpty(): HTMLElement {
  const filtered = state.data.events.length > 0;
  return el('div', { class: 'empty' },
    el('p', {}, filtered ? 'No event matches the filter.' : state.progress.done ? 'No events found yet.' : 'Events appear as articles are indexed.'),
    filtered ? button('Clear filter', () => dispatch({ type: 'clearFilter' }), 'clear-empty') : el('p', { class: 'hint' }, 'Open a folder of articles (.txt) — Dossier finds the events they report and where the sources disagree.'));
}

function button(label: string, onClick: () => void, focusId: string, attributes: Record<string, string> = {}): HTMLButtonElement {
  const element = el('button', { type: 'button', 'data-focus-id': focusId, ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

function renderFilters(): HTMLElement {
  const { filter, data } = state;
  const text = el('input', { type: 'search', placeholder: 'Filter events', 'aria-label': 'Filter events by text', 'data-focus-id': 'filter-text' });
  text.value = filter.text;
  text.addEventListener('input', () => dispatch({ type: 'setFilter', filter: { text: text.value } }));

  const select = (label: string, focusId: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void) => {
    const element = el('select', { 'aria-label': label, 'data-focus-id': focusId }, el('option', { value: '' }, `Any ${label.toLowerCase()}`), ...options.map(([v, l]) => el('option', { value: v }, l)));
    element.value = value;
    element.addEventListener('change', () => onChange(element.value));
    return element;
  };
  const entity = select('Entity', 'filter-entity', filter.entity, filterableEntities(data).map((e) => [e, e]), (v) => dispatch({ type: 'setFilter', filter: { entity: v } }));
  const source = select('Source', 'filter-source', filter.source, data.articles.map((a) => [a.file, sourceName(a)]), (v) => dispatch({ type: 'setFilter', filter: { source: v } }));
  const date = (label: string, focusId: string, value: string, key: 'from' | 'to') => {
    const input = el('input', { type: 'date', 'aria-label': label, 'data-focus-id': focusId });
    input.value = value;
    input.addEventListener('change', () => dispatch({ type: 'setFilter', filter: { [key]: input.value } }));
    return input;
  };
  return el('div', { class: 'filters', role: 'search' }, text, entity, source,
    el('span', { class: 'dates' }, date('From date', 'filter-from', filter.from, 'from'), date('To date', 'filter-to', filter.to, 'to')),
    button('Clear', () => dispatch({ type: 'clearFilter' }), 'filter-clear', { 'aria-label': 'Clear all filters' }));
}

function dayNumber(iso: string): number {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, (month || 1) - 1, day || 1) / 86_400_000;
}

/** The events on a time axis, one row of marks per source, so gaps and clusters are visible at a glance. */
function renderTimeline(events: PanelEvent[]): HTMLElement {
  const dated = events.filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const figure = el('figure', { class: 'timeline' }, el('figcaption', {}, 'Timeline'));
  if (dated.length === 0) {
    figure.append(el('p', { class: 'hint' }, 'No dated events.'));
    return figure;
  }
  const first = dayNumber(dated[0].date!);
  const last = dayNumber(dated[dated.length - 1].date!);
  const width = 300;
  const x = (iso: string) => 20 + (last === first ? (width - 40) / 2 : ((dayNumber(iso) - first) / (last - first)) * (width - 40));
  const picture = svg('svg', { viewBox: `0 0 ${width} 70`, role: 'group', 'aria-label': plural(dated.length, 'Timeline of 1 dated event', 'Timeline of {0} dated events') });
  picture.append(svg('line', { x1: 10, y1: 40, x2: width - 10, y2: 40, class: 'axis' }));
  for (const [index, event] of dated.entries()) {
    const cx = x(event.date!);
    const disputed = event.discrepancies.length > 0;
    const marker = mark(disputed, cx, 40, 6, {
      class: `event${disputed ? ' disputed' : ''}${isInActiveFile(state, event) ? ' active' : ''}`, tabindex: 0, role: 'button', 'data-focus-id': `timeline-${event.id}`,
    });
    const title = svg('title', {});
    title.textContent = timelineMarkLabel(event);
    marker.append(title);
    marker.setAttribute('aria-label', title.textContent);
    const reveal = () => document.getElementById(`event-${event.id}`)?.querySelector('button')?.focus();
    marker.addEventListener('click', reveal);
    marker.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); reveal(); } });
    picture.append(marker);
    // One small tick per source above the marker: how many outlets report it.
    for (let i = 0; i < sourceCount(event); i++) picture.append(svg('rect', { x: cx - 1, y: 30 - i * 5, width: 2, height: 3, class: 'source-mark' }));
    if (index === 0 || index === dated.length - 1) {
      const label = svg('text', { x: cx, y: 62, 'text-anchor': index === 0 ? 'start' : 'end', class: 'axis-label' });
      label.textContent = event.date!.slice(0, 10);
      picture.append(label);
    }
  }
  figure.append(picture, legend());
  return figure;
}

/**
 * An event's mark: a circle, or a diamond where sources disagree, so the difference does not rest on
 * colour alone (colour-blind readers, high-contrast themes).
 */
function mark(disputed: boolean, cx: number, cy: number, r: number, attributes: Record<string, string | number>): SVGElement {
  if (!disputed) return svg('circle', { cx, cy, r, ...attributes });
  const d = r * 1.3;
  return svg('polygon', { points: `${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`, ...attributes });
}

function legend(): HTMLElement {
  const key = (disputed: boolean, text: string) => {
    const icon = svg('svg', { viewBox: '0 0 16 16', width: 12, height: 12, 'aria-hidden': 'true' });
    icon.append(mark(disputed, 8, 8, 5, { class: `event${disputed ? ' disputed' : ''}` }));
    return el('span', { class: 'key' }, icon, text);
  };
  return el('p', { class: 'legend' }, key(false, 'event'), key(true, 'sources disagree'));
}

/** Sources × events: which outlet reports (●) or only mentions (○) which event. */
function renderCoverage(events: PanelEvent[]): HTMLElement {
  const table = el('table', { class: 'coverage' }, el('caption', {}, 'Coverage: sources × events'));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Source'));
  events.forEach((event, i) => head.append(el('th', { scope: 'col', title: event.label, 'aria-label': event.label }, String(i + 1))));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const article of state.data.articles) {
    // Outlet and file: one outlet often has several articles in a folder.
    const name = el('th', { scope: 'row', title: sourceName(article) }, ...(article.outlet ? [el('span', { class: 'row-outlet' }, article.outlet), ' '] : []), el('span', { class: 'row-file' }, article.fileName));
    const row = el('tr', article.file === state.activeFile ? { class: 'active' } : {}, name);
    for (const event of events) {
      const sources = event.sources.filter((s) => s.file === article.file);
      const reports = sources.some((s) => !s.background);
      const mark = sources.length === 0 ? '' : reports ? '●' : '○';
      row.append(el('td', { 'aria-label': sources.length === 0 ? 'not covered' : reports ? 'reports it' : 'mentions it' }, mark));
    }
    body.append(row);
  }
  table.append(body);
  return table;
}

function renderEvents(events: PanelEvent[]): HTMLElement {
  return el('ol', { class: 'events', 'aria-label': 'Events' }, ...events.map((event, i) => renderEvent(event, i + 1)));
}

function renderEvent(event: PanelEvent, number: number): HTMLElement {
  const expanded = state.expanded.includes(event.id);
  const active = isInActiveFile(state, event);
  const header = button('', () => dispatch({ type: 'toggleExpanded', id: event.id }), `event-${event.id}`, {
    'aria-expanded': String(expanded), class: 'event-header', 'aria-label': eventHeaderLabel(event, number, active),
  });
  header.append(
    el('span', { class: 'number' }, `${number}.`),
    el('span', { class: 'label' }, event.label),
    el('span', { class: 'meta' }, eventWhenWhere(event)),
  );
  if (event.discrepancies.length > 0) {
    header.append(el('span', { class: 'badge', title: 'Sources disagree' }, el('span', { class: 'badge-mark', 'aria-hidden': 'true' }, '◆ '), disagreementsText(event.discrepancies.length)));
  }
  const item = el('li', { id: `event-${event.id}`, class: `event${active ? ' active' : ''}` }, header);
  if (event.participants.length) item.append(el('p', { class: 'participants' }, event.participants.join(', ')));
  if (!expanded) {
    item.append(el('p', { class: 'summary' }, sourcesText(sourceCount(event))));
    return item;
  }
  const sources = el('ul', { class: 'sources', 'aria-label': 'Sources' });
  for (const source of event.sources) {
    const snippet = button('', () => openLocation(source.file, source.start, source.end), `source-${event.id}-${source.file}-${source.start}`, { class: 'snippet', title: 'Open the article at this passage' });
    snippet.append(el('span', { class: 'outlet' }, `${sourceName(source)}${source.background ? ' (mentions)' : ''}`), el('span', { class: 'text' }, source.snippet));
    sources.append(el('li', {}, snippet));
  }
  item.append(sources);
  for (const discrepancy of event.discrepancies) {
    const table = el('table', { class: 'discrepancy' }, el('caption', {}, `${discrepancy.kind}: ${discrepancy.summary}`));
    const row = el('tr');
    for (const claim of discrepancy.claims) {
      const cell = button('', () => openLocation(claim.file, claim.start, claim.end), `claim-${event.id}-${claim.file}-${claim.start}`, { class: 'claim' });
      cell.append(el('strong', {}, claim.value), el('span', { class: 'outlet' }, sourceName(claim)), el('span', { class: 'text' }, claim.text));
      row.append(el('td', {}, cell));
    }
    table.append(el('tbody', {}, row));
    item.append(table);
  }
  return item;
}

render();
vscode.postMessage({ type: 'ready' });
