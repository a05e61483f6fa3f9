// `npm run test:smoke`: what a user sees after `npm start` on a machine without desktop VS Code.
// Starts scripts/start.mjs, opens the URL it prints in headless Chromium, opens a sample article
// through Quick Open, checks that Dossier took it over (the status bar's language shows
// "Article"), saves screenshots/start-smoke.png, then stops start.mjs with SIGINT and checks that
// it exits cleanly and its server is gone. Ends with the line `N passed, N failed`.
//
// Environment: DOSSIER_SMOKE_VERBOSE=1 echoes start.mjs's output.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createChecks } from '../support/checks.mjs';
import { launchChromium, makeSandbox, repoRoot } from '../vscode/vscodeServer.mjs';
import { openByQuickOpen, waitForLanguage, waitForWorkbench } from '../vscode/workbench.mjs';

const screenshot = path.join(repoRoot, 'screenshots/start-smoke.png');
const failureScreenshot = path.join(repoRoot, 'screenshots/tmp/start-smoke-failure.png');
const sampleArticle = fs.readdirSync(path.join(repoRoot, 'samples')).filter((name) => name.endsWith('.txt')).sort()[0];
const verbose = process.env.DOSSIER_SMOKE_VERBOSE === '1';

const checks = createChecks();
const { check } = checks;

const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/start.mjs')], {
  env: { ...process.env, DOSSIER_START_MODE: 'server', DOSSIER_OPEN_BROWSER: '0' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    output += chunk;
    if (verbose) process.stderr.write(chunk);
  });
}
const childExit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

async function waitUntil(condition, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s; output so far:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sandbox = makeSandbox('dossier-smoke-');
let url;
let browser;
let page;

await check('start.mjs prints the workbench URL', async () => {
  // Generous: the first run may install the VS Code server.
  url = await waitUntil(() => /http:\/\/127\.0\.0\.1:\d+\/\?\S+/.exec(output)?.[0], 'URL', 300_000);
});

await check('the workbench loads with Dossier as the extension under development', async () => {
  browser = await launchChromium(sandbox.env);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await waitForWorkbench(page);
  const title = await page.locator('.window-title, .command-center').first().innerText({ timeout: 30_000 });
  if (!title.includes('Extension Development Host')) throw new Error(`window title is "${title}"`);
});

await check(`a sample article (${sampleArticle}) opens through Quick Open`, () => openByQuickOpen(page, sampleArticle));

await check('Dossier is active on it: the status bar language shows "Article"', () => waitForLanguage(page, 'Article'));

/**
 * Semantic colours arrive after the lexical ones, once the workspace is analysed: wait until the
 * editor's set of colour classes has not changed for 1.5 s (at most 20 s) so the picture shows them.
 */
async function colouringSettled(page) {
  const colours = () => page.locator('.monaco-editor .view-lines').evaluate((lines) =>
    [...new Set([...lines.querySelectorAll('span[class*="mtk"]')].map((span) => span.className))].sort().join(' '));
  const deadline = Date.now() + 20_000;
  let last = await colours();
  let stableSince = Date.now();
  while (Date.now() - stableSince < 1500 && Date.now() < deadline) {
    await page.waitForTimeout(250);
    const now = await colours();
    if (now !== last) [last, stableSince] = [now, Date.now()];
  }
}

await check('screenshot saved to screenshots/start-smoke.png', async () => {
  await page.mouse.move(0, 0); // no hover or tooltip in the picture
  await colouringSettled(page);
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
});

if (checks.blocked && page) {
  fs.mkdirSync(path.dirname(failureScreenshot), { recursive: true });
  await page.screenshot({ path: failureScreenshot }).catch(() => {});
  console.error(`failure screenshot: ${failureScreenshot}`);
}
await browser?.close().catch(() => {});
sandbox.remove();

await check('Ctrl-C (SIGINT) stops start.mjs cleanly and its server with it', async () => {
  child.kill('SIGINT');
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), 15_000));
  const exit = await Promise.race([childExit, timeout]);
  if (!exit) {
    child.kill('SIGKILL');
    throw new Error('start.mjs still running 15 s after SIGINT');
  }
  if (exit.code !== 0) throw new Error(`start.mjs exited with ${exit.code ?? exit.signal}`);
  if (url) {
    const stillServing = await fetch(new URL(url).origin).then(() => true, () => false);
    if (stillServing) throw new Error('the VS Code server still answers after start.mjs exited');
  }
}, { always: true });

process.exit(checks.report() ? 1 : 0);
