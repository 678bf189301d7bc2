import {
  createMigrator,
  isCalendarDay,
  parseJsonInput,
  parseDocumentList,
  parseVersionedDocument,
  prototypeKeys,
  toValidationIssues,
  type Parsed,
  type ValidationIssue,
} from '@goesting/core/model';
import { CLIENT, PLAN_SCHEMA_VERSION, circleSchema, historySchema, valueSchema, type Circle, type CirclePerson, type PlanValue } from './schema.js';

/** Upgrades older plans; version 1 is the first, so there is nothing to upgrade yet. */
export const migratePlanValue = createMigrator(PLAN_SCHEMA_VERSION);

/** The circle's schema and types live in `schema.ts`; they are offered here too, beside {@link parseCircle}. */
export type { Parsed, Circle, CirclePerson };
export { circleSchema };

let counter = 0;

/**
 * A fresh id for a person, action or backup step, such as `action-m1x2y3z4-0ab3f`: not secret,
 * only unique enough within one plan. Characters of `prefix` that no id may hold are left out.
 */
export function newId(prefix: string): string {
  const safe = String(prefix).replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 24) || 'id';
  counter = (counter + 1) % 1_679_616;
  return `${safe}-${Date.now().toString(36)}-${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A fresh id ({@link newId}) that no person, action or backup step of `plan` has yet. */
export function unusedId(plan: PlanValue, prefix: string): string {
  const used = new Set([...plan.people, ...plan.actions, ...plan.backup].map((item) => item.id));
  let id = newId(prefix);
  while (used.has(id)) id = newId(prefix);
  return id;
}

/** An empty plan: no texts, people, actions or backup yet, not completed; made on `today` when that is a calendar day. */
export function emptyPlanValue(today?: string): PlanValue {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    question: '',
    goals: [],
    strengths: { own: '', around: '' },
    worries: '',
    people: [],
    actions: [],
    backup: [],
    completed: false,
    ...(isCalendarDay(today) ? { date: today } : {}),
  };
}

/** The issues of ids listed twice in `items` (`duplicate_id`), with paths under `list`. */
function duplicateIds(items: readonly { id: string }[], list: string): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ path: `${list}[${i}].id`, code: 'duplicate_id', message: `Duplicate id "${item.id}".`, params: { id: item.id } });
    seen.add(item.id);
  });
  return issues;
}

/**
 * Checks what the schema cannot: ids are unique among people, among actions and among backup
 * steps; every doer of an action or backup step is the client or a person of the plan
 * (`unknown_person`), and no one is listed twice as doer of one step (`duplicate_id`).
 */
function checkPlan(plan: PlanValue): ValidationIssue[] {
  const issues = [...duplicateIds(plan.people, 'people'), ...duplicateIds(plan.actions, 'actions'), ...duplicateIds(plan.backup, 'backup')];
  const people = new Set(plan.people.map((person) => person.id));
  for (const list of ['actions', 'backup'] as const) {
    plan[list].forEach((step, i) => {
      const seen = new Set<string>();
      step.who.forEach((id, j) => {
        const path = `${list}[${i}].who[${j}]`;
        if (id !== CLIENT && !people.has(id)) issues.push({ path, code: 'unknown_person', message: `No person "${id}" in the plan.`, params: { id } });
        else if (seen.has(id)) issues.push({ path, code: 'duplicate_id', message: `"${id}" is listed twice.`, params: { id } });
        seen.add(id);
      });
    });
  }
  return issues;
}

/**
 * Validates a saved plan (object or JSON text): upgrades older versions, refuses newer ones
 * (`unsupported-version`), and refuses with `invalid-value` what does not fit the schema
 * (over-long texts, days that do not exist, `__proto__` keys) and doers that are not in the plan,
 * ids listed twice, or a doer listed twice for one action. Never throws.
 */
export function parsePlanValue(input: unknown): Parsed<PlanValue> {
  const result = parseVersionedDocument(input, migratePlanValue, valueSchema);
  if (!result.ok) return result;
  const issues = checkPlan(result.data);
  return issues.length ? { ok: false, code: 'invalid-value', issues } : result;
}

/** Validates earlier versions of the plan, oldest first, as {@link parsePlanValue} validates one; unset is none. Never throws. */
export function parsePlanHistory(input: unknown): Parsed<PlanValue[]> {
  return parseDocumentList(input, historySchema, checkPlan);
}

/** `issues` with their paths under `network`, the property the host sets the circle on. */
const underNetwork = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
  issues.map((issue) => ({ ...issue, path: issue.path === '' ? 'network' : issue.path.startsWith('[') ? `network${issue.path}` : `network.${issue.path}` }));

/**
 * Reads the network circle the host passes (`plan.network = circle.value`, object or JSON text):
 * its people with their id, label, sector and whether they can help and may be contacted. Other
 * fields of the circle are allowed and left out of the result; `__proto__` keys, people without
 * an id or label and ids listed twice are refused with `invalid-config`, on paths under `network`.
 * Never throws.
 */
export function parseCircle(input: unknown): Parsed<Circle> {
  const json = parseJsonInput(input);
  if (!json.ok) return { ...json, issues: underNetwork(json.issues) };
  const forbidden = prototypeKeys(json.data);
  if (forbidden.length) return { ok: false, code: 'invalid-config', issues: underNetwork(forbidden) };
  const result = circleSchema.safeParse(json.data);
  if (!result.success) return { ok: false, code: 'invalid-config', issues: underNetwork(toValidationIssues(result.error.issues)) };
  const duplicates = duplicateIds(result.data.people, 'people');
  if (duplicates.length) return { ok: false, code: 'invalid-config', issues: underNetwork(duplicates) };
  const people = result.data.people.map(({ id, label, sector, canHelp, helpWith, mayContact }): CirclePerson => ({
    id,
    label,
    sector,
    ...(canHelp === undefined ? {} : { canHelp }),
    ...(helpWith === undefined ? {} : { helpWith }),
    ...(mayContact === undefined ? {} : { mayContact }),
  }));
  return { ok: true, data: { people } };
}
