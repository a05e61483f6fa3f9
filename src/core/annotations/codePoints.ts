/**
 * Offsets in two units: VS Code counts UTF-16 code units, the W3C TextPositionSelector counts
 * Unicode code points. They differ by one for every astral character (most emoji, rare CJK,
 * historic scripts), each of which takes a surrogate pair in UTF-16.
 */

/** Converts offsets of one text between UTF-16 code units and code points. */
export interface OffsetConverter {
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /**
   * The code-point offset of a UTF-16 offset, clamped to the text. An offset between the two
   * halves of a surrogate pair counts as the start of that character.
   */
  toCodePoint(utf16: number): number;
  /** The UTF-16 offset of a code-point offset, clamped to the text. */
  toUtf16(codePoint: number): number;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Builds a converter for `text`. Building is one pass over the text; each conversion is a
 * binary search over the astral characters only, so a thousand annotations on one article cost
 * one scan, not a thousand. Lone surrogates count as one code point each, as in JavaScript's
 * string iterator and Python's `str`.
 */
export function createOffsetConverter(text: string): OffsetConverter {
  // UTF-16 offsets of the high surrogate of every well-formed pair, ascending.
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const codePointLength = text.length - pairs.length;

  /** How many pairs satisfy `key(index) < limit`; `key` rises with the index. */
  const countBelow = (limit: number, key: (index: number) => number): number => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(mid) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    codePointLength,
    // Pairs starting before the offset each shrink it by one; for an offset inside a pair that
    // same count lands on the pair's own code point, which is the rounding down we want.
    toCodePoint: (utf16) => {
      const clamped = Math.max(0, Math.min(text.length, Math.floor(utf16)));
      return clamped - countBelow(clamped, (j) => pairs[j]);
    },
    // Pair j sits at code point pairs[j] - j; every pair before the target adds one unit.
    toUtf16: (codePoint) => {
      const clamped = Math.max(0, Math.min(codePointLength, Math.floor(codePoint)));
      return clamped + countBelow(clamped, (j) => pairs[j] - j);
    },
  };
}

/**
 * Widens a UTF-16 span so that neither end splits a surrogate pair, e.g. an edit boundary or a
 * fuzzy match that landed between the halves of an emoji.
 */
export function snapToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  const splits = (offset: number): boolean =>
    offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  return { start: splits(start) ? start - 1 : start, end: splits(end) ? end + 1 : end };
}
