import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../../src/cli';
import type { AnalyzeReport } from '../../src/core/report';

const samples = join(__dirname, '..', '..', '..', 'samples');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

describe('dossier CLI', () => {
  let report: AnalyzeReport;

  before(async () => {
    const { code, stdout } = await run('analyze', '--json', samples);
    assert.equal(code, 0);
    report = JSON.parse(stdout) as AnalyzeReport;
  });

  it('analyze --json prints the documented shape for every sample', () => {
    assert.equal(report.articles.length, 5);
    for (const article of report.articles) {
      assert.ok(article.file.startsWith(samples), article.file);
      for (const key of ['title', 'source', 'publicationDate', 'language', 'boilerplate', 'entities', 'dates', 'quotes', 'events']) assert.ok(key in article, key);
      for (const entity of article.entities) assert.deepEqual(Object.keys(entity).slice(0, 5), ['start', 'end', 'text', 'type', 'id']);
    }
    for (const entity of report.entities) for (const key of ['id', 'name', 'type', 'aliases', 'roles', 'articles', 'mentions']) assert.ok(key in entity, key);
  });

  it('offsets in the report point at the text they name (UTF-16, as VS Code shows it)', () => {
    for (const article of report.articles) {
      const text = readFileSync(article.file, 'utf8').replace(/^\uFEFF/, '');
      for (const item of [...article.entities, ...article.dates, ...article.quotes]) assert.equal(text.slice(item.start, item.end), item.text);
    }
  });

  it('links a bare surname and other spellings to one entity across articles', () => {
    const lavrov = report.entities.find((e) => e.aliases.includes('Lavrov'));
    assert.ok(lavrov, 'an entity with the alias Lavrov');
    assert.ok(lavrov.aliases.includes('Sergei Lavrov') && lavrov.aliases.includes('Sergey Lavrov'), lavrov.aliases.join(', '));
    assert.ok(lavrov.articles >= 4);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run('analyze', join(samples, '000_43074298e8b51e4a.txt'));
    assert.equal(code, 0);
    assert.match(stdout, /Al Jazeera · 2025-05-28/);
    assert.match(stdout, /Sergey Lavrov: “We hope/);
  });

  it('skips binary and oversized files with a reason and analyses the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(join(folder, 'huge.txt'), 'word '.repeat(4 * 1024 * 1024));
    writeFileSync(join(folder, 'story.txt'), readFileSync(join(samples, '003_661dcf13a93670cd.txt')));
    const started = performance.now();
    const { code, stdout, stderr } = await run('analyze', '--json', folder);
    assert.ok(performance.now() - started < 10_000);
    assert.equal(code, 0);
    assert.match(stderr, /binary\.txt: file contains NUL bytes/);
    assert.match(stderr, /huge\.txt: file is 20\.0 MB, over the 10\.0 MB limit/);
    assert.equal((JSON.parse(stdout) as AnalyzeReport).articles.length, 1);
  });

  it('rejects unknown commands and options with usage and exit code 2', async () => {
    assert.equal((await run('frobnicate')).code, 2);
    const bad = await run('analyze', '--colour', samples);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown option --colour/);
    assert.equal((await run('analyze')).code, 2);
  });

  it('reports a missing path instead of crashing', async () => {
    const { code, stderr } = await run('analyze', join(samples, 'no-such-file.txt'));
    assert.equal(code, 1);
    assert.match(stderr, /no such file or folder/);
  });

  it('prints its version', async () => {
    const { stdout } = await run('--version');
    assert.match(stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('dispatches merge-sidecar and refuses bad arguments without writing', async () => {
    const { code } = await run('merge-sidecar', 'only-one-argument');
    assert.equal(code, 2);
  });
});
