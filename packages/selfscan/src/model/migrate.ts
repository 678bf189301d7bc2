import { createMigrator, parseJsonInput, prototypeKeys, toValidationIssues, type GoestingErrorCode, type ValidationIssue, parseVersionedDocument, type Parsed, parseChoice, reservedIdIssue } from '@goesting/core/model';
import type { core } from 'zod/mini';
import { historySchema, instrumentSchema, SELFSCAN_SCHEMA_VERSION, valueSchema, type SelfscanInstrument, type SelfscanValue } from './schema.js';
import { SELFSCAN_VARIANTS, defaultInstrument, instrumentKey } from './instrument.js';

/**
 * Upgrades older self-scan documents to the current `schemaVersion`. Version 1 is the first
 * published format, so there is nothing to upgrade yet; newer documents are refused.
 */
export const migrateSelfscanValue = createMigrator(SELFSCAN_SCHEMA_VERSION);

export type { Parsed };

export { parseChoice };

/**
 * Reads JSON text or an object and checks it with `schema`; a `__proto__` key anywhere is refused
 * first, as the schema would copy it into a new object and swap that object's prototype.
 */
function parseDocument<T>(
  input: unknown,
  code: GoestingErrorCode,
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly core.$ZodIssue[] } } },
): Parsed<T> {
  const json = parseJsonInput(input);
  if (!json.ok) return json;
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code, issues: forbidden };
  const result = schema.safeParse(json.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, code, issues: toValidationIssues(result.error.issues) };
}

/** Answers keyed by statement id, in an object without prototype: no id reads or replaces an inherited member. */
const withBareAnswers = (value: SelfscanValue): SelfscanValue => ({ ...value, answers: Object.assign(Object.create(null) as SelfscanValue['answers'], value.answers) });

/** Validates a question list given by the host. */
export function parseSelfscanInstrument(input: unknown): Parsed<SelfscanInstrument> {
  return parseDocument(input, 'invalid-instrument', instrumentSchema);
}

/** Validates earlier results: value documents (an array, or JSON text of one); JSON `null` is none. */
export function parseSelfscanHistory(input: unknown): Parsed<SelfscanValue[]> {
  const parsed = parseDocument(input, 'invalid-history', { safeParse: (data) => historySchema.safeParse(data ?? []) });
  return parsed.ok ? { ok: true, data: parsed.data.map(withBareAnswers) } : parsed;
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
  const reserved = Object.keys(value.answers).flatMap((key) => reservedIdIssue(key, `answers.${key}`) ?? []);
  if (reserved.length) return { ok: false, code: 'invalid-value', issues: reserved };
  if (!instrument) return { ok: true, data: withBareAnswers(value) };
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
  return { ok: true, data: withBareAnswers({ ...value, instrument: current }) };
}

/** An empty document for a question list. */
export function emptySelfscanValue(instrument: SelfscanInstrument): SelfscanValue {
  return { schemaVersion: SELFSCAN_SCHEMA_VERSION, instrument: instrumentKey(instrument), answers: {}, flags: [], energy: {}, completed: false };
}
