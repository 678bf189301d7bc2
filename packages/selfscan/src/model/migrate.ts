import { createMigrator, parseJsonInput, toValidationIssues, type ValidationIssue, parseVersionedDocument, type Parsed, parseChoice } from '@goesting/core/model';
import { builtInNameIssue, instrumentSchema, SELFSCAN_SCHEMA_VERSION, valueSchema, type SelfscanInstrument, type SelfscanValue } from './schema.js';
import { SELFSCAN_VARIANTS, defaultInstrument, instrumentKey } from './instrument.js';

/**
 * Upgrades older self-scan documents to the current `schemaVersion`. Version 1 is the first
 * published format, so there is nothing to upgrade yet; newer documents are refused.
 */
export const migrateSelfscanValue = createMigrator(SELFSCAN_SCHEMA_VERSION);

export type { Parsed };

export { parseChoice };

/** Validates a question list given by the host. */
export function parseSelfscanInstrument(input: unknown): Parsed<SelfscanInstrument> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const result = instrumentSchema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: 'invalid-instrument', issues: toValidationIssues(result.error.issues) };
}

/** Whether a document made with list `from` can be read into list `to`: only between our own lists. */
const isOwnListKey = (key: string) => SELFSCAN_VARIANTS.some((variant) => instrumentKey(defaultInstrument(variant)) === key);

/**
 * Validates a saved document against the question list shown (`instrument`): upgrades older
 * versions, refuses newer ones, refuses keys named like built-in object members, and, with a
 * list, refuses answers or flags for statements it does not have and documents made with another
 * list. A document of our quick list is read into the full list as a full-list document.
 */
export function parseSelfscanValue(input: unknown, instrument: SelfscanInstrument | undefined): Parsed<SelfscanValue> {
  // Core refuses `__proto__` keys before the schema; the other built-in names are refused here.
  const result = parseVersionedDocument(input, migrateSelfscanValue, valueSchema);
  if (!result.ok) return result;
  const value = result.data;
  const reserved = Object.keys(value.answers).flatMap((key) => builtInNameIssue(`answers.${key}`, key) ?? []);
  if (reserved.length) return { ok: false, code: 'invalid-value', issues: reserved };
  if (!instrument) return result;
  const current = instrumentKey(instrument);
  const known = new Set(instrument.items.map((i) => i.id));
  const issues: ValidationIssue[] = [
    ...Object.keys(value.answers).filter((id) => !known.has(id)).map((id) => ({ path: `answers.${id}`, id })),
    ...value.flags.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id)).map(({ id, i }) => ({ path: `flags[${i}]`, id })),
  ].map(({ path, id }) => ({ path, code: 'unknown_item', message: `Unknown item "${id}".`, params: { item: id } }));
  if (value.instrument !== current && !(isOwnListKey(value.instrument) && isOwnListKey(current))) {
    issues.push({
      path: 'instrument',
      code: 'other_instrument',
      message: `Made with question list "${value.instrument}"; this form shows "${current}".`,
      params: { found: value.instrument, expected: current },
    });
  }
  if (issues.length) return { ok: false, code: 'invalid-value', issues };
  return { ok: true, data: value.instrument === current ? value : { ...value, instrument: current } };
}

/** An empty document for a question list. */
export function emptySelfscanValue(instrument: SelfscanInstrument): SelfscanValue {
  return { schemaVersion: SELFSCAN_SCHEMA_VERSION, instrument: instrumentKey(instrument), answers: {}, flags: [], energy: {}, completed: false };
}
