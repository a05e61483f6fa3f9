import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadSidecar } from '../../../src/core/annotations/load';
import { migrateSidecar, type Migration } from '../../../src/core/annotations/migrate';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import {
  articlePathFor, createAnnotation, derivedAnnotationId, newAnnotationId, removeAnnotation, resolveConflict,
  sidecarPathFor, updateAnnotation, upsertAnnotation, type Annotation,
} from '../../../src/core/annotations/sidecar';
import { annotate, annotateQuote, FIXED_NOW, sampleArticles, seededRandom } from './annotationFixtures';

const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function loadOk(text: string): Annotation[] {
  const loaded = loadSidecar(text);
  assert.equal(loaded.kind, 'ok', loaded.kind === 'invalid' ? loaded.message : loaded.kind);
  return loaded.kind === 'ok' ? loaded.annotations : [];
}

function loadIssues(text: string): string {
  const loaded = loadSidecar(text);
  assert.equal(loaded.kind, 'invalid');
  return loaded.kind === 'invalid' ? loaded.message : '';
}

describe('annotations: sidecar model', () => {
  const article = sampleArticles()[0].text;

  it('names sidecars after their article', () => {
    assert.equal(sidecarPathFor('news/story.txt'), 'news/story.txt.annotations.json');
    assert.equal(articlePathFor('news/story.txt.annotations.json'), 'news/story.txt');
    assert.equal(articlePathFor('news/story.txt'), null);
  });

  it('makes random v4 ids, reproducible with an injected random source', () => {
    const a = newAnnotationId();
    const b = newAnnotationId();
    assert.match(a, UUID);
    assert.equal(UUID.exec(a)?.[1], '4');
    assert.notEqual(a, b);
    assert.equal(newAnnotationId(seededRandom(1)), newAnnotationId(seededRandom(1)));
    assert.notEqual(newAnnotationId(seededRandom(1)), newAnnotationId(seededRandom(2)));
  });

  it('derives deterministic v8 ids from a seed', () => {
    const id = derivedAnnotationId('seed');
    assert.match(id, UUID);
    assert.equal(UUID.exec(id)?.[1], '8');
    assert.equal(derivedAnnotationId('seed'), id);
    assert.notEqual(derivedAnnotationId('seed2'), id);
  });

  it('creates an annotation with a W3C target in code points, context either side', () => {
    const text = 'Intro 😀😀 then the disputed figure of 1,000 prisoners, said the ministry.';
    const start = text.indexOf('the disputed');
    const a = createAnnotation({ text, span: { start, end: start + 'the disputed figure'.length }, tags: [' claim ', 'claim', 'needs-source'], note: '  ', author: 'Ana' }, { now: FIXED_NOW, random: seededRandom(3) });
    assert.ok(a);
    assert.equal(a.target.exact, 'the disputed figure');
    assert.equal(a.target.start, start - 2, 'two emoji are two code points but four UTF-16 units');
    assert.equal(a.target.end - a.target.start, 'the disputed figure'.length);
    assert.equal(a.target.prefix, 'Intro 😀😀 then ');
    assert.equal(a.target.suffix, ' of 1,000 prisoners, said the mi');
    assert.deepEqual(a.tags, ['claim', 'needs-source']);
    assert.equal(a.note, undefined, 'a blank note is no note');
    assert.equal(a.status, 'open');
    assert.equal(a.motivation, 'assessing');
    assert.equal(a.created, '2025-06-01T09:30:00.000Z');
    assert.equal(createAnnotation({ text, span: { start: 3, end: 3 } }, { now: FIXED_NOW }), null);
  });

  it('never cuts an emoji in half in the stored context', () => {
    const text = `${'😀'.repeat(40)}quote${'😀'.repeat(40)}`;
    const start = text.indexOf('quote');
    const a = annotate(text, start, start + 5);
    assert.equal(a.target.prefix, '😀'.repeat(16));
    assert.equal(a.target.suffix, '😀'.repeat(16));
    assert.equal(a.target.start, 40);
  });

  it('updates, upserts, removes and stamps modified', () => {
    const a = annotateQuote(article, 'Russia', { tags: ['claim'], note: 'check', author: 'Ana' });
    const later = new Date('2025-06-02T10:00:00Z');
    const b = updateAnnotation(a, { status: 'disputed', note: '', tags: ['claim', 'opinion'] }, later);
    assert.equal(b.status, 'disputed');
    assert.equal(b.note, undefined);
    assert.equal('note' in b, false);
    assert.equal(b.author, 'Ana');
    assert.deepEqual(b.tags, ['claim', 'opinion']);
    assert.equal(b.modified, later.toISOString());
    assert.equal(b.created, a.created);
    const list = upsertAnnotation([a], b);
    assert.deepEqual(list, [b]);
    assert.equal(upsertAnnotation(list, annotateQuote(article, 'Ukraine')).length, 2);
    assert.deepEqual(removeAnnotation(list, a.id), []);
  });

  it('resolves a conflict by keeping one version', () => {
    const a = { ...annotateQuote(article, 'Russia'), conflict: { reason: 'edited-on-both-sides' as const, otherVersion: 'urn:uuid:00000000-0000-4000-8000-000000000001' } };
    const b = { ...annotateQuote(article, 'Russia', { status: 'false' }), id: 'urn:uuid:00000000-0000-4000-8000-000000000001', conflict: { reason: 'edited-on-both-sides' as const, otherVersion: a.id } };
    const other = annotateQuote(article, 'Ukraine');
    const resolved = resolveConflict([a, b, other], b.id);
    assert.deepEqual(resolved.map((x) => x.id), [b.id, other.id]);
    assert.equal(resolved[0].conflict, undefined);
    assert.equal('conflict' in resolved[0], false);
  });
});

describe('annotations: serialise and load', () => {
  const article = sampleArticles()[1].text;
  const annotations = [
    annotateQuote(article, article.slice(400, 460), { tags: ['claim'], status: 'verified', note: 'Line one\nLine "two" — ✓', author: 'Ana Lima' }),
    annotateQuote(article, article.slice(100, 130), { tags: ['opinion', 'needs-source'], motivation: 'questioning' }),
    { ...annotateQuote(article, article.slice(200, 220)), conflict: { reason: 'edited-and-deleted' as const } },
  ];

  it('round-trips exactly', () => {
    const text = serializeSidecar(annotations);
    const loaded = loadOk(text);
    assert.deepEqual(loaded, [annotations[1], annotations[2], annotations[0]]);
    assert.equal(serializeSidecar(loaded), text);
  });

  it('writes stable key order, sorted annotations, two-space indent and a final newline', () => {
    const text = serializeSidecar(annotations);
    assert.equal(text, serializeSidecar([...annotations].reverse()));
    assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
    assert.ok(text.startsWith('{\n  "format": "dossier-annotations",\n  "version": 1,\n  "annotations": [\n    {\n      "id": "urn:uuid:'));
    const json = JSON.parse(text);
    assert.deepEqual(Object.keys(json.annotations[2]), ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target']);
    assert.deepEqual(json.annotations[2].body.map((b: { purpose: string }) => b.purpose), ['tagging', 'assessing', 'commenting']);
    assert.deepEqual(json.annotations[2].target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    const starts = json.annotations.map((a: { target: { selector: { start?: number }[] } }) => a.target.selector[1].start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  });

  it('reads an empty file, or one with a BOM, and upper-case ids', () => {
    assert.deepEqual(loadOk(''), []);
    assert.deepEqual(loadOk(' \n'), []);
    const text = serializeSidecar(annotations);
    assert.equal(loadOk(`\uFEFF${text}`).length, 3);
    const upper = text.replace(annotations[0].id, annotations[0].id.toUpperCase().replace('URN:UUID:', 'urn:uuid:'));
    assert.ok(loadOk(upper).some((a) => a.id === annotations[0].id));
  });

  it('reports JSON syntax errors with line and column', () => {
    const message = loadIssues('{\n  "format": "dossier-annotations",\n  "version": 1,\n  "annotations": [,]\n}\n');
    assert.match(message, /^line 4, column 19: not valid JSON/);
  });

  it('reports each problem with a JSON Pointer and what was expected', () => {
    const json = JSON.parse(serializeSidecar(annotations));
    json.annotations.push(structuredClone(json.annotations[0]));
    const statusBody = json.annotations[0].body.findIndex((b: { purpose: string }) => b.purpose === 'assessing');
    json.annotations[0].body[statusBody].value = 'done';
    json.annotations[1].id = 'abc';
    json.annotations[2].target.selector[1].start = -1;
    json.annotations[2].colour = 'red';
    const message = loadIssues(JSON.stringify(json));
    assert.match(message, new RegExp(`/annotations/0/body/${statusBody}/value: the status`));
    assert.match(message, /the status \(body with purpose "assessing"\) must be one of "open", "checking", "verified", "disputed", "false", "unverifiable", got "done"/);
    assert.match(message, /\/annotations\/1\/id: "id" must be "urn:uuid:" followed by a UUID, got "abc"/);
    assert.match(message, /\/annotations\/2\/target\/selector\/1\/start: "start" must be a whole number ≥ 0/);
    assert.match(message, /\/annotations\/2\/colour: unknown key "colour"/);
    assert.match(message, /\/annotations\/3\/id: duplicate id/);
  });

  it('reports structural problems', () => {
    assert.match(loadIssues('[]'), /must be a JSON object/);
    assert.match(loadIssues('{"format":"other","version":1,"annotations":[]}'), /not a Dossier sidecar/);
    assert.match(loadIssues('{"format":"dossier-annotations","version":"1","annotations":[]}'), /"version" must be a whole number/);
    assert.match(loadIssues('{"format":"dossier-annotations","version":1}'), /the sidecar is missing "annotations"/);
    const json = JSON.parse(serializeSidecar(annotations.slice(0, 1)));
    json.annotations[0].body = json.annotations[0].body.filter((b: { purpose: string }) => b.purpose !== 'assessing');
    json.annotations[0].target.selector.pop();
    json.annotations[0].created = '1 June 2025';
    const message = loadIssues(JSON.stringify(json));
    assert.match(message, /\/annotations\/0\/body: an annotation needs exactly one body with purpose "assessing" \(its status\), found 0/);
    assert.match(message, /\/annotations\/0\/target\/selector: "selector" needs a TextPositionSelector/);
    assert.match(message, /\/annotations\/0\/created: "created" must be an ISO 8601 date-time/);
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => { try { return JSON.stringify(v) ?? ''; } catch { return ''; } })), (text) => {
      const loaded = loadSidecar(text);
      assert.ok(['ok', 'invalid', 'readOnly'].includes(loaded.kind));
    }), { numRuns: 500 });
    // Mutations of a valid file: every outcome is a result, never an exception.
    const valid = serializeSidecar(annotations);
    fc.assert(fc.property(fc.nat(valid.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
      loadSidecar(valid.slice(0, at) + insert + valid.slice(at + 1));
    }), { numRuns: 500 });
  });
});

describe('annotations: format versions', () => {
  const article = sampleArticles()[2].text;
  const current = JSON.parse(serializeSidecar([annotateQuote(article, article.slice(50, 90), { tags: ['claim'] })]));

  it('opens a sidecar from a newer version read-only, still showing what it can', () => {
    const newer = { ...current, version: 2 };
    newer.annotations[0].confidence = 0.9;
    const loaded = loadSidecar(JSON.stringify(newer));
    assert.equal(loaded.kind, 'readOnly');
    if (loaded.kind !== 'readOnly') return;
    assert.equal(loaded.version, 2);
    assert.match(loaded.message, /version 2, newer than the 1 this Dossier knows; it is read-only/);
    assert.equal(loaded.annotations?.length, 1);
    const unreadable = loadSidecar(JSON.stringify({ ...current, version: 3, annotations: 'elsewhere' }));
    assert.equal(unreadable.kind, 'readOnly');
    assert.equal(unreadable.kind === 'readOnly' && unreadable.annotations, null);
  });

  it('upgrades older documents step by step', () => {
    const steps: Migration[] = [
      { from: 1, migrate: (doc) => ({ ...doc, items: doc.annotations, annotations: undefined }) },
      { from: 2, migrate: (doc) => ({ ...doc, entries: doc.items, items: undefined }) },
    ];
    const outcome = migrateSidecar(current, steps, 3);
    assert.equal(outcome.kind, 'current');
    if (outcome.kind !== 'current') return;
    assert.equal(outcome.fromVersion, 1);
    assert.equal(outcome.document.version, 3);
    assert.deepEqual(outcome.document.entries, current.annotations);
  });

  it('refuses versions it cannot upgrade, without throwing', () => {
    assert.equal(migrateSidecar(current, [], 2).kind, 'invalid');
    const failing = migrateSidecar(current, [{ from: 1, migrate: () => { throw new Error('boom'); } }], 2);
    assert.equal(failing.kind, 'invalid');
    assert.match(failing.kind === 'invalid' ? failing.issues[0].message : '', /upgrading from format version 1 failed: boom/);
    assert.equal(migrateSidecar({ ...current, version: 0 }).kind, 'invalid');
    assert.equal(migrateSidecar({ ...current, version: 1.5 }).kind, 'invalid');
    assert.equal(migrateSidecar(current).kind, 'current');
  });
});
