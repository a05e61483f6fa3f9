import * as assert from 'node:assert/strict';
import type { EntityMention, ParsedArticle } from '../../src/core/model';
import { extractEntities, personByRole, roleOf } from '../../src/core/extract/entities';
import { parsedArticle, type Line } from '../support/parsedArticle';

function body(text: string, language = 'en'): ParsedArticle {
  return parsedArticle([{ kind: 'body', text }], { language });
}

function entities(text: string, language = 'en'): EntityMention[] {
  return extractEntities(body(text, language));
}

/** [text, type] of every mention, for compact assertions. */
function found(text: string, language = 'en'): [string, string][] {
  return entities(text, language).map((m) => [m.text, m.type]);
}

function mention(mentions: readonly EntityMention[], text: string): EntityMention {
  const m = mentions.find((e) => e.text === text);
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(mentions.map((e) => e.text))}`);
  return m;
}

describe('extractEntities: spans, titles and possessives', () => {
  it('leaves titles out of person spans and records them as the role', () => {
    const mentions = entities('Russia has proposed new talks, Russian Foreign Minister Sergey Lavrov said on Wednesday.');
    const lavrov = mention(mentions, 'Sergey Lavrov');
    assert.equal(lavrov.type, 'person');
    assert.equal(lavrov.role, 'Russian Foreign Minister');
    assert.equal(mentions.find((m) => m.text.includes('Minister')), undefined);
  });

  it('excludes the possessive ’s and \'s', () => {
    const mentions = entities('Ukraine’s Defence Minister, Rustem Umerov, met Germany\'s chancellor in Russia’s absence.');
    assert.deepEqual(mentions.map((m) => m.text), ['Ukraine', 'Rustem Umerov', 'Germany', 'Russia']);
    assert.equal(mention(mentions, 'Rustem Umerov').role, 'Ukraine’s Defence Minister');
  });

  it('does not make nationality adjectives places', () => {
    const mentions = entities('Russian and Ukrainian officials met Western diplomats in Istanbul.');
    assert.deepEqual(found('Russian and Ukrainian officials met Western diplomats in Istanbul.'), [['Istanbul', 'place']]);
    assert.equal(mentions.length, 1);
  });

  it('splits a title phrase into the country it names and the person', () => {
    assert.deepEqual(found('The push comes amid pressure from United States President Donald Trump.'), [
      ['United States', 'place'],
      ['Donald Trump', 'person'],
    ]);
  });

  it('types organisations by head word and acronym', () => {
    assert.deepEqual(found('Russian Ministry of Foreign Affairs spokesperson Maria Zakharova said NATO and the State Department disagreed.'), [
      ['Russian Ministry of Foreign Affairs', 'organization'],
      ['Maria Zakharova', 'person'],
      ['NATO', 'organization'],
      ['State Department', 'organization'],
    ]);
  });

  it('types places by head word ("… Palace") and gazetteer exonyms', () => {
    const mentions = entities('Delegations returned to Istanbul’s Ciragan Palace, far from Kiev and Turkiye’s capital.');
    assert.deepEqual(mentions.map((m) => [m.text, m.type, m.name]), [
      ['Istanbul', 'place', 'Istanbul'],
      ['Ciragan Palace', 'place', 'Ciragan Palace'],
      ['Kiev', 'place', 'Kyiv'],
      ['Turkiye', 'place', 'Turkey'],
    ]);
  });
});

describe('extractEntities: names within one article', () => {
  it('points a bare surname back to the full name, even from a headline above it', () => {
    const article = parsedArticle([
      { kind: 'headline', text: 'Pressure grows on Lavrov' },
      { kind: 'body', text: 'Foreign Minister Sergey Lavrov spoke. "We hope," Lavrov said.' },
    ]);
    const names = extractEntities(article).filter((m) => m.type === 'person').map((m) => [m.text, m.name]);
    assert.deepEqual(names, [
      ['Lavrov', 'Sergey Lavrov'],
      ['Sergey Lavrov', 'Sergey Lavrov'],
      ['Lavrov', 'Sergey Lavrov'],
    ]);
  });

  it('never merges people who share a first name', () => {
    const mentions = entities('Vladimir Putin spoke after Vladimir Medinsky returned. Putin said talks would go on; Medinsky agreed.');
    assert.deepEqual(mentions.map((m) => m.name), ['Vladimir Putin', 'Vladimir Medinsky', 'Vladimir Putin', 'Vladimir Medinsky']);
  });

  it('keeps people with the same surname and different first names apart', () => {
    const mentions = entities('John Smith met Mary Smith in London. Mary Smith said little.');
    assert.deepEqual(mentions.filter((m) => m.type === 'person').map((m) => m.name), ['John Smith', 'Mary Smith', 'Mary Smith']);
  });

  it('reads the appositive role after a name', () => {
    const medinsky = mention(entities('Vladimir Medinsky, the head of Russia’s delegation, said he had written.'), 'Vladimir Medinsky');
    assert.equal(medinsky.role, 'head of Russia’s delegation');
  });

  it('takes lower-case roles before a name', () => {
    assert.equal(mention(entities('Kremlin foreign policy aide Yuri Ushakov said it was early.'), 'Yuri Ushakov').role, 'Kremlin foreign policy aide');
  });

  it('finds nothing but known names in Title Case headings', () => {
    const article = parsedArticle([
      { kind: 'body', text: 'Germany and Ukraine Announce Missile Partnership' },
      { kind: 'body', text: 'Chancellor Friedrich Merz met officials.' },
    ]);
    assert.deepEqual(extractEntities(article).map((m) => m.text), ['Germany', 'Ukraine', 'Friedrich Merz']);
  });

  it('ignores boilerplate and reads bylines as people', () => {
    const lines: Line[] = [
      { kind: 'boilerplate', text: 'Related: Serbia probes arms to Ukraine' },
      { kind: 'byline', text: 'By Helen Ashworth' },
      { kind: 'body', text: 'Talks resumed in Geneva.' },
    ];
    assert.deepEqual(extractEntities(parsedArticle(lines)).map((m) => [m.text, m.type]), [['Helen Ashworth', 'person'], ['Geneva', 'place']]);
  });
});

describe('extractEntities: organisations named by the article', () => {
  it('gives an acronym the full name it is defined with, in parentheses or by initials', () => {
    const mentions = entities('The Federal Aviation Administration (FAA) said delays would grow. FAA staff disagreed. The Gewerkschaft Deutscher Lokomotivführer met; GDL leaders spoke.');
    assert.deepEqual(mentions.map((m) => [m.text, m.name]), [
      ['Federal Aviation Administration', 'Federal Aviation Administration'],
      ['FAA', 'Federal Aviation Administration'],
      ['FAA', 'Federal Aviation Administration'],
      ['Gewerkschaft Deutscher Lokomotivführer', 'Gewerkschaft Deutscher Lokomotivführer'],
      ['GDL', 'Gewerkschaft Deutscher Lokomotivführer'],
    ]);
  });

  it('names a country’s ministry with its country', () => {
    const ministry = mention(entities('Russia’s Foreign Ministry confirmed the call.'), 'Foreign Ministry');
    assert.equal(ministry.name, 'Russia’s Foreign Ministry');
  });

  it('reads honorifics with a period and first names used alone', () => {
    assert.deepEqual(found('Mr. Biden spoke in Delaware.'), [['Biden', 'person'], ['Delaware', 'place']]);
    const mentions = entities('Kepala BPBD, Rina Hartati, mengatakan banjir surut. Menurut Rina, warga aman.', 'id');
    assert.equal(mention(mentions, 'Rina').name, 'Rina Hartati');
  });
});

describe('extractEntities: other languages get names and do not crash', () => {
  const cases: [language: string, text: string, expected: [string, string][]][] = [
    ['uk', 'Президент України Володимир Зеленський заявив, що Київ готовий. Зеленського підтримали в Німеччині.', [
      ['України', 'place'], ['Володимир Зеленський', 'person'], ['Київ', 'place'], ['Зеленського', 'person'], ['Німеччині', 'place'],
    ]],
    ['de', 'Bundeskanzler Friedrich Merz empfing den ukrainischen Präsidenten Wolodymyr Selenskyj in Berlin. Selenskyj sagte, die Türkei sei bereit.', [
      ['Friedrich Merz', 'person'], ['Wolodymyr Selenskyj', 'person'], ['Berlin', 'place'], ['Selenskyj', 'person'], ['Türkei', 'place'],
    ]],
    ['it', 'Il ministro degli Esteri russo Sergei Lavrov ha incontrato a Mosca la Protezione civile. Lavrov è partito per Roma.', [
      ['Sergei Lavrov', 'person'], ['Mosca', 'place'], ['Protezione civile', 'organization'], ['Lavrov', 'person'], ['Roma', 'place'],
    ]],
    ['id', 'Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Turki di Istanbul. Menurut Putin, perundingan berjalan baik.', [
      ['Rusia', 'place'], ['Vladimir Putin', 'person'], ['Turki', 'place'], ['Istanbul', 'place'], ['Putin', 'person'],
    ]],
    ['pt', 'O presidente Luiz Inácio Lula da Silva viajou para Brasília, disse o Ministério do Meio Ambiente.', [
      ['Luiz Inácio Lula da Silva', 'person'], ['Brasília', 'place'], ['Ministério do Meio Ambiente', 'organization'],
    ]],
  ];
  for (const [language, text, expected] of cases) {
    it(language, () => assert.deepEqual(found(text, language), expected));
  }

  it('stays linear on huge one-line texts (no name, capitals, heads or repeated people run away)', function () {
    this.timeout(30_000);
    const started = Date.now();
    for (const text of ['A'.repeat(100_000) + ' ' + 'Zz '.repeat(30_000), 'Ministry '.repeat(30_000) + 'Putin', 'Vladimir Putin met Olga Bbbb, the head of it, in Kyiv. '.repeat(3_000)]) {
      extractEntities(body(text));
    }
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  });

  it('survives odd input: empty text, emoji, lone capitals, CRLF', () => {
    assert.deepEqual(entities(''), []);
    assert.doesNotThrow(() => entities('🙂 A B C D. É. \r\nX-Y-Z ’s \u00a0 Mr. — “” O’ ’s'));
    assert.deepEqual(found('Talks in Kyiv\r\nended in Berlin.'), [['Kyiv', 'place'], ['Berlin', 'place']]);
  });
});

describe('roleOf and personByRole: roles for quote attribution', () => {
  const mentions = entities('Russian Ministry of Foreign Affairs spokesperson Maria Zakharova spoke first. Later, Foreign Minister Sergey Lavrov spoke.');

  it('roleOf gives the role a name was introduced with', () => {
    assert.equal(roleOf(mentions, 'Maria Zakharova'), 'Russian Ministry of Foreign Affairs spokesperson');
    assert.equal(roleOf(mentions, 'Nobody'), undefined);
  });

  it('personByRole finds "the spokesperson" and "the minister"', () => {
    const end = mentions[mentions.length - 1].end;
    assert.equal(personByRole(mentions, 'spokesperson', end)?.name, 'Maria Zakharova');
    assert.equal(personByRole(mentions, 'Minister', end)?.name, 'Sergey Lavrov');
    assert.equal(personByRole(mentions, 'mayor', end), undefined);
  });
});
