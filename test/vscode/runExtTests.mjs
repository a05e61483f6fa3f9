#!/usr/bin/env node
// Runs extension tests inside the Node extension host of a real VS Code: the VS Code server from
// the tools folder, its workbench loaded in headless Chromium. Exits with the tests' exit code
// (0 = all passed), 1 on a timeout or a start-up failure.
//
// Takes the arguments @vscode/test-electron gives a VS Code executable (codeShim.sh forwards them):
//   --extensionDevelopmentPath=DIR (repeatable)  --extensionTestsPath=MODULE  [WORKSPACE_FOLDER]
// Every other --flag is ignored: each run starts from a fresh profile (user data, extensions,
// HOME and XDG folders in a temporary folder).
//
// Environment:
//   DOSSIER_TEST_TIMEOUT     seconds before the run is abandoned (default 300)
//   DOSSIER_TEST_SCREENSHOT  PNG file: screenshot of the workbench when the tests end
//   DOSSIER_TEST_VERBOSE=1   server output and the browser console on stderr
//   DOSSIER_TEST_KEEP=1      keep the temporary folder (server log) even when the tests pass
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportTestsOf, testRun } from './testRun.mjs';
import { launchChromium, makeSandbox, startVscodeServer, workbenchUrl } from './vscodeServer.mjs';

function parseArguments(argv) {
  const parsed = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, folder: undefined };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'folder-uri', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let name;
    let value;
    const match = /^--([^=]+)=(.*)$/s.exec(arg);
    if (match) [, name, value] = match;
    else if (arg.startsWith('--')) {
      name = arg.slice(2);
      if (valued.has(name)) value = argv[++i];
    } else {
      parsed.folder = path.resolve(arg);
      continue;
    }
    if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPaths.push(path.resolve(value));
    else if (name === 'extensionTestsPath') parsed.extensionTestsPath = path.resolve(value);
    else if (name === 'folder-uri') parsed.folder = fileURLToPath(value);
  }
  return parsed;
}

const options = parseArguments(process.argv.slice(2));
if (!options.extensionDevelopmentPaths.length || !options.extensionTestsPath) {
  console.error('usage: runExtTests.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [WORKSPACE_FOLDER]');
  process.exit(2);
}
const verbose = process.env.DOSSIER_TEST_VERBOSE === '1';
const sandbox = makeSandbox('dossier-ext-tests-');
let server;
let browser;
let page;

const { note, finish } = testRun({ name: 'runExtTests', timeoutSeconds: Number(process.env.DOSSIER_TEST_TIMEOUT ?? 300), cleanUp });
async function cleanUp(code) {
  if (process.env.DOSSIER_TEST_SCREENSHOT && page) {
    try {
      await page.screenshot({ path: process.env.DOSSIER_TEST_SCREENSHOT });
    } catch (error) {
      note(`no screenshot: ${error.message}`);
    }
  }
  await browser?.close().catch(() => {});
  await server?.stop();
  if (code !== 0 || process.env.DOSSIER_TEST_KEEP === '1') note(`server log kept: ${server?.logFile ?? sandbox.dir}`);
  else sandbox.remove();
}

try {
  // The smoke-test driver flag makes the web workbench honour the test parameters of the payload.
  server = await startVscodeServer({ sandbox, serverArgs: ['--enable-smoke-test-driver'], verbose });
  server.exited.then((code) => finish(1, `VS Code server exited early (${code})`));
  await server.ready;
  note(`VS Code server on ${server.origin}; launching Chromium`);
  browser = await launchChromium(sandbox.env);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => note(`[page error] ${error.message}`));
  await reportTestsOf(page, finish, { verbose, note });
  await page.goto(workbenchUrl({ ...server, ...options }));
} catch (error) {
  note(error?.stack ?? String(error));
  await finish(1, 'could not start the tests');
}
