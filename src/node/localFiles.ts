// The Node extension host's own disk, read with Node's file system: the `LocalFiles` that
// src/vscode/articleFiles.ts prefers to VS Code's file system API for `file:` URIs.
import { readFile, stat } from 'node:fs/promises';

export const localFiles = {
  stat: async (path: string): Promise<{ size: number; mtime: number }> => {
    const { size, mtimeMs } = await stat(path);
    return { size, mtime: mtimeMs };
  },
  read: (path: string): Promise<Uint8Array> => readFile(path),
};
