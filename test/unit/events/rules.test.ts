import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { EventIndex, type EventClusterDetail } from '../../../src/core/events/eventIndex';
import { extractEventMentions } from '../../../src/core/events/mentions';
import { eventsPanelData } from '../../../src/core/events/panelData';
import { findTriggers } from '../../../src/core/events/triggers';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { formatEvents } from '../../../src/cli/events';

/** A small article in the shape outlets publish: headline, date line, body paragraphs, source line. */
function article(headline: string, published: string, body: string[], outlet = 'Test Wire'): string {
  return `${headline}\nPublished On ${published}\n\n${body.join('\n\n')}\n\nSource: ${outlet}\n`;
}

function cluster(articles: Record<string, string>): { index: EventIndex; events: EventClusterDetail[] } {
  const index = new EventIndex();
  for (const [key, text] of Object.entries(articles)) index.add(key, extractEventMentions(analyzeArticle(text)));
  return { index, events: index.clusters() };
}

const withAction = (events: readonly EventClusterDetail[], action: string) => events.filter((e) => e.action === action);

describe('event triggers', () => {
  it('name the action class in several languages', () => {
    const cases: Array<[string, string]> = [
      ['Delegations held talks in Geneva.', 'talks'],
      ['Die Gespräche in Genf dauerten sechs Stunden.', 'talks'],
      ['Les pourparlers ont repris à Genève.', 'talks'],
      ['I negoziati sono ripresi a Ginevra.', 'talks'],
      ['Las negociaciones se reanudaron en Ginebra.', 'talks'],
      ['As negociações recomeçaram em Genebra.', 'talks'],
      ['Perundingan dilanjutkan di Jenewa.', 'talks'],
      ['Переговори відбулися в Женеві.', 'talks'],
      ['The two leaders spoke by phone on Friday.', 'call'],
      ['Ukraine and Russia exchanged 390 prisoners.', 'exchange'],
      ['Обмін полоненими відбувся в суботу.', 'exchange'],
      ['A drone attack hit the port overnight.', 'attack'],
      ['Russia launched 300 drones and missiles at the capital.', 'attack'],
      ['The two countries signed a defence agreement.', 'agreement'],
      ['Flooding forced thousands from their homes.', 'disaster'],
      ['Rail workers began a 48-hour strike on Monday, the union said.', 'strike'],
    ];
    for (const [sentence, action] of cases) assert.equal(findTriggers(sentence)[0]?.action, action, sentence);
  });

  it('leave out what names no happening', () => {
    for (const sentence of ['The ministry exchanged views with its partners.', 'Germany will produce drones and missiles at home.', 'Conditions must be met before any ceasefire.']) {
      assert.deepEqual(findTriggers(sentence).map((t) => t.action), [], sentence);
    }
  });

  it('take a call about talks as a call, and deaths in an attack as the attack', () => {
    assert.deepEqual(findTriggers('The ministers discussed the talks in a phone call.').map((t) => t.action), ['talks', 'call']);
    assert.deepEqual(findTriggers('A missile attack killed 12 people.').map((t) => t.action), ['attack']);
  });
});

describe('event mentions', () => {
  it('read the date, place and participants, and skip the date of the statement', () => {
    const text = article('Talks set for Geneva', '28 May 2025', ['Iran and the United States will hold talks in Geneva on 2 June, Foreign Minister Abbas Araghchi said on Wednesday.']);
    const [m] = extractEventMentions(analyzeArticle(text)).mentions.filter((x) => x.sentenceIndex >= 0);
    assert.equal(m.action, 'talks');
    assert.equal(m.date, '2025-06-02');
    assert.equal(m.place, 'Geneva');
    assert.ok(m.participantKeys.includes('place:iran'));
    assert.ok(!m.participantKeys.some((k) => k.includes('araghchi')), 'the speaker is a source, not a participant');
    assert.equal(m.planned, true);
  });

  it('date an undated lede from the publication date', () => {
    const text = article('Quake hits coast', '10 March 2025', ['A strong earthquake struck the coast of Chile, killing 4 people.']);
    const [m] = extractEventMentions(analyzeArticle(text)).mentions.filter((x) => x.sentenceIndex === 0);
    assert.deepEqual(m.window, ['2025-02-28', '2025-03-10']);
    assert.equal(m.background, false);
  });

  it('mark passing references as background', () => {
    const text = article('Talks resume', '2 June 2025', [
      'Delegations met in Istanbul on Monday for a second round of talks.',
      'The previous round of talks in Istanbul on 16 May produced a prisoner swap of 1,000 prisoners each.',
    ]);
    const mentions = extractEventMentions(analyzeArticle(text)).mentions.filter((x) => x.action === 'talks' && x.sentenceIndex >= 0);
    assert.deepEqual(mentions.map((m) => [m.date, m.background]), [['2025-06-02', false], ['2025-05-16', true]]);
  });
});

describe('event clustering', () => {
  const lede = (when: string) => `Russian and Ukrainian delegations held direct talks in Istanbul ${when}, officials said.`;

  it('keeps talks in the same city on different days apart, and merges "Monday" with "2 June"', () => {
    const { events } = cluster({
      a: article('Talks in Istanbul', '16 May 2025', [lede('on Friday')]),
      b: article('Talks resume in Istanbul', '2 June 2025', [lede('on Monday')]),
      c: article('Second round in Istanbul', '3 June 2025', [lede('on 2 June')]),
      d: article('Third round planned', '20 July 2025', [lede('on 23 July')]),
    });
    const talks = withAction(events, 'talks');
    assert.deepEqual(talks.map((e) => [e.date, e.articles]), [['2025-05-16', ['a']], ['2025-06-02', ['b', 'c']], ['2025-07-23', ['d']]]);
    assert.deepEqual(talks[1].discrepancies, []);
  });

  it('keeps a phone call about the talks apart from the talks', () => {
    const { events } = cluster({
      a: article('Talks in Istanbul', '2 June 2025', [lede('on Monday')]),
      b: article('Trump and Putin speak by phone', '2 June 2025', ['Donald Trump and Vladimir Putin discussed the Istanbul talks in a phone call on Monday.']),
    });
    const [talks] = withAction(events, 'talks');
    assert.deepEqual([...new Set(talks.sources.filter((s) => !s.mention.background).map((s) => s.key))], ['a'], 'b only refers to the talks');
    assert.deepEqual(withAction(events, 'call').map((e) => e.articles), [['b']]);
  });

  it('keeps the same action on the same day in different cities apart', () => {
    const { events } = cluster({
      a: article('Strike on Kharkiv', '5 May 2025', ['A missile attack hit Kharkiv on 4 May, killing 7 people.']),
      b: article('Strike on Odesa', '5 May 2025', ['A missile attack hit Odesa on 4 May, killing 3 people.']),
    });
    assert.equal(withAction(events, 'attack').length, 2);
  });

  it('merges a mention in another language', () => {
    const { events } = cluster({
      en: article('Talks in Istanbul', '2 June 2025', [lede('on Monday')]),
      de: article('Gespräche in Istanbul', '2. Juni 2025', ['Russland und die Ukraine haben am 2. Juni in Istanbul direkte Gespräche geführt.']),
    });
    assert.deepEqual(withAction(events, 'talks').map((e) => e.articles), [['de', 'en']]);
  });
});

describe('event discrepancies', () => {
  it('find figures that differ and accept what qualifiers reconcile', () => {
    const { events } = cluster({
      a: article('Prisoner swap', '24 May 2025', ['Russia and Ukraine exchanged 1,000 prisoners of war on 23 May.']),
      b: article('Prisoners freed', '24 May 2025', ['Russia and Ukraine exchanged 1,200 prisoners of war on 23 May.']),
    });
    const [swap] = withAction(events, 'exchange');
    assert.equal(swap.articles.length, 2);
    const [figure] = swap.discrepancies;
    assert.equal(figure.kind, 'figure');
    assert.equal(figure.summary, '1,000 vs 1,200 prisoners');
    assert.deepEqual(figure.claims.map((c) => [c.file, c.value, c.text]), [['a', '1000', '1,000 prisoners of war'], ['b', '1200', '1,200 prisoners of war']]);

    const tolls = cluster({
      a: article('Attack on Sumy', '4 May 2025', ['A missile attack on Sumy on 3 May killed 30 people.']),
      b: article('Sumy attack', '4 May 2025', ['A missile attack on Sumy on 3 May killed 26 people.']),
      c: article('Sumy mourns', '4 May 2025', ['A missile attack on Sumy on 3 May killed at least 26 people.']),
    }).events;
    const toll = withAction(tolls, 'attack')[0].discrepancies.find((d) => d.kind === 'figure');
    assert.ok(toll, 'a figure discrepancy');
    assert.deepEqual(toll.claims.map((c) => c.value), ['30', '26', 'at least 26']);

    const agreeing = cluster({
      a: article('Attack on Sumy', '4 May 2025', ['A missile attack on Sumy on 3 May killed 30 people.']),
      b: article('Sumy attack', '4 May 2025', ['A missile attack on Sumy on 3 May killed at least 26 people.']),
    }).events;
    assert.deepEqual(withAction(agreeing, 'attack')[0].discrepancies, [], '"at least 26" allows 30');
  });

  it('find dates a day apart for an attack, and places that differ for the same meeting', () => {
    const attack = cluster({
      a: article('Night attack', '26 May 2025', ['A drone attack on Kyiv on 24 May injured 9 people.']),
      b: article('Kyiv attacked', '26 May 2025', ['A drone attack on Kyiv on 25 May injured 9 people.']),
    }).events;
    const [date] = withAction(attack, 'attack')[0].discrepancies;
    assert.equal(date.kind, 'date');
    assert.deepEqual(date.claims.map((c) => c.value), ['2025-05-24', '2025-05-25']);

    const talks = cluster({
      a: article('Talks', '3 June 2025', ['Russia and Ukraine held talks in Istanbul on 2 June.']),
      b: article('Talks', '3 June 2025', ['Russia and Ukraine held talks in Ankara on 2 June.']),
    }).events;
    const place = withAction(talks, 'talks')[0].discrepancies.find((d) => d.kind === 'place');
    assert.ok(place);
    assert.deepEqual(place.claims.map((c) => c.value), ['Istanbul', 'Ankara']);
  });

  it('find the same quotation given to different speakers, and worded differently', () => {
    const { events } = cluster({
      a: article('Talks', '3 June 2025', ['Russia and Ukraine held talks in Istanbul on 2 June.', '“We are ready to work on a lasting peace without conditions,” said Rustem Umerov.']),
      b: article('Talks', '3 June 2025', ['Russia and Ukraine held talks in Istanbul on 2 June.', '“We are ready to work on a lasting peace without conditions,” said Vladimir Medinsky.']),
      c: article('Talks', '3 June 2025', ['Russia and Ukraine held talks in Istanbul on 2 June.', '“We are prepared to work towards a lasting peace without any conditions,” said Rustem Umerov.']),
    });
    const kinds = withAction(events, 'talks')[0].discrepancies.map((d) => d.kind).sort();
    assert.deepEqual(kinds, ['quote', 'speaker']);
  });
});

describe('event index and workspace', () => {
  it('keeps events current as articles change, are removed and renamed', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', article('Talks', '2 June 2025', ['Russia and Ukraine held talks in Istanbul on Monday.']));
    index.update('b.txt', article('Talks', '2 June 2025', ['Russia and Ukraine held talks in Istanbul on 2 June.']));
    assert.deepEqual(index.events().filter((e) => e.action === 'talks').map((e) => e.articles), [['a.txt', 'b.txt']]);
    index.update('b.txt', article('Talks', '2 June 2025', ['Russia and Ukraine held talks in Istanbul on 30 May.']));
    assert.deepEqual(index.events().filter((e) => e.action === 'talks').map((e) => e.articles), [['b.txt'], ['a.txt']]);
    index.rename('a.txt', 'c.txt');
    assert.deepEqual(index.eventsOf('c.txt').length, 1);
    assert.deepEqual(index.eventsOf('a.txt'), []);
    index.remove('b.txt');
    assert.deepEqual(index.events().map((e) => e.articles), [['c.txt']]);
  });

  it('ranks what an article reports by headline and lede, and leaves out what it only mentions', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', article('Flooding in Valencia kills 8', '30 October 2024', [
      'Flash floods in Valencia killed 8 people on Tuesday, officials said.',
      'The flooding came a week after a regional election in Valencia on 20 October.',
      'The previous flood in the region, in 2019, killed 6 people.',
    ]));
    const reported = index.eventsOf('a.txt').map((id) => index.events().find((e) => e.id === id)!.action);
    assert.equal(reported[0], 'disaster');
    assert.ok(!reported.includes('election'), 'the election is only mentioned');
  });

  it('gives the panel outlets, snippets and claims', () => {
    const index = new WorkspaceIndex();
    index.update('a.txt', article('Swap', '24 May 2025', ['Russia and Ukraine exchanged 1,000 prisoners of war on 23 May.'], 'Global Wire'));
    index.update('b.txt', article('Swap', '24 May 2025', ['Russia and Ukraine exchanged 1,200 prisoners of war on 23 May.'], 'Daily Courier'));
    const data = eventsPanelData(index, (key) => key.toUpperCase());
    const swap = data.events.find((e) => e.label.startsWith('Prisoner exchange'))!;
    assert.deepEqual(swap.sources.map((s) => [s.fileName, s.outlet]), [['A.TXT', 'Global Wire'], ['B.TXT', 'Daily Courier']]);
    assert.ok(swap.sources[0].snippet.startsWith('Russia and Ukraine exchanged 1,000'));
    assert.deepEqual(swap.discrepancies[0].claims.map((c) => c.outlet), ['Global Wire', 'Daily Courier']);
    assert.deepEqual(data.articles.map((a) => a.file), ['a.txt', 'b.txt']);
    const text = formatEvents(index.eventDetails(), new Map([['a.txt', 'Global Wire'], ['b.txt', 'Daily Courier']]));
    assert.match(text, /23 May 2025 · Prisoner exchange/);
    assert.match(text, /! figure: 1,000 vs 1,200 prisoners/);
  });
});
