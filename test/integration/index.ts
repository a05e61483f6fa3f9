// The test entry VS Code loads in the extension host (extensionTestsPath): runs every
// out/test/integration/**/*.test.js with mocha and rejects when any test fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

function testFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFilesUnder(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 30_000,
    reporter: path.resolve(__dirname, '../../../test/support/summaryReporter.cjs'),
  });
  for (const file of testFilesUnder(__dirname).sort()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // The reporter prints the closing `N passed, N failed` line on the next turn; resolving only
      // afterwards keeps the workbench from ending the run before that line is out.
      setImmediate(() => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    });
  });
}
