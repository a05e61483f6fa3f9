import * as assert from 'node:assert/strict';
import { isHostMessage, isPanelMessage, type PanelData, type PanelEvent } from '../../../src/shared/protocol';
import { initialState, reduce, visibleEvents, filterableEntities } from '../../../src/webview/state';

function event(id: string, date: string | null, files: string[], extra: Partial<PanelEvent> = {}): PanelEvent {
  return {
    id, label: `Event ${id}`, date, place: 'Istanbul', participants: ['Sergey Lavrov'],
    sources: files.map((file) => ({ file, fileName: file, outlet: null, publicationDate: null, snippet: `snippet of ${id}`, start: 0, end: 5, background: false })),
    discrepancies: [], ...extra,
  };
}

const data: PanelData = {
  events: [event('b', '2025-06-02', ['x.txt']), event('a', '2025-05-16', ['y.txt']), event('c', null, ['x.txt'], { participants: ['Rustem Umerov'], place: null })],
  articles: [{ file: 'x.txt', fileName: 'x.txt', outlet: null }, { file: 'y.txt', fileName: 'y.txt', outlet: 'Al Jazeera' }],
};
const loaded = reduce(initialState, { type: 'didInitialize', data, activeFile: null, progress: { indexed: 2, total: 2, done: true } });

describe('panel state', () => {
  it('orders events by date, undated last', () => {
    assert.deepEqual(visibleEvents(loaded).map((e) => e.id), ['a', 'b', 'c']);
  });

  it('puts the active article’s events first', () => {
    const state = reduce(loaded, { type: 'didChangeActiveFile', activeFile: 'x.txt' });
    assert.deepEqual(visibleEvents(state).map((e) => e.id), ['b', 'c', 'a']);
  });

  it('filters by text (accents and case folded), entity, source and date range', () => {
    const byText = reduce(loaded, { type: 'setFilter', filter: { text: 'UMÉROV' } });
    assert.deepEqual(visibleEvents(byText).map((e) => e.id), ['c']);
    const byEntity = reduce(loaded, { type: 'setFilter', filter: { entity: 'Sergey Lavrov' } });
    assert.deepEqual(visibleEvents(byEntity).map((e) => e.id), ['a', 'b']);
    const bySource = reduce(loaded, { type: 'setFilter', filter: { source: 'y.txt' } });
    assert.deepEqual(visibleEvents(bySource).map((e) => e.id), ['a']);
    const byDates = reduce(loaded, { type: 'setFilter', filter: { from: '2025-05-20', to: '2025-06-30' } });
    assert.deepEqual(visibleEvents(byDates).map((e) => e.id), ['b']);
    assert.deepEqual(visibleEvents(reduce(byDates, { type: 'clearFilter' })).length, 3);
  });

  it('toggles expansion and forgets events that disappeared', () => {
    const expanded = reduce(reduce(loaded, { type: 'toggleExpanded', id: 'a' }), { type: 'toggleExpanded', id: 'b' });
    assert.deepEqual(expanded.expanded, ['a', 'b']);
    const updated = reduce(expanded, { type: 'didUpdateEvents', data: { ...data, events: data.events.filter((e) => e.id !== 'a') } });
    assert.deepEqual(updated.expanded, ['b']);
    assert.deepEqual(reduce(updated, { type: 'toggleExpanded', id: 'b' }).expanded, []);
  });

  it('lists participants and places for the entity filter', () => {
    assert.deepEqual(filterableEntities(data), ['Istanbul', 'Rustem Umerov', 'Sergey Lavrov']);
  });
});

describe('panel protocol guards', () => {
  it('accepts well-formed requests from the panel only', () => {
    assert.ok(isPanelMessage({ type: 'ready' }));
    assert.ok(isPanelMessage({ type: 'openLocation', file: 'file:///a.txt', start: 1, end: 4 }));
    assert.ok(!isPanelMessage({ type: 'openLocation', file: 'file:///a.txt', start: 4, end: 1 }));
    assert.ok(!isPanelMessage({ type: 'openLocation', file: 'file:///a.txt', start: -1, end: 1 }));
    assert.ok(!isPanelMessage({ type: 'openLocation', file: 7, start: 0, end: 1 }));
    assert.ok(!isPanelMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }));
    assert.ok(!isPanelMessage(null));
    assert.ok(!isPanelMessage('ready'));
  });

  it('accepts well-formed notifications from the host only', () => {
    assert.ok(isHostMessage({ type: 'didUpdateEvents', data }));
    assert.ok(isHostMessage({ type: 'didChangeActiveFile', activeFile: null }));
    assert.ok(!isHostMessage({ type: 'didUpdateEvents', data: { events: 'x' } }));
    assert.ok(!isHostMessage({ type: 'didChangeProgress', progress: { indexed: 1 } }));
    assert.ok(!isHostMessage({ type: 'unknown' }));
  });
});
