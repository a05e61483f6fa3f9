import * as assert from 'node:assert/strict';
import type { PanelEvent } from '../../../src/shared/protocol';
import { eventHeaderLabel, eventWhenWhere, plural, readableDate, sourceCount, sourceName, sourcesText, statusText, timelineMarkLabel } from '../../../src/webview/labels';

const source = (file: string, outlet: string | null) => ({ file, fileName: file, outlet, publicationDate: null, snippet: '', start: 0, end: 1, background: false });
const claim = (file: string, value: string) => ({ file, fileName: file, outlet: null, text: value, value, start: 0, end: 1 });

const disputed: PanelEvent = {
  id: 'e1', label: 'Prisoner exchange', date: '2025-04-14', place: 'Valletta', participants: [],
  // Two passages of a.txt: still two sources.
  sources: [source('a.txt', 'Harbour Wire'), source('b.txt', null), source('a.txt', 'Harbour Wire')],
  discrepancies: [{ kind: 'figure', summary: '12 vs 14 detainees', claims: [claim('a.txt', '12'), claim('b.txt', '14')] }],
};
const single: PanelEvent = { ...disputed, id: 'e2', label: 'Talks', date: null, place: null, sources: [source('a.txt', 'Harbour Wire')], discrepancies: [] };

describe('panel labels', () => {
  it('says 1 source and 2 sources as whole messages', () => {
    assert.equal(sourcesText(1), '1 source');
    assert.equal(sourcesText(0), '0 sources');
    assert.equal(sourcesText(2), '2 sources');
    assert.equal(plural(1, 'one file', '{0} files'), 'one file');
    assert.equal(plural(21, 'one file', '{0} files'), '21 files');
  });

  it('counts events and articles in the status line, singular and plural', () => {
    const done = { indexed: 1, total: 1, done: true };
    assert.equal(statusText({ events: [single], articles: [source('a.txt', null)] }, done), '1 event across 1 article');
    assert.equal(statusText({ events: [single, disputed], articles: [source('a.txt', null), source('b.txt', null)] }, done), '2 events across 2 articles');
    assert.equal(statusText({ events: [], articles: [] }, { indexed: 3, total: 10, done: false }), 'Indexing articles… 3/10 so far');
  });

  it('reads resolved days, months and ranges as dates, in UTC whatever the time zone', () => {
    assert.equal(readableDate('2025-04-14', 'en-GB'), '14 April 2025');
    assert.equal(readableDate('2025-01-01', 'en-GB'), '1 January 2025');
    assert.equal(readableDate('2025-06', 'en-GB'), 'June 2025');
    // ICU versions space the range dash differently (none, thin or plain spaces).
    assert.match(readableDate('2025-05-21/2025-05-28', 'en-GB'), /^21\s?–\s?28 May 2025$/);
    assert.match(readableDate('2025-05-30/2025-06-02', 'en-GB'), /^30 May\s?–\s?2 June 2025$/);
    assert.equal(readableDate('2025-06-02', 'de'), '2. Juni 2025');
    assert.equal(readableDate('sometime', 'en-GB'), 'sometime');
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = tz;
        assert.equal(readableDate('2025-01-01', 'en-GB'), '1 January 2025', tz);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives an event header a spoken label: number, label, date, place, sources and disagreement', () => {
    assert.equal(eventHeaderLabel(disputed, 3, false, 'en-GB'),
      'Event 3: Prisoner exchange, 14 April 2025, in Valletta, 2 sources, sources disagree (1 disagreement)');
    assert.equal(eventHeaderLabel(single, 1, true, 'en-GB'), 'Event 1: Talks, date unknown, 1 source, in the current article');
  });

  it('labels timeline marks and the date line with the same words', () => {
    assert.equal(timelineMarkLabel(disputed, 'en-GB'), '14 April 2025 · Prisoner exchange · 2 sources · sources disagree (1 disagreement)');
    assert.equal(timelineMarkLabel(single, 'en-GB'), 'date unknown · Talks · 1 source');
    assert.equal(eventWhenWhere(disputed, 'en-GB'), '14 April 2025 · Valletta');
    assert.equal(eventWhenWhere(single, 'en-GB'), 'date unknown');
  });

  it('counts an article with several passages about an event as one source', () => {
    assert.equal(sourceCount(disputed), 2);
    assert.equal(sourceCount(single), 1);
  });

  it('names a source by outlet and file, so two files of one outlet differ', () => {
    assert.equal(sourceName({ outlet: 'Harbour Wire', fileName: 'monday.txt' }), 'Harbour Wire (monday.txt)');
    assert.notEqual(sourceName({ outlet: 'Harbour Wire', fileName: 'monday.txt' }), sourceName({ outlet: 'Harbour Wire', fileName: 'tuesday.txt' }));
    assert.equal(sourceName({ outlet: null, fileName: 'notes.txt' }), 'notes.txt');
  });
});
