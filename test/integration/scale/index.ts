// The test entry for the scale suites, run by runTest.ts in a workspace of generated articles.
import { runMocha, testFilesUnder } from '../index';

export function run(): Promise<void> {
  return runMocha(testFilesUnder(__dirname), 300_000);
}
