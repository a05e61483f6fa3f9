import * as vscode from 'vscode';
import { eventsPanelData } from '../../core/events/panelData';
import type { IndexingProgress } from '../../shared/protocol';
import type { ArticleIndexing } from '../articleIndexing';
import { displayName } from '../convert';
import type { EventsSource } from './eventsView';

/** The events panel's data, straight from the workspace index, with progress until the first pass is done. */
export function indexedEventsSource(indexing: ArticleIndexing): EventsSource & vscode.Disposable {
  let done = false;
  const progressChanged = new vscode.EventEmitter<void>();
  void indexing.ready.then(() => {
    done = true;
    progressChanged.fire();
  });
  // While the first pass runs, every indexed batch is progress; afterwards only its end was news.
  const whileIndexing = indexing.onDidChange(() => { if (!done) progressChanged.fire(); });
  return {
    snapshot: () => eventsPanelData(indexing.index, displayName),
    progress: (): IndexingProgress => ({ indexed: indexing.index.size, total: indexing.index.size, done }),
    onDidChange: indexing.onDidChange,
    onDidChangeProgress: progressChanged.event,
    dispose: () => vscode.Disposable.from(whileIndexing, progressChanged).dispose(),
  };
}
