// Enforces the layering rules of docs/house-style: the analysis core and the shared protocol run
// in plain Node, a CLI and a browser worker, so they import neither `vscode` nor Node built-ins;
// the panel script runs in a webview; only src/vscode, src/extension.ts and the integration tests
// may import `vscode`, and they import no Node built-ins (the extension also runs in a web worker).
// The Node extension host's entry (src/desktop.ts) and its helpers (src/node) are the exception: they
// run only in Node. Exits 1 with every offending import listed.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(file) {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...source.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const isNodeBuiltin = (spec) => nodeBuiltins.has(spec) || nodeBuiltins.has(spec.split('/')[0]);
const rules = [
  { under: 'src/core', forbid: (s) => s === 'vscode' || isNodeBuiltin(s), why: 'src/core must stay pure (no vscode, no Node built-ins)' },
  { under: 'src/shared', forbid: (s) => s === 'vscode' || isNodeBuiltin(s), why: 'src/shared must stay pure (no vscode, no Node built-ins)' },
  { under: 'src/webview', forbid: (s) => s === 'vscode' || isNodeBuiltin(s), why: 'the panel runs in a webview (no vscode, no Node built-ins)' },
  { under: 'src/vscode', forbid: isNodeBuiltin, why: 'the extension also runs in the web worker of VS Code for the Web (files through vscode.workspace.fs)' },
  { under: 'src/extension.ts', forbid: isNodeBuiltin, why: 'the extension also runs in the web worker of VS Code for the Web' },
  { under: 'src/node', forbid: (s) => s === 'vscode', why: 'src/node runs in Node only, and is unit-tested there without VS Code' },
  {
    under: 'src/desktop.ts', forbid: (s) => s.startsWith('.') && !s.startsWith('./node/'),
    why: 'the Node entry loads the extension from dist/extension.js through the code cache; bundling the extension into it would defeat that',
  },
  { under: 'src/cli.ts', forbid: (s) => s === 'vscode', why: 'the CLI runs without VS Code' },
  { under: 'test/unit', forbid: (s) => s === 'vscode', why: 'unit tests run in plain Node without VS Code' },
];

const problems = [];
for (const rule of rules) {
  let files;
  try { files = statSync(rule.under).isDirectory() ? filesUnder(rule.under) : [rule.under]; } catch { continue; }
  for (const file of files) {
    for (const spec of importsOf(file)) {
      if (rule.forbid(spec)) problems.push(`${relative('.', file).split(sep).join('/')}: imports '${spec}': ${rule.why}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} boundary violation(s)`);
  process.exit(1);
}
console.log('lint: layering rules hold');
