import * as vscode from 'vscode';

/** The command that indexes the workspace again, resuming a cancelled pass. */
export const INDEX_WORKSPACE_COMMAND = 'dossier.indexWorkspace';
/** A pass that takes longer than this also shows a cancellable notification; the status bar always shows it. */
const NOTIFY_AFTER_MS = 1500;

/**
 * What the user sees of the workspace index: the article count in the status bar, the counts of a
 * pass while it runs (there, and in a cancellable notification when it takes a while), and a
 * partial index left by a cancelled pass, with the command that resumes it.
 */
export class IndexingStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dossier.indexing', vscode.StatusBarAlignment.Left, 0);
  /** Progress updates so far, and whether a notification showed them: what the integration tests check. */
  reports = 0;
  notified = false;

  constructor() {
    this.item.name = vscode.l10n.t('Dossier indexing');
  }

  get text(): string {
    return this.item.text;
  }

  /**
   * Shows one pass over `total` files. `work` calls `report` with the count done so far; the
   * notification's Cancel button cancels `cancellation`, and `work` then stops early.
   */
  async track<T>(total: number, cancellation: vscode.CancellationTokenSource, work: (report: (done: number) => void) => Promise<T>): Promise<T> {
    let current = 0;
    let notify: ((done: number) => void) | undefined;
    const report = (done: number) => {
      current = done;
      this.reports++;
      this.show(`$(sync~spin) Dossier: ${progressMessage(done, total)}`, vscode.l10n.t('Dossier is indexing the articles of this workspace'));
      notify?.(done);
    };
    report(0);
    const working = work(report);
    // A short pass is not worth a notification popping up and vanishing.
    const timer = setTimeout(() => void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Dossier', cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => cancellation.cancel());
        let shown = 0;
        notify = (done) => {
          progress.report({ message: progressMessage(done, total), increment: ((done - shown) / total) * 100 });
          shown = done;
        };
        notify(current);
        this.notified = true;
        return working.catch(() => undefined);
      },
    ), NOTIFY_AFTER_MS);
    try {
      return await working;
    } finally {
      clearTimeout(timer);
    }
  }

  /** "Dossier: 5 articles"; nothing in a workspace without articles. */
  showCount(size: number): void {
    if (size === 0) {
      this.item.hide();
      return;
    }
    this.show(`$(book) ${size === 1 ? vscode.l10n.t('Dossier: 1 article') : vscode.l10n.t('Dossier: {0} articles', formatCount(size))}`, vscode.l10n.t('Articles in the Dossier index'));
  }

  /** Left by a cancelled pass: what is indexed answers, and a click indexes the rest. */
  showPartial(size: number, total: number): void {
    this.show(
      `$(warning) ${vscode.l10n.t('Dossier: {0} of {1} articles (partial index)', formatCount(size), formatCount(total))}`,
      vscode.l10n.t('Indexing was cancelled; Dossier answers from the articles indexed so far. Click to index the rest.'),
      INDEX_WORKSPACE_COMMAND,
    );
  }

  private show(text: string, tooltip: string, command?: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.command = command;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function progressMessage(done: number, total: number): string {
  return vscode.l10n.t('Indexing articles {0}/{1}', formatCount(done), formatCount(total));
}

/** 10,000 rather than 10000, in the display language's own way. */
function formatCount(count: number): string {
  try {
    return count.toLocaleString(vscode.env.language);
  } catch {
    return count.toLocaleString();
  }
}
