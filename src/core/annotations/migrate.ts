/**
 * Format versions of the sidecar. A file declares `"version"`; an older one is upgraded in
 * memory step by step (and written back in the current version on the next save), a newer one is
 * left alone and shown read-only, since rewriting it would drop what this version does not know.
 */
import { SIDECAR_FORMAT, SIDECAR_VERSION } from './sidecar';
import type { ValidationIssue } from './validate';

/** One upgrade step, from `from` to `from + 1`. Steps get a document that passed the format check. */
export interface Migration {
  from: number;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The upgrade steps of the released formats, oldest first. Version 1 is the first released
 * format, so there is none yet; when version 2 comes, its step from 1 goes here.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationOutcome =
  /** `document` is in the current version; `fromVersion` is the version the file had. */
  | { kind: 'current'; document: Record<string, unknown>; fromVersion: number }
  /** Written by a newer version: untouched. */
  | { kind: 'newer'; document: Record<string, unknown>; version: number }
  | { kind: 'invalid'; issues: ValidationIssue[] };

/**
 * Brings a parsed sidecar document to the current format version. `migrations` and `current`
 * default to the real ones and exist so that the chaining itself can be tested. Never throws:
 * a step that throws makes the outcome `invalid` (the file is then left as it is).
 */
export function migrateSidecar(
  document: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = SIDECAR_VERSION,
): MigrationOutcome {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { kind: 'invalid', issues: [{ path: '', message: 'a sidecar must be a JSON object with "format", "version" and "annotations"' }] };
  }
  let doc = document as Record<string, unknown>;
  if (doc.format !== SIDECAR_FORMAT) {
    return { kind: 'invalid', issues: [{ path: '/format', message: `not a Dossier sidecar: "format" must be "${SIDECAR_FORMAT}", got ${JSON.stringify(doc.format) ?? 'nothing'}` }] };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', issues: [{ path: '/version', message: `"version" must be a whole number ≥ 1, got ${JSON.stringify(version) ?? 'nothing'}` }] };
  }
  if (version > current) return { kind: 'newer', document: doc, version };
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { kind: 'invalid', issues: [{ path: '/version', message: `no upgrade from format version ${v} is known` }] };
    try {
      doc = { ...step.migrate(doc), version: v + 1 };
    } catch (error) {
      return { kind: 'invalid', issues: [{ path: '', message: `upgrading from format version ${v} failed: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  }
  return { kind: 'current', document: doc, fromVersion: version };
}
