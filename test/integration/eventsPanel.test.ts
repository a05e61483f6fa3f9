import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HostMessage, PanelEvent } from '../../src/shared/protocol';
import type { DossierApi } from '../../src/vscode/api';
import { waitFor, workspaceFile } from './workspaceFiles';

interface ViewState {
  resolved: boolean;
  lastPosted?: HostMessage;
}

const viewState = () => vscode.commands.executeCommand<ViewState>('_dossier.events.state');

describe('events panel', function () {
  this.timeout(60_000);
  let events: PanelEvent[];

  before(async () => {
    const api = await vscode.extensions.getExtension<DossierApi>('dossier-research.dossier')!.activate();
    await api.ready;
    await vscode.commands.executeCommand('dossier.events.focus');
    // The panel script posts `ready` once loaded; the host answers with the whole snapshot.
    const state = await waitFor(async () => {
      const s = await viewState();
      return s.lastPosted?.type === 'didInitialize' || s.lastPosted?.type === 'didUpdateEvents' ? s : undefined;
    }, 'the events view to load and receive its snapshot', 30_000);
    assert.ok(state.resolved);
    events = (state.lastPosted as Extract<HostMessage, { type: 'didInitialize' }>).data.events;
  });

  it('receives the samples’ events, each with its sources', () => {
    assert.ok(events.length >= 3, `${events.length} events`);
    const talks = events.find((e) => e.date === '2025-06-02' && e.place === 'Istanbul');
    assert.ok(talks, 'the 2 June talks in Istanbul');
    assert.ok(new Set(talks.sources.map((s) => s.file)).size >= 4, 'reported by at least four articles');
    for (const source of talks.sources) assert.ok(source.snippet.length > 0);
  });

  it('opens the article with the passage selected when the panel asks', async () => {
    const talks = events.find((e) => e.date === '2025-06-02' && e.place === 'Istanbul')!;
    const source = talks.sources[0];
    await vscode.commands.executeCommand('_dossier.events.receive', { type: 'openLocation', file: source.file, start: source.start, end: source.end });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), source.file);
    assert.equal(editor.document.offsetAt(editor.selection.start), source.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), source.end);
  });

  it('ignores malformed messages from the panel', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await vscode.commands.executeCommand('_dossier.events.receive', { type: 'openLocation', file: workspaceFile('x.txt').toString(), start: 5, end: 1 });
    await vscode.commands.executeCommand('_dossier.events.receive', { type: 'runCommand', command: 'workbench.action.quit' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });

  it('follows the active editor', async () => {
    const uri = workspaceFile('003_661dcf13a93670cd.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(async () => {
      const { lastPosted } = await viewState();
      return lastPosted?.type === 'didChangeActiveFile' && lastPosted.activeFile === uri.toString();
    }, 'the panel to be told the active article');
  });
});
