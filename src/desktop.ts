// Entry point of the desktop and remote (Node) extension host, package.json `main`. It loads the
// extension itself (dist/extension.js, the same bundle as the web worker's) through V8's code cache
// kept in the extension's global storage, so that later starts skip most of the compilation. The web
// worker has no code cache to offer and loads its bundle directly (package.json `browser`).
import type * as vscode from 'vscode';
import { join } from 'node:path';
import { codeCacheFile, loadWithCodeCache } from './node/codeCache';
import { localFiles } from './node/localFiles';

declare const DOSSIER_VERSION: string;

/** What dist/extension.js exports (src/extension.ts), kept apart so this entry does not bundle it. */
interface Extension {
  activate(context: vscode.ExtensionContext, files: typeof localFiles): unknown;
  deactivate(): Promise<void> | undefined;
}

/**
 * The cache is written this long after activation, off the critical path and late enough that the
 * functions compiled for the first article's analysis are in it.
 */
const CACHE_DELAY_MS = 5000;

let extension: Extension | undefined;

export function activate(context: vscode.ExtensionContext): unknown {
  const storage = context.globalStorageUri?.scheme === 'file' ? context.globalStorageUri.fsPath : undefined;
  const loaded = loadWithCodeCache<Extension>(join(__dirname, 'extension.js'), { cacheFile: codeCacheFile(storage), version: DOSSIER_VERSION });
  extension = loaded.exports;
  const api = extension.activate(context, localFiles);
  if (loaded.shouldSave) {
    const timer = setTimeout(() => void loaded.save(), CACHE_DELAY_MS);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  return api;
}

export function deactivate(): Promise<void> | undefined {
  return extension?.deactivate();
}
