// `npm run test:integration`: runs the suites of test/integration inside a real VS Code extension
// host. @vscode/test-electron is the API; its "VS Code executable" is our shim, which runs the
// tests in the VS Code server that scripts/installTestVscode.sh installed (desktop VS Code cannot
// be downloaded on our machines). The suites run in a fresh copy of samples/, so tests may write
// into it without touching the repository; the scale suites then run in a second VS Code, in a
// workspace of generated articles.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { generateCorpus } from '../bench/corpus';

const repoRoot = path.resolve(__dirname, '../../..');
/** Articles in the generated workspace of the scale suites; `DOSSIER_SCALE_ARTICLES=10000` measures a larger one. */
const SCALE_ARTICLES = Number(process.env.DOSSIER_SCALE_ARTICLES ?? 2000);

async function runIn(workspace: string, suite: string): Promise<void> {
  try {
    await runTests({
      vscodeExecutablePath: path.join(repoRoot, 'test/vscode/codeShim.sh'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, suite),
      launchArgs: [workspace],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

function workspaceOf(files: Iterable<{ file: string; text: string }>): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-'));
  for (const { file, text } of files) fs.writeFileSync(path.join(workspace, file), text);
  return workspace;
}

async function main(): Promise<void> {
  const samples = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-'));
  fs.cpSync(path.join(repoRoot, 'samples'), samples, { recursive: true });
  await runIn(samples, 'index');
  const started = Date.now();
  await runIn(workspaceOf(generateCorpus(SCALE_ARTICLES)), 'scale/index');
  console.log(`Scale suites (${SCALE_ARTICLES} generated articles): ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`Integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
