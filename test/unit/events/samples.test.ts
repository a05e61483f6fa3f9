import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze';
import { EventIndex, type EventClusterDetail } from '../../../src/core/events/eventIndex';
import { extractEventMentions } from '../../../src/core/events/mentions';
import type { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { analyzeWorkspace, buildReport } from '../../../src/core/report';

const samplesDir = join(resolve(__dirname, '../../../..'), 'samples');
const files = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file, text: readFileSync(join(samplesDir, file), 'utf8') }));

/** The event of `action` on `day` (or whose window holds it) that most samples share. */
function find(events: readonly EventClusterDetail[], action: string, test: (e: EventClusterDetail) => boolean): EventClusterDetail {
  const found = events.filter((e) => e.action === action && test(e)).sort((a, b) => b.articles.length - a.articles.length);
  assert.ok(found.length > 0, `no ${action} event`);
  return found[0];
}

describe('events on the five samples', function () {
  this.timeout(20000);
  let index: WorkspaceIndex;
  let events: EventClusterDetail[];
  before(() => {
    index = analyzeWorkspace(files);
    events = index.eventDetails();
  });

  it('every sample reports the 2 June talks in Istanbul first', () => {
    for (const { file } of files) {
      const first = events.find((e) => e.id === index.eventsOf(file)[0]);
      assert.ok(first, `${file} reports no event`);
      assert.equal(first.action, 'talks', file);
      assert.equal(first.date, '2025-06-02', file);
      assert.equal(first.place, 'Istanbul', file);
    }
  });

  it('"on Monday" and "2 June" are the same day: one event, no date discrepancy', () => {
    const talks = find(events, 'talks', (e) => e.date === '2025-06-02');
    assert.equal(talks.articles.length, 5);
    const monday = talks.sources.find((s) => s.key.startsWith('000') && s.mention.dateSpan?.text === 'Monday');
    const written = talks.sources.find((s) => s.key.startsWith('003') && s.mention.dateSpan?.text === '2 June');
    assert.ok(monday && written, 'both wordings are members');
    assert.deepEqual(talks.discrepancies.filter((d) => d.kind === 'date'), []);
  });

  it('the 16 May talks are another event than the 2 June talks, shared by all five as background', () => {
    const may = find(events, 'talks', (e) => e.date === '2025-05-16');
    assert.equal(may.place, 'Istanbul');
    assert.equal(may.articles.length, 5);
    assert.ok(may.sources.every((s) => s.mention.background), 'no sample reports it as news');
    for (const { file } of files) assert.ok(!index.eventsOf(file).includes(may.id));
  });

  it('the 19 May phone call is an event of its own, not the talks', () => {
    const call = find(events, 'call', (e) => e.date === '2025-05-19');
    assert.ok(call.articles.length >= 3, call.articles.join());
    assert.ok(call.participants.some((p) => /Putin/.test(p)) && call.participants.some((p) => /Trump/.test(p)));
  });

  it('the prisoner exchange is shared and 1,000 prisoners of war agree with 1,000 detainees', () => {
    const exchange = find(events, 'exchange', () => true);
    assert.ok(exchange.articles.length >= 3);
    assert.deepEqual(exchange.discrepancies, []);
    assert.ok(exchange.sources.every((s) => s.mention.figures.every((f) => f.value === 1000 && f.unitKey === 'prisoners')));
  });

  it('the record air attack is shared, with its toll', () => {
    const attack = find(events, 'attack', (e) => e.sources.some((s) => s.mention.figures.some((f) => f.value === 13)));
    assert.ok(attack.articles.length >= 3, attack.articles.join());
    assert.deepEqual(attack.discrepancies.filter((d) => d.kind === 'figure'), [], 'at least 13 everywhere');
  });

  it('the Germany–Ukraine weapons agreement is shared by the three articles that carry it', () => {
    const deal = find(events, 'agreement', (e) => e.participants.some((p) => /Germany|Merz/.test(p)));
    for (const prefix of ['000', '001', '002']) assert.ok(deal.articles.some((a) => a.startsWith(prefix)), `${prefix} missing`);
  });

  it('the related stories trailing a sample never join the Istanbul event', () => {
    const talks = find(events, 'talks', (e) => e.date === '2025-06-02');
    const trailing = /Serbia|Hamas|Gaza|Lebanon|Hezbollah/;
    assert.ok(talks.sources.every((s) => !trailing.test(s.mention.snippet)));
    const boilerplate = index.get(files[2].file)!.analysis.parsed.regions.filter((r) => r.kind === 'boilerplate');
    for (const event of events) {
      for (const s of event.sources.filter((m) => m.key === files[2].file)) {
        assert.ok(!boilerplate.some((r) => r.start <= s.mention.start && s.mention.start < r.end), `${event.id} takes a mention from boilerplate`);
      }
    }
  });

  it('fills events in the analyze --json report', () => {
    const report = buildReport(index);
    assert.ok(report.events.length >= 6);
    for (const article of report.articles) assert.ok(article.events.length > 0 && article.events.every((id) => report.events.some((e) => e.id === id)));
    for (const event of report.events) {
      assert.ok(event.id && event.label && Array.isArray(event.entities) && event.articles.length > 0);
      for (const m of event.mentions) assert.ok(m.end > m.start && files.some((f) => f.file === m.file));
    }
    const talks = report.events.find((e) => e.date === '2025-06-02' && e.action === 'talks')!;
    assert.ok(talks.entities.some((id) => id.includes('istanbul')), talks.entities.join());
  });

  it('does not depend on the order articles arrive in, and survives remove and re-add', () => {
    // Publication dates as the workspace settled them, so that only the events index is under test.
    const articleEvents = files.map(({ file, text }) => ({ file, events: extractEventMentions(analyzeArticle(text, { publicationDate: index.get(file)!.analysis.parsed.publicationDate ?? undefined })) }));
    const shape = (list: EventClusterDetail[]) => list.map((e) => `${e.id}:${e.articles.join(',')}:${e.mentions.length}`).sort();
    const forward = new EventIndex();
    for (const { file, events: e } of articleEvents) forward.add(file, e);
    const reversed = new EventIndex();
    for (const { file, events: e } of [...articleEvents].reverse()) reversed.add(file, e);
    assert.deepEqual(shape(reversed.clusters()), shape(forward.clusters()));
    assert.deepEqual(shape(forward.clusters()), shape(events));
    reversed.remove(files[3].file);
    assert.ok(reversed.clusters().every((e) => !e.articles.includes(files[3].file)));
    reversed.add(files[3].file, articleEvents[3].events);
    // Placed into a clustered workspace, the article's vague references may settle elsewhere than in
    // a batch; the events pinned to a day, and what each article reports first, are the same.
    const pinned = (list: EventClusterDetail[]) => list.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '')).map((e) => `${e.id}:${e.articles.join(',')}`).sort();
    assert.deepEqual(pinned(reversed.clusters()), pinned(events));
    for (const { file } of files) assert.equal(reversed.eventsOf(file)[0], index.eventsOf(file)[0], file);
  });

  it('re-read after each change, lists every reported event once, in date, label and id order', () => {
    const articleEvents = files.map(({ file, text }) => ({ file, events: extractEventMentions(analyzeArticle(text, { publicationDate: index.get(file)!.analysis.parsed.publicationDate ?? undefined })) }));
    const events = new EventIndex();
    const present = new Set<string>();
    const check = (step: string) => {
      const list = events.clusters();
      const order = (a: EventClusterDetail, b: EventClusterDetail) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
      assert.deepEqual(list.map((e) => e.id), [...list].sort(order).map((e) => e.id), step);
      assert.equal(new Set(list.map((e) => e.id)).size, list.length, step);
      assert.ok(list.every((e) => e.articles.every((key) => present.has(key))), step);
      const listed = new Set(list.map((e) => e.id));
      for (const key of present) for (const id of events.eventsOf(key)) assert.ok(listed.has(id), `${step}: ${key} reports ${id}, not listed`);
    };
    for (const { file, events: e } of articleEvents) {
      events.add(file, e);
      present.add(file);
      check(`added ${file}`);
    }
    for (const { file, events: e } of articleEvents.slice(1, 3)) {
      events.remove(file);
      present.delete(file);
      check(`removed ${file}`);
      events.add(file, e);
      present.add(file);
      check(`re-added ${file}`);
    }
    events.rename(files[0].file, `moved/${files[0].file}`);
    present.delete(files[0].file);
    present.add(`moved/${files[0].file}`);
    check('renamed');
  });
});
