import * as assert from 'node:assert/strict';
import type { EntityMention, EntityType } from '../../src/core/model';
import { EntityLinker } from '../../src/core/link/linker';

let at = 0;
/** A mention as an extractor would give it; offsets only need to be distinct. */
function m(text: string, type: EntityType = 'person', name = text, role?: string): EntityMention {
  at += 10;
  return { start: at, end: at + text.length, text, type, name, ...(role ? { role } : {}) };
}

function idOf(linker: EntityLinker, article: string, name: string): string {
  const id = linker.entityIdFor(article, name);
  assert.ok(id, `no entity for "${name}" in ${article}`);
  return id;
}

describe('EntityLinker: one identity per real entity across articles', () => {
  const pairs: [type: EntityType, a: string, b: string][] = [
    ['person', 'Sergey Lavrov', 'Sergei Lavrov'],
    ['person', 'Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['person', 'Volodymyr Zelenskiy', 'Wolodymyr Selenskyj'],
    ['person', 'Rustem Umerov', 'Rustem Umierov'],
    ['person', 'Володимир Зеленський', 'Volodymyr Zelenskyy'],
    ['person', 'Сергій Лавров', 'Sergey Lavrov'],
    ['person', 'Olha Stefanishyna', 'Olga Stefanishyna'],
    ['place', 'Kiev', 'Kyiv'],
    ['place', 'Turkiye', 'Türkiye'],
    ['place', 'Turkey', 'Turkiye'],
    ['place', 'Çırağan Palace', 'Ciragan Palace'],
    ['place', 'Chiragan Palace', 'Ciragan Palace'],
    ['place', 'Odessa', 'Odesa'],
    ['organization', 'Ministry of Foreign Affairs', 'Foreign Ministry'],
    ['organization', 'Defense Ministry', 'Defence Ministry'],
  ];
  for (const [type, a, b] of pairs) {
    it(`${a} = ${b}`, () => {
      const linker = new EntityLinker();
      linker.add('one.txt', [m(a, type)]);
      linker.add('two.txt', [m(b, type)]);
      assert.equal(idOf(linker, 'one.txt', a), idOf(linker, 'two.txt', b));
      assert.equal(linker.entities().length, 1);
    });
  }

  it('never merges Vladimir Putin with Vladimir Medinsky', () => {
    const linker = new EntityLinker();
    linker.add('one.txt', [m('Vladimir Putin'), m('Vladimir Medinsky')]);
    linker.add('two.txt', [m('Putin', 'person', 'Vladimir Putin'), m('Medinsky', 'person', 'Vladimir Medinsky')]);
    assert.notEqual(idOf(linker, 'one.txt', 'Vladimir Putin'), idOf(linker, 'one.txt', 'Vladimir Medinsky'));
    assert.equal(linker.entities().length, 2);
  });

  it('keeps two people with one surname and different first names apart', () => {
    const linker = new EntityLinker();
    linker.add('one.txt', [m('John Smith')]);
    linker.add('two.txt', [m('Joan Smith')]);
    linker.add('three.txt', [m('Alexander Ivanov'), m('Alexandra Ivanov')]);
    assert.equal(linker.entities().length, 4);
  });

  it('links a bare surname to the only full name, and leaves it alone when the surname is ambiguous', () => {
    const linker = new EntityLinker();
    linker.add('full.txt', [m('Donald Trump')]);
    linker.add('bare.txt', [m('Trump')]);
    assert.equal(idOf(linker, 'bare.txt', 'Trump'), 'person:donald-trump');
    linker.add('other.txt', [m('Melania Trump')]);
    assert.equal(idOf(linker, 'bare.txt', 'Trump'), 'person:trump');
  });

  it('names the entity by its most frequent full form and lists every spelling as an alias', () => {
    const linker = new EntityLinker();
    linker.add('a.txt', [m('Sergey Lavrov'), m('Lavrov', 'person', 'Sergey Lavrov', 'Russian Foreign Minister')]);
    linker.add('b.txt', [m('Sergey Lavrov')]);
    linker.add('c.txt', [m('Sergei Lavrov')]);
    const [lavrov] = linker.entities();
    assert.equal(lavrov.id, 'person:sergey-lavrov');
    assert.equal(lavrov.name, 'Sergey Lavrov');
    assert.deepEqual(lavrov.aliases, ['Sergey Lavrov', 'Lavrov', 'Sergei Lavrov']);
    assert.deepEqual(lavrov.roles, ['Russian Foreign Minister']);
    assert.equal(lavrov.articles, 3);
    assert.equal(lavrov.mentions, 4);
  });

  it('breaks ties in the canonical name deterministically, whatever the order of adding', () => {
    const one = new EntityLinker();
    one.add('a.txt', [m('Sergey Lavrov')]);
    one.add('b.txt', [m('Sergei Lavrov')]);
    const two = new EntityLinker();
    two.add('b.txt', [m('Sergei Lavrov')]);
    two.add('a.txt', [m('Sergey Lavrov')]);
    assert.equal(one.entities()[0].id, two.entities()[0].id);
  });
});

describe('EntityLinker: incremental add, remove, queries', () => {
  it('forgets an article on remove and replaces it on a second add', () => {
    const linker = new EntityLinker();
    linker.add('a.txt', [m('Kyiv', 'place'), m('Sergey Lavrov')]);
    linker.add('b.txt', [m('Kiev', 'place')]);
    assert.equal(linker.entity('place:kyiv')?.articles, 2);
    linker.remove('a.txt');
    assert.equal(linker.entity('place:kyiv')?.articles, 1);
    assert.equal(linker.entity('person:sergey-lavrov'), undefined);
    linker.add('b.txt', [m('Moscow', 'place')]);
    assert.equal(linker.entity('place:kyiv'), undefined);
    assert.deepEqual(linker.entities().map((e) => e.id), ['place:moscow']);
    linker.remove('missing.txt');
  });

  it('lists the mentions of an entity with their articles', () => {
    const linker = new EntityLinker();
    const first = m('Kyiv', 'place');
    const second = m('Kiev', 'place', 'Kyiv');
    linker.add('a.txt', [first, m('Moscow', 'place')]);
    linker.add('b.txt', [second]);
    assert.deepEqual(linker.mentionsOf('place:kyiv'), [
      { articleKey: 'a.txt', mention: first },
      { articleKey: 'b.txt', mention: second },
    ]);
    assert.deepEqual(linker.mentionsOf('place:nowhere'), []);
  });

  it('looks up any spelling', () => {
    const linker = new EntityLinker();
    linker.add('a.txt', [m('Volodymyr Zelenskyy'), m('Kyiv', 'place'), m('Sergey Lavrov')]);
    assert.deepEqual(linker.lookup('Selenskyj').map((e) => e.name), ['Volodymyr Zelenskyy']);
    assert.deepEqual(linker.lookup('Wolodymyr Selenskyj').map((e) => e.name), ['Volodymyr Zelenskyy']);
    assert.deepEqual(linker.lookup('Kiev').map((e) => e.name), ['Kyiv']);
    assert.deepEqual(linker.lookup('lavrov').map((e) => e.name), ['Sergey Lavrov']);
    assert.deepEqual(linker.lookup('Rustem Lavrov'), []);
    assert.deepEqual(linker.lookup('Nobody'), []);
  });

  it('stays fast and exact with thousands of articles', function () {
    this.timeout(20_000);
    // Letters only: names are keyed by their letters, so "Town1" and "Town2" would be one town.
    const word = (n: number, length: number) => Array.from({ length }, (_, k) => String.fromCharCode(97 + ((n * (k + 7) + k * 11) % 26))).join('');
    const title = (s: string) => s[0].toUpperCase() + s.slice(1);
    const linker = new EntityLinker();
    const started = Date.now();
    for (let i = 0; i < 2000; i++) {
      linker.add(`a${i}.txt`, [m(`${title(word(i % 40, 5))} ${title(word(i % 700, 7))}`), m('Kyiv', 'place'), m(title(word(i % 300, 6)), 'place')]);
      if (i % 10 === 0) linker.entities();
    }
    for (let i = 0; i < 2000; i += 2) linker.remove(`a${i}.txt`);
    assert.equal(linker.entity('place:kyiv')?.articles, 1000);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });
});
