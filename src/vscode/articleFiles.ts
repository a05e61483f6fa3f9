import * as vscode from 'vscode';

/** A file's size in bytes and last modification time in ms since the epoch. */
export interface FileStat {
  size: number;
  mtime: number;
}

/**
 * The extension host's own disk, by path: what only the Node extension host has (src/node/localFiles.ts
 * gives it to `activate`); the web worker has none.
 */
export interface LocalFiles {
  stat(path: string): Promise<FileStat>;
  read(path: string): Promise<Uint8Array>;
}

/**
 * How the index reads article files. VS Code's file system API works in every host, but each call
 * first asks the window to make sure the file system is ready, a round trip that over thousands of
 * files costs more than restoring their articles from the cache. `file:` URIs therefore go to the
 * host's own disk when it has one.
 */
export class ArticleFiles {
  constructor(private readonly local?: LocalFiles) {}

  stat(uri: vscode.Uri): Thenable<FileStat> {
    return this.local && uri.scheme === 'file' ? this.local.stat(uri.fsPath) : vscode.workspace.fs.stat(uri);
  }

  read(uri: vscode.Uri): Thenable<Uint8Array> {
    return this.local && uri.scheme === 'file' ? this.local.read(uri.fsPath) : vscode.workspace.fs.readFile(uri);
  }
}
