// A sequence of named checks for the scripted end-to-end tests (start smoke, packaged .vsix UI,
// web extension): each check either passes or records its error; once one fails, the checks after
// it that need its outcome are reported as not reached instead of failing with confusing errors.
// `report()` prints the results and the closing line `N passed, N failed` that CI reads.
import { join, relative } from 'node:path';

/** `onFailure(name)` runs right after a check fails, while the failure can still be seen (a screenshot). */
export function createChecks({ onFailure = async () => {} } = {}) {
  const results = [];
  let blocked;
  return {
    /**
     * Runs one check. `always`: runs even after a failure (clean-up that must be verified);
     * `blocking: false`: later checks do not need this one, so its failure does not stop them.
     */
    async check(name, body, { always = false, blocking = true } = {}) {
      if (blocked && !always) {
        results.push({ name, error: `not reached: "${blocked}" failed` });
        return;
      }
      try {
        await body();
        results.push({ name });
      } catch (error) {
        results.push({ name, error: error instanceof Error ? error.message : String(error) });
        if (blocking) blocked ??= name;
        await onFailure(name).catch(() => {});
      }
    },
    /** The name of the first failed check that stopped the others, if any. */
    get blocked() {
      return blocked;
    },
    /** True when any check failed. */
    get failed() {
      return results.some((result) => result.error);
    },
    /** Prints every result and the summary line; returns the number of failures. */
    report() {
      for (const { name, error } of results) console.log(error ? `  ✘ ${name}\n      ${error.replace(/\n/g, '\n      ')}` : `  ✔ ${name}`);
      const failed = results.filter((result) => result.error).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      return failed;
    },
  };
}

/**
 * An `onFailure` for checks that drive a browser page: saves a screenshot named after the failed
 * check as `<dir>/<prefix>-failure-<check>.png` and prints its path. `currentPage()` gives the page,
 * or nothing before one is open.
 */
export function screenshotOnFailure(dir, prefix, currentPage, relativeTo) {
  return async (name) => {
    const page = currentPage();
    if (!page) return;
    const file = join(dir, `${prefix}-failure-${name.replace(/\W+/g, '-').slice(0, 60)}.png`);
    await page.screenshot({ path: file });
    console.error(`failure screenshot: ${relative(relativeTo, file)}`);
  };
}

