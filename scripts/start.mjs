// `npm start` (after the build): opens the sample articles in a real VS Code with Dossier loaded
// from this repository as an extension under development.
//
// - With a desktop `code` on PATH, that VS Code opens the folder (--extensionDevelopmentPath).
// - Otherwise the VS Code server from scripts/installTestVscode.sh (installed on first use) serves
//   the workbench and this script prints the URL to open in a browser. Ctrl-C stops the server
//   and removes its temporary profile (settings changed in that browser window are not kept).
//
// Environment:
//   DOSSIER_FOLDER        folder to open (default: samples/ of this repository)
//   DOSSIER_START_MODE    auto (default) | desktop | server
//   DOSSIER_HOST          interface the server listens on (default 127.0.0.1)
//   DOSSIER_PORT          server port (default: a free port)
//   DOSSIER_OPEN_BROWSER  0 = never open a browser; otherwise one opens when there is a display
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isVscodeInstalled, makeSandbox, repoRoot, startVscodeServer, workbenchUrl } from '../test/vscode/vscodeServer.mjs';

const folder = path.resolve(process.env.DOSSIER_FOLDER ?? path.join(repoRoot, 'samples'));
const mode = process.env.DOSSIER_START_MODE ?? 'auto';
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

if (mode === 'desktop' || (mode === 'auto' && onPath('code'))) {
  const code = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 1));
} else {
  await serveWorkbench();
}

async function serveWorkbench() {
  if (!isVscodeInstalled()) {
    console.log('Installing the VS Code server (first run only)...');
    const install = spawnSync('bash', [path.join(repoRoot, 'scripts/installTestVscode.sh')], { stdio: 'inherit' });
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  const sandbox = makeSandbox('dossier-start-');
  let server;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await server?.stop();
    sandbox.remove();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      console.log(`\nStopping VS Code (${signal}).`);
      void stop(0);
    });
  }
  try {
    server = await startVscodeServer({
      sandbox,
      host: process.env.DOSSIER_HOST ?? '127.0.0.1',
      port: Number(process.env.DOSSIER_PORT ?? 0),
      connectionToken: randomBytes(16).toString('hex'),
    });
    server.exited.then((status) => {
      if (stopping) return;
      console.error(`VS Code server stopped unexpectedly (${status}); its log was ${server.logFile}`);
      void stop(1);
    });
    await server.ready;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    await stop(1);
    return;
  }
  const url = workbenchUrl({ ...server, folder, extensionDevelopmentPaths: [repoRoot] });
  console.log(`Dossier is running in VS Code. Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl-C to stop.`);
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (display && process.env.DOSSIER_OPEN_BROWSER !== '0' && onPath('xdg-open')) {
    spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).unref();
  }
}
