// The JSON Schema (for hand-editing in VS Code) and the validator must agree. No schema library
// is a dependency, so a minimal checker for the draft-07 keywords the schema uses is below.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSidecar } from '../../../src/core/annotations/load';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { ANNOTATION_STATUSES, CONFLICT_REASONS, MOTIVATIONS, SIDECAR_FORMAT, SIDECAR_VERSION } from '../../../src/core/annotations/sidecar';
import { annotateQuote, sampleArticles } from './annotationFixtures';

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync(join(__dirname, '../../../../schemas/annotations.schema.json'), 'utf8')) as Schema;
const KNOWN_KEYWORDS = new Set(['$schema', 'title', 'description', 'type', 'required', 'additionalProperties', 'properties', 'definitions', 'items', 'const', 'enum', 'pattern', 'minimum', 'minLength', 'minItems', 'maxItems', 'oneOf', '$ref', 'format']);

const typeOk = (type: string, v: unknown): boolean => ({
  object: typeof v === 'object' && v !== null && !Array.isArray(v),
  array: Array.isArray(v),
  string: typeof v === 'string',
  integer: Number.isInteger(v),
  number: typeof v === 'number',
}[type] ?? false);

/** Errors of `value` against `schema` (the subset of draft-07 used by our schema). */
function check(schema: Schema, value: unknown, path = ''): string[] {
  for (const key of Object.keys(schema)) assert.ok(KNOWN_KEYWORDS.has(key), `schema keyword ${key} is not covered by this checker`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    return check((root.definitions as Record<string, Schema>)[name], value, path);
  }
  const errors: string[] = [];
  if (typeof schema.type === 'string' && !typeOk(schema.type, value)) return [`${path}: not ${schema.type}`];
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: pattern`);
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) errors.push(`${path}: too short`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    if (schema.items) value.forEach((item, i) => errors.push(...check(schema.items as Schema, item, `${path}/${i}`)));
  }
  if (typeOk('object', value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) errors.push(...check(properties[key], item, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}/${key}: not allowed`);
    }
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = schema.oneOf.filter((option: Schema) => check(option, value, path).length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf`);
  }
  return errors;
}

describe('annotations: JSON Schema agrees with the validator', () => {
  const text = sampleArticles()[2].text;
  const examples = [
    [],
    [annotateQuote(text, text.slice(10, 40))],
    [
      annotateQuote(text, text.slice(100, 180), { tags: ['claim', 'needs-source'], status: 'unverifiable', note: 'multi\nline', author: 'Ana', motivation: 'questioning' }),
      { ...annotateQuote(text, text.slice(300, 302), { status: 'false' }), conflict: { reason: 'edited-on-both-sides' as const, otherVersion: 'urn:uuid:0a1b2c3d-0000-4000-8000-000000000000' } },
      { ...annotateQuote(text, text.slice(400, 450)), conflict: { reason: 'edited-and-deleted' as const } },
    ],
  ];

  it('declares the same enums and constants as the code', () => {
    const defs = root.definitions as Record<string, Schema & { properties: Record<string, Schema> }>;
    assert.deepEqual(defs.statusBody.properties.value.enum, [...ANNOTATION_STATUSES]);
    assert.deepEqual(defs.annotation.properties.motivation.enum, [...MOTIVATIONS]);
    assert.deepEqual((defs.annotation.properties.conflict.properties as Record<string, Schema>).reason.enum, [...CONFLICT_REASONS]);
    const props = root.properties as Record<string, Schema>;
    assert.equal(props.format.const, SIDECAR_FORMAT);
    assert.equal(props.version.const, SIDECAR_VERSION);
  });

  it('accepts every sidecar Dossier writes', () => {
    for (const annotations of examples) {
      const text = serializeSidecar(annotations);
      assert.deepEqual(check(root, JSON.parse(text)), []);
      assert.equal(loadSidecar(text).kind, 'ok');
    }
  });

  it('rejects what the validator rejects', () => {
    const valid = JSON.parse(serializeSidecar(examples[2]));
    const mutations: [string, (doc: any) => void][] = [
      ['bad status', (d) => { d.annotations[0].body.find((b: { purpose: string }) => b.purpose === 'assessing').value = 'done'; }],
      ['bad motivation', (d) => { d.annotations[0].motivation = 'liking'; }],
      ['bad id', (d) => { d.annotations[0].id = 'urn:uuid:123'; }],
      ['missing modified', (d) => { delete d.annotations[1].modified; }],
      ['unknown key', (d) => { d.annotations[1].colour = 'red'; }],
      ['negative offset', (d) => { d.annotations[0].target.selector[1].start = -3; }],
      ['fractional offset', (d) => { d.annotations[0].target.selector[1].end = 3.5; }],
      ['empty quote', (d) => { d.annotations[0].target.selector[0].exact = ''; }],
      ['one selector', (d) => { d.annotations[0].target.selector.pop(); }],
      ['untrimmed tag', (d) => { d.annotations[0].body[0].value = ' claim'; }],
      ['bad date', (d) => { d.annotations[0].created = '2025-06-01'; }],
      ['bad body type', (d) => { d.annotations[0].body[0].type = 'SpecificResource'; }],
      ['creator without name', (d) => { delete d.annotations[0].creator.name; }],
      ['bad conflict reason', (d) => { d.annotations[1].conflict.reason = 'unsure'; }],
      ['wrong format', (d) => { d.format = 'other'; }],
      ['extra top-level key', (d) => { d.meta = {}; }],
    ];
    for (const [name, mutate] of mutations) {
      const doc = structuredClone(valid);
      mutate(doc);
      assert.notDeepEqual(check(root, doc), [], `schema accepted: ${name}`);
      assert.equal(loadSidecar(JSON.stringify(doc)).kind, 'invalid', `validator accepted: ${name}`);
    }
  });
});
