import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const extensionId = 'dossier-research.dossier';

/** The first sample article in the workspace the runner opened (a fresh copy of samples/). */
async function firstSampleArticle(): Promise<vscode.Uri> {
  const [article] = await vscode.workspace.findFiles('*.txt');
  assert.ok(article, 'the workspace holds the sample articles');
  return article;
}

describe('Dossier in a real VS Code', () => {
  it('runs in the Node extension host of the oldest VS Code we support', () => {
    assert.match(vscode.version, /^1\.100\./);
    assert.equal(typeof process.versions.node, 'string');
  });

  // Other suites may have activated it already; what matters is that an open article finds it active.
  it('is loaded from this repository and is active once an article is open', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    assert.equal(path.resolve(extension.extensionPath), path.resolve(__dirname, '../../..'));
    const document = await vscode.workspace.openTextDocument(await firstSampleArticle());
    await vscode.window.showTextDocument(document);
    await waitFor(() => extension.isActive, 'the extension to activate');
  });

  it('registers the article language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('article'), `article is among ${languages.length} languages`);
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
