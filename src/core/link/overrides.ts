import type { EntityMention, EntityType } from '../model';
import { foldText } from '../text/fold';

/**
 * The user's corrections to entities, kept in the workspace file `.dossier/entities.json`. The
 * user has the last word: the linker applies these after its own matching.
 *
 * Format (version 1). Every key but `version` is optional; names are matched case- and
 * diacritic-insensitively against a mention's full name ("Sergey Lavrov") or its text as written
 * ("Lavrov"); where a rule names an `entity`, it may also give an entity id as Dossier computes it
 * before any correction (`person:sergey-lavrov`).
 *
 * ```json
 * {
 *   "version": 1,
 *   "merge": [{ "names": ["Wolodymyr Selenskyj", "Volodymyr Zelenskyy"], "name": "Volodymyr Zelenskyy" }],
 *   "split": [{ "names": ["Sergei Ivanov"] }],
 *   "rename": [{ "entity": "person:sergey-lavrov", "name": "Sergei Lavrov" }],
 *   "retype": [{ "name": "Jordan", "type": "person" }],
 *   "notEntity": ["Telegram", "Daily8 AI"]
 * }
 * ```
 *
 * - `merge`: the entities that any of `names` belong to become one entity; `name` (optional)
 *   is its display name, otherwise the usual choice (the most frequent full form) applies.
 * - `split`: mentions with any of `names` leave the entity Dossier put them in and form one of
 *   their own (one entity per split rule), e.g. when two different people share a spelling
 *   variant. They are never again matched automatically with other names.
 * - `rename`: the entity of `entity` (a name or an id) is shown as `name`; its id follows the new
 *   name.
 * - `retype`: mentions named `name` get type `type` (`person`, `organization` or `place`).
 * - `notEntity`: mentions with these names are not entities at all: not highlighted, not linked.
 *
 * A file that is not valid JSON, or has a wrong version or a malformed rule, is reported with
 * clear messages by `parseOverrides`; valid rules in it are still returned.
 */
export interface EntityOverrides {
  version: 1;
  merge: MergeRule[];
  split: SplitRule[];
  rename: RenameRule[];
  retype: RetypeRule[];
  notEntity: string[];
}

export interface MergeRule {
  names: string[];
  name?: string;
}

export interface SplitRule {
  names: string[];
}

export interface RenameRule {
  /** A name of the entity or its automatic id (`person:sergey-lavrov`). */
  entity: string;
  name: string;
}

export interface RetypeRule {
  name: string;
  type: EntityType;
}

export interface ParsedOverrides {
  /** The valid rules; undefined only when the text is not a JSON object of a known version. */
  overrides: EntityOverrides | undefined;
  /** One message per problem, each saying where and what: empty when the file is fine. */
  errors: string[];
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const KEYS = new Set(['version', '$schema', 'merge', 'split', 'rename', 'retype', 'notEntity']);

/** An empty set of corrections. */
export function emptyOverrides(): EntityOverrides {
  return { version: 1, merge: [], split: [], rename: [], retype: [], notEntity: [] };
}

/**
 * Parses and validates the text of `.dossier/entities.json`. Never throws: bad JSON or bad rules
 * come back as `errors` ("merge[0].names: expected a list of at least two names").
 */
export function parseOverrides(text: string): ParsedOverrides {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { overrides: undefined, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { overrides: undefined, errors: ['expected a JSON object with "version": 1'] };
  }
  const record = data as Record<string, unknown>;
  if (record.version !== 1) {
    return { overrides: undefined, errors: [`"version" must be 1 (found ${JSON.stringify(record.version) ?? 'nothing'})`] };
  }
  const errors: string[] = [];
  for (const key of Object.keys(record)) if (!KEYS.has(key)) errors.push(`unknown key "${key}" (expected ${[...KEYS].filter((k) => k !== '$schema').join(', ')})`);
  const overrides = emptyOverrides();
  const list = (key: string): unknown[] => {
    const value = record[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    errors.push(`${key}: expected a list`);
    return [];
  };
  const nameList = (value: unknown, where: string, minimum: number): string[] | undefined => {
    if (!Array.isArray(value) || value.length < minimum || !value.every((n) => typeof n === 'string' && n.trim() !== '')) {
      errors.push(`${where}: expected a list of at least ${minimum === 1 ? 'one name' : `${minimum} names`} (non-empty strings)`);
      return undefined;
    }
    return value as string[];
  };
  const nonEmpty = (value: unknown, where: string): string | undefined => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    errors.push(`${where}: expected a non-empty string`);
    return undefined;
  };
  const object = (value: unknown, where: string, allowed: readonly string[]): Record<string, unknown> | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${where}: expected an object`);
      return undefined;
    }
    for (const key of Object.keys(value)) if (!allowed.includes(key)) errors.push(`${where}: unknown key "${key}" (expected ${allowed.join(', ')})`);
    return value as Record<string, unknown>;
  };

  list('merge').forEach((item, i) => {
    const rule = object(item, `merge[${i}]`, ['names', 'name']);
    if (!rule) return;
    const names = nameList(rule.names, `merge[${i}].names`, 2);
    const name = rule.name === undefined ? undefined : nonEmpty(rule.name, `merge[${i}].name`);
    if (names && (rule.name === undefined || name)) overrides.merge.push(name ? { names, name } : { names });
  });
  list('split').forEach((item, i) => {
    const rule = object(item, `split[${i}]`, ['names']);
    const names = rule && nameList(rule.names, `split[${i}].names`, 1);
    if (names) overrides.split.push({ names });
  });
  list('rename').forEach((item, i) => {
    const rule = object(item, `rename[${i}]`, ['entity', 'name']);
    if (!rule) return;
    const entity = nonEmpty(rule.entity, `rename[${i}].entity`);
    const name = nonEmpty(rule.name, `rename[${i}].name`);
    if (entity && name) overrides.rename.push({ entity, name });
  });
  list('retype').forEach((item, i) => {
    const rule = object(item, `retype[${i}]`, ['name', 'type']);
    if (!rule) return;
    const name = nonEmpty(rule.name, `retype[${i}].name`);
    const type = rule.type;
    if (!TYPES.includes(type as EntityType)) errors.push(`retype[${i}].type: expected one of ${TYPES.join(', ')} (found ${JSON.stringify(type) ?? 'nothing'})`);
    else if (name) overrides.retype.push({ name, type: type as EntityType });
  });
  list('notEntity').forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') overrides.notEntity.push(item);
    else errors.push(`notEntity[${i}]: expected a non-empty string`);
  });
  return { overrides, errors };
}

/** Each type's forms by name: one string per form, so the maps keyed by forms hash it once. */
const formKeys = new Map<EntityType, Map<string, string>>();

/**
 * The key of a name form, what the linker links and the name postings file under: its type and
 * folded name (`person|sergey lavrov`).
 */
export function formKey(type: EntityType, name: string): string {
  let ofType = formKeys.get(type);
  if (!ofType) formKeys.set(type, (ofType = new Map()));
  let key = ofType.get(name);
  if (key === undefined) {
    // Bounded as `overrideKeys` is.
    if (ofType.size >= 100_000) ofType.clear();
    ofType.set(name, (key = `${type}|${overrideKey(name)}`));
  }
  return key;
}

/** `overrideKey`'s answers: the linker asks for the same few names again and again. */
const overrideKeys = new Map<string, string>();

/** How override names are compared: folded, spaces collapsed. */
export function overrideKey(name: string): string {
  let key = overrideKeys.get(name);
  if (key === undefined) {
    // Bounded: a long session must not grow without end.
    if (overrideKeys.size >= 100_000) overrideKeys.clear();
    overrideKeys.set(name, (key = foldText(name).replace(/\s+/g, ' ').trim()));
  }
  return key;
}

/**
 * The mentions as the user wants them: those named in `notEntity` removed, those named in
 * `retype` given their type. Mentions are matched by full name or by text as written.
 */
export function applyMentionOverrides(mentions: readonly EntityMention[], overrides: EntityOverrides | undefined): EntityMention[] {
  if (!overrides || (overrides.notEntity.length === 0 && overrides.retype.length === 0)) return [...mentions];
  const dropped = new Set(overrides.notEntity.map(overrideKey));
  const types = new Map(overrides.retype.map((r) => [overrideKey(r.name), r.type]));
  const out: EntityMention[] = [];
  for (const mention of mentions) {
    const keys = [overrideKey(mention.name), overrideKey(mention.text)];
    if (keys.some((k) => dropped.has(k))) continue;
    const type = types.get(keys[0]) ?? types.get(keys[1]);
    out.push(type && type !== mention.type ? { ...mention, type } : mention);
  }
  return out;
}
