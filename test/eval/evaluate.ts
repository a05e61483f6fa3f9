import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { collectArticles } from '../../src/cli/files';
import { analyzeWorkspace, buildReport } from '../../src/core/report';
import { scoreEvents, type EventsScore } from './eventsScore';
import type { GoldFile } from './gold';
import { type ArticleScore, scoreReport, summarize, sumTallies, type Summary } from './score';

/*
 * `npm run eval`: scores the engine against every gold file under test/fixtures/gold, prints a
 * table per article and per corpus, and writes every figure and mistake to out/eval/results.json.
 * Each corpus (seeds.gold.json; the folder corpus/) is analysed as one workspace, the way
 * `dossier analyze --json <folder>` analyses a researcher's folder, so cross-article linking and
 * date inference take part. It always exits 0: the floors test (test/unit/evalFloors.test.ts) is
 * what fails on a regression.
 */

export interface CorpusResult {
  /** "seeds" for test/fixtures/gold/seeds.gold.json, "corpus" for test/fixtures/gold/corpus/. */
  name: string;
  articles: ArticleScore[];
  summary: Summary;
}

export interface EvaluationResult {
  corpora: CorpusResult[];
  total: Summary;
  /** Event clustering against each gold file of test/fixtures/events. */
  events: EventsScore[];
  /** Gold that does not fit its article, or an article that cannot be read: the figures mean nothing then. */
  problems: string[];
}

const goldRoot = join('test', 'fixtures', 'gold');

/** Runs the whole evaluation from the repository root `root`. */
export async function runEvaluation(root = process.cwd()): Promise<EvaluationResult> {
  const problems: string[] = [];
  const corpora: CorpusResult[] = [];
  for (const [name, goldPaths] of corporaUnder(resolve(root, goldRoot))) {
    const golds = goldPaths.map((path) => ({ path, gold: JSON.parse(readFileSync(path, 'utf8')) as GoldFile }));
    const entries = golds.flatMap(({ path, gold }) => gold.files.map((article) => ({ article, textPath: textPathFor(root, path, article.file, problems) })));
    const { files, declined } = await collectArticles(entries.flatMap((e) => (e.textPath ? [e.textPath] : [])));
    for (const { file, reason } of declined) problems.push(`${relative(root, file)}: ${reason}`);
    const lengthOf = new Map(files.map((f) => [f.file, f.text.length]));
    for (const { article, textPath } of entries) {
      const length = textPath === undefined ? undefined : lengthOf.get(textPath);
      if (length !== undefined && length !== article.length) problems.push(`${article.file}: text has ${length} UTF-16 units, its gold says ${article.length}`);
    }
    const report = buildReport(analyzeWorkspace(files));
    const articles = golds.flatMap(({ gold }) => scoreReport(report, gold).articles);
    corpora.push({ name, articles, summary: summarize(sumTallies(articles.map((a) => a.tally))) });
  }
  const total = summarize(sumTallies(corpora.flatMap((c) => c.articles.map((a) => a.tally))));
  const eventsDir = resolve(root, 'test', 'fixtures', 'events');
  const events = existsSync(eventsDir) ? readdirSync(eventsDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => scoreEvents(join(eventsDir, f))) : [];
  return { corpora, total, events, problems };
}

/** Gold files grouped by corpus: a file directly under the gold folder is its own corpus, a sub-folder is one. */
function corporaUnder(dir: string): Map<string, string[]> {
  const corpora = new Map<string, string[]>();
  const walk = (folder: string, corpus: string | undefined) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, corpus ?? name);
      else if (name.endsWith('.gold.json')) {
        const key = corpus ?? name.slice(0, -'.gold.json'.length);
        corpora.set(key, [...(corpora.get(key) ?? []), path]);
      }
    }
  };
  walk(dir, undefined);
  return corpora;
}

/** An article's text sits next to its gold file, or (the five samples) in the repository's samples/. */
function textPathFor(root: string, goldPath: string, file: string, problems: string[]): string | undefined {
  const found = [join(dirname(goldPath), file), join(root, 'samples', file)].find((p) => existsSync(p));
  if (!found) problems.push(`${file}: no text next to ${relative(root, goldPath)} or in samples/`);
  return found;
}

const percent = (x: number) => x.toFixed(3).replace(/^1\.000$/, '1.00 ').padStart(5);
const ofTotal = (right: number, total: number) => `${right}/${total}`.padStart(7);

const columns = 'article                                  ent P  ent R  ent F1 type  | date F1 day     | quote F1 speaker | pub  lang  title  bp F1';

function row(label: string, s: Summary): string {
  return [
    label.length > 40 ? `${label.slice(0, 39)}…` : label.padEnd(40),
    `${percent(s.entityPrecision)}  ${percent(s.entityRecall)}  ${percent(s.entityF1)}  ${percent(s.entityTypeAccuracy)} |`,
    `${percent(s.dateF1)}  ${ofTotal(s.dayRight, s.dayTotal)} |`,
    `${percent(s.quoteF1)}   ${ofTotal(s.speakerRight, s.speakerTotal)} |`,
    `${ofTotal(s.publicationDateRight, s.publicationDateTotal).trim().padEnd(4)} ${ofTotal(s.languageRight, s.languageTotal).trim().padEnd(5)} ${ofTotal(s.titleRight, s.titleTotal).trim().padEnd(6)} ${percent(s.boilerplateF1)}`,
  ].join(' ');
}

/** The readable table `npm run eval` prints. */
export function formatResult(result: EvaluationResult, verbose: boolean): string {
  const lines = [columns, '-'.repeat(columns.length)];
  for (const corpus of result.corpora) {
    for (const article of corpus.articles) {
      lines.push(row(article.file, article.summary));
      if (verbose) lines.push(...article.mistakes.map((m) => `      ${m}`));
    }
    lines.push(row(`= ${corpus.name} (${corpus.articles.length} articles)`, corpus.summary), '');
  }
  lines.push(row(`= all (${result.total.articles} articles)`, result.total));
  const t = result.total;
  lines.push(
    '',
    `entities: typed F1 ${percent(t.entityTypedF1)}; dates: precision ${percent(t.datePrecision)}, recall ${percent(t.dateRecall)}, values right ${t.dateValueRight}/${t.dateValueTotal} (any grain); quotes: precision ${percent(t.quotePrecision)}, recall ${percent(t.quoteRecall)}; ${t.inBoilerplate} predictions inside boilerplate not scored`,
  );
  lines.push('', 'events                          items  missed | pairwise P   R    F1  | B-cubed P   R    F1  | main event');
  for (const e of result.events) {
    const p = (x: { precision: number; recall: number; f1: number }) => `${percent(x.precision)} ${percent(x.recall)} ${percent(x.f1)}`;
    lines.push(`${`${e.name} (${e.articles} articles, ${e.goldEvents} events)`.padEnd(31)} ${String(e.items).padStart(5)} ${String(e.missed).padStart(6)}  | ${p(e.pairwise)} | ${p(e.bcubed)} | ${e.mainEventRight}/${e.articles}`);
    if (verbose) lines.push(...e.mistakes.map((m) => `      ${m}`));
  }
  for (const problem of result.problems) lines.push(`PROBLEM: ${problem}`);
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  void (async () => {
    const result = await runEvaluation();
    process.stdout.write(formatResult(result, process.argv.includes('--verbose')));
    const out = join('out', 'eval', 'results.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
    console.log(`every mistake per article: ${out}${process.argv.includes('--verbose') ? '' : ' (or run with --verbose)'}`);
  })();
}
