// The part of `node:assert/strict` the extension-host suites use, for the web worker of VS Code for
// the Web, which has no Node built-ins. The web suite's bundle maps `node:assert/strict` here, so the
// integration suites run unchanged in both extension hosts.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map) return isDeepStrictEqual([...a], [...b]);
  if (a instanceof Set && b instanceof Set) return isDeepStrictEqual([...a], [...b]);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length
    && keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && isDeepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function check(condition: boolean, message: string | Error | undefined, otherwise: () => string): asserts condition {
  if (condition) return;
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? otherwise());
}

export function ok(value: unknown, message?: string | Error): asserts value {
  check(Boolean(value), message, () => `expected a truthy value, got ${show(value)}`);
}

export function fail(message: string | Error = 'Failed'): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  check(Object.is(actual, expected), message, () => `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  check(!Object.is(actual, expected), message, () => `expected anything but ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  check(isDeepStrictEqual(actual, expected), message, () => `expected ${show(expected)}, got ${show(actual)}`);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  check(!isDeepStrictEqual(actual, expected), message, () => `expected anything but ${show(expected)}`);
}

export function match(text: string, pattern: RegExp, message?: string | Error): void {
  check(pattern.test(text), message, () => `expected ${show(text)} to match ${pattern}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  check(!pattern.test(text), message, () => `expected ${show(text)} not to match ${pattern}`);
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  let rejected = false;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch {
    rejected = true;
  }
  check(rejected, message, () => 'expected the promise to reject');
}

export function throws(body: () => unknown, message?: string | Error): void {
  let threw = false;
  try {
    body();
  } catch {
    threw = true;
  }
  check(threw, message, () => 'expected the function to throw');
}
