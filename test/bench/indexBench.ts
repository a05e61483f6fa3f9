/**
 * Child process of `npm run bench`: builds the workspace index over a generated corpus of the size
 * given as argument and prints its figures as JSON (cold index time, peak memory, one edited
 * article, query latencies). Run alone so its memory is its own.
 */
import { performance } from 'node:perf_hooks';
import { entityHover, quoteHover } from '../../src/core/index/hoverContent';
import { WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import { generateCorpus } from './corpus';
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

function main(size: number): Figure[] {
  const corpus = generateCorpus(size, 3);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const index = new WorkspaceIndex();
  const started = performance.now();
  corpus.forEach((article, i) => {
    index.update(article.file, article.text);
    if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const datable = index.undatedArticlesNowDatable();
  const coldSeconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  (globalThis as { gc?: () => void }).gc?.();
  const retained = process.memoryUsage().heapUsed;

  const edited = corpus[Math.floor(size / 2)];
  const editTimes = latencies(20, (i) => {
    index.update(edited.file, edited.text.replace('officials said', i % 2 ? 'officials told reporters' : 'officials said'));
  });

  const entities = index.entities();
  const options = { displayName: (key: string) => key, link: () => '#' };
  const hoverTimes = latencies(200, (i) => entityHover(index, entities[(i * 7919) % entities.length].id, options));
  const referenceTimes = latencies(200, (i) => index.mentionsOf(entities[(i * 7919) % entities.length].id));
  const queries = ['Sergei', 'kiev', 'Gritsenko', 'melnyk', 'Geneva', 'zhukova', 'united'];
  // As the Workspace Symbols provider answers: the matches, each with its first mention.
  const symbolTimes = latencies(200, (i) => index.searchEntities(queries[i % queries.length]).slice(0, 200).map((e) => index.firstMentionOf(e.id)));
  const relatedTimes = latencies(200, (i) => index.relatedArticles(corpus[(i * 7919) % size].file));
  const quotes = corpus.flatMap(({ file }) => (index.get(file)?.analysis.quotes ?? []).slice(0, 2).map((quote) => ({ file, quote })));
  const quoteHoverTimes = latencies(200, (i) => {
    const { file, quote } = quotes[(i * 7919) % quotes.length];
    quoteHover(index, file, quote, options);
  });
  const label = size.toLocaleString('en-US');
  return [
    { figure: `cold index of ${label} articles`, value: `${coldSeconds.toFixed(1)} s (${datable.length} undated)`, target: size >= 10_000 ? '≤ 60 s' : undefined },
    { figure: 'peak memory (RSS) while indexing', value: megabytes(peak), target: size >= 10_000 ? '≤ 1 GB' : undefined },
    { figure: 'heap retained by the index after GC', value: megabytes(retained) },
    { figure: 'entities in the index', value: String(entities.length) },
    { figure: 'one edited article re-indexed p50 / p95', value: `${ms(percentile(editTimes, 50))} / ${ms(percentile(editTimes, 95))}`, target: '≤ 100 ms' },
    { figure: 'entity hover p50 / p95', value: `${ms(percentile(hoverTimes, 50))} / ${ms(percentile(hoverTimes, 95))}`, target: '≤ 10 ms p95' },
    { figure: 'references p50 / p95', value: `${ms(percentile(referenceTimes, 50))} / ${ms(percentile(referenceTimes, 95))}`, target: '≤ 100 ms p95' },
    { figure: 'workspace symbols p50 / p95', value: `${ms(percentile(symbolTimes, 50))} / ${ms(percentile(symbolTimes, 95))}`, target: '≤ 50 ms p95' },
    { figure: 'quote hover p50 / p95', value: `${ms(percentile(quoteHoverTimes, 50))} / ${ms(percentile(quoteHoverTimes, 95))}` },
    { figure: 'related articles (CodeLens) p50 / p95', value: `${ms(percentile(relatedTimes, 50))} / ${ms(percentile(relatedTimes, 95))}` },
  ];
}

process.stdout.write(JSON.stringify(main(Number(process.argv[2] ?? 1000))));
