/**
 * Child process of `npm run bench`: loads the shipped Node entry (dist/desktop.js, built with
 * --production) in a fresh Node process and calls its `activate`, with a stand-in for the `vscode`
 * module, and prints the two times (wall clock and CPU) as JSON. The entry loads the extension bundle
 * (dist/extension.js) through the V8 code cache kept in the global storage folder given as the first
 * argument: an empty folder measures a first start, a folder holding the cache a later one. What this
 * measures is Dossier's own share of activation (evaluating the bundles, building its services,
 * registering its features); VS Code's share (reading the manifest, the extension host's
 * bookkeeping) is not in it.
 *
 *   node activationChild.js STORAGE [--wait] [--dist=DIR]
 * --wait keeps the process until the entry has written the cache (a few seconds after activation);
 * --dist loads the bundles from another build than the repository's dist/.
 */
import Module = require('node:module');
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Any property, call or `new` gives the stand-in back, so every registration succeeds and returns
 * something disposable. It converts to an empty string or zero and is not a promise, so code that
 * awaits or prints what the API returned carries on, and nothing is an instance of its classes.
 */
function standIn(): unknown {
  const target = function () {} as unknown as Record<PropertyKey, unknown>;
  const proxy: unknown = new Proxy(target, {
    get: (_target, property) => {
      if (property === 'then') return undefined;
      if (property === Symbol.toPrimitive) return () => '';
      if (property === Symbol.iterator) return function* () {};
      if (property === Symbol.hasInstance) return () => false;
      if (property === 'length') return 0;
      return proxy;
    },
    set: () => true,
    apply: () => proxy,
    construct: () => proxy as object,
    // The bundler reads `import * as vscode` through an object whose prototype is the module.
    getPrototypeOf: () => proxy as object,
  });
  return proxy;
}

/**
 * The `vscode` module: every name the real one exports at run time (namespaces, classes, enums,
 * constants, as @types/vscode declares them), each the stand-in. Like VS Code's own API object it
 * has a few hundred properties, which is what the bundle's module interop copies at load.
 */
const proxy = standIn();
const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const vscode = Object.fromEntries([...declarations.matchAll(/^\texport (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((m) => [m[1], proxy]));
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));

const storage = resolve(process.argv[2]);
const flags = process.argv.slice(3);
const dist = resolve(flags.find((flag) => flag.startsWith('--dist='))?.slice('--dist='.length) ?? join(__dirname, '..', '..', '..', 'dist'));
const cacheFile = join(storage, 'extension.codecache');
const cached = existsSync(cacheFile);
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const [started, startedCpu] = [performance.now(), cpu()];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the bundle is what is measured
const extension = require(join(dist, 'desktop.js')) as { activate: (context: unknown) => unknown };
const [loaded, loadedCpu] = [performance.now(), cpu()];
extension.activate({
  subscriptions: [], extensionUri: proxy, storageUri: undefined, globalStorageUri: { scheme: 'file', fsPath: storage },
  globalState: proxy, workspaceState: proxy,
});
const [activated, activatedCpu] = [performance.now(), cpu()];
process.stdout.write(JSON.stringify({
  cached, load: loaded - started, activate: activated - loaded, loadCpu: loadedCpu - startedCpu, activateCpu: activatedCpu - loadedCpu,
}));
// Without --wait the process ends before the entry writes a cache; with it, once the cache is there.
if (!flags.includes('--wait')) process.exit(0);
const waitForCache = setInterval(() => { if (existsSync(cacheFile)) { clearInterval(waitForCache); process.exit(0); } }, 100);
setTimeout(() => process.exit(1), 20_000).unref();
