import { createMigrator, parseDocumentList, type GridCell, type ValidationIssue, parseVersionedDocument, type Parsed } from '@goesting/core/model';
import { CELL_DIMENSIONS, CELL_PILLARS } from '@goesting/core/model';
import { REFLECTION_SCHEMA_VERSION, historySchema, valueSchema, type ReflectionValue } from './schema.js';
import { TEMPLATES, stepIds, type TemplateId } from './templates.js';

/** Upgrades older documents; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateReflectionValue = createMigrator(REFLECTION_SCHEMA_VERSION);

export type { Parsed };

/** A fresh card id; not secret, only unique enough to tell a person's cards apart. */
export function newCardId(): string {
  return `card-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A copy of an id-keyed record without a prototype: a step, card or round named `constructor` or
 * `toString` is a plain key there, never a member of `Object.prototype`.
 */
export function keyedRecord<T>(record: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

/** The card with its id-keyed records (`steps`, `review`, `rounds`) as records without a prototype. */
function withKeyedRecords(doc: ReflectionValue): ReflectionValue {
  return { ...doc, steps: keyedRecord(doc.steps), review: keyedRecord(doc.review), rounds: keyedRecord(doc.rounds) };
}

/** An empty card for a template. */
export function emptyReflectionValue(template: TemplateId = 'korthagen', cell?: GridCell): ReflectionValue {
  return {
    schemaVersion: REFLECTION_SCHEMA_VERSION,
    id: newCardId(),
    template,
    ...(cell ? { cell } : {}),
    steps: keyedRecord(),
    feelings: [],
    takeaway: '',
    action: { text: '' },
    review: keyedRecord(),
    rounds: keyedRecord(),
    views: [],
    completed: false,
  };
}

/**
 * Checks what the schema cannot: step texts only for steps the card's template has, and no card
 * id `__proto__` (a later card keeps its decision under that id as a key, which no document may hold).
 */
function checkCard(doc: ReflectionValue): ValidationIssue[] {
  const known = new Set(stepIds(doc.template));
  const issues: ValidationIssue[] = Object.keys(doc.steps)
    .filter((step) => !known.has(step))
    .map((step) => ({
      path: `steps.${step}`,
      code: 'unknown_step',
      message: `The template "${doc.template}" has no step "${step}".`,
      params: { step, template: doc.template },
    }));
  if (doc.id === '__proto__') issues.push({ path: 'id', code: 'forbidden_key', message: 'The id "__proto__" is not allowed: ids are used as keys.', params: { key: doc.id } });
  return issues;
}

/**
 * Validates a saved card (object or JSON string): upgrades older versions, refuses newer ones,
 * unknown templates, unknown steps, over-long texts and `__proto__` keys. The card's id-keyed
 * records come back without a prototype.
 */
export function parseReflectionValue(input: unknown): Parsed<ReflectionValue> {
  const result = parseVersionedDocument(input, migrateReflectionValue, valueSchema);
  if (!result.ok) return result;
  const issues = checkCard(result.data);
  return issues.length ? { ok: false, code: 'invalid-value', issues } : { ok: true, data: withKeyedRecords(result.data) };
}

/** Validates earlier cards, as {@link parseReflectionValue} validates one. */
export function parseReflectionHistory(input: unknown): Parsed<ReflectionValue[]> {
  const result = parseDocumentList(input, historySchema, checkCard);
  return result.ok ? { ok: true, data: result.data.map(withKeyedRecords) } : result;
}

/** Checks a template name given by the host. */
export function parseTemplate(input: unknown): Parsed<TemplateId> {
  if (typeof input === 'string' && (TEMPLATES as readonly string[]).includes(input)) return { ok: true, data: input as TemplateId };
  return {
    ok: false,
    code: 'invalid-config',
    issues: [{ path: 'template', code: 'invalid_value', message: `Not one of the allowed values: ${TEMPLATES.join(', ')}.`, params: { values: TEMPLATES.join(', ') } }],
  };
}

/**
 * Checks a cell given as `pillar` and `dimension` (attributes) or as one object (`tag`): both
 * halves must be given (a missing one is `cell_incomplete`) and allowed.
 */
export function parseCell(pillar: unknown, dimension: unknown): Parsed<GridCell> {
  const issues: ValidationIssue[] = [];
  const check = (path: keyof GridCell, given: unknown, allowed: readonly string[]) => {
    if (given === undefined)
      issues.push({ path, code: 'cell_incomplete', message: 'pillar and dimension go together: give both or neither.', params: { missing: path } });
    else if (!(allowed as readonly unknown[]).includes(given))
      issues.push({ path, code: 'invalid_value', message: `Not one of the allowed values: ${allowed.join(', ')}.`, params: { values: allowed.join(', ') } });
  };
  check('pillar', pillar, CELL_PILLARS);
  check('dimension', dimension, CELL_DIMENSIONS);
  return issues.length ? { ok: false, code: 'invalid-config', issues } : { ok: true, data: { pillar, dimension } as GridCell };
}

/** Checks a cell given as one object `{ pillar, dimension }`, such as `tag`; anything else is refused. Never throws. */
export function parseTag(input: unknown): Parsed<GridCell> {
  try {
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const { pillar, dimension } = input as Record<keyof GridCell, unknown>;
      const parsed = parseCell(pillar, dimension);
      return parsed.ok ? parsed : { ...parsed, issues: parsed.issues.map((issue) => ({ ...issue, path: `tag.${issue.path}` })) };
    }
  } catch {
    // An object whose halves cannot even be read is no tag.
  }
  return {
    ok: false,
    code: 'invalid-config',
    issues: [{ path: 'tag', code: 'invalid_type', message: 'Expected an object { pillar, dimension }.', params: { expected: '{ pillar, dimension }' } }],
  };
}
