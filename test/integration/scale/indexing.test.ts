// A workspace of 2,000 generated articles (runTest.ts writes it with test/bench/corpus.ts; set
// DOSSIER_SCALE_ARTICLES for another size): the first pass indexes in the background with progress,
// references answer while it works, the cache restores the index, and a cancelled pass leaves a
// partial index that resuming completes. Prints the cold index time, the warm start from the cache
// and the cache size.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../../src/vscode/api';
import type { IndexingState, IndexPass } from '../../../src/vscode/articleIndexing';
import { waitFor } from '../workspaceFiles';

const state = async () => (await vscode.commands.executeCommand<IndexingState>('_dossier.index.state'));

/** The distinct files of the references to the name at `position`. */
async function referencedFiles(uri: vscode.Uri, position: vscode.Position): Promise<Set<string>> {
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
  return new Set(locations.map((location) => location.uri.toString()));
}

/** CPU time of this extension host (Dossier, the tests, VS Code's share) while `work` runs, in ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = Date.now();
  const result = await work();
  const { user, system } = process.cpuUsage(cpu);
  return { result, cpuMs: Math.round((user + system) / 1000), wallMs: Date.now() - started };
}

/** As runTest.ts generated them (the extension host inherits its environment). */
const ARTICLES = Number(process.env.DOSSIER_SCALE_ARTICLES ?? 2000);

describe(`A workspace of ${ARTICLES.toLocaleString('en-US')} articles`, () => {
  let uri: vscode.Uri;
  let position: vscode.Position;
  let allFiles: Set<string>;

  it('is indexed in the background with progress, and references answer while it works', async () => {
    const total = (await vscode.workspace.findFiles('*.txt')).length;
    assert.equal(total, ARTICLES);
    [uri] = await vscode.workspace.findFiles('article-00000.txt');
    const extension = vscode.extensions.getExtension<DossierApi>('dossier-research.dossier')!;
    const cold = await measured(async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const api = extension.isActive ? extension.exports : await extension.activate();
      const person = (await api.analyzeDocument(uri)).entities.find((mention) => mention.type === 'person');
      assert.ok(person, 'the article names a person');
      position = document.positionAt(person.start + 1);
      const under = await waitFor(async () => {
        const now = await state();
        return now.indexing && (now.pass?.done ?? 0) >= 300 ? now : undefined;
      }, 'the first pass to be under way', 120_000);
      const asked = Date.now();
      const during = await referencedFiles(uri, position);
      const answeredMs = Date.now() - asked;
      const after = await state();
      assert.ok(after.indexing && (after.pass?.done ?? 0) < total, 'the pass was still running when references answered');
      console.log(`      references to "${person.text}" while ${under.pass?.done} of ${total} were indexed: ${during.size} files, answered in ${answeredMs} ms`);
      assert.ok(during.size >= 5, `references come from many files already (${during.size})`);
      await api.ready;
      allFiles = await referencedFiles(uri, position);
      assert.ok(allFiles.size > during.size, `more files once indexing is done (${allFiles.size} > ${during.size})`);
      return during;
    });
    const { pass, progressReports, notified, status, size, cache } = await state();
    assert.ok(pass && !pass.cancelled);
    assert.equal(pass.total, total);
    assert.equal(pass.analysed + pass.open, total, JSON.stringify(pass));
    assert.equal(size, total);
    assert.equal(cache?.rejection, 'empty', 'there was no cache yet');
    assert.ok(progressReports >= total / 25, `progress reported every 25 files (${progressReports} reports)`);
    assert.ok(notified, 'a pass this long shows the cancellable notification');
    assert.match(status, new RegExp(`${total.toLocaleString('en-US').replace(/,/g, ',?')} articles`));
    console.log(`      cold index of ${total} articles: ${pass.ms} ms (extension host CPU ${cold.cpuMs} ms); references to the name: ${allFiles.size} files`);
  });

  it('writes the cache, and a reload restores every unchanged article from it', async () => {
    const bytes = await waitFor(async () => (await state()).cache?.bytes, 'the index cache to be written', 120_000);
    await vscode.commands.executeCommand('_dossier.index.clear');
    const warm = await measured(() => Promise.resolve(vscode.commands.executeCommand<IndexPass>('dossier.indexWorkspace')));
    const pass = warm.result;
    assert.ok(!pass.cancelled);
    assert.equal(pass.analysed, 0, JSON.stringify(pass));
    assert.equal(pass.restored, pass.total - pass.open, JSON.stringify(pass));
    assert.ok(pass.restored > 0);
    assert.equal(pass.read, 0, `unmodified files are restored by their size and modification time, not read: ${JSON.stringify(pass)}`);
    assert.deepEqual(await referencedFiles(uri, position), allFiles, 'the restored index finds the same references');
    console.log(`      warm start from the cache: ${pass.ms} ms (extension host CPU ${warm.cpuMs} ms), ${pass.restored} restored; cache ${(bytes / 1e6).toFixed(1)} MB`);
  });

  it('keeps what a cancelled pass indexed, says the index is partial, and resumes', async () => {
    await vscode.commands.executeCommand('_dossier.index.clear');
    const reloading = vscode.commands.executeCommand<IndexPass>('dossier.indexWorkspace');
    await waitFor(async () => {
      const now = await state();
      return now.indexing && (now.pass?.done ?? 0) >= 200;
    }, 'the pass to be under way', 60_000);
    await vscode.commands.executeCommand('_dossier.index.cancel');
    const partial = await reloading;
    assert.ok(partial.cancelled && partial.done < partial.total, JSON.stringify(partial));
    const cancelled = await state();
    assert.ok(cancelled.size >= 200 && cancelled.size < partial.total, `${cancelled.size} articles kept`);
    assert.match(cancelled.status, /partial/);
    const resumed = await vscode.commands.executeCommand<IndexPass>('dossier.indexWorkspace');
    assert.ok(!resumed.cancelled);
    assert.equal(resumed.analysed, 0, JSON.stringify(resumed));
    assert.equal(resumed.unchanged + resumed.open + resumed.restored, resumed.total, JSON.stringify(resumed));
    assert.ok(resumed.unchanged >= cancelled.size - 1, JSON.stringify(resumed));
    assert.equal((await state()).size, resumed.total);
    assert.doesNotMatch((await state()).status, /partial/);
  });
});
