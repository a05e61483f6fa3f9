import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/vscode/api';

// VS Code for the Web: Dossier's `browser` bundle in the web-worker extension host, on a virtual
// workspace (@vscode/test-web serves a copy of samples/ as vscode-test-web://mount, kept in memory).

const extensionId = 'dossier-research.dossier';

describe('Dossier in VS Code for the Web', () => {
  it('runs in a web worker, without Node', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a WorkerGlobalScope');
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
  });

  it('loads the browser bundle, which needs nothing from Node', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    // The extension's files are served over HTTP in VS Code for the Web.
    const bundle = await (await fetch(vscode.Uri.joinPath(extension.extensionUri, 'dist/web/extension.js').toString(true))).text();
    assert.ok(bundle.length > 10_000, `the bundle has ${bundle.length} characters`);
    const modules = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...modules], ['vscode']);
    for (const nodeOnly of [/\bprocess\.(env|versions|platform|cwd)\b/, /\bBuffer\.(from|alloc)\b/, /\b__dirname\b/, /\b__filename\b/, /\bsetImmediate\(/, /["']node:/]) {
      assert.doesNotMatch(bundle, nodeOnly);
    }
  });

  it('opens a virtual workspace, not files on disk', () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder');
    assert.notEqual(folder.uri.scheme, 'file');
  });

  it('activates on an article and indexes every article of the workspace through workspace.fs', async () => {
    const articles = await vscode.workspace.findFiles('*.txt');
    assert.ok(articles.length >= 2, `the samples are in the workspace (${articles.length} found)`);
    const extension = vscode.extensions.getExtension<DossierApi>(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(articles[0]));
    const api = await extension.activate();
    await api.ready;
    // Every article is known to the index: each has mentions of entities, read from the virtual file system.
    const indexed = new Set(api.entities().flatMap((entity) => api.mentions(entity.id).map((mention) => mention.uri.toString())));
    assert.deepEqual([...indexed].sort(), articles.map((uri) => uri.toString()).sort());
  });
});
