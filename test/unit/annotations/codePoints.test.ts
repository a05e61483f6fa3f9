import * as assert from 'node:assert/strict';
import { createOffsetConverter, snapToCodePoints } from '../../../src/core/annotations/codePoints';

describe('annotations: code points', () => {
  // "Kyiv 🇺🇦 said 😀 — 𝔘 ok": flags are two astral code points, 😀 one, 𝔘 (U+1D518) one.
  const text = 'Kyiv 🇺🇦 said 😀 — 𝔘 ok';

  it('agrees with the string iterator on every UTF-16 offset that starts a character', () => {
    const converter = createOffsetConverter(text);
    const chars = [...text];
    let utf16 = 0;
    chars.forEach((char, codePoint) => {
      assert.equal(converter.toCodePoint(utf16), codePoint, `toCodePoint(${utf16})`);
      assert.equal(converter.toUtf16(codePoint), utf16, `toUtf16(${codePoint})`);
      utf16 += char.length;
    });
    assert.equal(converter.codePointLength, chars.length);
    assert.equal(converter.toCodePoint(text.length), chars.length);
    assert.equal(converter.toUtf16(chars.length), text.length);
  });

  it('counts an emoji as one code point but two UTF-16 units', () => {
    const converter = createOffsetConverter(text);
    const smiley = text.indexOf('😀');
    assert.equal(converter.toCodePoint(smiley + 2) - converter.toCodePoint(smiley), 1);
    assert.equal(createOffsetConverter('😀').codePointLength, 1);
    assert.equal('😀'.length, 2);
  });

  it('rounds an offset inside a surrogate pair down to the start of its character', () => {
    const converter = createOffsetConverter(text);
    const smiley = text.indexOf('😀');
    assert.equal(converter.toCodePoint(smiley + 1), converter.toCodePoint(smiley));
  });

  it('clamps offsets outside the text', () => {
    const converter = createOffsetConverter(text);
    assert.equal(converter.toCodePoint(-5), 0);
    assert.equal(converter.toCodePoint(10_000), [...text].length);
    assert.equal(converter.toUtf16(10_000), text.length);
    assert.equal(converter.toUtf16(-1), 0);
  });

  it('is the identity on text without astral characters, and counts lone surrogates as one', () => {
    const plain = createOffsetConverter('Ünïcödé – “quotes”');
    assert.equal(plain.toCodePoint(7), 7);
    assert.equal(plain.toUtf16(7), 7);
    const lone = createOffsetConverter('a\uD83Db😀');
    assert.equal(lone.codePointLength, 4);
    assert.equal(lone.toUtf16(3), 3);
    assert.equal(lone.toCodePoint(5), 4);
  });

  it('widens spans that split a surrogate pair', () => {
    const smiley = text.indexOf('😀');
    assert.deepEqual(snapToCodePoints(text, smiley + 1, smiley + 1), { start: smiley, end: smiley + 2 });
    assert.deepEqual(snapToCodePoints(text, 0, 4), { start: 0, end: 4 });
  });
});
