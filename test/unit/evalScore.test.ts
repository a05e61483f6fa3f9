import * as assert from 'node:assert/strict';
import type { GoldArticle, GoldFile } from '../eval/gold';
import type { Report, ReportArticle, ReportEntity } from '../eval/score';
import { foldName, scoreReport, speakerMatches } from '../eval/score';

const text = [
  'Subscribe now Putin offer', // boilerplate
  'Lavrov meets Rubio in Istanbul',
  'Sergey Lavrov said on Monday the Russian side was "ready to talk," while Rubio called it a "show".',
  'Lavrov added: "We will see." Marco Rubio said "never" twice the week before.',
].join('\n');

/** The `n`th occurrence of `needle` in the text, as a span. */
function at(needle: string, n = 1): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i < n; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no ${needle} #${n}`);
  return { start, end: start + needle.length, text: needle };
}

const line = (n: number) => {
  const lines = text.split('\n');
  const start = lines.slice(0, n).reduce((s, l) => s + l.length + 1, 0);
  return { start, end: start + lines[n].length };
};

const goldArticle: GoldArticle = {
  file: 'a.txt',
  source: null,
  publicationDate: '2025-05-28',
  language: 'en',
  length: text.length,
  regions: [
    { ...line(0), kind: 'boilerplate', preview: 'Subscribe now Putin offer' },
    { ...line(1), kind: 'headline', preview: 'Lavrov meets Rubio in Istanbul' },
    { start: line(2).start, end: line(3).end, kind: 'body', preview: 'Sergey Lavrov said' },
  ],
  boilerplateChars: line(0).end,
  entities: [
    { ...at('Lavrov'), type: 'PERSON', canonical: 'Sergey Lavrov' },
    { ...at('Rubio'), type: 'PERSON', canonical: 'Marco Rubio' },
    { ...at('Istanbul'), type: 'PLACE', canonical: 'Istanbul' },
    { ...at('Sergey Lavrov'), type: 'PERSON', canonical: 'Sergey Lavrov' },
    { ...at('Russian'), type: 'OTHER', canonical: 'Russian' },
    { ...at('Rubio', 2), type: 'PERSON', canonical: 'Marco Rubio' },
    { ...at('Lavrov', 3), type: 'PERSON', canonical: 'Sergey Lavrov' },
    { ...at('Marco Rubio'), type: 'PERSON', canonical: 'Marco Rubio' },
  ],
  dates: [
    { ...at('Monday'), resolved: '2025-05-26', grain: 'day', optional: false },
    { ...at('twice'), resolved: null, grain: 'vague', optional: true },
    { ...at('the week before'), resolved: '2025-05-19/2025-05-25', grain: 'week', optional: false },
  ],
  quotes: [
    { ...at('ready to talk,'), speaker: 'Sergey Lavrov', kind: 'partial', optional: false },
    { ...at('show'), speaker: null, kind: 'scare', optional: true },
    { ...at('We will see.'), speaker: 'Sergey Lavrov', kind: 'direct', optional: false },
    { ...at('never'), speaker: 'Marco Rubio', kind: 'partial', optional: false },
  ],
};
const gold: GoldFile = { description: 'unit test', conventions: {}, files: [goldArticle] };

const lavrov: ReportEntity = { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', type: 'person', aliases: ['Sergey Lavrov', 'Lavrov'] };
const rubio: ReportEntity = { id: 'person:marco-rubio', name: 'Marco Rubio', type: 'person', aliases: ['Marco Rubio', 'Rubio'] };
const istanbul: ReportEntity = { id: 'place:istanbul', name: 'Istanbul', type: 'place', aliases: ['Istanbul'] };
const typeOf = { PERSON: 'person', ORG: 'organization', PLACE: 'place' } as const;

/** A report that says exactly what the gold says. */
function perfectArticle(): ReportArticle {
  const idOf = (canonical: string) => [lavrov, rubio, istanbul].find((e) => e.name === canonical)!.id;
  return {
    file: 'workspace/a.txt',
    title: 'Lavrov meets Rubio in Istanbul',
    publicationDate: '2025-05-28',
    language: 'en',
    boilerplate: [line(0)],
    entities: goldArticle.entities.filter((e) => e.type !== 'OTHER').map((e) => ({ ...e, type: typeOf[e.type as keyof typeof typeOf], id: idOf(e.canonical) })),
    dates: goldArticle.dates.filter((d) => !d.optional).map((d) => ({ ...d, value: d.resolved })),
    quotes: goldArticle.quotes.filter((q) => !q.optional).map((q) => ({ ...q, speaker: idOf(q.speaker!) })),
  };
}

const reportWith = (article: ReportArticle, entities = [lavrov, rubio, istanbul]): Report => ({ articles: [article], entities });

describe('eval scorer', () => {
  it('gives full marks to a report that says what the gold says', () => {
    const { summary, articles } = scoreReport(reportWith(perfectArticle()), gold);
    assert.deepEqual(articles[0].mistakes, []);
    assert.equal(summary.entityF1, 1);
    assert.equal(summary.entityTypeAccuracy, 1);
    assert.equal(summary.dateF1, 1);
    assert.deepEqual([summary.dayRight, summary.dayTotal, summary.dateValueRight, summary.dateValueTotal], [1, 1, 2, 2]);
    assert.equal(summary.quoteF1, 1);
    assert.deepEqual([summary.speakerRight, summary.speakerTotal], [3, 3]);
    assert.deepEqual([summary.publicationDateRight, summary.languageRight, summary.titleRight], [1, 1, 1]);
    assert.equal(summary.boilerplateF1, 1);
  });

  it('ignores do-not-care and boilerplate predictions, and counts split names and wrong types', () => {
    const article = perfectArticle();
    const sergey = article.entities.find((e) => e.text === 'Sergey Lavrov')!;
    article.entities = article.entities.filter((e) => e !== sergey);
    article.entities.push(
      { ...at('Sergey'), type: 'person', id: lavrov.id }, // split: one half matches,
      { ...at('Lavrov', 2), type: 'person', id: lavrov.id }, // the other is spurious
      { ...at('Russian'), type: 'place', id: 'place:russia' }, // OTHER: do-not-care
      { ...at('Putin'), type: 'person', id: 'person:putin' }, // wholly in boilerplate
      { ...at('Subscribe'), type: 'organization', id: 'org:subscribe' }, // also in boilerplate
    );
    article.entities.find((e) => e.text === 'Istanbul')!.type = 'organization';
    const { summary, articles } = scoreReport(reportWith(article), gold);
    assert.equal(summary.inBoilerplate, 2);
    assert.equal(summary.entityRecall, 1);
    assert.equal(summary.entityPrecision, 7 / 8);
    assert.equal(summary.entityTypeAccuracy, 6 / 7);
    const istanbulAt = at('Istanbul');
    assert.ok(articles[0].mistakes.includes(`entity type "Istanbul" @${istanbulAt.start}-${istanbulAt.end}: gold place, got organization`));
    assert.ok(articles[0].mistakes.some((m) => m.startsWith('entity spurious "Lavrov"')));
  });

  it('counts a missed gold entity and a wrong day value', () => {
    const article = perfectArticle();
    article.entities = article.entities.filter((e) => e.text !== 'Marco Rubio');
    article.dates[0].value = '2025-06-02';
    article.dates.push({ ...at('twice'), value: null }); // overlaps an optional gold date: ignored
    const { summary } = scoreReport(reportWith(article), gold);
    assert.equal(summary.entityRecall, 6 / 7);
    assert.equal(summary.entityPrecision, 1);
    assert.equal(summary.dateF1, 1);
    assert.deepEqual([summary.dayRight, summary.dayTotal], [0, 1]);
  });

  it('judges quotes by overlap and speakers through the report entities', () => {
    const article = perfectArticle();
    article.quotes[0] = { ...article.quotes[0], start: article.quotes[0].start - 1 }; // mark included: still a match
    article.quotes[1].speaker = 'person:nobody'; // not in the report's entities
    article.quotes[2].speaker = null;
    article.quotes.push({ ...at('show'), speaker: null }); // scare quote: do-not-care
    article.quotes.push({ ...at('Lavrov meets'), speaker: null }); // spurious
    const { summary, articles } = scoreReport(reportWith(article), gold);
    assert.equal(summary.quoteRecall, 1);
    assert.equal(summary.quotePrecision, 3 / 4);
    assert.deepEqual([summary.speakerRight, summary.speakerTotal], [1, 3]);
    assert.ok(articles[0].mistakes.some((m) => m.includes('person:nobody is not in the report')));
  });

  it('judges title, publication date and language exactly', () => {
    const article = { ...perfectArticle(), title: 'Lavrov meets Rubio in Istanbul | World news', publicationDate: '2025-05-27', language: 'de' };
    const { summary } = scoreReport(reportWith(article), gold);
    assert.deepEqual([summary.titleRight, summary.publicationDateRight, summary.languageRight], [0, 0, 0]);
    assert.deepEqual([summary.titleTotal, summary.publicationDateTotal, summary.languageTotal], [1, 1, 1]);
  });

  it('scores an article missing from the report as all missed', () => {
    const { summary, articles } = scoreReport(reportWith({ ...perfectArticle(), file: 'other.txt' }), gold);
    assert.equal(articles[0].found, false);
    assert.equal(summary.entityRecall, 0);
    assert.equal(summary.quoteRecall, 0);
    assert.equal(summary.speakerRight, 0);
    assert.equal(summary.publicationDateRight, 0);
  });

  describe('speakerMatches', () => {
    it('accepts the canonical name, a gold surface form, or the same surname and first initial', () => {
      assert.equal(speakerMatches({ ...lavrov, name: 'Sergei Lavrov', aliases: [] }, 'Sergey Lavrov', goldArticle), true);
      assert.equal(speakerMatches({ ...lavrov, name: 'S. Lavrov', aliases: [] }, 'Sergey Lavrov', goldArticle), true);
      assert.equal(speakerMatches({ ...lavrov, name: 'Lavrov', aliases: [] }, 'Sergey Lavrov', goldArticle), true);
      assert.equal(speakerMatches({ ...lavrov, name: 'SERGEY LAVROV’s', aliases: [] }, 'Sergey Lavrov', goldArticle), true);
    });

    it('rejects another person, a merge of two people, and a wrong type', () => {
      assert.notEqual(speakerMatches({ ...lavrov, name: 'Dmitry Lavrov', aliases: [] }, 'Sergey Lavrov', goldArticle), true);
      assert.notEqual(speakerMatches({ ...lavrov, aliases: ['Marco Rubio'] }, 'Sergey Lavrov', goldArticle), true);
      assert.notEqual(speakerMatches({ ...lavrov, type: 'place' }, 'Sergey Lavrov', goldArticle), true);
    });
  });

  it('folds diacritics, case, possessives and punctuation but not spelling', () => {
    assert.equal(foldName('Türkiye'), 'turkiye');
    assert.equal(foldName('Jean-Luc Mélenchon’s'), 'jean luc melenchon');
    assert.equal(foldName('U.S.'), 'u s');
    assert.notEqual(foldName('Zelensky'), foldName('Zelenskyy'));
  });
});
