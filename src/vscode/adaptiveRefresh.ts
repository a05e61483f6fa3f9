import type * as vscode from 'vscode';

/**
 * A view that follows the index without costing the extension host more than a share of its time.
 * The pause between a change and the refresh is at least `minimumMs`, and at least `costFactor`
 * times what the last refresh took: work that grows with the workspace (counting related articles,
 * clustering the events for the panel) runs less often while ten thousand articles are indexed,
 * and as promptly as ever in a small workspace. Changes during a pause share one refresh.
 */
export class AdaptiveRefresh implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastCostMs = 0;

  constructor(private readonly refresh: () => void, private readonly minimumMs: number, private readonly costFactor = 4) {}

  /** A change happened: refresh after the pause, unless a refresh is already due. */
  schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, Math.max(this.minimumMs, this.costFactor * this.lastCostMs));
  }

  /** Runs the refresh's costly part and remembers how long it took, to space the next one. */
  measure<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.lastCostMs = performance.now() - started;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
