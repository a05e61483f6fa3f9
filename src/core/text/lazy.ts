/**
 * A value built on its first use rather than when its module loads. For the big tables and Unicode
 * regular expressions (`\p{L}` with the `i` flag costs a millisecond or more to build) that every
 * start of the extension would otherwise pay, even one that analyses nothing yet.
 *
 * @param build makes the value; called at most once.
 * @returns a function that gives the value, the same one on every call.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
