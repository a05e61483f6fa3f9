/**
 * Turning a file's bytes into the text the engine analyses, exactly as VS Code would show it, or a
 * clear reason for declining it. Shared by the CLI and the extension so both see the same offsets.
 */

/** TextDecoder exists in Node, browsers and web workers; the core's lib settings do not declare it. */
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

/** Articles larger than this are declined: no news article is anywhere near, and analysis time grows with size. */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes UTF-8 (BOM removed; invalid sequences become U+FFFD, as in VS Code) or BOM-marked
 * UTF-16. Declines files over `maxBytes` and files with NUL bytes, which are binary, not articles.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodedArticle {
  const tooLarge = sizeLimitReason(bytes.length, maxBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.indexOf(0) !== -1) return { ok: false, reason: 'file contains NUL bytes: it looks binary, not like an article' };
  const text = new TextDecoder(encoding).decode(bytes);
  return { ok: true, text };
}

/** The reason to decline a file of `size` bytes, or undefined when it is within `maxBytes`. */
export function sizeLimitReason(size: number, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): string | undefined {
  return size > maxBytes ? `file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit for articles` : undefined;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
