/** Reading a sidecar's text: parse, migrate, validate, with one outcome the adapter can act on. */
import { migrateSidecar } from './migrate';
import { SIDECAR_VERSION, type Annotation } from './sidecar';
import { validateSidecar, type ValidationIssue } from './validate';

/** Result of reading a sidecar's text. */
export type SidecarLoad =
  /** Readable and writable; `migratedFrom` is set when an older format was upgraded in memory. */
  | { kind: 'ok'; annotations: Annotation[]; migratedFrom?: number }
  /**
   * Written by a newer Dossier: never write it. `annotations` holds what this version could
   * read (for display), or null when even that failed.
   */
  | { kind: 'readOnly'; version: number; annotations: Annotation[] | null; message: string }
  /** Does not parse or validate: never overwrite it; show `message` with an "Open file" action. */
  | { kind: 'invalid'; issues: ValidationIssue[]; message: string };

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON text first goes wrong, or -1. JavaScript engines word (and place) their parse
 * errors differently and some give no position at all, so the text is scanned again here; this
 * runs only for text that failed to parse.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    space();
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (open === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (open === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    return typeof offset === 'number' ? offset : -1;
  }
}

/** The parse error as "line L, column C: …". */
function describeJsonError(text: string, error: unknown): ValidationIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const message = `not valid JSON: ${raw}`;
  const offset = jsonErrorOffset(text);
  if (offset < 0) return { path: '', message };
  const { line, column } = lineAndColumn(text, offset);
  return { path: '', message: `line ${line}, column ${column}: ${message}` };
}

/** Every issue on its own line, each with the JSON Pointer of where it is. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}

/**
 * Reads a sidecar's text (a leading BOM is ignored). Never throws. Empty or whitespace-only
 * text is an empty sidecar, since nothing can be lost by writing over it.
 */
export function loadSidecar(text: string): SidecarLoad {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { kind: 'ok', annotations: [] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const issues = [describeJsonError(body, error)];
    return { kind: 'invalid', issues, message: formatIssues(issues) };
  }
  const migrated = migrateSidecar(json);
  if (migrated.kind === 'invalid') return { kind: 'invalid', issues: migrated.issues, message: formatIssues(migrated.issues) };
  if (migrated.kind === 'newer') {
    const lenient = validateSidecar(migrated.document, { allowUnknownKeys: true, allowAnyVersion: true });
    return {
      kind: 'readOnly',
      version: migrated.version,
      annotations: lenient.ok ? lenient.annotations : null,
      message: `This sidecar uses format version ${migrated.version}, newer than the ${SIDECAR_VERSION} this Dossier knows; it is read-only here. Update Dossier to change its annotations.`,
    };
  }
  const validated = validateSidecar(migrated.document);
  if (!validated.ok) return { kind: 'invalid', issues: validated.issues, message: formatIssues(validated.issues) };
  return migrated.fromVersion === SIDECAR_VERSION
    ? { kind: 'ok', annotations: validated.annotations }
    : { kind: 'ok', annotations: validated.annotations, migratedFrom: migrated.fromVersion };
}
