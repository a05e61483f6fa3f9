import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/vscode/api';
import type { IndexingState, IndexPass } from '../../src/vscode/articleIndexing';
import { readText, waitFor, workspaceFile, writeFile } from './workspaceFiles';

const state = async () => (await vscode.commands.executeCommand<IndexingState>('_dossier.index.state'));
/** Empties the index and indexes the workspace again: restored from the cache, as in a reopened workspace. */
async function reload(): Promise<IndexPass> {
  await vscode.commands.executeCommand('_dossier.index.clear');
  return vscode.commands.executeCommand<IndexPass>('dossier.indexWorkspace');
}

/** The cache once written and with no change waiting to be written, and its text. */
async function writtenCache(): Promise<{ uri: vscode.Uri; text: string }> {
  return waitFor(async () => {
    const { cache } = await state();
    assert.ok(cache, 'the workspace has storage for the cache');
    const text = cache.bytes && !cache.pending ? await readText(vscode.Uri.parse(cache.uri)) : undefined;
    return text ? { uri: vscode.Uri.parse(cache.uri), text } : undefined;
  }, 'the index cache to be written');
}

/** A pass that restored the articles no editor has open, and analysed none. */
function assertRestored(pass: IndexPass, atLeast: number): void {
  assert.ok(!pass.cancelled);
  assert.equal(pass.analysed, 0, JSON.stringify(pass));
  assert.ok(pass.restored >= atLeast, JSON.stringify(pass));
}

describe('The index cache in workspace storage', () => {
  // Copies of the samples that no test opens: open documents are indexed from their text, not the cache.
  const copies: string[] = [];
  let api: DossierApi;

  before(async () => {
    api = await vscode.extensions.getExtension<DossierApi>('dossier-research.dossier')!.activate();
    await api.ready;
    for (const uri of (await vscode.workspace.findFiles('0*.txt')).slice(0, 3)) {
      const copy = `cached/${uri.path.split('/').pop()}`;
      await writeFile(copy, (await readText(uri)) ?? '');
      copies.push(copy);
    }
    await vscode.commands.executeCommand('dossier.indexWorkspace');
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceFile('cached'), { recursive: true });
  });

  it('restores the unchanged articles without analysing them again, and they answer as before', async () => {
    await writtenCache();
    assertRestored(await reload(), copies.length);
    const text = (await readText(workspaceFile(copies[0]))) ?? '';
    const person = api.analyzeText(text).entities.find((mention) => mention.type === 'person');
    assert.ok(person, 'the article names a person');
    const files = new Set(api.findEntities(person.name).flatMap((entity) => api.mentions(entity.id)).map(({ uri }) => uri.path));
    assert.ok([...files].some((file) => file.endsWith(copies[0])), `${person.name} is found in the restored ${copies[0]}: ${[...files].join(', ')}`);
  });

  for (const [damage, spoil] of [
    ['corrupt', (text: string) => text.replace(/.$/s, (c) => (c === '0' ? '1' : '0'))],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ] as const) {
    it(`rebuilds a ${damage} cache, then restores from the new one`, async () => {
      const { uri, text } = await writtenCache();
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(spoil(text)));
      const rebuilt = await reload();
      assert.equal((await state()).cache?.rejection, damage);
      assert.equal(rebuilt.restored, 0);
      assert.ok(rebuilt.analysed >= copies.length, JSON.stringify(rebuilt));
      // The reload waits for the cache the rebuild wrote.
      assertRestored(await reload(), copies.length);
      assert.equal((await state()).cache?.rejection, undefined);
    });
  }
});
