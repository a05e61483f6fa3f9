import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The README is the settings and commands documentation: it must name everything package.json offers.
const root = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    configuration: { properties: Record<string, unknown> };
    commands: Array<{ command: string; title: string }>;
    menus?: { commandPalette?: Array<{ command: string; when?: string }> };
  };
};
const nlsFile = join(root, 'package.nls.json');
const nls = (existsSync(nlsFile) ? JSON.parse(readFileSync(nlsFile, 'utf8')) : {}) as Record<string, string>;
const localised = (text: string) => text.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? text);

describe('README documents what package.json contributes', () => {
  it('names every setting', () => {
    const missing = Object.keys(manifest.contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });

  it('names every command a user can run from the palette', () => {
    const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    const missing = manifest.contributes.commands
      .filter((c) => !hidden.has(c.command))
      .map((c) => localised(c.title).replace(/…$/, ''))
      .filter((title) => !readme.includes(title));
    assert.deepEqual(missing, []);
  });
});
