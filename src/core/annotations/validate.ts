/**
 * Validation of a parsed sidecar document (the JSON shape written by serialize.ts), producing
 * the flat annotations. Every problem is reported with a JSON Pointer to where it is, so that a
 * hand-edited file can be fixed from the message alone. Keep in step with
 * schemas/annotations.schema.json (a unit test checks the two agree).
 */
import {
  ANNOTATION_STATUSES, CONFLICT_REASONS, MOTIVATIONS, SIDECAR_FORMAT, SIDECAR_VERSION,
  type Annotation, type AnnotationConflict, type AnnotationStatus, type Motivation, type TextTarget,
} from './sidecar';

/** One problem: `path` is a JSON Pointer into the document ("" for the whole file). */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; annotations: Annotation[] }
  | { ok: false; issues: ValidationIssue[] };

export interface ValidationOptions {
  /** Ignore keys this version does not know (to show a newer file read-only). */
  allowUnknownKeys?: boolean;
  /** Accept any `version` (the caller has dealt with versions). */
  allowAnyVersion?: boolean;
}

/** Stops listing after this many issues: past that, the file is not worth reading line by line. */
const MAX_ISSUES = 50;

/** `urn:uuid:` and a UUID in either case (RFC 9562 UUIDs are case-insensitive; we store lower case). */
export const ANNOTATION_ID_PATTERN = /^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** An RFC 3339 date-time (the `date-time` of JSON Schema). */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** Appends a JSON Pointer segment (escaping only when needed: this runs for every field). */
const pointer = (path: string, key: string | number): string =>
  typeof key === 'number' || !/[~/]/.test(key) ? `${path}/${key}` : `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** Collects issues while walking one document. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  constructor(readonly options: ValidationOptions) {}

  report(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  object(value: unknown, path: string, what: string): Json | null {
    if (isObject(value)) return value;
    this.report(path, `${what} must be an object, got ${describe(value)}`);
    return null;
  }

  /** Reports keys outside `known` (unless unknown keys are allowed) and missing `required` ones. */
  keys(value: Json, path: string, what: string, known: readonly string[], required: readonly string[]): boolean {
    let ok = true;
    for (const key of required) {
      if (!(key in value)) {
        this.report(path, `${what} is missing "${key}"`);
        ok = false;
      }
    }
    if (!this.options.allowUnknownKeys) {
      for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
          this.report(pointer(path, key), `unknown key "${key}" in ${what}; expected one of ${oneOf(known)}`);
          ok = false;
        }
      }
    }
    return ok;
  }

  string(value: unknown, path: string, what: string, rule?: { nonEmpty?: boolean; pattern?: RegExp; patternHint?: string }): string | null {
    if (typeof value !== 'string') {
      this.report(path, `${what} must be a string, got ${describe(value)}`);
      return null;
    }
    if (rule?.nonEmpty && value === '') {
      this.report(path, `${what} must not be empty`);
      return null;
    }
    if (rule?.pattern && !rule.pattern.test(value)) {
      this.report(path, `${what} must be ${rule.patternHint}, got ${describe(value)}`);
      return null;
    }
    return value;
  }

  member<T extends string>(value: unknown, path: string, what: string, allowed: readonly T[]): T | null {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report(path, `${what} must be one of ${oneOf(allowed)}, got ${describe(value)}`);
    return null;
  }

  offset(value: unknown, path: string, what: string): number | null {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.report(path, `${what} must be a whole number ≥ 0 (a code-point offset), got ${describe(value)}`);
    return null;
  }

  dateTime(value: unknown, path: string, what: string): string | null {
    const text = this.string(value, path, what, { pattern: DATE_TIME_PATTERN, patternHint: 'an ISO 8601 date-time such as "2025-05-28T14:03:00Z"' });
    if (text !== null && Number.isNaN(Date.parse(text))) {
      this.report(path, `${what} is not a real date-time: ${describe(text)}`);
      return null;
    }
    return text;
  }
}

/** Status, tags and note from the bodies; each purpose has its own rules. */
function checkBodies(c: Checker, value: unknown, path: string): Pick<Annotation, 'tags' | 'status' | 'note'> | null {
  if (!Array.isArray(value)) {
    c.report(path, `"body" must be an array of TextualBody objects, got ${describe(value)}`);
    return null;
  }
  const tags: string[] = [];
  const statuses: AnnotationStatus[] = [];
  const notes: string[] = [];
  let statusBodies = 0;
  let noteBodies = 0;
  let ok = true;
  for (const [index, item] of value.entries()) {
    const at = pointer(path, index);
    const body = c.object(item, at, 'a body');
    if (!body || !c.keys(body, at, 'a body', ['type', 'purpose', 'value'], ['type', 'purpose', 'value'])) {
      ok = false;
      continue;
    }
    if (body.type !== 'TextualBody') {
      c.report(pointer(at, 'type'), `a body's "type" must be "TextualBody", got ${describe(body.type)}`);
      ok = false;
    }
    const purpose = c.member(body.purpose, pointer(at, 'purpose'), `a body's "purpose"`, ['tagging', 'assessing', 'commenting'] as const);
    const valueAt = pointer(at, 'value');
    if (purpose === 'tagging') {
      const tag = c.string(body.value, valueAt, 'a tag', { nonEmpty: true });
      if (tag === null) ok = false;
      else if (tag !== tag.trim() || /[\r\n]/.test(tag)) {
        c.report(valueAt, `a tag must not have surrounding spaces or line breaks, got ${describe(tag)}`);
        ok = false;
      } else if (tags.includes(tag)) {
        c.report(valueAt, `duplicate tag ${describe(tag)}`);
        ok = false;
      } else tags.push(tag);
    } else if (purpose === 'assessing') {
      statusBodies++;
      const status = c.member(body.value, valueAt, 'the status (body with purpose "assessing")', ANNOTATION_STATUSES);
      if (status) statuses.push(status);
      else ok = false;
    } else if (purpose === 'commenting') {
      noteBodies++;
      const note = c.string(body.value, valueAt, 'the note (body with purpose "commenting")');
      if (note !== null) notes.push(note);
      else ok = false;
    } else ok = false;
  }
  if (statusBodies !== 1) {
    c.report(path, `an annotation needs exactly one body with purpose "assessing" (its status), found ${statusBodies}`);
    ok = false;
  }
  if (noteBodies > 1) {
    c.report(path, `an annotation has at most one body with purpose "commenting" (its note), found ${noteBodies}`);
    ok = false;
  }
  if (!ok) return null;
  return { tags, status: statuses[0], ...(notes[0] && { note: notes[0] }) };
}

/** The W3C selectors: one TextQuoteSelector and one TextPositionSelector, in either order. */
function checkTarget(c: Checker, value: unknown, path: string): TextTarget | null {
  const target = c.object(value, path, '"target"');
  if (!target || !c.keys(target, path, '"target"', ['selector'], ['selector'])) return null;
  const at = pointer(path, 'selector');
  if (!Array.isArray(target.selector)) {
    c.report(at, `"selector" must be an array holding a TextQuoteSelector and a TextPositionSelector, got ${describe(target.selector)}`);
    return null;
  }
  let quote: Pick<TextTarget, 'exact' | 'prefix' | 'suffix'> | null = null;
  let position: Pick<TextTarget, 'start' | 'end'> | null = null;
  let ok = true;
  for (const [index, item] of target.selector.entries()) {
    const sAt = pointer(at, index);
    const selector = c.object(item, sAt, 'a selector');
    if (!selector) {
      ok = false;
    } else if (selector.type === 'TextQuoteSelector' && !quote) {
      if (!c.keys(selector, sAt, 'a TextQuoteSelector', ['type', 'exact', 'prefix', 'suffix'], ['type', 'exact'])) ok = false;
      const exact = c.string(selector.exact, pointer(sAt, 'exact'), '"exact"', { nonEmpty: true });
      const prefix = selector.prefix === undefined ? '' : c.string(selector.prefix, pointer(sAt, 'prefix'), '"prefix"');
      const suffix = selector.suffix === undefined ? '' : c.string(selector.suffix, pointer(sAt, 'suffix'), '"suffix"');
      if (exact !== null && prefix !== null && suffix !== null) quote = { exact, prefix, suffix };
      else ok = false;
    } else if (selector.type === 'TextPositionSelector' && !position) {
      if (!c.keys(selector, sAt, 'a TextPositionSelector', ['type', 'start', 'end'], ['type', 'start', 'end'])) ok = false;
      const start = c.offset(selector.start, pointer(sAt, 'start'), '"start"');
      const end = c.offset(selector.end, pointer(sAt, 'end'), '"end"');
      if (start !== null && end !== null && start > end) {
        c.report(sAt, `"start" (${start}) must not be after "end" (${end})`);
        ok = false;
      } else if (start !== null && end !== null) position = { start, end };
      else ok = false;
    } else {
      c.report(pointer(sAt, 'type'), `expected one "TextQuoteSelector" and one "TextPositionSelector", got ${describe(selector.type)}${selector.type === 'TextQuoteSelector' || selector.type === 'TextPositionSelector' ? ' twice' : ''}`);
      ok = false;
    }
  }
  if (ok && (!quote || !position)) {
    c.report(at, `"selector" needs a ${quote ? 'TextPositionSelector' : 'TextQuoteSelector'}`);
    return null;
  }
  return ok && quote && position ? { ...quote, ...position } : null;
}

function checkConflict(c: Checker, value: unknown, path: string): AnnotationConflict | null {
  const conflict = c.object(value, path, '"conflict"');
  if (!conflict || !c.keys(conflict, path, '"conflict"', ['reason', 'otherVersion'], ['reason'])) return null;
  const reason = c.member(conflict.reason, pointer(path, 'reason'), 'the conflict "reason"', CONFLICT_REASONS);
  if (conflict.otherVersion === undefined) return reason && { reason };
  const other = c.string(conflict.otherVersion, pointer(path, 'otherVersion'), '"otherVersion"', { pattern: ANNOTATION_ID_PATTERN, patternHint: 'an annotation id ("urn:uuid:…")' });
  return reason && other ? { reason, otherVersion: other.toLowerCase() } : null;
}

const ANNOTATION_KEYS = ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target', 'conflict'] as const;
const REQUIRED_ANNOTATION_KEYS = ['id', 'type', 'motivation', 'created', 'modified', 'body', 'target'] as const;

function checkAnnotation(c: Checker, value: unknown, path: string): Annotation | null {
  const json = c.object(value, path, 'an annotation');
  if (!json) return null;
  const before = c.issues.length;
  c.keys(json, path, 'an annotation', ANNOTATION_KEYS, REQUIRED_ANNOTATION_KEYS);
  const id = c.string(json.id, pointer(path, 'id'), '"id"', { pattern: ANNOTATION_ID_PATTERN, patternHint: '"urn:uuid:" followed by a UUID' });
  if (json.type !== 'Annotation') c.report(pointer(path, 'type'), `"type" must be "Annotation", got ${describe(json.type)}`);
  const motivation = c.member<Motivation>(json.motivation, pointer(path, 'motivation'), '"motivation"', MOTIVATIONS);
  const created = c.dateTime(json.created, pointer(path, 'created'), '"created"');
  const modified = c.dateTime(json.modified, pointer(path, 'modified'), '"modified"');
  let author: string | undefined;
  if (json.creator !== undefined) {
    const at = pointer(path, 'creator');
    const creator = c.object(json.creator, at, '"creator"');
    if (creator && c.keys(creator, at, '"creator"', ['type', 'name'], ['type', 'name'])) {
      if (creator.type !== 'Person') c.report(pointer(at, 'type'), `"creator.type" must be "Person", got ${describe(creator.type)}`);
      author = c.string(creator.name, pointer(at, 'name'), '"creator.name"', { nonEmpty: true }) ?? undefined;
    }
  }
  const bodies = checkBodies(c, json.body, pointer(path, 'body'));
  const target = checkTarget(c, json.target, pointer(path, 'target'));
  const conflict = json.conflict === undefined ? undefined : checkConflict(c, json.conflict, pointer(path, 'conflict'));
  if (c.issues.length > before || !id || !motivation || !created || !modified || !bodies || !target || conflict === null) return null;
  return {
    id: id.toLowerCase(),
    motivation,
    tags: bodies.tags,
    status: bodies.status,
    ...(bodies.note !== undefined && { note: bodies.note }),
    ...(author !== undefined && { author }),
    created,
    modified,
    target,
    ...(conflict && { conflict }),
  };
}

/**
 * Validates a parsed sidecar document and returns its annotations, or every issue found (up to
 * fifty). Never throws, whatever `document` is.
 */
export function validateSidecar(document: unknown, options: ValidationOptions = {}): ValidationResult {
  const c = new Checker(options);
  const root = c.object(document, '', 'a sidecar');
  if (!root) return { ok: false, issues: c.issues };
  c.keys(root, '', 'the sidecar', ['format', 'version', 'annotations'], ['format', 'version', 'annotations']);
  if ('format' in root && root.format !== SIDECAR_FORMAT) c.report('/format', `"format" must be "${SIDECAR_FORMAT}", got ${describe(root.format)}`);
  if ('version' in root && !options.allowAnyVersion && root.version !== SIDECAR_VERSION) {
    c.report('/version', `"version" must be ${SIDECAR_VERSION}, got ${describe(root.version)}`);
  }
  const annotations: Annotation[] = [];
  if ('annotations' in root && !Array.isArray(root.annotations)) {
    c.report('/annotations', `"annotations" must be an array, got ${describe(root.annotations)}`);
  } else if (Array.isArray(root.annotations)) {
    const seen = new Map<string, number>();
    root.annotations.forEach((item, index) => {
      const annotation = checkAnnotation(c, item, pointer('/annotations', index));
      if (annotation) annotations.push(annotation);
      const id = isObject(item) && typeof item.id === 'string' ? item.id.toLowerCase() : null;
      const first = id === null ? undefined : seen.get(id);
      if (first !== undefined) c.report(pointer(pointer('/annotations', index), 'id'), `duplicate id ${id} (also at /annotations/${first})`);
      else if (id !== null) seen.set(id, index);
    });
  }
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, annotations };
}
