/**
 * `dossier merge-sidecar BASE OURS THEIRS [PATH]`: a git merge driver for `*.annotations.json`.
 *
 *   .gitattributes:  *.annotations.json merge=dossier-sidecar
 *   git config merge.dossier-sidecar.driver "npx dossier merge-sidecar %O %A %B %P"
 *
 * Git passes the common ancestor (%O), our version (%A, which receives the result), their
 * version (%B) and the path for messages (%P). Exit codes:
 *   0  clean merge, written to OURS;
 *   1  merged with conflicts, written to OURS with both versions of each conflicting annotation
 *      kept and marked, so git reports the file as conflicted until the user has reviewed it;
 *   2  nothing written: wrong arguments, unreadable input, a version that does not parse or
 *      validate, or one written by a newer Dossier (git then falls back to a normal conflict).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { loadSidecar } from '../core/annotations/load';
import { mergeAnnotations } from '../core/annotations/merge';
import type { Annotation } from '../core/annotations/sidecar';
import { serializeSidecar } from '../core/annotations/serialize';
import type { CliIo } from './io';

/** The files the driver reads and writes, injected so that tests run it in memory. */
export interface SidecarFiles {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

/** What the driver needs: files, and the CLI's stderr (`{ ...io, ...nodeSidecarFiles() }`). */
export type MergeSidecarIo = SidecarFiles & Pick<CliIo, 'stderr'>;

export const MERGE_SIDECAR_USAGE = 'usage: dossier merge-sidecar BASE OURS THEIRS [PATH]   (as a git merge driver: %O %A %B %P)';

/** Real files; the result replaces OURS atomically (temporary file, then rename). */
export function nodeSidecarFiles(): SidecarFiles {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: async (path, text) => {
      const temporary = `${path}.dossier-merge-${process.pid}.tmp`;
      try {
        await writeFile(temporary, text, 'utf8');
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** Runs the driver; resolves to the exit code (see the module comment). Never throws. */
export async function runMergeSidecar(args: readonly string[], io: MergeSidecarIo): Promise<number> {
  const say = (line: string): void => io.stderr(`${line}\n`);
  if (args.length < 3 || args.length > 4) {
    say(MERGE_SIDECAR_USAGE);
    return 2;
  }
  const [basePath, oursPath, theirsPath] = args;
  const shown = args[3] ?? oursPath;
  const versions: { role: string; path: string; annotations: Annotation[] | null }[] = [];
  for (const [role, path] of [['base', basePath], ['ours', oursPath], ['theirs', theirsPath]] as const) {
    let text: string;
    try {
      text = await io.readFile(path);
    } catch (error) {
      say(`dossier merge-sidecar: ${shown}: cannot read the ${role} version (${path}): ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    // Git passes an empty file as the base when the sidecar has no common ancestor.
    if (role === 'base' && text.trim() === '') {
      versions.push({ role, path, annotations: null });
      continue;
    }
    const loaded = loadSidecar(text);
    if (loaded.kind !== 'ok') {
      const why = loaded.kind === 'readOnly' ? loaded.message : `it is not a valid sidecar:\n${loaded.message}`;
      say(`dossier merge-sidecar: ${shown}: the ${role} version cannot be merged, nothing was written: ${why}`);
      return 2;
    }
    versions.push({ role, path, annotations: loaded.annotations });
  }
  const [base, ours, theirs] = versions.map((v) => v.annotations);
  const result = mergeAnnotations(base, ours ?? [], theirs ?? []);
  try {
    await io.writeFile(oursPath, serializeSidecar(result.annotations));
  } catch (error) {
    say(`dossier merge-sidecar: ${shown}: cannot write the result: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (result.conflicts.length === 0) return 0;
  say(`dossier merge-sidecar: ${shown}: ${result.conflicts.length} annotation(s) changed on both sides or deleted on one; both versions are kept and marked "conflict":`);
  for (const c of result.conflicts) {
    say(`  ${c.id}: ${c.reason === 'edited-on-both-sides' ? `edited on both sides; their version is ${c.otherVersion}` : 'deleted on one side, edited on the other; the edited version is kept'}`);
  }
  say('Review them in Dossier\'s Annotations view (keep one version of each), then `git add` the file.');
  return 1;
}
