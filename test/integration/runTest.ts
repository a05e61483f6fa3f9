// `npm run test:integration`: runs the suites of test/integration inside a real VS Code extension
// host. @vscode/test-electron is the API; its "VS Code executable" is our shim, which runs the
// tests in the VS Code server that scripts/installTestVscode.sh installed (desktop VS Code cannot
// be downloaded on our machines). The workspace is a fresh copy of samples/, so tests may write
// into it without touching the repository.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-'));
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: path.join(repoRoot, 'test/vscode/codeShim.sh'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index'),
      launchArgs: [workspace],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`Integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
