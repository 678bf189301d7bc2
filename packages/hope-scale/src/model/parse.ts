import { createMigrator, parseJsonInput, prototypeKeys, toValidationIssues, parseVersionedDocument, type Parsed } from '@goesting/core/model';
import { checkPackAnswers, packSchema, type HopePack } from './pack.js';
import { HOPE_SCHEMA_VERSION, historySchema, scalingScalesSchema, valueSchema, type HopeMode, type HopeValue, type ScalingScale } from './schema.js';
import { packKey } from './defaults.js';

/** Upgrades older documents; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateHopeValue = createMigrator(HOPE_SCHEMA_VERSION);

export type { Parsed };

/** Validates a pack given by the host (a licensed instrument, or its own); a `__proto__` key anywhere is refused. */
export function parseHopePack(input: unknown): Parsed<HopePack> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-instrument', issues: forbidden };
  const result = packSchema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-instrument', issues: toValidationIssues(result.error.issues) };
}

/** Validates the host's scales for the scaling mode. */
export function parseScalingScales(input: unknown): Parsed<ScalingScale[]> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-config', issues: forbidden };
  const result = scalingScalesSchema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-config', issues: toValidationIssues(result.error.issues) };
}

/**
 * Validates a saved document: upgrades older versions, refuses newer ones and documents made
 * with another pack (or another version of it), and checks the answers against `pack` (items it
 * has, values on its scale).
 */
export function parseHopeValue(input: unknown, pack: HopePack): Parsed<HopeValue> {
  const result = parseVersionedDocument(input, migrateHopeValue, valueSchema);
  if (!result.ok) return result;
  const key = packKey(pack);
  if (result.data.pack !== undefined && result.data.pack !== key) {
    // Answers to another pack (or another version of it) would be scored against the wrong items.
    return { ok: false, code: 'invalid-value', issues: [{ path: 'pack', code: 'other_instrument', message: `Made with ${result.data.pack.slice(0, 80)}, not ${key}.`, params: { found: result.data.pack.slice(0, 80), expected: key } }] };
  }
  const issues = checkPackAnswers(pack, result.data.answers);
  if (issues.length) return { ok: false, code: 'invalid-value', issues };
  return { ok: true, data: result.data };
}

/** Validates earlier results (value documents, oldest first); a `__proto__` key anywhere is refused. */
export function parseHopeHistory(input: unknown): Parsed<HopeValue[]> {
  const json = parseJsonInput(input ?? []);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-history', issues: forbidden };
  const result = historySchema.safeParse(json.data ?? []);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-history', issues: toValidationIssues(result.error.issues) };
}

/** An empty document for a mode. */
export function emptyHopeValue(mode: HopeMode, pack?: HopePack): HopeValue {
  return {
    schemaVersion: HOPE_SCHEMA_VERSION,
    mode,
    ...(mode === 'goal-hope' && pack ? { pack: packKey(pack) } : {}),
    scales: {},
    followUps: {},
    answers: {},
    completed: false,
  };
}
