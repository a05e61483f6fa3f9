import * as assert from 'node:assert/strict';
import { foldText, keySimilarity, nameKey, phraseKey, sameGivenName, slavicStem, slavicStems, slugify, transliterate } from '../../src/core/text/fold';

describe('foldText: case and diacritics', () => {
  const cases: [string, string][] = [
    ['Çırağan', 'ciragan'],
    ['Türkiye', 'turkiye'],
    ['İstanbul', 'istanbul'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Søren Ærø', 'soren aero'],
    ['Forlì', 'forli'],
    ['São Paulo', 'sao paulo'],
    ['Russia’s', "russia's"],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(foldText(input), expected));
  }

  it('keeps Cyrillic letters of their own (й, ї) while lower-casing', () => {
    assert.equal(foldText('Київ'), 'київ');
    assert.equal(foldText('Зеленський'), 'зеленський');
  });
});

describe('transliterate: Cyrillic to Latin', () => {
  it('uses Ukrainian values for Ukrainian words and Russian ones otherwise', () => {
    assert.equal(transliterate('київ'), 'kyyiv');
    assert.equal(transliterate('сергій'), 'serhiy');
    assert.equal(transliterate('сергей'), 'sergey');
    assert.equal(transliterate('лавров'), 'lavrov');
  });

  it('leaves Latin text alone', () => assert.equal(transliterate('lavrov'), 'lavrov'));
});

describe('nameKey: one key for the romanisations of a name', () => {
  const groups: string[][] = [
    ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Selenskyj', 'Zelenski', 'Зеленський'],
    ['Umerov', 'Umierov'],
    ['Sergey', 'Sergei', 'Sergej'],
    ['Lavrov', 'Lawrow', 'Лавров'],
    ['Çırağan', 'Ciragan', 'Chiragan'],
    ['Chernihiv', 'Tschernihiw'],
    ['Tchaikovsky', 'Tschaikowski', 'Chaikovsky'],
    ['Yuri', 'Juri', 'Jurij', 'Yuriy'],
    ['Kharkiv', 'Charkiw'],
  ];
  for (const group of groups) {
    it(group.join(' = '), () => {
      const keys = new Set(group.map(nameKey));
      assert.equal(keys.size, 1, `keys: ${[...keys].join(', ')}`);
    });
  }

  it('keeps different names apart', () => {
    assert.notEqual(nameKey('Putin'), nameKey('Medinsky'));
    assert.notEqual(nameKey('Ivanov'), nameKey('Ivanova'));
    assert.notEqual(nameKey('John'), nameKey('Joan'));
  });
});

describe('phraseKey, slugify, keySimilarity, slavicStem', () => {
  it('phraseKey keys every word', () => assert.equal(phraseKey('Çırağan Palace'), phraseKey('Chiragan palace')));
  it('slugify makes ids', () => {
    assert.equal(slugify('Sergey Lavrov'), 'sergey-lavrov');
    assert.equal(slugify('Türkiye'), 'turkiye');
    assert.equal(slugify("Côte d'Ivoire"), 'cote-divoire');
  });
  it('keySimilarity is 1 for equal keys and falls with edits', () => {
    assert.equal(keySimilarity('vladimir', 'vladimir'), 1);
    assert.ok(keySimilarity(nameKey('Dmitry'), nameKey('Dmytro')) >= 0.8);
    assert.ok(keySimilarity(nameKey('John'), nameKey('Joan')) < 0.8);
  });
  it('sameGivenName accepts spelling variants and initials, not other names', () => {
    const same = (a: string, b: string) => sameGivenName(nameKey(a), nameKey(b));
    assert.ok(same('Vladimir', 'Volodymyr'));
    assert.ok(same('Aleksandr', 'Oleksandr'));
    assert.ok(same('Sergey', 'Sergej'));
    assert.ok(same('D.', 'Donald'));
    assert.ok(same('Serhiy', 'Sergey'));
    assert.ok(same('Olha', 'Olga'));
    assert.ok(!same('John', 'Joan'));
    assert.ok(!same('Alexander', 'Alexandra'));
    assert.ok(!same('Vladimir', 'Rustem'));
  });
  it('slavicStem strips Ukrainian and Russian case endings only', () => {
    assert.equal(slavicStem('Зеленського'), slavicStem('Зеленський'));
    assert.equal(slavicStem('Путіна'), slavicStem('Путін'));
    assert.ok(slavicStems('Харкові').includes(slavicStem('Харків')));
    assert.equal(slavicStem('Lavrova'), 'lavrova');
  });
});
