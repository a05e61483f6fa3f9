import * as vscode from 'vscode';
import { AdaptiveRefresh } from '../adaptiveRefresh';
import { isPanelMessage, type HostMessage, type IndexingProgress, type PanelData } from '../../shared/protocol';
import { articleKey } from '../convert';
import { openLocation } from '../features/openLocation';

export const EVENTS_VIEW_ID = 'dossier.events';
/**
 * Internal commands (hidden, `_` prefix) that let integration tests see what the host last sent the
 * panel and hand the host a message exactly as the panel would: the webview's DOM is out of reach of
 * the extension host, and the message path is what matters.
 */
const STATE_COMMAND = '_dossier.events.state';
const RECEIVE_COMMAND = '_dossier.events.receive';

/** Where the events view gets its data; the host owns it and re-sends it whenever the panel asks. */
export interface EventsSource {
  snapshot(): PanelData;
  progress(): IndexingProgress;
  onDidChange: vscode.Event<unknown>;
  onDidChangeProgress: vscode.Event<unknown>;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The page shell: media/ is the only resource root, and only scripts and styles carrying this render's nonce run. */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const scriptNonce = nonce();
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${scriptNonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('panel.css')}">
<title>Dossier events</title>
</head>
<body>
<main id="root" aria-label="Events across articles"></main>
<script nonce="${scriptNonce}" src="${media('panel.js')}"></script>
</body>
</html>`;
}

/**
 * The events view in Dossier's activity-bar container: handshake (the panel says `ready`, the host
 * answers with a full snapshot), debounced updates, the active article followed, and clicks opening
 * the article at the passage. Posting to a disposed view is a no-op.
 */
export function registerEventsView(extensionUri: vscode.Uri, source: EventsSource): vscode.Disposable {
  let view: vscode.WebviewView | undefined;
  let lastPosted: HostMessage | undefined;
  // Clustering a large workspace's events takes a while: not for a view nobody sees (a hidden view's
  // page is rebuilt when shown, and asks for the events then), and not more often than the host can spare.
  const update = new AdaptiveRefresh(() => {
    if (view?.visible) post({ type: 'didUpdateEvents', data: update.measure(() => source.snapshot()) });
  }, 300);
  const post = (message: HostMessage) => {
    if (!view) return;
    lastPosted = message;
    void view.webview.postMessage(message);
  };
  const activeFile = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.languageId === 'article' ? articleKey(editor.document.uri) : null;
  };
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(webviewView) {
      view = webviewView;
      webviewView.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
      webviewView.webview.html = panelHtml(webviewView.webview, extensionUri);
      webviewView.onDidDispose(() => { view = undefined; });
      webviewView.webview.onDidReceiveMessage(receive);
    },
  };
  async function receive(message: unknown): Promise<void> {
    if (!isPanelMessage(message)) return;
    switch (message.type) {
      case 'ready':
        post({ type: 'didInitialize', data: update.measure(() => source.snapshot()), activeFile: activeFile(), progress: source.progress() });
        break;
      case 'openLocation':
        await openLocation(message.file, message.start, message.end);
        break;
    }
  }
  return vscode.Disposable.from(
    vscode.window.registerWebviewViewProvider(EVENTS_VIEW_ID, provider),
    update,
    source.onDidChange(() => update.schedule()),
    source.onDidChangeProgress(() => post({ type: 'didChangeProgress', progress: source.progress() })),
    vscode.window.onDidChangeActiveTextEditor(() => post({ type: 'didChangeActiveFile', activeFile: activeFile() })),
    vscode.commands.registerCommand(STATE_COMMAND, () => ({ resolved: view !== undefined, lastPosted })),
    vscode.commands.registerCommand(RECEIVE_COMMAND, receive),
  );
}
