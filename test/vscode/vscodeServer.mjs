// Starts the real VS Code that scripts/installTestVscode.sh installed (the VS Code server inside the
// code-server npm package) and Debian's Chromium through playwright-core. Shared by the integration
// test runner (runExtTests.mjs), `npm start` (scripts/start.mjs) and the start smoke test.
//
// Every server gets a fresh temporary HOME, XDG folders, user-data, extensions and server-data
// folders, so nothing reads or writes the real home, and runs in its own process group so that
// stopping it also stops the extension host, pty host and file watcher it spawned.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const toolsDir = path.resolve(process.env.DOSSIER_VSCODE_TOOLS ?? path.join(repoRoot, '.vscode-test/tools'));
const serverMain = path.join(toolsDir, 'node_modules/code-server/lib/vscode/out/server-main.js');
const codeServerCli = path.join(toolsDir, 'node_modules/code-server/out/node/entry.js');

/** True once scripts/installTestVscode.sh has completed in `toolsDir`. */
export function isVscodeInstalled() {
  return fs.existsSync(path.join(toolsDir, '.installed')) && fs.existsSync(serverMain);
}

// Quiet, deterministic workbench: no welcome page, update checks, tips, experiments or telemetry.
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // The opened folder usually sits inside this repository: no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
};

// Variables a VS Code terminal exports; inherited, they would make the server talk to that VS Code.
const inheritedVscodeVariables = ['ELECTRON_RUN_AS_NODE', 'VSCODE_IPC_HOOK', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PID',
  'VSCODE_CWD', 'VSCODE_NLS_CONFIG', 'VSCODE_HANDLES_UNCAUGHT_ERRORS', 'VSCODE_ESM_ENTRYPOINT'];

/** A temporary folder with its own HOME and XDG folders, and the environment that points there. */
export function makeSandbox(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
    // No extension marketplace (code-server reads this): the workbench would otherwise query
    // open-vsx.org, which our machines cannot reach, and log each failure.
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
  };
  for (const name of inheritedVscodeVariables) delete env[name];
  return { dir, env, remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** A TCP port nothing listens on at the moment. */
export async function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// A file only we can read: a token on the command line would show in every user's `ps`.
function writePrivateFile(dir, name, content) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content, { mode: 0o600 });
  return file;
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the VS Code server. Resolves as soon as the process runs, so that a caller interrupted
 * during start-up can already `stop()` it; `ready` settles once the server answers HTTP.
 * Without a `connectionToken` anyone who can reach the port can use the server, so only tests,
 * which run briefly on 127.0.0.1, go without one.
 * `settings` are added to the quiet defaults of the user settings.
 * @param {{ sandbox: ReturnType<typeof makeSandbox>, host?: string, port?: number, connectionToken?: string, serverArgs?: string[], settings?: object, verbose?: boolean }} options
 * @returns {Promise<{ origin: string, authority: string, connectionToken?: string, logFile: string, settingsFile: string, ready: Promise<void>, exited: Promise<number|string>, stop(): Promise<void> }>}
 */
export async function startVscodeServer({ sandbox, host = '127.0.0.1', port = 0, connectionToken, serverArgs = [], settings = {}, verbose = false }) {
  if (!fs.existsSync(serverMain)) throw new Error(`no VS Code server at ${serverMain}: run bash scripts/installTestVscode.sh`);
  const userDataDir = path.join(sandbox.dir, 'user-data');
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({ ...userSettings, ...settings }, null, 2));
  const listenPort = port || await freePort(host);
  const args = [serverMain, '--host', host, '--port', String(listenPort),
    ...(connectionToken ? ['--connection-token-file', writePrivateFile(sandbox.dir, 'connection-token', connectionToken)] : ['--without-connection-token']),
    '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', path.join(sandbox.dir, 'server-data'), '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir(sandbox), ...serverArgs];
  const logFile = path.join(sandbox.dir, 'server.log');
  const log = fs.createWriteStream(logFile);
  // The server runs on the Node running us: code-server 4.100 is built for Node 20, which the
  // install script checked.
  const child = spawn(process.execPath, args, { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log, { end: false });
    if (verbose) stream.pipe(process.stderr, { end: false });
  }
  let running = true;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    running = false;
    resolve(code ?? signal);
  }));

  const stop = async () => {
    if (running) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const stopped = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
      if (!stopped) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }
    }
    // The extension host and pty host share the group; they may outlive the server by a moment.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group is empty */ }
    log.end();
  };

  const origin = `http://${host}:${listenPort}`;
  const ready = (async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (!running) throw new Error(`VS Code server exited during start-up; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
      try {
        if ((await fetch(`${origin}/version`)).status < 500) return;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`VS Code server did not answer within 60 s; see ${logFile}`);
      await delay(200);
    }
  })();
  return { origin, authority: `${host}:${listenPort}`, connectionToken, logFile, settingsFile, ready, exited, stop };
}

const extensionsDir = (sandbox) => path.join(sandbox.dir, 'extensions');

/**
 * Installs a packaged extension (.vsix) with code-server's command line, as a user would, into the
 * extensions folder that `startVscodeServer` then loads for the same sandbox. Returns the CLI's output.
 */
export function installVsix(sandbox, vsixFile) {
  const cli = (...args) => execFileSync(process.execPath, [codeServerCli, '--config', path.join(sandbox.dir, 'code-server.yaml'),
    '--user-data-dir', path.join(sandbox.dir, 'user-data'), '--extensions-dir', extensionsDir(sandbox), ...args],
  { env: sandbox.env, encoding: 'utf8' });
  return `${cli('--install-extension', path.resolve(vsixFile))}${cli('--list-extensions', '--show-versions')}`;
}

/**
 * The workbench URL: opens `folder` and, when given, loads extensions under development and runs
 * extension tests in the server's extension host (the parameters VS Code's own browser
 * integration tests pass in the `payload` query parameter).
 */
export function workbenchUrl({ origin, authority, connectionToken, folder, extensionDevelopmentPaths = [], extensionTestsPath }) {
  const remote = (file) => `vscode-remote://${authority}${file}`;
  const payload = [
    ...extensionDevelopmentPaths.map((dir) => ['extensionDevelopmentPath', remote(dir)]),
    ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams();
  // The workbench trades `tkn` for a cookie on its first load.
  if (connectionToken) query.set('tkn', connectionToken);
  if (folder) query.set('folder', folder);
  else query.set('ew', 'true');
  if (extensionDevelopmentPaths.length || extensionTestsPath) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}

/** Headless Chromium without sandbox, GPU, network side traffic or shared-memory limits. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Launches headless Debian Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) with playwright-core
 * from the tools folder. `env` keeps Chromium's profile and caches inside a sandbox.
 */
export async function launchChromium(env) {
  const { chromium } = createRequire(path.join(toolsDir, 'package.json'))('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    env,
    args: chromiumArgs,
  });
}
