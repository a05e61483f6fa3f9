/**
 * Child process of `npm run bench`: builds the workspace index over a generated corpus of the size
 * given as argument and prints its figures as JSON (cold index time, cold clustering of the events,
 * peak memory, one edited article, query latencies, one article added to the clustered workspace,
 * the index cache written, then a warm start from it in wall and CPU time). Run alone so its memory
 * is its own.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { entityHover, quoteHover } from '../../src/core/index/hoverContent';
import { contentHash, fileStamp, indexCacheVersion, indexWithCache, parseIndexCache, serializeIndexCache } from '../../src/core/index/indexCache';
import { WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import { generateCorpus, type GeneratedArticle } from './corpus';
import { ms, percentile, type Figure } from './bench';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function latencies(count: number, run: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    run(i);
    times.push(performance.now() - started);
  }
  return times;
}

const cacheVersion = indexCacheVersion('bench');
/** Generated files are stamped as if last modified a day before the bench reads them. */
const readAt = Date.now();
const stampOf = (text: string) => fileStamp(Buffer.byteLength(text), readAt - 86_400_000, readAt);

/** The index and its figures, and the index persisted as the extension would on closing. */
function coldFigures(corpus: GeneratedArticle[]): { figures: Figure[]; cache: string } {
  const size = corpus.length;
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const index = new WorkspaceIndex();
  let started = performance.now();
  corpus.forEach((article, i) => {
    index.update(article.file, article.text);
    if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const datable = index.undatedArticlesNowDatable();
  const coldSeconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  // Events are clustered when first read: every mention of the workspace placed at once.
  started = performance.now();
  const eventCount = index.events().length;
  const clusterSeconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  (globalThis as { gc?: () => void }).gc?.();
  const retained = process.memoryUsage().heapUsed;

  // What follows an edit in the editor: the article indexed again, then the events and the
  // references of one of its names read again (100 edits, so that p95 is not just the slowest one).
  const edited = corpus[Math.floor(size / 2)];
  const editTimes = latencies(100, (i) => {
    const entry = index.update(edited.file, edited.text.replace('officials said', i % 2 ? 'officials told reporters' : 'officials said'));
    index.events();
    const name = entry.analysis.entities[i % entry.analysis.entities.length]?.name;
    const id = name === undefined ? undefined : index.entityIdFor(edited.file, name);
    if (id) index.mentionsOf(id);
  });

  const entities = index.entities();
  const options = { displayName: (key: string) => key, link: () => '#' };
  const hoverTimes = latencies(200, (i) => entityHover(index, entities[(i * 7919) % entities.length].id, options));
  const referenceTimes = latencies(200, (i) => index.mentionsOf(entities[(i * 7919) % entities.length].id));
  const queries = ['Sergei', 'kiev', 'Gritsenko', 'melnyk', 'Geneva', 'zhukova', 'united'];
  // As the Workspace Symbols provider answers: the matches, each with its first mention.
  const symbolTimes = latencies(200, (i) => index.searchEntities(queries[i % queries.length]).slice(0, 200).map((e) => index.firstMentionOf(e.id)));
  const relatedTimes = latencies(200, (i) => index.relatedArticleCount(corpus[(i * 7919) % size].file));
  const quotes = corpus.flatMap(({ file }) => (index.get(file)?.analysis.quotes ?? []).slice(0, 2).map((quote) => ({ file, quote })));
  const quoteHoverTimes = latencies(200, (i) => {
    const { file, quote } = quotes[(i * 7919) % quotes.length];
    quoteHover(index, file, quote, options);
  });
  const { added, reread } = addedArticleTimes(index);
  const label = size.toLocaleString('en-US');
  started = performance.now();
  const sources = new Map(corpus.map(({ file, text }) => [file, { hash: contentHash(text), stamp: stampOf(text) }]));
  const cache = serializeIndexCache(index, cacheVersion, (key) => sources.get(key));
  const writeSeconds = (performance.now() - started) / 1000;
  const figures: Figure[] = [
    { figure: `cold index of ${label} articles`, value: `${coldSeconds.toFixed(1)} s (${datable.length} undated)`, target: size >= 10_000 ? '≤ 60 s' : undefined },
    { figure: 'cold clustering of all events (first read)', value: `${clusterSeconds.toFixed(2)} s (${eventCount} events)`, target: size >= 10_000 ? '≤ 30 s' : undefined },
    { figure: 'peak memory (RSS) while indexing', value: megabytes(peak), target: size >= 10_000 ? '≤ 1 GB' : undefined },
    { figure: 'heap retained by the index after GC', value: megabytes(retained) },
    { figure: 'entities in the index', value: String(entities.length) },
    { figure: 'one edited article → re-indexed, events and references read again p50 / p95', value: `${ms(percentile(editTimes, 50))} / ${ms(percentile(editTimes, 95))}`, target: '≤ 100 ms' },
    { figure: 'entity hover p50 / p95', value: `${ms(percentile(hoverTimes, 50))} / ${ms(percentile(hoverTimes, 95))}`, target: '≤ 10 ms p95' },
    { figure: 'references p50 / p95', value: `${ms(percentile(referenceTimes, 50))} / ${ms(percentile(referenceTimes, 95))}`, target: '≤ 100 ms p95' },
    { figure: 'workspace symbols p50 / p95', value: `${ms(percentile(symbolTimes, 50))} / ${ms(percentile(symbolTimes, 95))}`, target: '≤ 50 ms p95' },
    { figure: 'quote hover p50 / p95', value: `${ms(percentile(quoteHoverTimes, 50))} / ${ms(percentile(quoteHoverTimes, 95))}` },
    { figure: 'related articles counted (CodeLens) p50 / p95', value: `${ms(percentile(relatedTimes, 50))} / ${ms(percentile(relatedTimes, 95))}` },
    { figure: 'one article added to the clustered workspace: analysed p50 / p95', value: `${ms(percentile(added, 50))} / ${ms(percentile(added, 95))}` },
    { figure: 'then events re-read p50 / p95', value: `${ms(percentile(reread, 50))} / ${ms(percentile(reread, 95))}`, target: '≤ 50 ms' },
    { figure: 'index cache written (hash texts + serialise)', value: `${writeSeconds.toFixed(2)} s, ${(Buffer.byteLength(cache) / 1024 / 1024).toFixed(1)} MB as UTF-8` },
  ];
  return { figures, cache };
}

/**
 * New articles (from another seed, so other wording and events) added one at a time to the
 * clustered index, each followed by reading the events, as the panel does; then removed again.
 */
function addedArticleTimes(index: WorkspaceIndex): { added: number[]; reread: number[] } {
  const added: number[] = [];
  const reread: number[] = [];
  const fresh = generateCorpus(10, 97);
  index.events();
  for (const { file, text } of fresh) {
    let started = performance.now();
    index.update(`added/${file}`, text);
    added.push(performance.now() - started);
    started = performance.now();
    index.events();
    reread.push(performance.now() - started);
  }
  for (const { file } of fresh) index.remove(`added/${file}`);
  return { added, reread };
}

/** Wall and CPU seconds of `run`, for figures taken on a machine other work shares. */
function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpuStart);
  return { result, wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const seconds = ({ wall, cpu }: { wall: number; cpu: number }) => `${wall.toFixed(2)} s (CPU ${cpu.toFixed(2)} s)`;

/**
 * A reopened workspace as the extension handles it: the cache read and checked, each file's stamp
 * compared with the cached one, unmodified articles restored without their text being read or
 * hashed. (The extension host also asks the disk for each file's stamp, which this does not time.)
 */
function warmFigures(corpus: GeneratedArticle[], cache: string): Figure[] {
  const index = new WorkspaceIndex();
  const files = corpus.map(({ file, text }) => ({ key: file, text, stamp: stampOf(text) }));
  const parse = timed(() => parseIndexCache(cache, cacheVersion));
  const load = parse.result;
  if (!load.ok) throw new Error(`index cache rejected: ${load.reason} (${load.detail})`);
  const restore = timed(() => {
    const { restored } = indexWithCache(index, files, load.articles);
    return { restored: restored.length, entities: index.entities().length };
  });
  const warm = { wall: parse.wall + restore.wall, cpu: parse.cpu + restore.cpu };
  // Events are clustered when first read, as after a cold index; the cache keeps mentions, not clusters.
  const events = timed(() => index.events().length);
  const hover = timed(() => {
    const entity = index.entities()[0];
    return entity ? entityHover(index, entity.id, { displayName: (key) => key, link: () => '#' }) : undefined;
  });
  return [
    { figure: `warm start from the cache (${restore.result.restored.toLocaleString('en-US')} restored)`, value: `${seconds(warm)}; parse and check ${seconds(parse)}, stamps compared and articles restored ${seconds(restore)}; ${restore.result.entities} entities`, target: corpus.length >= 10_000 ? '≤ 3 s' : undefined },
    { figure: 'then all events clustered and compared', value: `${seconds(events)} (${events.result} events)` },
    { figure: 'load average (1 min) at the end of the warm start', value: loadavg()[0].toFixed(2) },
    { figure: 'then the first entity hover', value: `${(hover.wall * 1000).toFixed(1)} ms` },
  ];
}

function main(size: number): Figure[] {
  const corpus = generateCorpus(size, 3);
  const { figures, cache } = coldFigures(corpus);
  (globalThis as { gc?: () => void }).gc?.();
  return [...figures, ...warmFigures(corpus, cache)];
}

process.stdout.write(JSON.stringify(main(Number(process.argv[2] ?? 1000))));
