// `npm run test:panel`: the Events panel in the real browser, fed articles that try to run script.
// The two articles of test/fixtures/malicious report one event (a detainee exchange) with
// `<script>`, `<img onerror=…>` and `javascript:` links inside the very sentences and quotations the
// panel shows as snippets, discrepancy values and claims. Each payload would set a global
// (`dossierXss`), log a `DOSSIER_XSS_…` marker and retitle the window. Opened in headless Chromium
// (Dossier as the extension under development in the VS Code server), the panel must show the
// markup as literal text, create no element from it and run none of it. Also checks the panel's
// screen-reader labels and keyboard path on the same event, and saves a screenshot of the expanded
// event. Ends with the line `N passed, N failed`.
//
//   node test/e2e/panelSecurity.mjs [--update-screenshots]
// The screenshot goes to screenshots/tmp/panel/, or with --update-screenshots to screenshots/.
// The checks of what the panel shows do not stop each other: a failure shows every way it fails.
// Run `npm run build` and scripts/installTestVscode.sh first. DOSSIER_TEST_VERBOSE=1 echoes the server.
import fs from 'node:fs';
import path from 'node:path';
import { createChecks, screenshotOnFailure } from '../support/checks.mjs';
import { launchChromium, makeSandbox, repoRoot, startVscodeServer, workbenchUrl } from '../vscode/vscodeServer.mjs';
import { openByQuickOpen, runCommand, waitForLanguage, waitForWorkbench } from '../vscode/workbench.mjs';

const fixtures = path.join(repoRoot, 'test/fixtures/malicious');
const ARTICLE = 'wire-ferry-detainees.txt';
const MARKER = 'DOSSIER_XSS';
/** Markup each article carries, which must reach the panel as text. */
const LITERALS = ['<script>window.dossierXss=', '<img src=x onerror=', 'javascript:console.log(', '<a href="javascript:'];
const shots = path.join(repoRoot, process.argv.includes('--update-screenshots') ? 'screenshots' : 'screenshots/tmp/panel');
const verbose = process.env.DOSSIER_TEST_VERBOSE === '1';

const failureShots = path.join(repoRoot, 'screenshots/tmp');
fs.mkdirSync(shots, { recursive: true });
fs.mkdirSync(failureShots, { recursive: true });
let server;
let browser;
let page;
const checks = createChecks({ onFailure: screenshotOnFailure(failureShots, 'panel', () => page, repoRoot) });
const { check } = checks;
const sandbox = makeSandbox('dossier-panel-');
const workspace = path.join(sandbox.dir, 'articles');
fs.cpSync(fixtures, workspace, { recursive: true });

/** Everything any frame logged or threw, to look for the payloads' markers. */
const logged = [];
/** The panel's page: the webview is an iframe (the workbench's host frame) holding another (#active-frame). */
const panelFrame = () => page.frameLocator('iframe.webview.ready:visible').first().frameLocator('#active-frame');
const panelRoot = () => panelFrame().locator('#root');
/** Runs `fn` inside the panel's document, in the world its own script runs in. */
const inPanel = (fn, arg) => panelRoot().evaluate(fn, arg);

await check('the workbench loads with Dossier as the extension under development', async () => {
  server = await startVscodeServer({ sandbox, verbose });
  await server.ready;
  browser = await launchChromium(sandbox.env);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => logged.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
  await page.goto(workbenchUrl({ ...server, folder: workspace, extensionDevelopmentPaths: [repoRoot] }));
  await waitForWorkbench(page);
});

await check(`the malicious article ${ARTICLE} opens in the Article language`, async () => {
  await openByQuickOpen(page, ARTICLE);
  await waitForLanguage(page, 'Article', 60_000);
});

await check('the Events view lists the one event both articles report (1 event across 2 articles)', async () => {
  await runCommand(page, 'View: Show Dossier');
  await page.locator('.pane-header', { hasText: 'Events' }).waitFor();
  try {
    await panelRoot().getByText(/^1 event across 2 articles$/).waitFor({ timeout: 60_000 });
  } catch {
    throw new Error(`the Events view shows: ${JSON.stringify((await panelRoot().innerText({ timeout: 1000 }).catch(() => '')).slice(0, 300))}`);
  }
});

await check('messages logged inside the panel reach this test (so a payload that ran would be seen)', async () => {
  await inPanel(() => console.log('DOSSIER_PROBE'));
  for (let attempt = 0; !logged.some((line) => line.includes('DOSSIER_PROBE')); attempt++) {
    if (attempt === 50) throw new Error('a console.log in the panel never reached the page listener');
    await page.waitForTimeout(100);
  }
});

await check('from the keyboard: Tab reaches the event, whose header reads its label, date, place, sources and "sources disagree"; Enter expands it', async () => {
  await runCommand(page, 'Dossier: Focus on Events View');
  const focused = panelFrame().locator(':focus');
  for (let presses = 0; !(await focused.evaluate((element) => element.matches('button.event-header')).catch(() => false)); presses++) {
    if (presses === 40) throw new Error('Tab never reaches the event');
    await page.keyboard.press('Tab');
  }
  const label = await focused.getAttribute('aria-label');
  if (!/^Event 1: .+, (14 April 2025|April 14, 2025), in Valletta, 2 sources, sources disagree \(2 disagreements\)/.test(label ?? '')) throw new Error(`the header reads ${JSON.stringify(label)}`);
  await page.keyboard.press('Enter');
  if (await focused.getAttribute('aria-expanded') !== 'true') throw new Error('Enter did not expand the event');
  await panelRoot().locator('button.snippet').nth(1).waitFor();
  await panelRoot().locator('table.discrepancy').nth(1).waitFor();
});

await check('the timeline marks the disputed event by shape and says so in words; coverage rows name outlet and file', async () => {
  const mark = panelRoot().locator('.timeline svg [role="button"]');
  if (await mark.evaluate((element) => element.tagName) !== 'polygon') throw new Error('the disputed event is not a diamond');
  if (!(await mark.getAttribute('aria-label')).includes('sources disagree')) throw new Error(`the mark reads ${await mark.getAttribute('aria-label')}`);
  const legend = await panelRoot().locator('.legend').innerText();
  if (!legend.includes('sources disagree')) throw new Error(`the legend reads ${JSON.stringify(legend)}`);
  const rows = await panelRoot().locator('table.coverage th[scope="row"]').allInnerTexts();
  const wanted = [['Island Courier', 'regional-ferry-detainees.txt'], ['Harbour Wire', ARTICLE]];
  for (const words of wanted) {
    if (!rows.some((row) => words.every((word) => row.includes(word)))) throw new Error(`no row names ${words.join(' and ')}: ${JSON.stringify(rows)}`);
  }
});

await check('the article markup shows as literal text in the snippets, quotations and claims', async () => {
  const texts = await inPanel((root) => ({
    all: root.textContent,
    snippets: [...root.querySelectorAll('.snippet .text')].map((element) => element.textContent),
    claims: [...root.querySelectorAll('.claim')].map((element) => element.textContent),
  }));
  for (const literal of LITERALS) {
    if (!texts.all.includes(literal)) throw new Error(`the panel's text lacks ${JSON.stringify(literal)}`);
  }
  if (!texts.snippets.some((text) => text.includes('<script>')) || !texts.snippets.some((text) => text.includes('javascript:'))) {
    throw new Error(`the snippets read ${JSON.stringify(texts.snippets)}`);
  }
  if (!texts.claims.some((text) => text.includes('<img src=x onerror=')) || !texts.claims.some((text) => text.includes('<script>'))) {
    throw new Error(`the claims read ${JSON.stringify(texts.claims)}`);
  }
}, { blocking: false });

await check('long runs of markup wrap inside the panel: nothing scrolls sideways', async () => {
  const { scrollWidth, clientWidth } = await inPanel(() => ({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth }));
  if (scrollWidth > clientWidth + 1) throw new Error(`the panel is ${scrollWidth} px wide in ${clientWidth} px`);
}, { blocking: false });

await check('no element was made from article text: no img, no script but the panel’s own, no links, no on… attributes', async () => {
  // An <img src=x> made from the text would have failed to load and fired its onerror by now.
  await page.waitForTimeout(1000);
  const found = await inPanel((root) => {
    const all = [...document.querySelectorAll('*')];
    return {
      images: document.querySelectorAll('img, image, iframe, object, embed').length,
      scripts: [...document.scripts].map((script) => ({ src: script.src, inHead: script.parentElement === document.head, inRoot: root.contains(script), text: script.textContent.slice(0, 200) })),
      links: [...document.querySelectorAll('a, [href]')].map((element) => element.getAttribute('href')),
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName}[${attribute.name}]`)),
    };
  });
  if (found.images) throw new Error(`${found.images} image or frame elements in the panel`);
  // The panel's bundle, and the one inline script VS Code itself puts in the head (acquireVsCodeApi).
  const strange = found.scripts.filter((script) => script.inRoot || script.text.includes('dossierXss') || (script.src ? !script.src.endsWith('/media/panel.js') : !script.inHead));
  if (strange.length || found.scripts.filter((script) => script.src).length !== 1) throw new Error(`scripts in the panel: ${JSON.stringify(found.scripts)}`);
  if (found.javascriptLinks || found.links.some((href) => /^\s*javascript:/i.test(href ?? ''))) throw new Error(`javascript: links: ${JSON.stringify(found.links)}`);
  if (found.handlers.length) throw new Error(`event-handler attributes: ${found.handlers.join(', ')}`);
}, { blocking: false });

await check('the panel keeps its strict Content-Security-Policy: default-src none, scripts only by nonce', async () => {
  const csp = await inPanel(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  if (!csp.includes("default-src 'none'") || !/^'nonce-[0-9a-f]{16,}'$/.test(scriptSrc.trim())) throw new Error(`the policy is ${JSON.stringify(csp)}`);
}, { blocking: false });

/** Throws when any payload left a trace: its global, a logged marker, or a changed title. */
async function noPayloadRan() {
  const traces = await inPanel(() => ({ global: window.dossierXss, title: document.title }));
  if (traces.global !== undefined) throw new Error(`a payload ran in the panel: dossierXss = ${JSON.stringify(traces.global)}`);
  if (traces.title.includes('DOSSIER_XSS')) throw new Error(`the panel's title is ${traces.title}`);
  const workbenchTitle = await page.title();
  if (workbenchTitle.includes(MARKER)) throw new Error(`the window's title is ${workbenchTitle}`);
  const marked = logged.filter((line) => line.includes(MARKER));
  if (marked.length) throw new Error(`payload output:\n${marked.join('\n')}`);
}

await check('none of the payloads ran: no global set, no marker logged, no title changed', noPayloadRan, { blocking: false });

await check('activating the snippet that shows a javascript: link opens its article at the passage and runs nothing', async () => {
  const snippet = panelRoot().locator('button.snippet', { hasText: 'javascript:' });
  await snippet.focus();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'regional-ferry-detainees.txt' }).waitFor({ timeout: 15_000 });
  await page.locator('[id="status.editor.selection"]', { hasText: /selected/ }).waitFor();
  // A click on the claim that quotes a <script>: opens the other article, and nothing runs.
  await panelRoot().locator('button.claim', { hasText: '<img src=x' }).click();
  await page.locator('.tab.active', { hasText: ARTICLE }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await noPayloadRan();
});

await check('screenshot of the panel showing the markup as text', async () => {
  // A wider side bar (its sash dragged), so that the snippets read in the picture.
  const edge = await page.locator('.part.sidebar').evaluate((element) => element.getBoundingClientRect().right);
  await page.mouse.move(edge + 1, 400);
  await page.mouse.down();
  await page.mouse.move(edge + 320, 400, { steps: 8 });
  await page.mouse.up();
  // The Annotations view folded away, so that the Events view has the side bar's height.
  await page.locator('.pane-header', { hasText: 'Annotations' }).click();
  await page.waitForTimeout(300);
  await panelRoot().locator('li.event').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.move(1000, 700);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(shots, 'panel-security.png') });
}, { blocking: false });

await browser?.close().catch(() => {});
await server?.stop();
if (checks.failed) console.error(`server log kept: ${server?.logFile ?? sandbox.dir}`);
else sandbox.remove();
process.exit(checks.report() ? 1 : 0);
