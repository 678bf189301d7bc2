import { createMigrator, parseJsonInput, toValidationIssues, parseVersionedDocument, type Parsed } from '@goesting/core/model';
import { itemsFor } from './constructs.js';
import { WORKABILITY_SCHEMA_VERSION, teamsSchema, thresholdsSchema, valueSchema, wavesSchema, type WorkabilityTeam, type WorkabilityThresholds, type WorkabilityValue, type WorkabilityWave } from './schema.js';

/** Upgrades older documents; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateWorkabilityValue = createMigrator(WORKABILITY_SCHEMA_VERSION);

export type { Parsed };

/** Validates a saved check document: upgrades older versions, refuses newer ones and unknown statements. */
export function parseWorkabilityValue(input: unknown): Parsed<WorkabilityValue> {
  const result = parseVersionedDocument(input, migrateWorkabilityValue, valueSchema);
  if (!result.ok) return result;
  const known = new Set(itemsFor(result.data.variant).map((i) => i.id));
  const unknown = Object.keys(result.data.answers).filter((id) => !known.has(id));
  if (unknown.length) {
    return { ok: false, code: 'invalid-value', issues: unknown.map((id) => ({ path: `answers.${id}`, code: 'unknown_item', message: `Unknown statement "${id}".`, params: { id } })) };
  }
  return { ok: true, data: result.data };
}

function parseWith<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: never[] } } }, input: unknown): Parsed<T> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const result = schema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-config', issues: toValidationIssues(result.error.issues) };
}

/** Validates the host's zone thresholds. */
export const parseThresholds = (input: unknown): Parsed<WorkabilityThresholds> => parseWith(thresholdsSchema as never, input);
/** Validates the host's team hierarchy. */
export const parseTeams = (input: unknown): Parsed<WorkabilityTeam[]> => parseWith(teamsSchema as never, input);
/** Validates the host's list of waves. */
export const parseWaves = (input: unknown): Parsed<WorkabilityWave[]> => parseWith(wavesSchema as never, input);

/** An empty check document. */
export function emptyWorkabilityValue(variant: WorkabilityValue['variant'] = 'pulse'): WorkabilityValue {
  return { schemaVersion: WORKABILITY_SCHEMA_VERSION, variant, answers: {}, completed: false };
}
