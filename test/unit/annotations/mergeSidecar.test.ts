import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSidecarFiles, runMergeSidecar, type MergeSidecarIo } from '../../../src/cli/mergeSidecar';
import { loadSidecar } from '../../../src/core/annotations/load';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { updateAnnotation, type Annotation } from '../../../src/core/annotations/sidecar';
import { annotateQuote, sampleArticles } from './annotationFixtures';

/** An in-memory file system and stderr. */
function memoryIo(files: Record<string, string>): MergeSidecarIo & { files: Record<string, string>; errors: string[]; writes: number } {
  const io = {
    files: { ...files },
    errors: [] as string[],
    writes: 0,
    readFile: async (path: string) => {
      if (!(path in io.files)) throw new Error(`ENOENT: ${path}`);
      return io.files[path];
    },
    writeFile: async (path: string, text: string) => {
      io.writes++;
      io.files[path] = text;
    },
    stderr: (text: string) => {
      io.errors.push(text.trimEnd());
    },
  };
  return io;
}

const annotationsIn = (text: string): Annotation[] => {
  const loaded = loadSidecar(text);
  assert.equal(loaded.kind, 'ok');
  return loaded.kind === 'ok' ? loaded.annotations : [];
};

describe('annotations: git merge driver (dossier merge-sidecar)', () => {
  const article = sampleArticles()[4].text;
  const a = annotateQuote(article, article.slice(200, 260), { tags: ['claim'] });
  const b = annotateQuote(article, article.slice(500, 540), { tags: ['opinion'] });
  const base = serializeSidecar([a, b]);
  const args = ['base', 'ours', 'theirs', 'story.txt.annotations.json'];

  it('writes a clean merge to OURS and exits 0', async () => {
    const mine = annotateQuote(article, article.slice(700, 740), { author: 'Ana' });
    const yours = updateAnnotation(b, { status: 'verified' }, new Date('2025-06-03T00:00:00Z'));
    const io = memoryIo({ base, ours: serializeSidecar([a, b, mine]), theirs: serializeSidecar([a, yours]) });
    assert.equal(await runMergeSidecar(args, io), 0);
    const merged = annotationsIn(io.files.ours);
    assert.deepEqual(merged.map((x) => x.id).sort(), [a.id, b.id, mine.id].sort());
    assert.equal(merged.find((x) => x.id === b.id)?.status, 'verified');
    assert.deepEqual(io.errors, []);
  });

  it('keeps both versions on a conflict, writes them, and exits 1', async () => {
    const mine = updateAnnotation(a, { note: 'ours' }, new Date('2025-06-03T00:00:00Z'));
    const yours = updateAnnotation(a, { note: 'theirs' }, new Date('2025-06-03T00:01:00Z'));
    const io = memoryIo({ base, ours: serializeSidecar([mine, b]), theirs: serializeSidecar([yours, b]) });
    assert.equal(await runMergeSidecar(args, io), 1);
    const merged = annotationsIn(io.files.ours);
    assert.deepEqual(merged.filter((x) => x.conflict).map((x) => x.note).sort(), ['ours', 'theirs']);
    assert.equal(merged.length, 3);
    assert.match(io.errors.join('\n'), /story\.txt\.annotations\.json: 1 annotation\(s\) changed on both sides/);
  });

  it('applies deletions made on one side', async () => {
    const io = memoryIo({ base, ours: serializeSidecar([a]), theirs: base });
    assert.equal(await runMergeSidecar(args, io), 0);
    assert.deepEqual(annotationsIn(io.files.ours).map((x) => x.id), [a.id]);
  });

  it('merges a sidecar added on both branches (empty base) as a union', async () => {
    const io = memoryIo({ base: '', ours: serializeSidecar([a]), theirs: serializeSidecar([b]) });
    assert.equal(await runMergeSidecar(args, io), 0);
    assert.equal(annotationsIn(io.files.ours).length, 2);
  });

  it('exits 2 and writes nothing when an input is corrupt, newer or missing', async () => {
    for (const theirs of ['{ "format": "dossier-annotations", "version": 1, "annotations": [', base.replace('"version": 1', '"version": 9'), base.replace('"open"', '"maybe"')]) {
      const ours = serializeSidecar([a]);
      const io = memoryIo({ base, ours, theirs });
      assert.equal(await runMergeSidecar(args, io), 2);
      assert.equal(io.writes, 0);
      assert.equal(io.files.ours, ours);
      assert.match(io.errors.join('\n'), /the theirs version cannot be merged, nothing was written/);
    }
    const missing = memoryIo({ base, ours: base });
    assert.equal(await runMergeSidecar(args, missing), 2);
    assert.equal(missing.writes, 0);
    const usage = memoryIo({});
    assert.equal(await runMergeSidecar(['only-one'], usage), 2);
    assert.match(usage.errors[0], /usage: dossier merge-sidecar BASE OURS THEIRS/);
  });

  it('works on real files as git passes them, leaving no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-merge-'));
    try {
      const mine = annotateQuote(article, article.slice(800, 840));
      writeFileSync(join(dir, 'base'), base);
      writeFileSync(join(dir, 'ours'), serializeSidecar([a, b, mine]));
      writeFileSync(join(dir, 'theirs'), serializeSidecar([b]));
      const io = { ...nodeSidecarFiles(), stderr: () => undefined };
      assert.equal(await runMergeSidecar([join(dir, 'base'), join(dir, 'ours'), join(dir, 'theirs')], io), 0);
      assert.deepEqual(annotationsIn(readFileSync(join(dir, 'ours'), 'utf8')).map((x) => x.id).sort(), [b.id, mine.id].sort());
      assert.deepEqual(readdirSync(dir).sort(), ['base', 'ours', 'theirs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
