import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

describe('layering', () => {
  it('keeps src/core, src/shared and src/webview free of vscode and Node built-ins', () => {
    const output = execFileSync(process.execPath, ['scripts/lintBoundaries.mjs'], { encoding: 'utf8' });
    assert.match(output, /layering rules hold/);
  });
});
