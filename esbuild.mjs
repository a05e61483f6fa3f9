// Builds every entry Dossier ships, plus the test tree.
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified, no sourcemaps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --production --ship=DIR
//                                  only what the .vsix ships (extension bundles, panel script),
//                                  written below DIR (scripts/package.mjs stages the package there)
// Type checking is a separate step (`npm run typecheck`): esbuild only strips types.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const shipDir = process.argv.find((arg) => arg.startsWith('--ship='))?.slice('--ship='.length);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const define = { DOSSIER_VERSION: JSON.stringify(version) };

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Keep accented and Cyrillic lexicon entries as UTF-8 rather than \u escapes: a third smaller.
  charset: 'utf8',
  define,
};

/** Every .ts file below `dir`, for the unbundled test tree. */
function tsFilesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : tsFilesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * `import * as vscode from 'vscode'` in a CommonJS bundle copies every property of the API object
 * (hundreds: namespaces, classes, enums) into a namespace object of the importing file's own, once
 * per file at load, about thirty times over. Routing the imports through one shared module that
 * re-exports `vscode` copies them once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const builds = [
  // Desktop and remote extension host (Node): a small entry that loads the extension bundle through
  // V8's code cache (package.json `main`), and the extension bundle itself.
  { ...common, entryPoints: ['src/desktop.ts'], outfile: 'dist/desktop.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', plugins: [vscodeOnce] },
  // VS Code for the Web: the same extension in a web-worker extension host.
  {
    ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs',
    plugins: [vscodeOnce], mainFields: ['browser', 'module', 'main'], define: { ...define, 'process.env.DOSSIER_WEB': '"1"' },
  },
  // The side panel's browser script.
  { ...common, entryPoints: ['src/webview/panel.ts'], outfile: 'media/panel.js', platform: 'browser', format: 'iife' },
  // The web extension tests: mocha, the web suite and the host-independent integration suites, for
  // the web-worker extension host (npm run test:web). Node's assert becomes a browser stand-in.
  {
    ...common, entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/suite.js', platform: 'browser', format: 'cjs',
    external: ['vscode'], plugins: [{
      name: 'browser-assert',
      setup: (build) => build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: join(process.cwd(), 'test/web/assertStrict.ts') })),
    }],
  },
  // The command-line tool.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  // Tests, evaluation and benchmarks run unbundled from out/, mirroring src/ and test/, so that
  // mocha reports real file names and each test imports exactly the modules it exercises.
  {
    entryPoints: [...tsFilesUnder('src'), ...tsFilesUnder('test')],
    outdir: 'out', outbase: '.', bundle: false, platform: 'node', format: 'cjs', target: 'es2022',
    sourcemap: true, logLevel: 'warning', define,
  },
];

const shipped = (b) => ['dist/desktop.js', 'dist/extension.js', 'dist/web/extension.js', 'media/panel.js'].includes(b.outfile);
const selected = shipDir ? builds.filter(shipped).map((b) => ({ ...b, outfile: join(shipDir, b.outfile) })) : builds;
const existing = selected.filter((b) => b.entryPoints.every((e) => { try { return statSync(e).isFile(); } catch { return false; } }));
if (watch) {
  for (const options of existing) await (await esbuild.context(options)).watch();
  console.log('[esbuild] watching for changes');
} else {
  const started = Date.now();
  await Promise.all(existing.map((options) => esbuild.build(options)));
  console.log(`[esbuild] built ${existing.length} entries in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
