import { createMigrator, mergePerspectives, parseDocumentList, parseVersionedDocument, type Parsed, type ValidationIssue } from '@goesting/core/model';
import { ALLIANCE_INSTRUMENTS, ALLIANCE_STATEMENTS, variantOf, type AllianceVariant } from './statements.js';
import { ALLIANCE_SCHEMA_VERSION, historySchema, valueSchema, type AllianceValue } from './schema.js';

/** Upgrades older documents; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateAllianceValue = createMigrator(ALLIANCE_SCHEMA_VERSION);

/** Answers to statements the document's own variant does not ask (a full check's statement in a short one). */
function unaskedAnswers(doc: AllianceValue): ValidationIssue[] {
  const asked = new Set(ALLIANCE_STATEMENTS[variantOf(doc.instrument) ?? 'short'].map((s) => s.id));
  return Object.entries(doc.perspectives).flatMap(([perspective, entry]) =>
    Object.keys(entry.answers)
      .filter((id) => !asked.has(id))
      .map((id) => ({ path: `perspectives.${perspective}.answers.${id}`, code: 'unknown_item', message: `${doc.instrument} has no statement "${id}".`, params: { item: id } })),
  );
}

/**
 * Reads a saved document (object or JSON text): upgrades older versions, refuses newer ones, and
 * refuses answers to statements its variant does not ask. With `variant`, a document of the other
 * variant is refused too (`other_instrument`): its answers would be shown against other statements.
 */
export function parseAllianceValue(input: unknown, variant?: AllianceVariant): Parsed<AllianceValue> {
  const result = parseVersionedDocument(input, migrateAllianceValue, valueSchema);
  if (!result.ok) return result;
  if (variant && result.data.instrument !== ALLIANCE_INSTRUMENTS[variant]) {
    const expected = ALLIANCE_INSTRUMENTS[variant];
    return { ok: false, code: 'invalid-value', issues: [{ path: 'instrument', code: 'other_instrument', message: `Made with ${result.data.instrument}, not ${expected}.`, params: { found: result.data.instrument, expected } }] };
  }
  const issues = unaskedAnswers(result.data);
  return issues.length ? { ok: false, code: 'invalid-value', issues } : result;
}

/** Reads earlier checks (documents, oldest first, at most 1000). */
export function parseAllianceHistory(input: unknown): Parsed<AllianceValue[]> {
  return parseDocumentList(input, historySchema, unaskedAnswers);
}

/**
 * Merges the documents of one check filled in on two devices (the client's on one, the
 * professional's on the other) into one. Refused: documents of different variants or versions of
 * the statements (`different_instrument`), for another client or session (`different_clientRef`,
 * `different_session`), or with the same perspective twice (`perspective_twice`). The merged
 * check is complete when every perspective in it is. Never throws.
 */
export function mergeAllianceDocuments(documents: readonly unknown[]): Parsed<AllianceValue> {
  return mergePerspectives(
    documents,
    (input) => parseAllianceValue(input),
    (doc) => ({ instrument: doc.instrument, clientRef: doc.clientRef, session: doc.session }),
    (first, perspectives) => ({ ...first, perspectives, completed: Object.values(perspectives).every((p) => p.completed) }),
  );
}

/** An empty check of `variant` for the perspectives in `order`. */
export function emptyAllianceValue(variant: AllianceVariant, order: readonly string[]): AllianceValue {
  return {
    schemaVersion: ALLIANCE_SCHEMA_VERSION,
    instrument: ALLIANCE_INSTRUMENTS[variant],
    perspectives: Object.fromEntries(order.map((p) => [p, { answers: {}, completed: false }])),
    completed: false,
  };
}
