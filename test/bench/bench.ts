/**
 * `npm run bench`: Dossier's speed and size figures, printed as a table and written to
 * bench-results/bench.json. Benchmarks report; they do not fail on a slow machine. Heavy parts run in
 * child processes so each memory figure is its own.
 *
 *   node out/test/bench/bench.js            everything (1,000 and 10,000 articles)
 *   node out/test/bench/bench.js --quick    1,000 articles only
 *   node out/test/bench/bench.js --cold     bundle sizes and cold starts only
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../src/core/analyze';
import { dateHover, entityHover, quoteHover } from '../../src/core/index/hoverContent';
import { LargeArticle } from '../../src/core/index/largeArticle';
import { WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import { generateCorpus } from './corpus';

export interface Figure {
  figure: string;
  value: string;
  target?: string;
}

const root = join(__dirname, '..', '..', '..');
const samplesDir = join(root, 'samples');

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function sampleTexts(): string[] {
  return readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
}

/** Engine throughput on real article text, and per-article latency on ~5 KB articles. */
function engineFigures(): Figure[] {
  const samples = sampleTexts();
  const generated = generateCorpus(1000, 7).map((a) => a.text);
  for (const text of samples.concat(generated.slice(0, 50))) analyzeArticle(text); // warm the JIT
  let corpus: string[] = [];
  while (corpus.reduce((n, t) => n + t.length, 0) < 5_000_000) corpus = corpus.concat(samples);
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let started = performance.now();
  for (const text of corpus) analyzeArticle(text);
  const samplesSeconds = (performance.now() - started) / 1000;

  const perArticle: number[] = [];
  for (const text of generated) {
    started = performance.now();
    analyzeArticle(text);
    perArticle.push(performance.now() - started);
  }
  const generatedBytes = generated.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const generatedSeconds = perArticle.reduce((a, b) => a + b, 0) / 1000;
  return [
    { figure: 'engine throughput, samples (one core)', value: `${(bytes / 1e6 / samplesSeconds).toFixed(1)} MB/s`, target: '≥ 2 MB/s' },
    { figure: 'engine throughput, generated articles', value: `${(generatedBytes / 1e6 / generatedSeconds).toFixed(1)} MB/s`, target: '≥ 2 MB/s' },
    { figure: 'per article (≈4.5 KB) p50 / p95', value: `${ms(percentile(perArticle, 50))} / ${ms(percentile(perArticle, 95))}`, target: '≤ 3 ms median' },
  ];
}

/** People/places/organisations with compromise on the same text, for the ratio the issue asks for. */
function compromiseFigures(): Figure[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] } };
  const texts = generateCorpus(200, 11).map((a) => a.text).concat(sampleTexts());
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const text of texts.slice(0, 5)) nlp(text).people();
  let started = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const compromiseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  for (const text of texts) analyzeArticle(text);
  const dossierSeconds = (performance.now() - started) / 1000;
  return [
    { figure: 'compromise 14 (people/places/orgs), same text', value: `${(bytes / 1e6 / compromiseSeconds).toFixed(2)} MB/s` },
    { figure: 'Dossier engine (everything) ÷ compromise speed', value: `${(compromiseSeconds / dossierSeconds).toFixed(0)}×` },
  ];
}

function kilobytes(path: string): string {
  try {
    return `${(statSync(path).size / 1024).toFixed(0)} KB`;
  } catch {
    return 'not built';
  }
}

const engineBundle = join(root, 'bench-results', 'engine.min.js');
const workspaceBundle = join(root, 'bench-results', 'workspace.min.js');

/** Minified bundle sizes (the bench builds with --production first); also writes the bundles the cold starts load. */
function bundleFigures(): Figure[] {
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const bundle = (entry: string, outfile: string) => execFileSync(process.execPath, ['-e', `
    require('esbuild').buildSync({ entryPoints: [${JSON.stringify(entry)}], outfile: ${JSON.stringify(outfile)}, bundle: true, minify: true, charset: 'utf8', format: 'cjs', platform: 'neutral', target: 'es2022' });
  `], { cwd: root });
  bundle('src/core/analyze.ts', engineBundle);
  bundle('src/core/report.ts', workspaceBundle);
  return [
    { figure: 'analysis engine bundle (src/core/analyze.ts, minified)', value: kilobytes(engineBundle), target: '≤ 300 KB' },
    { figure: 'workspace engine bundle (+ linking, events, index)', value: kilobytes(workspaceBundle) },
    { figure: 'extension bundle (Node)', value: kilobytes(join(root, 'dist/extension.js')), target: '≤ 500 KB' },
    { figure: 'extension bundle (web worker)', value: kilobytes(join(root, 'dist/web/extension.js')), target: '≤ 500 KB' },
    { figure: 'panel script', value: kilobytes(join(root, 'media/panel.js')) },
    { figure: 'CLI bundle', value: kilobytes(join(root, 'dist/cli.js')) },
  ];
}

/** One fresh process's cold start, in ms: wall clock and CPU time of loading the bundle, of the first call, and both. */
interface ColdRun {
  load: number;
  first: number;
  total: number;
  loadCpu: number;
  firstCpu: number;
  totalCpu: number;
}

/**
 * Loading a minified bundle and making a first call in fresh processes (median of `runs`). CPU time
 * is reported beside wall-clock time because a shared machine inflates the latter.
 */
function coldStart(bundlePath: string, call: string, runs = 9): ColdRun {
  const sample = join(samplesDir, readdirSync(samplesDir).sort()[0]);
  const all = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['-e', `
    const { performance } = require('node:perf_hooks');
    const text = require('node:fs').readFileSync(${JSON.stringify(sample)}, 'utf8');
    const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
    const started = performance.now(), startedCpu = cpu();
    const engine = require(${JSON.stringify(bundlePath)});
    const loaded = performance.now(), loadedCpu = cpu();
    ${call};
    const done = performance.now(), doneCpu = cpu();
    process.stdout.write(JSON.stringify({ load: loaded - started, first: done - loaded, total: done - started, loadCpu: loadedCpu - startedCpu, firstCpu: doneCpu - loadedCpu, totalCpu: doneCpu - startedCpu }));
  `], { encoding: 'utf8' })) as ColdRun);
  const median = (key: keyof ColdRun) => percentile(all.map((run) => run[key]), 50);
  return { load: median('load'), first: median('first'), total: median('total'), loadCpu: median('loadCpu'), firstCpu: median('firstCpu'), totalCpu: median('totalCpu') };
}

const coldRow = (run: ColdRun) => `${ms(run.total)} (load ${ms(run.load)} + first ${ms(run.first)}; CPU ${ms(run.totalCpu)} = ${ms(run.loadCpu)} + ${ms(run.firstCpu)})`;

function coldStartFigures(): Figure[] {
  return [
    { figure: 'cold start: load analysis engine + analyse first article', value: coldRow(coldStart(engineBundle, 'engine.analyzeArticle(text)')), target: '≤ 30 ms' },
    { figure: 'cold start: workspace engine + first article indexed (events included)', value: coldRow(coldStart(workspaceBundle, "engine.analyzeWorkspace([{ file: 'a.txt', text }])")) },
  ];
}

/** One fresh process's activation (see activationChild.ts), in ms of wall clock and CPU time. */
interface ActivationRun {
  cached: boolean;
  load: number;
  activate: number;
  loadCpu: number;
  activateCpu: number;
}

/**
 * The shipped extension loaded and activated in fresh processes, median of 7 each: on a first start
 * (empty global storage, so no code cache yet) and on a later one (the code cache the first start
 * wrote a few seconds after activating).
 */
function activationFigures(): Figure[] {
  const storage = mkdtempSync(join(tmpdir(), 'dossier-bench-storage-'));
  const child = (folder: string, ...flags: string[]) =>
    JSON.parse(execFileSync(process.execPath, [join(__dirname, 'activationChild.js'), folder, ...flags], { encoding: 'utf8' })) as ActivationRun;
  try {
    const first = Array.from({ length: 7 }, () => child(join(storage, 'empty')));
    child(join(storage, 'cached'), '--wait');
    const later = Array.from({ length: 7 }, () => child(join(storage, 'cached')));
    if (first.some((run) => run.cached) || later.some((run) => !run.cached)) throw new Error('the code cache was not where the runs expected it');
    const median = (runs: ActivationRun[], of: (run: ActivationRun) => number) => ms(percentile(runs.map(of), 50));
    const row = (runs: ActivationRun[]) => `${median(runs, (r) => r.load + r.activate)} (load ${median(runs, (r) => r.load)} + activate ${median(runs, (r) => r.activate)}; CPU ${median(runs, (r) => r.loadCpu + r.activateCpu)})`;
    return [
      { figure: 'extension activation, first start: load + activate() (stand-in VS Code API, no code cache yet)', value: row(first), target: '≤ 100 ms' },
      { figure: 'extension activation, later start: load + activate() (with the code cache)', value: row(later), target: '≤ 100 ms' },
    ];
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

/** What the editor asks on the samples: every entity, date and quote hovered, every entity's references. */
function sampleEditorFigures(): Figure[] {
  const index = new WorkspaceIndex();
  sampleTexts().forEach((text, i) => index.update(`sample${i}`, text));
  const options = { displayName: (key: string) => key, link: () => '#' };
  const timed = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const hovers: number[] = [];
  const references: number[] = [];
  for (const key of index.keys()) {
    const { analysis } = index.get(key)!;
    for (const mention of analysis.entities) {
      hovers.push(timed(() => {
        const found = index.entityAt(key, mention.start);
        if (found) entityHover(index, found.entity.id, options);
      }));
      references.push(timed(() => {
        const found = index.entityAt(key, mention.start);
        if (found) index.mentionsOf(found.entity.id);
      }));
    }
    for (const date of analysis.dates) hovers.push(timed(() => dateHover(date)));
    for (const quote of analysis.quotes) hovers.push(timed(() => quoteHover(index, key, quote, options)));
  }
  const row = (times: number[]) => `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(Math.max(...times))}`;
  return [
    { figure: `hover (${hovers.length} names, dates, quotes) p50 / p95 / max`, value: row(hovers), target: '≤ 50 ms' },
    { figure: `references (${references.length} names) p50 / p95 / max`, value: row(references), target: '≤ 50 ms' },
  ];
}

/**
 * A 5 MB article as the editor handles it (the samples' bodies over and over behind one head): the
 * visible part first, then the rest a chunk at a time, then one step into the index.
 */
function largeArticleFigures(): Figure[] {
  const samples = sampleTexts();
  const bodies = samples.map((text) => analyzeArticle(text).parsed.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n'));
  const parts = [samples[0].slice(0, analyzeArticle(samples[0]).parsed.paragraphs[0].start)];
  for (let length = 0, i = 0; length < 5_000_000; i++) length += parts[parts.push(bodies[i % bodies.length]) - 1].length + 1;
  const text = parts.join('\n');
  const timed = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const article = new LargeArticle(text);
  const middle = Math.floor(text.length / 2);
  const visible = timed(() => article.analysis(middle, middle + 5000));
  const steps: number[] = [];
  for (let more = true; more;) steps.push(timed(() => { more = article.step(); }));
  let analysis = article.analysis();
  const merge = timed(() => { analysis = article.analysis(); });
  const index = new WorkspaceIndex();
  samples.forEach((sample, i) => index.update(`sample${i}`, sample));
  const indexing = timed(() => index.updateAnalysed('large', analysis, article.head()));
  const edited = `${text.slice(0, middle)} Talks resumed on Monday.${text.slice(middle)}`;
  const again = new LargeArticle(edited, article);
  const reread = again.progress.total - again.progress.analysed;
  const reanalysed = timed(() => { while (again.step()); });
  return [
    { figure: `visible range of a 5 MB article (head + 1 of ${article.chunks.length} chunks)`, value: ms(visible), target: '≤ 300 ms' },
    { figure: 'then each step (one chunk) p50 / max', value: `${ms(percentile(steps, 50))} / ${ms(Math.max(...steps))}` },
    { figure: 'whole article analysed, in steps', value: ms(steps.reduce((a, b) => a + b, 0)) },
    { figure: 'merged, then indexed in one step', value: `${ms(merge)} + ${ms(indexing)} (${analysis.entities.length} names)` },
    { figure: 'after an edit in the middle: analysed again', value: `${ms(reanalysed)} (${reread} of ${again.progress.total} chunks read again)` },
  ];
}

/** Index figures for a corpus size, measured in a child process so peak memory is its own. */
function indexFigures(size: number): Figure[] {
  const output = execFileSync(process.execPath, ['--expose-gc', join(__dirname, 'indexBench.js'), String(size)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as Figure[];
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const cold = process.argv.includes('--cold');
  const sections: Array<[string, () => Figure[]]> = [
    ['engine', engineFigures],
    ['compromise', compromiseFigures],
    ['bundles', bundleFigures],
    ['cold start', coldStartFigures],
    ['extension', activationFigures],
    ['editor on the samples', sampleEditorFigures],
    ['a 5 MB article', largeArticleFigures],
    ['index of 1,000 articles', () => indexFigures(1000)],
    ...(quick ? [] : [['index of 10,000 articles', () => indexFigures(10_000)] as [string, () => Figure[]]]),
  ];
  const results: Record<string, Figure[]> = {};
  for (const [name, run] of sections) {
    if (cold && name !== 'bundles' && name !== 'cold start') continue;
    process.stderr.write(`bench: ${name}…\n`);
    results[name] = run();
    console.log(`\n${name}`);
    console.table(results[name].map((f) => ({ figure: f.figure, value: f.value, target: f.target ?? '' })));
  }
  if (cold) return; // a partial run keeps the last full bench.json
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  console.log('\nwritten to bench-results/bench.json');
}

if (require.main === module) main();
