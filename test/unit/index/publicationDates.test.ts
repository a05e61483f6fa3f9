import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkspace } from '../../../src/core/report';

const samples = join(__dirname, '..', '..', '..', '..', 'samples');
const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((file) => ({ file, text: readFileSync(join(samples, file), 'utf8') }));

function publicationDates(order: typeof files): Record<string, string | null> {
  const index = analyzeWorkspace(order);
  return Object.fromEntries(files.map(({ file }) => [file, index.get(file)!.analysis.parsed.publicationDate]));
}

describe('publication dates borrowed from related coverage', () => {
  it('dates undated copies and rewrites from the article they copy', () => {
    const index = analyzeWorkspace(files);
    const rewrite = index.get('001_32d48edc4e0694d6.txt')!;
    assert.equal(rewrite.analysis.parsed.publicationDate, '2025-05-28');
    assert.equal(rewrite.inferredDate?.reason, 'near-duplicate');
  });

  it('does not depend on the order in which articles are indexed', () => {
    const forward = publicationDates(files);
    assert.deepEqual(publicationDates([...files].reverse()), forward);
    assert.deepEqual(publicationDates([files[4], files[2], files[1], files[0], files[3]]), forward);
  });
});
