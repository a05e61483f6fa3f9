/**
 * Child process of `npm run bench`: loads the shipped extension bundle (dist/extension.js, built with
 * --production) in a fresh Node process and calls its `activate`, with a stand-in for the `vscode`
 * module, and prints the two times as JSON. What this measures is Dossier's own share of activation
 * (evaluating the bundle, building its services, registering its features); VS Code's share (reading
 * the manifest, the extension host's bookkeeping) is not in it.
 */
import Module = require('node:module');
import { join } from 'node:path';
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

const vscode = standIn();
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));

const bundle = join(__dirname, '..', '..', '..', 'dist', 'extension.js');
const started = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the bundle is what is measured
const extension = require(bundle) as { activate: (context: unknown) => unknown };
const loaded = performance.now();
extension.activate({ subscriptions: [], extensionUri: vscode, storageUri: undefined, globalState: vscode, workspaceState: vscode });
const activated = performance.now();
process.stdout.write(JSON.stringify({ load: loaded - started, activate: activated - loaded }));
