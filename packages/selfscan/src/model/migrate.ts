import { createMigrator, parseJsonInput, toValidationIssues, type ValidationIssue, parseVersionedDocument, type Parsed } from '@goesting/core/model';
import { instrumentSchema, SELFSCAN_SCHEMA_VERSION, valueSchema, type SelfscanInstrument, type SelfscanValue } from './schema.js';
import { instrumentFor, instrumentKey } from './instrument.js';

/**
 * Upgrades older self-scan documents to the current `schemaVersion`. Version 1 is the first
 * published format, so there is nothing to upgrade yet; newer documents are refused.
 */
export const migrateSelfscanValue = createMigrator(SELFSCAN_SCHEMA_VERSION);

export type { Parsed };

/** Validates a question list given by the host. */
export function parseSelfscanInstrument(input: unknown): Parsed<SelfscanInstrument> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const result = instrumentSchema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-instrument', issues: toValidationIssues(result.error.issues) };
}

/**
 * Validates a saved document against the question list it was made with (a default list, or else
 * `instrument`): upgrades older versions, refuses newer ones, and reports answers or flags for
 * items that list does not have.
 */
export function parseSelfscanValue(input: unknown, instrument: SelfscanInstrument | undefined): Parsed<SelfscanValue> {
  const result = parseVersionedDocument(input, migrateSelfscanValue, valueSchema);
  if (!result.ok) return result;
  const value = result.data;
  if (instrument) {
    const known = new Set(instrumentFor(value.instrument, instrument).items.map((i) => i.id));
    const unknown: ValidationIssue[] = [
      ...Object.keys(value.answers).filter((id) => !known.has(id)).map((id) => ({ path: `answers.${id}`, id })),
      ...value.flags.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id)).map(({ id, i }) => ({ path: `flags[${i}]`, id })),
    ].map(({ path, id }) => ({ path, code: 'unknown_item', message: `Unknown item "${id}".`, params: { item: id } }));
    if (unknown.length) return { ok: false, code: 'invalid-value', issues: unknown };
  }
  return { ok: true, data: value };
}

/** An empty document for a question list. */
export function emptySelfscanValue(instrument: SelfscanInstrument): SelfscanValue {
  return { schemaVersion: SELFSCAN_SCHEMA_VERSION, instrument: instrumentKey(instrument), answers: {}, flags: [], energy: {}, completed: false };
}
