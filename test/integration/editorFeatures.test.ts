import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/vscode/api';
import { waitFor, workspaceFile, writeFile } from './workspaceFiles';

// The workspace is a fresh copy of samples/. Dossier is observed the way VS Code itself uses it:
// through the `vscode.execute…` and `vscode.provide…` commands, and through its public API.

const SAMPLE = '000_43074298e8b51e4a.txt';

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

async function dossierApi(): Promise<DossierApi> {
  const extension = vscode.extensions.getExtension<DossierApi>('dossier-research.dossier');
  assert.ok(extension, 'Dossier is installed');
  const api = await extension.activate();
  await api.ready;
  return api;
}

async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId === 'article', `${uri.path} in the Article language`);
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
}

/** Where the `nth` occurrence of `text` starts (or a position `into` characters inside it). */
function positionOf(document: vscode.TextDocument, text: string, nth = 0, into = 1): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.ok(offset >= 0, `“${text}” occurs ${nth + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(offset + into);
}

async function decodeTokens(uri: vscode.Uri, tokens: vscode.SemanticTokens | undefined): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
  assert.ok(legend && tokens, 'Dossier provides semantic tokens');
  const decoded: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    decoded.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return decoded;
}

async function documentTokens(uri: vscode.Uri): Promise<Token[]> {
  return decodeTokens(uri, await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri));
}

/** The tokens that cover the `nth` occurrence of `text`, as the text they cover. */
function tokensOver(document: vscode.TextDocument, tokens: readonly Token[], text: string, nth = 0): Array<Token & { text: string }> {
  const start = document.offsetAt(positionOf(document, text, nth, 0));
  const end = start + text.length;
  return tokens
    .map((t) => ({ ...t, offset: document.offsetAt(new vscode.Position(t.line, t.character)) }))
    .filter((t) => t.offset < end && t.offset + t.length > start)
    .map(({ offset, ...t }) => ({ ...t, text: document.getText().slice(offset, offset + t.length) }));
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  // Hovers escape Markdown in article text ("000\_4307….txt"); compare with the escapes removed.
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\(.)/g, '$1');
}

const references = (uri: vscode.Uri, position: vscode.Position) =>
  vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);

const articleText = (headline: string, body: string[]) => [headline, '', 'Published on 3 June 2025', '', ...body].join('\n');

describe('editor features on the sample articles', () => {
  let api: DossierApi;
  let sample: vscode.TextDocument;

  before(async () => {
    api = await dossierApi();
    sample = await openArticle(workspaceFile(SAMPLE));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('classifies “Sergey Lavrov” as a person and “28 May 2025” as a resolved date', async () => {
    const tokens = await documentTokens(sample.uri);
    assert.deepEqual(tokensOver(sample, tokens, 'Sergey Lavrov').map((t) => [t.text, t.type]), [['Sergey Lavrov', 'person']]);
    const [date] = tokensOver(sample, tokens, '28 May 2025');
    assert.equal(date?.text, '28 May 2025');
    assert.equal(date.type, 'date');
    assert.ok(date.modifiers.includes('resolved'), date.modifiers.join(' '));
    const quote = tokensOver(sample, tokens, 'We hope that all those who are sincerely');
    assert.ok(quote.every((t) => t.type === 'quote'), 'the quotation is a quote token');
  });

  it('answers a range request with the tokens of that range only', async () => {
    const line = positionOf(sample, '28 May 2025').line;
    const range = new vscode.Range(line, 0, line + 1, 0);
    const tokens = await decodeTokens(sample.uri, await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', sample.uri, range));
    assert.ok(tokens.length > 0, 'tokens in the range');
    assert.ok(tokens.every((t) => t.line === line), `only line ${line}: ${tokens.map((t) => t.line).join(',')}`);
    assert.ok(tokens.some((t) => t.type === 'date'));
  });

  it('explains “Lavrov” on hover: Sergey Lavrov, his role, the other articles that mention him', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sample.uri, positionOf(sample, '” Lavrov said', 0, 3));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Sergey Lavrov\*\* · person/);
    assert.match(text, /Foreign Minister/i);
    assert.match(text, /Mentioned in [4-9] articles/);
    for (const other of ['001_32d48edc4e0694d6.txt', '003_661dcf13a93670cd.txt']) assert.ok(text.includes(other), `${other} is listed:\n${text}`);
    assert.match(text, /command:dossier\.openLocation/, 'the articles are links that open them');
  });

  it('explains a date on hover: its value, weekday and how it was resolved', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sample.uri, positionOf(sample, '28 May 2025', 0, 3));
    assert.match(hoverText(hovers), /Wednesday 28 May 2025/);
  });

  it('names the speaker of a quote on hover, and the other articles that quote it', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sample.uri, positionOf(sample, 'We hope that all those', 0, 10));
    const text = hoverText(hovers);
    assert.match(text, /said by \*\*Sergey Lavrov\*\*/);
    assert.match(text, /Also quoted in \d+ other article/);
  });

  it('finds every mention of “Zelenskyy” in at least four articles', async () => {
    const locations = await references(sample.uri, positionOf(sample, 'Zelenskyy', 0, 2));
    const files = new Set(locations.map((l) => l.uri.toString()));
    assert.ok(files.size >= 4, `${files.size} articles`);
    for (const location of locations.slice(0, 20)) {
      const document = await vscode.workspace.openTextDocument(location.uri);
      assert.match(document.getText(location.range), /Zelensk/, `${location.uri.path} ${JSON.stringify(location.range)}`);
    }
  });

  it('goes to the first full mention of a name, and highlights its mentions in this article', async () => {
    const at = positionOf(sample, '” Lavrov said', 0, 3);
    const [definition] = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', sample.uri, at);
    assert.ok(definition, 'a definition');
    const target = 'targetUri' in definition ? { uri: definition.targetUri, range: definition.targetRange } : definition;
    assert.equal((await vscode.workspace.openTextDocument(target.uri)).getText(target.range), 'Sergey Lavrov');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', sample.uri, at);
    assert.deepEqual(highlights.map((h) => sample.getText(h.range)).sort(), ['Lavrov', 'Sergey Lavrov']);
  });

  it('finds Sergey Lavrov among the workspace symbols when asked for “Sergei”', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Sergei');
    const lavrov = symbols.find((s) => /Lavrov/.test(s.name));
    assert.ok(lavrov, symbols.map((s) => s.name).join(', '));
    assert.match((await vscode.workspace.openTextDocument(lavrov.location.uri)).getText(lavrov.location.range), /Lavrov/);
  });

  it('outlines the headline, people and quotes grouped under their speakers', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', sample.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('People') && names.includes('Quotes') && names.includes('Dates'), names.join(', '));
    const speakers = symbols.find((s) => s.name === 'Quotes')!.children;
    const lavrov = speakers.find((s) => s.name === 'Sergey Lavrov');
    assert.ok(lavrov, speakers.map((s) => s.name).join(', '));
    assert.ok(lavrov.children.some((q) => q.name.startsWith('“We hope that all those')), lavrov.children.map((q) => q.name).join(' | '));
    assert.ok(lavrov.children.every((q) => q.kind === vscode.SymbolKind.String));
  });

  it('puts a CodeLens on the headline that counts the related articles', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', sample.uri);
    assert.equal(lenses.length, 1);
    const [, count] = /^(\d+) other articles share its people, places or events$/.exec(lenses[0].command?.title ?? '') ?? [];
    assert.ok(Number(count) >= 4, lenses[0].command?.title);
    assert.equal(lenses[0].command?.command, 'dossier.showRelatedArticles');
  });

  it('lists the user’s annotations on an entity in its hover', async () => {
    const start = sample.getText().indexOf('Sergey Lavrov says');
    const range = new vscode.Range(sample.positionAt(start), sample.positionAt(start + 'Sergey Lavrov says'.length));
    const tagged = await vscode.commands.executeCommand<{ ok: boolean; sidecar: vscode.Uri }>('dossier.tagClaim', { uri: sample.uri, range, tags: ['claim'], note: 'check the date' });
    assert.ok(tagged.ok, JSON.stringify(tagged));
    try {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', sample.uri, positionOf(sample, '” Lavrov said', 0, 3));
      const text = hoverText(hovers);
      assert.match(text, /\*\*Sergey Lavrov\*\* · person/);
      assert.match(text, /Your annotations on Sergey Lavrov/);
      assert.match(text, /Sergey Lavrov says/);
    } finally {
      await vscode.workspace.fs.delete(tagged.sidecar);
    }
  });

  it('gives other extensions an API: analyse text, list entities, look up mentions', async () => {
    const analysis = api.analyzeText('Russian Foreign Minister Sergei Lavrov said on Monday that talks would resume in Istanbul.');
    assert.ok(analysis.entities.some((e) => e.text === 'Sergei Lavrov' && e.type === 'person'));
    const lavrov = api.entities().find((e) => e.name === 'Sergey Lavrov');
    assert.ok(lavrov, 'Sergey Lavrov is an entity of the workspace');
    assert.ok(lavrov.articles >= 4 && lavrov.aliases.includes('Sergei Lavrov'), JSON.stringify(lavrov));
    assert.ok(api.findEntities('Lawrow').some((e) => e.id === lavrov.id), 'found in another spelling');
    const mentions = api.mentions(lavrov.id);
    assert.equal(mentions.length, lavrov.mentions);
    for (const { uri, range, text } of mentions) assert.equal((await vscode.workspace.openTextDocument(uri)).getText(range), text);
    const document = await api.analyzeDocument(sample.uri);
    assert.equal(document.parsed.publicationDate, '2025-05-28');
    assert.equal(document.parsed.text, sample.getText());
  });
});

describe('editor features follow edits and the file system', () => {
  let api: DossierApi;
  let sample: vscode.TextDocument;
  const zelenskyy = () => positionOf(sample, 'Zelenskyy', 0, 2);
  const referencedFiles = async () => new Set((await references(sample.uri, zelenskyy())).map((l) => l.uri.toString()));

  before(async () => {
    api = await dossierApi();
    sample = await openArticle(workspaceFile(SAMPLE));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('updates the tokens of an article as it is edited', async () => {
    const uri = await writeFile('articles/edited.txt', articleText('Ministers meet in Geneva', [
      'Foreign ministers met in Geneva on Monday to prepare the next round of talks, officials said.',
      'The meeting lasted three hours, according to a statement released afterwards.',
    ]));
    const document = await openArticle(uri);
    assert.deepEqual(tokensOver(document, await documentTokens(uri), 'Geneva', 1).map((t) => t.type), ['place']);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, positionOf(document, 'The meeting lasted', 0, 0), 'Finnish President Alexander Stubb said on Tuesday that a deal was close. ');
    edit.replace(uri, new vscode.Range(positionOf(document, 'Geneva', 1, 0), positionOf(document, 'Geneva', 1, 6)), 'Vienna');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = await documentTokens(uri);
    assert.deepEqual(tokensOver(document, edited, 'Alexander Stubb').map((t) => [t.text, t.type]), [['Alexander Stubb', 'person']]);
    assert.deepEqual(tokensOver(document, edited, 'Tuesday').map((t) => t.type), ['date']);
    assert.deepEqual(tokensOver(document, edited, 'Vienna').map((t) => [t.text, t.type]), [['Vienna', 'place']]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds an article written to the workspace to the references, and drops it when deleted', async () => {
    const before = await referencedFiles();
    const uri = await writeFile('articles/new-report.txt', articleText('Zelenskyy visits Berlin', [
      'Ukrainian President Volodymyr Zelenskyy arrived in Berlin on Wednesday for talks on air defence, his office said.',
      '“We need more systems before the winter,” Zelenskyy told reporters at the airport.',
    ]));
    await waitFor(async () => (await referencedFiles()).has(uri.toString()), 'the new article among the references of Zelenskyy');
    assert.equal((await referencedFiles()).size, before.size + 1);
    await vscode.workspace.fs.delete(uri);
    await waitFor(async () => !(await referencedFiles()).has(uri.toString()), 'the deleted article to leave the references');
  });

  it('colours an article shown from outside the workspace (a diff\'s old side) without adding it to the index', async () => {
    const text = articleText('Zelenskyy in Paris', ['Ukrainian President Volodymyr Zelenskyy met French officials in Paris on Monday, his office said.']);
    const provider = vscode.workspace.registerTextDocumentContentProvider('dossier-test', { provideTextDocumentContent: () => text });
    try {
      const uri = vscode.Uri.parse('dossier-test:/history/report.txt');
      const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'article');
      await vscode.window.showTextDocument(document);
      assert.deepEqual(tokensOver(document, await documentTokens(uri), 'Volodymyr Zelenskyy').map((t) => t.type), ['person']);
      assert.ok(!(await referencedFiles()).has(uri.toString()), 'not among the references');
    } finally {
      provider.dispose();
    }
  });

  it('follows an article changed on disk and one renamed in the workspace', async () => {
    const uri = await writeFile('articles/changing.txt', articleText('Talks planned in Istanbul', [
      'Officials said on Tuesday that delegations would meet in Istanbul next week to discuss a prisoner exchange.',
      'The date of the meeting has not been announced, the foreign ministry said.',
    ]));
    await waitFor(() => api.findEntities('Istanbul').some((e) => api.mentions(e.id).some((m) => m.uri.toString() === uri.toString())), 'the article to be indexed');
    assert.ok(!(await referencedFiles()).has(uri.toString()));
    await writeFile('articles/changing.txt', articleText('Talks planned in Istanbul', [
      'President Volodymyr Zelenskyy said on Tuesday that delegations would meet in Istanbul next week to discuss a prisoner exchange.',
      'The date of the meeting has not been announced, Zelenskyy said.',
    ]));
    await waitFor(async () => (await referencedFiles()).has(uri.toString()), 'the changed article among the references of Zelenskyy');
    const renamed = workspaceFile('articles/renamed.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => {
      const files = await referencedFiles();
      return files.has(renamed.toString()) && !files.has(uri.toString());
    }, 'the references to follow the rename');
    await vscode.workspace.fs.delete(renamed);
  });
});

describe('a 5 MB article', () => {
  let uri: vscode.Uri;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('is coloured where it is viewed at once, and analysed whole without holding up the extension host', async function () {
    this.timeout(120_000);
    const api = await dossierApi();
    const samples = await Promise.all((await vscode.workspace.findFiles('*.txt')).map(async (file) => new TextDecoder().decode(await vscode.workspace.fs.readFile(file))));
    const bodies = samples.map((text) => api.analyzeText(text).parsed.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n'));
    const parts = [samples[0].slice(0, api.analyzeText(samples[0]).parsed.paragraphs[0].start)];
    for (let length = 0, i = 0; length < 5_000_000; i++) length += parts[parts.push(bodies[i % bodies.length]) - 1].length + 1;
    uri = await writeFile('articles/large.txt', parts.join('\n'));
    const document = await openArticle(uri);

    const middle = Math.floor(document.lineCount / 2);
    const started = Date.now();
    const visible = await decodeTokens(uri, await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', uri, new vscode.Range(middle, 0, middle + 40, 0)));
    const rangeMs = Date.now() - started;
    assert.ok(visible.some((t) => t.type === 'person') && visible.some((t) => t.type === 'place'), 'names in view are coloured');
    assert.ok(visible.every((t) => t.line >= middle && t.line <= middle + 40));

    // The whole analysis goes on in slices, then the article joins the index: meanwhile timers
    // still run on time.
    const whole = vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    let wholeMs = 0;
    void Promise.resolve(whole).finally(() => { wholeMs = Date.now() - started; });
    const indexed = () => api.findEntities('Lavrov').some((e) => api.mentions(e.id).some((m) => m.uri.toString() === uri.toString()));
    let worstLag = 0;
    for (let tick = Date.now(); !(wholeMs && indexed()) && Date.now() - started < 100_000;) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      worstLag = Math.max(worstLag, Date.now() - tick - 10);
      tick = Date.now();
    }
    const tokens = await whole;
    const indexedMs = Date.now() - started;
    assert.ok(indexed(), 'the large article joins the index');
    console.log(`      5 MB article: visible range coloured in ${rangeMs} ms, whole article in ${wholeMs} ms (${tokens?.data.length / 5} tokens), indexed in ${indexedMs} ms; longest stall of the extension host meanwhile ${worstLag} ms`);
    // Relative bounds, because the machine may be busy (the absolute figures are the benchmark's):
    // analysed in one go, the visible range would cost as much as the whole and the stall would be the whole.
    assert.ok(rangeMs < wholeMs / 2, `the visible range (${rangeMs} ms) comes well before the whole (${wholeMs} ms)`);
    assert.ok(worstLag < wholeMs / 2, `the extension host stalled for ${worstLag} ms`);
  });
});
