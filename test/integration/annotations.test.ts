import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createAnnotation, type Annotation } from '../../src/core/annotations/sidecar';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import type { DossierApi } from '../../src/vscode/api';
import { readText, waitFor, workspaceFile, writeFile } from './workspaceFiles';

// The workspace is a fresh copy of samples/. Each test writes its own article under annotations/,
// and observes Dossier only through its commands and the files it writes.

type CommandResult = { ok: true; id: string; sidecar: vscode.Uri } | { ok: false; reason: string; message: string };
interface ListedAnnotation extends Annotation {
  orphan: boolean;
  range?: vscode.Range;
}
interface Listing {
  sidecar: vscode.Uri;
  state: { kind: string; message?: string };
  annotations: ListedAnnotation[];
}

// An emoji before the claim makes code points (W3C) and UTF-16 offsets (VS Code) differ.
const ARTICLE = [
  'Prisoner exchange 🕊️ goes ahead',
  '',
  'Published on 2 June 2025',
  '',
  'The ministry said 1,000 prisoners of war were exchanged on Monday, the largest swap so far. 🇺🇦',
  'Officials on the other side gave a lower figure and said talks would continue next week.',
  '',
].join('\n');
const CLAIM = '1,000 prisoners of war';

const codePoints = (text: string) => [...text].length;

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });

async function readSidecar(uri: vscode.Uri): Promise<{ annotations: { id: string; body: { purpose: string; value: string }[]; target: { selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] } }[] } | undefined> {
  const text = await readText(sidecarOf(uri));
  return text === undefined ? undefined : JSON.parse(text);
}

const listing = (uri: vscode.Uri) => vscode.commands.executeCommand<Listing | undefined>('dossier.getAnnotations', uri);

function rangeOf(document: vscode.TextDocument, quote: string): vscode.Range {
  const start = document.getText().indexOf(quote);
  assert.ok(start >= 0, `“${quote}” is in the document`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + quote.length));
}

async function tagClaim(uri: vscode.Uri, quote: string, extra: Record<string, unknown> = {}): Promise<CommandResult> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.commands.executeCommand<CommandResult>('dossier.tagClaim', { uri, range: rangeOf(document, quote), tags: ['claim'], ...extra });
}

describe('annotations in a real VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('tags a claim through the command with arguments: the sidecar holds its quote and code-point position', async () => {
    const uri = await writeFile('annotations/exchange.txt', ARTICLE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const result = await tagClaim(uri, CLAIM, { tags: ['claim', 'needs-source'], status: 'disputed', note: 'The other side gives a lower figure.' });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.sidecar.toString(), sidecarOf(uri).toString());

    const sidecar = await readSidecar(uri);
    assert.ok(sidecar, 'the sidecar was written next to the article');
    assert.equal(sidecar.annotations.length, 1);
    const [stored] = sidecar.annotations;
    assert.equal(stored.id, result.id);
    const [quote, position] = stored.target.selector;
    assert.equal(quote.exact, CLAIM);
    assert.ok(ARTICLE.includes(quote.prefix + CLAIM + quote.suffix), 'prefix and suffix are the text around it');
    const utf16 = ARTICLE.indexOf(CLAIM);
    assert.equal(position.start, codePoints(ARTICLE.slice(0, utf16)));
    assert.equal(position.end, position.start + codePoints(CLAIM));
    assert.ok(position.start < utf16, 'the emoji before it counts once in code points, twice in UTF-16');
    assert.deepEqual(stored.body.map((b) => `${b.purpose}:${b.value}`), [
      'tagging:claim', 'tagging:needs-source', 'assessing:disputed', 'commenting:The other side gives a lower figure.',
    ]);
    assert.ok((await readText(sidecarOf(uri)))?.endsWith('}\n'), 'pretty-printed with a final newline');
  });

  it('asks for tags, status and note when run from the editor, and for the author only once', async () => {
    const uri = await writeFile('annotations/interactive.txt', ARTICLE);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    // Each prompt opens after the previous one closes; give it time to appear before accepting it.
    const accept = async () => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    };
    const tagInteractively = async (quote: string, prompts: number) => {
      const range = rangeOf(document, quote);
      editor.selection = new vscode.Selection(range.start, range.end);
      const running = vscode.commands.executeCommand<CommandResult>('dossier.tagClaim');
      for (let i = 0; i < prompts; i++) await accept();
      return running;
    };
    // Tags (none checked), status (the default comes first), note (empty), then the author (empty: anonymous).
    const first = await tagInteractively(CLAIM, 4);
    assert.ok(first.ok, first.ok ? '' : first.message);
    const second = await tagInteractively('a lower figure', 3);
    assert.ok(second.ok, 'the author is not asked again');
    const listed = (await listing(uri))?.annotations ?? [];
    assert.deepEqual(listed.map((a) => [a.target.exact, a.tags.length, a.status, a.note, a.author]).sort(), [
      [CLAIM, 0, 'open', undefined, undefined],
      ['a lower figure', 0, 'open', undefined, undefined],
    ].sort());
  });

  it('keeps the annotation on the same words when text is inserted above it, live and after saving', async () => {
    const uri = await writeFile('annotations/moving.txt', ARTICLE);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const tagged = await tagClaim(uri, CLAIM);
    assert.ok(tagged.ok);

    const inserted = 'UPDATE 📰: this story was corrected.\n\n';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), inserted)));
    const live = (await listing(uri))?.annotations.find((a) => a.id === tagged.id);
    assert.ok(live?.range, 'still anchored while the text is being edited');
    assert.equal(document.getText(live.range), CLAIM);

    assert.ok(await document.save());
    const expectedStart = codePoints(inserted + ARTICLE.slice(0, ARTICLE.indexOf(CLAIM)));
    const moved = await waitFor(async () => {
      const stored = (await readSidecar(uri))?.annotations[0];
      return stored && stored.target.selector[1].start === expectedStart ? stored : undefined;
    }, 'the saved sidecar to hold the new position');
    assert.equal(moved.target.selector[0].exact, CLAIM);
    assert.equal(moved.target.selector[1].end, expectedStart + codePoints(CLAIM));
  });

  it('finds the annotation again after the article changed on disk while closed', async () => {
    const uri = await writeFile('annotations/closed.txt', ARTICLE);
    const tagged = await tagClaim(uri, CLAIM);
    assert.ok(tagged.ok);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await writeFile('annotations/closed.txt', `Correction appended at the top.\n${ARTICLE.replace('on Monday', 'on Monday 2 June')}`);
    const document = await vscode.workspace.openTextDocument(uri);
    const found = await waitFor(async () => {
      const annotation = (await listing(uri))?.annotations.find((a) => a.id === tagged.id);
      return annotation?.range && document.getText(annotation.range) === CLAIM ? annotation : undefined;
    }, 're-anchoring on the new text');
    assert.equal(found.orphan, false);
  });

  it('makes an annotation whose words are deleted an orphan, finds it again on undo, and re-attaches it to a selection', async () => {
    const uri = await writeFile('annotations/orphan.txt', ARTICLE);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const tagged = await tagClaim(uri, CLAIM);
    assert.ok(tagged.ok);
    const annotationOf = async () => (await listing(uri))?.annotations.find((a) => a.id === tagged.id);

    assert.ok(await editor.edit((edit) => edit.delete(rangeOf(document, CLAIM))));
    assert.equal((await annotationOf())?.orphan, true, 'its words are gone');
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await annotationOf())?.range, 'the undone words to be found again');
    assert.equal(document.getText((await annotationOf())?.range), CLAIM);

    const edited = await vscode.commands.executeCommand<CommandResult>('dossier.editAnnotation', { uri, id: tagged.id, status: 'verified', note: 'Second source found.' });
    assert.ok(edited.ok);
    const reattached = await vscode.commands.executeCommand<CommandResult>('dossier.reattachAnnotation', { uri, id: tagged.id, range: rangeOf(document, 'a lower figure') });
    assert.ok(reattached.ok);
    const moved = await annotationOf();
    assert.equal(moved?.range && document.getText(moved.range), 'a lower figure');
    assert.equal(moved?.status, 'verified');
    const [quote] = (await readSidecar(uri))?.annotations[0].target.selector ?? [];
    assert.equal(quote?.exact, 'a lower figure');
  });

  it('never overwrites a corrupt sidecar: the change is refused with the reason, and saved once the file is fixed', async () => {
    const uri = await writeFile('annotations/broken.txt', ARTICLE);
    const corrupt = '{ "format": "dossier-annotations", "version": 1, "annotations": [ {';
    const sidecar = await writeFile('annotations/broken.txt.annotations.json', corrupt);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));

    const refused = await tagClaim(uri, CLAIM);
    assert.equal(refused.ok, false);
    assert.equal(refused.ok ? '' : refused.reason, 'invalid');
    assert.match(refused.ok ? '' : refused.message, /line 1, column \d+/, 'the message says where the file is broken');
    assert.equal(await readText(sidecar), corrupt, 'the file is untouched');
    assert.equal((await listing(uri))?.state.kind, 'invalid');

    await writeFile('annotations/broken.txt.annotations.json', '{ "format": "dossier-annotations", "version": 1, "annotations": [] }\n');
    const saved = await tagClaim(uri, CLAIM);
    assert.ok(saved.ok, saved.ok ? '' : saved.message);
    assert.equal((await readSidecar(uri))?.annotations.length, 1);
  });

  it('shows a sidecar from a newer Dossier read-only', async () => {
    const uri = await writeFile('annotations/newer.txt', ARTICLE);
    const newer = JSON.stringify({ format: 'dossier-annotations', version: 99, annotations: [] });
    await writeFile('annotations/newer.txt.annotations.json', newer);
    const refused = await tagClaim(uri, CLAIM);
    assert.equal(refused.ok ? '' : refused.reason, 'readOnly');
    assert.equal(await readText(sidecarOf(uri)), newer);
  });

  it('merges by id when the sidecar changed on disk meanwhile, keeping both sides’ annotations', async () => {
    const uri = await writeFile('annotations/merged.txt', ARTICLE);
    const first = await tagClaim(uri, CLAIM);
    assert.ok(first.ok);
    // Another window (or a git pull) adds an annotation to the file.
    const other = createAnnotation({ text: ARTICLE, span: { start: ARTICLE.indexOf('talks would continue'), end: ARTICLE.indexOf('talks would continue') + 20 }, tags: ['opinion'] }, { now: new Date() });
    assert.ok(other);
    const stored = (await readSidecar(uri))?.annotations ?? [];
    assert.equal(stored.length, 1);
    const mine = (await listing(uri))?.annotations.find((a) => a.id === first.id);
    assert.ok(mine);
    await writeFile('annotations/merged.txt.annotations.json', serializeSidecar([mine, other]));
    const second = await tagClaim(uri, 'a lower figure');
    assert.ok(second.ok);
    const ids = (await readSidecar(uri))?.annotations.map((a) => a.id).sort();
    assert.deepEqual(ids, [first.id, other.id, second.id].sort());
  });

  it('moves the sidecar when the article is renamed through the workspace API', async () => {
    const uri = await writeFile('annotations/before-rename.txt', ARTICLE);
    const tagged = await tagClaim(uri, CLAIM);
    assert.ok(tagged.ok);
    const renamed = workspaceFile('annotations/renamed/after-rename.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => (await readText(sidecarOf(renamed))) !== undefined && (await readText(sidecarOf(uri))) === undefined, 'the sidecar to move');
    assert.equal((await readSidecar(renamed))?.annotations[0].id, tagged.id);
    const moved = await waitFor(async () => (await listing(renamed))?.annotations.find((a) => a.id === tagged.id && !a.orphan), 'the annotation to follow');
    assert.equal(moved.target.exact, CLAIM);
  });

  it('offers Tag Claim as a code action on a selection, and shows the annotation on hover', async () => {
    const uri = await writeFile('annotations/actions.txt', ARTICLE);
    const document = await vscode.workspace.openTextDocument(uri);
    const range = rangeOf(document, CLAIM);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    const action = actions.find((a) => a.command?.command === 'dossier.tagClaim');
    assert.ok(action, `a Tag Claim action among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok((await tagClaim(uri, CLAIM, { status: 'verified', note: 'Confirmed by the ministry statement.' })).ok);
    await waitFor(async () => (await listing(uri))?.annotations.length === 1, 'the annotation');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, range.start.translate(0, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Verified/);
    assert.match(text, /Confirmed by the ministry statement/);
    assert.match(text, /command:dossier\.editAnnotation/);
    assert.match(text, /command:dossier\.deleteAnnotation/);
  });

  it('lists the user’s annotations on a person, organisation or place in the hover of its other mentions', async () => {
    const extension = vscode.extensions.getExtension<DossierApi>('dossier-research.dossier');
    assert.ok(extension);
    const api = extension.isActive ? extension.exports : await extension.activate();
    await api.ready;
    const mentionsByArticle = (id: string) => {
      const byArticle = new Map<string, { uri: vscode.Uri; range: vscode.Range }>();
      for (const m of api.mentions(id)) if (!byArticle.has(m.uri.toString())) byArticle.set(m.uri.toString(), m);
      return [...byArticle.values()];
    };
    const entity = api.entities().find((e) => mentionsByArticle(e.id).length >= 2);
    assert.ok(entity, 'the samples share an entity between two articles');
    const [here, there] = mentionsByArticle(entity.id);
    const tagged = await vscode.commands.executeCommand<CommandResult>('dossier.tagClaim', { uri: here.uri, range: here.range, tags: ['claim'], note: 'Check this name.' });
    assert.ok(tagged.ok);
    const document = await vscode.workspace.openTextDocument(there.uri);
    await waitFor(() => document.languageId === 'article', 'the other article to open as an article');
    const hoverText = async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', there.uri, there.range.start);
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const text = await waitFor(async () => {
      const value = await hoverText();
      return /Your annotations on/.test(value) ? value : undefined;
    }, `the hover of ${entity.name} to list the annotation`);
    assert.ok(text.includes('command:dossier.openLocation'), 'with a link to the annotated mention');
  });

  it('exports every format, and imports a Hypothesis export into the matching article', async () => {
    const uri = await writeFile('annotations/export.txt', ARTICLE);
    assert.ok((await tagClaim(uri, CLAIM, { tags: ['claim', 'needs-source'], status: 'disputed' })).ok);
    const out = workspaceFile('exports');
    const run = (format: string, target: vscode.Uri) =>
      vscode.commands.executeCommand<{ written: vscode.Uri[]; annotations: number } | undefined>('dossier.exportAnnotations', { format, target, articles: [uri] });

    const jsonld = JSON.parse((await readText((await run('jsonld', vscode.Uri.joinPath(out, 'a.jsonld')))!.written[0]))!);
    assert.equal(jsonld.type, 'AnnotationCollection');
    assert.equal(jsonld.total, 1);
    assert.equal(jsonld.first.items[0].target.source, uri.toString());
    const csv = (await readText((await run('csv', vscode.Uri.joinPath(out, 'a.csv')))!.written[0]))!;
    assert.match(csv, /^article,quote,tags,status,note,author,created,start,end\r\n/);
    assert.ok(csv.includes(`"${CLAIM}",claim; needs-source,disputed`), 'a quote with a comma is quoted (RFC 4180)');
    const report = (await readText((await run('markdown', vscode.Uri.joinPath(out, 'a.md')))!.written[0]))!;
    assert.match(report, /## Disputed \(1\)/);
    assert.ok(report.includes('1,000 prisoners of war'));
    const brat = await run('brat', vscode.Uri.joinPath(out, 'brat'));
    const ann = await readText(brat!.written.find((w) => w.path.endsWith('.ann'))!);
    const utf16 = ARTICLE.indexOf(CLAIM);
    assert.ok(ann?.includes(`\tclaim ${codePoints(ARTICLE.slice(0, utf16))} ${codePoints(ARTICLE.slice(0, utf16)) + codePoints(CLAIM)}\t${CLAIM}`), ann);

    const target = await writeFile('annotations/imported.txt', ARTICLE);
    const hypothesis = { total: 1, rows: [{
      id: 'hyp-1', uri: 'https://example.org/news/imported.txt', text: 'Checked against the agency wire.', tags: ['verified-elsewhere'],
      created: '2025-06-03T10:00:00.000Z', updated: '2025-06-03T10:00:00.000Z', user: 'acct:reader@hypothes.is',
      target: [{ source: 'https://example.org/news/imported.txt', selector: [{ type: 'TextQuoteSelector', exact: 'a lower figure', prefix: 'side gave ', suffix: ' and said' }] }],
    }] };
    const source = await writeFile('exports/hypothesis.json', JSON.stringify(hypothesis));
    const imported = await vscode.commands.executeCommand<{ imported: number; orphans: number }>('dossier.importAnnotations', { source });
    assert.deepEqual(imported && { imported: imported.imported, orphans: imported.orphans }, { imported: 1, orphans: 0 });
    const stored = (await readSidecar(target))?.annotations;
    assert.equal(stored?.[0].target.selector[0].exact, 'a lower figure');
    const again = await vscode.commands.executeCommand<{ imported: number }>('dossier.importAnnotations', { source });
    assert.equal(again.imported, 1);
    assert.equal((await readSidecar(target))?.annotations.length, 1, 'importing twice duplicates nothing');
  });

  it('redraws the decorations of an article with 1,000 annotations in at most 50 ms', async () => {
    const samples = await vscode.workspace.findFiles('*.txt');
    const texts = await Promise.all(samples.map(async (u) => (await readText(u)) ?? ''));
    const text = texts.reduce((a, b) => (b.length > a.length ? b : a), '').replace(/^\uFEFF/, '');
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const annotations: Annotation[] = [];
    while (annotations.length < 1000) {
      const start = Math.floor(random() * (text.length - 200));
      const annotation = createAnnotation({ text, span: { start, end: start + 5 + Math.floor(random() * 150) }, tags: ['claim'], status: (['open', 'verified', 'disputed', 'false'] as const)[annotations.length % 4] }, { now: new Date(), random });
      if (annotation) annotations.push(annotation);
    }
    const uri = await writeFile('annotations/busy.txt', text);
    await writeFile('annotations/busy.txt.annotations.json', serializeSidecar(annotations));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(async () => (await listing(uri))?.annotations.filter((a) => !a.orphan).length === 1000, 'all 1,000 anchored');
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { annotations: drawn, ms } = await vscode.commands.executeCommand<{ annotations: number; ms: number }>('dossier.redrawAnnotations');
      assert.ok(drawn >= 1000);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(`      redraw of 1,000 annotations: best ${times[0].toFixed(1)} ms, median ${times[3].toFixed(1)} ms, worst ${times[6].toFixed(1)} ms`);
    // The best run is the redraw's own cost; the others add waiting for a shared, busy machine.
    assert.ok(times[0] <= 50, `best redraw ${times[0].toFixed(1)} ms`);
  });
});
