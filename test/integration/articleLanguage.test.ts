import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// The workspace is a fresh copy of samples/: five news articles saved as .txt.

const NOT_AN_ARTICLE = [
  'TODO before Friday',
  '- call the press office about the figures',
  '- check the date of the council vote',
  '- book train tickets',
  '- renew press card',
].join('\n');

const ARTICLE_FILE = [
  'Harbour strike enters third day as talks stall',
  '',
  'Published on 12 March 2025',
  '',
  'Dock workers at the country’s largest container port stayed off the job for a third day on Wednesday, leaving more than 40 ships waiting offshore, union officials said.',
  '“We are not going back until the offer is on paper,” said the union’s regional secretary, speaking outside the main gate as pickets gathered in the rain.',
  'The port authority said losses had reached €12m a day and warned that the damage to supply chains would last for months.',
  'Talks are due to resume on 14 March, according to the labour ministry. A spokesperson declined to say whether the government would intervene.',
].join('\n');

function workspaceFile(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in a workspace');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function writeFile(path: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The language VS Code currently reports for an open document. */
function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForLanguage(uri: vscode.Uri, languageId: string): Promise<void> {
  await waitFor(() => languageOf(uri) === languageId, `${uri.path} to be ${languageId} (it is ${languageOf(uri)})`);
}

/**
 * `uri` stays plain text: an article opened after it as a control (at `controlPath`) is switched,
 * and Dossier judges documents in the order they open.
 */
async function assertStaysPlainText(uri: vscode.Uri, controlPath: string): Promise<void> {
  const control = await writeFile(controlPath, ARTICLE_FILE);
  await vscode.workspace.openTextDocument(control);
  await waitForLanguage(control, 'article');
  assert.equal(languageOf(uri), 'plaintext');
}

describe('the Article language', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a sample article saved as .txt in the Article language, by detection', async () => {
    const [sample] = await vscode.workspace.findFiles('*.txt');
    assert.ok(sample, 'the workspace holds the samples');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sample));
    await waitForLanguage(sample, 'article');
  });

  it('switches a .txt matching dossier.articles.include whatever its content, and leaves a non-article plain text', async () => {
    const included = await writeFile('clippings/todo.txt', NOT_AN_ARTICLE);
    const plain = await writeFile('notes/todo.txt', NOT_AN_ARTICLE);
    const detected = await writeFile('notes/strike.txt', ARTICLE_FILE);
    for (const uri of [plain, included, detected]) await vscode.workspace.openTextDocument(uri);
    await waitForLanguage(included, 'article');
    await waitForLanguage(detected, 'article');
    // Opened first, it would have been switched before the two above.
    assert.equal(languageOf(plain), 'plaintext');
  });

  it('switches the active plain-text editor with Dossier: Treat as Article', async () => {
    const uri = await writeFile('notes/todo-2.txt', NOT_AN_ARTICLE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(languageOf(uri), 'plaintext');
    await vscode.commands.executeCommand('dossier.treatAsArticle');
    await waitForLanguage(uri, 'article');
  });

  it('switches the file a menu passes to Dossier: Treat as Article', async () => {
    const uri = await writeFile('notes/todo-3.txt', NOT_AN_ARTICLE);
    await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('dossier.treatAsArticle', uri);
    await waitForLanguage(uri, 'article');
  });

  it('leaves a file that is not plain text as it is', async () => {
    const uri = await writeFile('notes/data.json', '{ "said": "not an article" }\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(languageOf(uri), 'json');
    await vscode.commands.executeCommand('dossier.treatAsArticle');
    assert.equal(languageOf(uri), 'json');
  });

  it('keeps a detected article in Plain Text once the user switches it back', async () => {
    const uri = await writeFile('notes/strike-2.txt', ARTICLE_FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    await waitForLanguage(uri, 'article');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await assertStaysPlainText(uri, 'notes/strike-3.txt');
  });

  it('never switches a file the user has set to Plain Text by hand', async () => {
    const uri = await writeFile('notes/strike.md', ARTICLE_FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'markdown');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await assertStaysPlainText(uri, 'notes/strike-4.txt');
  });

  it('registers the Article grammar, and VS Code colours .article files with it', async () => {
    const extension = vscode.extensions.getExtension('dossier-research.dossier');
    assert.ok(extension);
    const grammars: { language: string; scopeName: string; path: string }[] = extension.packageJSON.contributes.grammars;
    const grammar = grammars.find((g) => g.language === 'article');
    assert.ok(grammar, 'a grammar is contributed for the article language');
    assert.equal(grammar.scopeName, 'text.article');
    const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path))));
    assert.equal(raw.scopeName, 'text.article');

    const uri = await writeFile('grammar-check.article', [
      'Council approves budget after marathon session',
      'Published On 28 May 2025',
      '“This budget reflects what residents need,” the council president said on Tuesday.',
    ].join('\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'article');

    // The command VS Code's colorisation tests use is registered by desktop VS Code only; when
    // present it shows the workbench's own TextMate engine applying the grammar to the file.
    if (!(await vscode.commands.getCommands()).includes('_workbench.captureSyntaxTokens')) return;
    const tokens = await vscode.commands.executeCommand<{ c: string; t: string }[]>('_workbench.captureSyntaxTokens', uri);
    const scopesOf = (text: string) => tokens.filter((t) => t.c.includes(text)).map((t) => t.t).join(' | ');
    assert.match(scopesOf('Council approves budget'), /markup\.heading\.article/);
    assert.match(scopesOf('28 May 2025'), /comment\.line\.published\.article.*constant\.numeric\.date\.article/);
    assert.match(scopesOf('This budget reflects'), /string\.quoted\.double\.article/);
    assert.match(scopesOf('Tuesday'), /constant\.numeric\.date\.weekday\.article/);
  });
});
