/** The longest Dossier works in one go before the extension host handles other requests. */
export const SLICE_MS = 40;

export const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `step` until it reports no more work, yielding to the extension host every SLICE_MS.
 * Resolves false, leaving the work unfinished, as soon as `current` turns false.
 */
export async function inSlices(step: () => boolean, current: () => boolean): Promise<boolean> {
  let started = Date.now();
  while (current()) {
    if (!step()) return true;
    if (Date.now() - started > SLICE_MS) {
      await yieldToHost();
      started = Date.now();
    }
  }
  return false;
}
