import * as assert from 'node:assert/strict';
import { decodeArticle } from '../../src/core/text/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('removes a UTF-8 byte order mark so offsets match the editor', () => {
    const decoded = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv')]));
    assert.deepEqual(decoded, { ok: true, text: 'Kyiv' });
  });

  it('replaces invalid UTF-8 with U+FFFD instead of failing', () => {
    const decoded = decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
    assert.deepEqual(decoded, { ok: true, text: 'A\uFFFD(B' });
  });

  it('decodes BOM-marked UTF-16', () => {
    const decoded = decodeArticle(new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00]));
    assert.deepEqual(decoded, { ok: true, text: 'Ky' });
  });

  it('declines binary content with a reason', () => {
    const decoded = decodeArticle(new Uint8Array([0x41, 0x00, 0x42]));
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /NUL bytes/);
  });

  it('declines files over the size limit with the sizes in the reason', () => {
    const decoded = decodeArticle(new Uint8Array(3 * 1024 * 1024), 2 * 1024 * 1024);
    assert.equal(decoded.ok, false);
    assert.match((decoded as { reason: string }).reason, /3\.0 MB, over the 2\.0 MB limit/);
  });

  it('keeps CRLF and surrogate pairs as they are', () => {
    const decoded = decodeArticle(utf8('a\r\n😀b'));
    assert.deepEqual(decoded, { ok: true, text: 'a\r\n😀b' });
  });
});
