import { runAnalyze } from './cli/analyze';
import { runEvents } from './cli/events';
import { processIo, type CliIo } from './cli/io';
import { nodeSidecarFiles, runMergeSidecar } from './cli/mergeSidecar';

const HELP = `Dossier: analyse news articles kept as plain text.

usage:
  dossier analyze [--json] [--max-size MB] [--entities FILE] <file|folder>...
      People, organisations, places, dates and quotes of each article, and the entities
      linked across all of them. --json prints the machine-readable report.
  dossier merge-sidecar BASE OURS THEIRS [PATH]
      Git merge driver for *.annotations.json sidecars: merges annotations by id and keeps
      both versions of an annotation changed on both sides. Git runs it as: %O %A %B %P
  dossier events [--json] <file|folder>...
      The events the articles report, by date: each with its place, its sources (outlet,
      file, snippet) and where the sources disagree (dates, figures, places, quotes).
  dossier --version
`;

/** Set by the build (esbuild.mjs) from package.json. */
declare const DOSSIER_VERSION: string;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  analyze: runAnalyze,
  events: runEvents,
  'merge-sidecar': (args, io) => runMergeSidecar(args, { ...io, ...nodeSidecarFiles() }),
};

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`${DOSSIER_VERSION}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`dossier: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  return command(args, io);
}

/** The `dossier` executable (bin/dossier.js): runs `main` on the process's arguments. */
export function runFromProcess(): void {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`dossier: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
