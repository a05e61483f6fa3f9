// The test entry VS Code loads in the extension host (extensionTestsPath): runs every
// out/test/integration/**/*.test.js with mocha and rejects when any test fails. The suites under
// scale/ need their own generated workspace: runTest.ts runs them with scale/index.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function testFilesUnder(dir: string, skip: readonly string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : testFilesUnder(file, skip);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

/** Runs `files` with mocha; rejects when any test fails. */
export function runMocha(files: readonly string[], timeout = 30_000): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout,
    reporter: path.resolve(__dirname, '../../../test/support/summaryReporter.cjs'),
  });
  for (const file of [...files].sort()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // The reporter prints the closing `N passed, N failed` line on the next turn; resolving only
      // afterwards keeps the workbench from ending the run before that line is out.
      setImmediate(() => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    });
  });
}

export function run(): Promise<void> {
  return runMocha(testFilesUnder(__dirname, ['scale']));
}
