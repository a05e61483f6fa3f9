import { DIGIT, LETTER, LOWER, MARK, NUMBER, TITLE, UPPER } from './charClassTables';

/**
 * Unicode general categories as code-point tests, the same sets as `\p{L}`, `\p{Lu}`, `\p{Ll}`,
 * `\p{Lt}`, `\p{M}`, `\p{N}` and `\p{Nd}` in a /u regex. A regex pays for each such class when V8 first compiles it
 * (about a millisecond: the astral ranges become surrogate-pair alternatives), which dominates
 * analysing the first article; these tests cost one table read.
 */
export const CharClass = { Letter: 1, Upper: 2, Lower: 4, Title: 8, Mark: 16, Number: 32, Digit: 64 } as const;

/** The encoded ranges of each category bit. */
const ENCODED = new Map<number, string>([
  [CharClass.Letter, LETTER], [CharClass.Upper, UPPER], [CharClass.Lower, LOWER], [CharClass.Title, TITLE], [CharClass.Mark, MARK], [CharClass.Number, NUMBER], [CharClass.Digit, DIGIT],
]);
/** Decoded ranges of each category bit, as [start, end] pairs in code-point order, at first use. */
const decoded = new Map<number, Int32Array>();
/**
 * Category bits of the BMP, one page of 256 code points at a time as text needs them: filling all
 * 65,536 at once cost a first article some ten milliseconds.
 */
const pages: Array<Uint8Array | undefined> = [];

function rangesOf(bit: number): Int32Array {
  let ranges = decoded.get(bit);
  if (!ranges) {
    const numbers = ENCODED.get(bit)!.trim().split(/\s+/);
    ranges = new Int32Array(numbers.length);
    let end = -1;
    for (let i = 0; i < numbers.length; i += 2) {
      const start = end + parseInt(numbers[i]!, 36);
      end = start + parseInt(numbers[i + 1]!, 36);
      ranges[i] = start;
      ranges[i + 1] = end;
    }
    decoded.set(bit, ranges);
  }
  return ranges;
}

/** Index of the first range of `ranges` that ends at or after `code`. */
function firstRangeFrom(ranges: Int32Array, code: number): number {
  let low = 0;
  let high = ranges.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle * 2 + 1]! < code) low = middle + 1;
    else high = middle;
  }
  return low;
}

function inRanges(code: number, bit: number): boolean {
  const ranges = rangesOf(bit);
  const i = firstRangeFrom(ranges, code);
  return i * 2 < ranges.length && ranges[i * 2]! <= code;
}

function page(number: number): Uint8Array {
  const table = new Uint8Array(256);
  const first = number * 256;
  for (const bit of ENCODED.keys()) {
    const ranges = rangesOf(bit);
    for (let i = firstRangeFrom(ranges, first) * 2; i < ranges.length && ranges[i]! <= first + 255; i += 2) {
      for (let code = Math.max(ranges[i]!, first); code <= ranges[i + 1]! && code <= first + 255; code++) table[code - first]! |= bit;
    }
  }
  return (pages[number] = table);
}

/** True when code point `code` (a code unit or code point; NaN or undefined past the end of a string) belongs to any of the categories in `classes` (a `CharClass` bit mask). */
export function isCharClass(code: number, classes: number): boolean {
  if (code <= 0xffff) return code >= 0 && ((pages[code >> 8] ?? page(code >> 8))[code & 255]! & classes) !== 0;
  if (!(code <= 0x10ffff)) return false; // also NaN and undefined, from charCodeAt or codePointAt past the end
  for (let bit = 1; bit <= classes; bit <<= 1) if (classes & bit && inRanges(code, bit)) return true;
  return false;
}

/** `\p{L}`: a letter of any script. */
export function isLetter(code: number): boolean {
  return isCharClass(code, CharClass.Letter);
}

/** `\p{Lu}`: an upper-case letter. */
export function isUpper(code: number): boolean {
  return isCharClass(code, CharClass.Upper);
}

/** `\p{Ll}`: a lower-case letter. */
export function isLower(code: number): boolean {
  return isCharClass(code, CharClass.Lower);
}

/** `\s`: a white-space or line-terminator code unit, as JavaScript's `\s` and `String.prototype.trim` define them. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** True when the first code point of `text` belongs to `classes` (false for ""). */
export function startsWithClass(text: string, classes: number): boolean {
  return isCharClass(text.codePointAt(0)!, classes);
}

/** Where the run of code points from `at` that pass `test` ends (`at` when the first fails). */
export function scanWhile(text: string, at: number, test: (code: number) => boolean): number {
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    if (!test(code)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** True when any code point of `text` belongs to `classes`, as a one-class /u regex would find. */
export function someInClass(text: string, classes: number): boolean {
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (isCharClass(code, classes)) return true;
    i += code > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * `text` split at every maximal run of code points that pass `separator`, as `text.split(/[…]+/u)`
 * splits at a one-class pattern.
 */
export function splitOnRuns(text: string, separator: (code: number) => boolean): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (!separator(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    parts.push(text.slice(from, i));
    from = i = scanWhile(text, i, separator);
  }
  parts.push(text.slice(from));
  return parts;
}

/** The code point that ends just before `at` (a whole surrogate pair), or NaN at the start. */
export function codePointBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code < 0xe000 && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high < 0xdc00) return text.codePointAt(at - 2)!;
  }
  return code;
}

/**
 * The first match of the global `pattern` in `text` that no letter stands before, as
 * `(?<![\p{L}])` or `(?:^|[^\p{L}])` in front of it would demand under /iu, where U+0345 (a
 * combining mark that case-folds to ι) counts as a letter too. Such a prefix makes V8 case-fold
 * every letter of Unicode when it compiles the pattern, some milliseconds per expression.
 */
export function execAfterNonLetter(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = codePointBefore(text, match.index);
    if (!(isCharClass(before, CharClass.Letter) || before === 0x345)) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}
