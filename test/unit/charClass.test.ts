import * as assert from 'node:assert/strict';
import { CharClass, isCharClass, isLetter, isLower, isUpper } from '../../src/core/text/charClass';
import { UNICODE_VERSION } from '../../src/core/text/charClassTables';

describe('charClass', () => {
  it('was generated for the Unicode version of this Node (run scripts/charClassTables.mjs otherwise)', () => {
    assert.equal(UNICODE_VERSION, process.versions.unicode);
  });

  it('agrees with \\p{…} on every code point', () => {
    const codes: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) codes.push(code);
    let all = '';
    for (let i = 0; i < codes.length; i += 50_000) all += String.fromCodePoint(...codes.slice(i, i + 50_000));
    const categories: Array<[number, RegExp]> = [
      [CharClass.Letter, /\p{L}/gu], [CharClass.Upper, /\p{Lu}/gu], [CharClass.Lower, /\p{Ll}/gu], [CharClass.Title, /\p{Lt}/gu],
      [CharClass.Mark, /\p{M}/gu], [CharClass.Number, /\p{N}/gu], [CharClass.Digit, /\p{Nd}/gu],
    ];
    for (const [bit, regex] of categories) {
      const expected = Array.from(all.matchAll(regex), (m) => m[0].codePointAt(0)!);
      const actual = codes.filter((code) => isCharClass(code, bit));
      assert.equal(actual.length, expected.length, `${regex}`);
      assert.ok(actual.every((code, i) => code === expected[i]), `${regex}`);
    }
  });

  it('tests several categories at once', () => {
    const letterOrNumber = CharClass.Letter | CharClass.Number;
    assert.ok(isCharClass('7'.codePointAt(0)!, letterOrNumber));
    assert.ok(isCharClass('𝐀'.codePointAt(0)!, letterOrNumber));
    assert.ok(isCharClass('١'.codePointAt(0)!, letterOrNumber));
    assert.ok(!isCharClass('-'.codePointAt(0)!, letterOrNumber));
    assert.ok(!isCharClass('😀'.codePointAt(0)!, letterOrNumber));
    assert.ok(isUpper('É'.codePointAt(0)!) && isLower('é'.codePointAt(0)!) && isLetter('中'.codePointAt(0)!) && !isLetter(0x301));
  });
});
