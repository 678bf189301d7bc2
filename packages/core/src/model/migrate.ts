import type { ValidationIssue } from './issues.js';

/** One upgrade step: takes a document of version `from` and returns one of version `from + 1`. */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Builds a `migrate()` for a document type. `steps[n]` upgrades version `n` to `n + 1`.
 * A document without `schemaVersion` is treated as the oldest version; a document from a
 * newer version than this code knows is refused rather than guessed at.
 */
export function createMigrator(current: number, steps: Readonly<Record<number, MigrationStep>> = {}) {
  return function migrate(input: unknown): MigrationResult {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, issues: [{ path: '', code: 'invalid_type', message: 'Expected object.', params: { expected: 'object' } }] };
    }
    let doc = { ...(input as Record<string, unknown>) };
    const raw = doc['schemaVersion'];
    const from = raw === undefined ? 1 : raw;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
      return {
        ok: false,
        issues: [{ path: 'schemaVersion', code: 'invalid_type', message: 'Expected a whole number from 1.', params: { expected: 'integer' } }],
      };
    }
    if (from > current) {
      return {
        ok: false,
        issues: [{
          path: 'schemaVersion',
          code: 'future_version',
          message: `Saved by a newer version (schemaVersion ${from}); this version reads up to ${current}.`,
          params: { found: from, supported: current },
        }],
      };
    }
    for (let version = from; version < current; version++) {
      const step = steps[version];
      if (!step) {
        return {
          ok: false,
          issues: [{ path: 'schemaVersion', code: 'no_migration', message: `No upgrade from schemaVersion ${version}.`, params: { found: version } }],
        };
      }
      doc = { ...step(doc), schemaVersion: version + 1 };
    }
    doc['schemaVersion'] = current;
    return from < current ? { ok: true, doc, migratedFrom: from } : { ok: true, doc };
  };
}
