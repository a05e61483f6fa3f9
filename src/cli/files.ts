import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, sizeLimitReason } from '../core/text/decode';
import type { WorkspaceFile } from '../core/report';

/** File names the CLI treats as articles when walking a folder. */
const ARTICLE_FILE = /\.(txt|article)$/i;
/** Folders that never hold a researcher's articles. */
const SKIPPED_FOLDER = /^(\.|node_modules$)/;

export interface CollectedFiles {
  files: WorkspaceFile[];
  /** Files that were found but not analysed, with the reason, for the user. */
  declined: Array<{ file: string; reason: string }>;
}

/**
 * Reads the articles named on the command line: files as given, folders recursively (sorted, so
 * output is deterministic). Paths in the result are as the user gave them, joined for folder walks.
 */
export async function collectArticles(paths: readonly string[], maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<CollectedFiles> {
  const result: CollectedFiles = { files: [], declined: [] };
  for (const path of paths) await collect(path, true, maxBytes, result);
  return result;
}

async function collect(path: string, named: boolean, maxBytes: number, result: CollectedFiles): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    result.declined.push({ file: path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error) });
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isDirectory() ? !SKIPPED_FOLDER.test(name) : ARTICLE_FILE.test(name)) await collect(child, false, maxBytes, result);
    }
    return;
  }
  if (!named && !ARTICLE_FILE.test(path)) return;
  // Decline before reading: a huge file must not cost its read time.
  const tooLarge = sizeLimitReason(info.size, maxBytes);
  if (tooLarge) {
    result.declined.push({ file: path, reason: tooLarge });
    return;
  }
  const decoded = decodeArticle(await readFile(path), maxBytes);
  if (decoded.ok) result.files.push({ file: path, text: decoded.text });
  else result.declined.push({ file: path, reason: decoded.reason });
}
