import type { core } from 'zod/mini';
import { toValidationIssues, type ValidationIssue } from './issues.js';
import { parseJsonInput, prototypeKeys } from './json.js';
import type { GoestingErrorCode } from './events.js';

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

/** What every parse of host input gives: the data, or the error code and issues to show. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; code: GoestingErrorCode; issues: ValidationIssue[] };

/**
 * Reads a versioned document, as JSON text or as an object: `migrate` upgrades an older version
 * and refuses a newer one (`unsupported-version`), then `schema` checks it (`invalid-value`).
 * Text that is not JSON fails with `invalid-json`, a `__proto__` key anywhere with `invalid-value`.
 * Never throws.
 */
export function parseVersionedDocument<T>(
  input: unknown,
  migrate: (input: unknown) => MigrationResult,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly core.$ZodIssue[] } } },
): Parsed<T> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-value', issues: forbidden };
  const migrated = migrate(json.data);
  if (!migrated.ok) {
    const future = migrated.issues.some((i) => i.code === 'future_version');
    return { ok: false, code: future ? 'unsupported-version' : 'invalid-value', issues: migrated.issues };
  }
  const result = schema.safeParse(migrated.doc);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-value', issues: toValidationIssues(result.error.issues) };
}

/**
 * Reads a choice attribute such as `variant` or `view`: one of `allowed`, or `fallback` when unset (`undefined`,
 * `null` or empty). Anything else is refused with `invalid-config`, naming the allowed values.
 */
export function parseChoice<T extends string>(name: string, input: unknown, allowed: readonly T[], fallback: T): Parsed<T> {
  if (input === undefined || input === null || input === '') return { ok: true, data: fallback };
  if (typeof input === 'string' && (allowed as readonly string[]).includes(input)) return { ok: true, data: input as T };
  const values = allowed.join(', ');
  const found = typeof input === 'string' ? input.slice(0, 64) : typeof input;
  return { ok: false, code: 'invalid-config', issues: [{ path: name, code: 'invalid_value', message: `Not one of the allowed values: ${values}.`, params: { values, found } }] };
}

/**
 * Reads a whole-number setting such as `threshold="2"` (attribute text or number), from `min` to
 * `max`; anything else is refused with `invalid-config`, naming the range.
 */
export function wholeNumberInput(name: string, min: number, max: number) {
  return (input: unknown): Parsed<number> => {
    const n = typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : input;
    if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) return { ok: true, data: n };
    return { ok: false, code: 'invalid-config', issues: [{ path: name, code: 'invalid_type', message: `Expected a whole number from ${min} to ${max}.`, params: { expected: `${min}–${max}` } }] };
  };
}

/**
 * Reads a list of earlier documents (`history`, object or JSON text; unset is none): `__proto__`
 * keys anywhere and what `schema` refuses fail with `invalid-history`, and so do the issues
 * `check` finds in one document, each under that document's index. Never throws.
 */
export function parseDocumentList<T>(
  input: unknown,
  schema: { safeParse(input: unknown): { success: true; data: T[] } | { success: false; error: { issues: readonly core.$ZodIssue[] } } },
  check: (doc: T) => ValidationIssue[] = () => [],
): Parsed<T[]> {
  const json = parseJsonInput(input ?? []);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-history', issues: forbidden };
  const result = schema.safeParse(json.data ?? []);
  if (!result.success) return { ok: false, code: 'invalid-history', issues: toValidationIssues(result.error.issues) };
  const issues = result.data.flatMap((doc, i) => check(doc).map((issue) => ({ ...issue, path: `[${i}].${issue.path}` })));
  return issues.length ? { ok: false, code: 'invalid-history', issues } : { ok: true, data: result.data };
}
