import * as assert from 'node:assert/strict';
import type { EntityMention, EntityType } from '../../src/core/model';
import { EntityLinker } from '../../src/core/link/linker';
import { applyMentionOverrides, emptyOverrides, type EntityOverrides, parseOverrides } from '../../src/core/link/overrides';

let at = 0;
function m(text: string, type: EntityType = 'person', name = text): EntityMention {
  at += 10;
  return { start: at, end: at + text.length, text, type, name };
}

function overrides(partial: Partial<EntityOverrides>): EntityOverrides {
  return { ...emptyOverrides(), ...partial };
}

describe('parseOverrides: the .dossier/entities.json format', () => {
  it('reads a complete file', () => {
    const complete: EntityOverrides = {
      version: 1,
      merge: [{ names: ['Wolodymyr Selenskyj', 'Volodymyr Zelenskyy'], name: 'Volodymyr Zelenskyy' }],
      split: [{ names: ['Sergei Ivanov'] }],
      rename: [{ entity: 'person:sergey-lavrov', name: 'Sergei Lavrov' }],
      retype: [{ name: 'Jordan', type: 'person' }],
      notEntity: ['Telegram'],
    };
    assert.deepEqual(parseOverrides(JSON.stringify(complete, null, 2)), { overrides: complete, errors: [] });
  });

  it('accepts a file with only a version', () => {
    assert.deepEqual(parseOverrides('{ "version": 1 }'), { overrides: emptyOverrides(), errors: [] });
  });

  it('reports bad JSON without throwing', () => {
    const parsed = parseOverrides('{ "version": 1, ');
    assert.equal(parsed.overrides, undefined);
    assert.equal(parsed.errors.length, 1);
    assert.match(parsed.errors[0], /^not valid JSON/);
  });

  it('reports a missing or unknown version and non-objects', () => {
    assert.match(parseOverrides('{}').errors[0], /"version" must be 1/);
    assert.match(parseOverrides('{ "version": 2 }').errors[0], /found 2/);
    assert.match(parseOverrides('[1, 2]').errors[0], /expected a JSON object/);
    assert.match(parseOverrides('null').errors[0], /expected a JSON object/);
  });

  it('names every malformed rule and keeps the valid ones', () => {
    const parsed = parseOverrides(JSON.stringify({
      version: 1,
      merge: [{ names: ['only one'] }, { names: ['A', 'B'] }],
      split: 'Sergei Ivanov',
      rename: [{ entity: 'X' }],
      retype: [{ name: 'Jordan', type: 'country' }, { name: 'Georgia', type: 'place' }],
      notEntity: ['Telegram', 3],
      colour: 'red',
    }));
    assert.deepEqual(parsed.errors, [
      'unknown key "colour" (expected version, merge, split, rename, retype, notEntity)',
      'merge[0].names: expected a list of at least 2 names (non-empty strings)',
      'split: expected a list',
      'rename[0].name: expected a non-empty string',
      'retype[0].type: expected one of person, organization, place (found "country")',
      'notEntity[1]: expected a non-empty string',
    ]);
    assert.deepEqual(parsed.overrides?.merge, [{ names: ['A', 'B'] }]);
    assert.deepEqual(parsed.overrides?.retype, [{ name: 'Georgia', type: 'place' }]);
    assert.deepEqual(parsed.overrides?.notEntity, ['Telegram']);
  });
});

describe('applyMentionOverrides', () => {
  it('drops non-entities and retypes by name or text, case- and accent-insensitively', () => {
    const mentions = [m('Telegram', 'organization'), m('Jordan', 'place'), m('Kyiv', 'place')];
    const out = applyMentionOverrides(mentions, overrides({ notEntity: ['telegram'], retype: [{ name: 'JORDAN', type: 'person' }] }));
    assert.deepEqual(out.map((e) => [e.text, e.type]), [['Jordan', 'person'], ['Kyiv', 'place']]);
  });
});

describe('EntityLinker honours the overrides', () => {
  it('merges what the linker kept apart, under the name the user gives', () => {
    const add = (linker: EntityLinker) => {
      linker.add('a.txt', [m('Ahmed al-Sharaa')]);
      linker.add('b.txt', [m('Abu Mohammed al-Jolani')]);
      return linker;
    };
    assert.equal(add(new EntityLinker()).entities().length, 2);
    const linker = add(new EntityLinker(overrides({ merge: [{ names: ['Abu Mohammed al-Jolani', 'ahmed al-sharaa'], name: 'Ahmed al-Sharaa' }] })));
    assert.deepEqual(linker.entities().map((e) => [e.id, e.name, e.mentions]), [['person:ahmed-al-sharaa', 'Ahmed al-Sharaa', 2]]);
    assert.equal(linker.entityIdFor('b.txt', 'Abu Mohammed al-Jolani'), 'person:ahmed-al-sharaa');
  });

  it('merges by automatic id too', () => {
    const linker = new EntityLinker(overrides({ merge: [{ names: ['organization:kremlin', 'Russian Presidency'] }] }));
    linker.add('a.txt', [m('Kremlin', 'organization'), m('Russian Presidency', 'organization')]);
    assert.equal(linker.entities().length, 1);
  });

  it('splits what the linker merged', () => {
    const plain = new EntityLinker();
    plain.add('a.txt', [m('Sergey Ivanov')]);
    plain.add('b.txt', [m('Sergei Ivanov')]);
    assert.equal(plain.entities().length, 1);
    const split = new EntityLinker(overrides({ split: [{ names: ['Sergei Ivanov'] }] }));
    split.add('a.txt', [m('Sergey Ivanov')]);
    split.add('b.txt', [m('Sergei Ivanov')]);
    assert.deepEqual(split.entities().map((e) => e.name).sort(), ['Sergei Ivanov', 'Sergey Ivanov']);
    assert.notEqual(split.entityIdFor('a.txt', 'Sergey Ivanov'), split.entityIdFor('b.txt', 'Sergei Ivanov'));
  });

  it('renames by name or id, and the id follows the new name', () => {
    const byId = new EntityLinker(overrides({ rename: [{ entity: 'person:sergey-lavrov', name: 'Sergei Lavrov' }] }));
    byId.add('a.txt', [m('Sergey Lavrov')]);
    assert.deepEqual(byId.entities().map((e) => [e.id, e.name]), [['person:sergei-lavrov', 'Sergei Lavrov']]);
    const byName = new EntityLinker(overrides({ rename: [{ entity: 'kiev', name: 'Kyiv (city)' }] }));
    byName.add('a.txt', [m('Kiev', 'place', 'Kyiv')]);
    assert.equal(byName.entities()[0].name, 'Kyiv (city)');
  });

  it('corrects types and drops non-entities', () => {
    const linker = new EntityLinker(overrides({ retype: [{ name: 'Jordan', type: 'person' }], notEntity: ['Telegram'] }));
    linker.add('a.txt', [m('Jordan', 'place'), m('Telegram', 'organization')]);
    assert.deepEqual(linker.entities().map((e) => e.id), ['person:jordan']);
    assert.equal(linker.entityIdFor('a.txt', 'Telegram'), undefined);
  });
});
