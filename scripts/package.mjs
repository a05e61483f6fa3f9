// `npm run package`: writes dossier-<version>.vsix in the repository with @vscode/vsce.
// The package is staged in a temporary folder: a production build of what ships (minified, no
// source maps) next to copies of the manifest, documents, icon, media, grammar and schemas. The
// working tree's development build (dist/, media/panel.js) is left alone, and a build started
// meanwhile cannot slip into the package. .vscodeignore then picks the files vsce packs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
const copied = ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images', 'media', 'syntaxes', 'schemas', 'l10n',
  ...fs.readdirSync(repoRoot).filter((file) => /^package\.nls(\.[\w-]+)?\.json$/.test(file))];

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-package-'));
try {
  for (const file of copied) {
    if (fs.existsSync(path.join(repoRoot, file))) fs.cpSync(path.join(repoRoot, file), path.join(stage, file), { recursive: true });
  }
  execFileSync(process.execPath, ['esbuild.mjs', '--production', `--ship=${stage}`], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix],
    { cwd: stage, stdio: 'inherit' });
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
