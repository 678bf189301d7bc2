import { unusedId } from './parse.js';
import {
  MAX_GOALS,
  type ActionReview,
  type BackupStep,
  type PlanAction,
  type PlanValue,
  type ProfessionalConditions,
} from './schema.js';

/**
 * Every edit the user makes to a plan. Each function returns a new plan and leaves its input
 * alone; an edit that changes nothing (an unknown id, an index out of range) returns the plan it
 * was given. Empty optional texts are left out rather than stored as `''`.
 */

/** `who` without repeats, in the order given. */
const uniqueDoers = (who: readonly string[]): string[] => [...new Set(who)];

/** The review without an empty note. */
function cleanReview(review: ActionReview): ActionReview {
  return review.note ? { status: review.status, note: review.note } : { status: review.status };
}

/** The action without empty optional fields (`by`, `needs`, `added`, a review's note) and with each doer once. */
function cleanAction(action: PlanAction): PlanAction {
  const { by, needs, review, added, ...rest } = action;
  return {
    ...rest,
    who: uniqueDoers(action.who),
    ...(by ? { by } : {}),
    ...(needs ? { needs } : {}),
    ...(review ? { review: cleanReview(review) } : {}),
    ...(added ? { added } : {}),
  };
}

/** The plan with its main question or its worries set to `text`. */
export function setText(plan: PlanValue, field: 'question' | 'worries', text: string): PlanValue {
  return { ...plan, [field]: text };
}

/** The plan with the client's own strengths (`own`) or those of the people around them (`around`) set to `text`. */
export function setStrength(plan: PlanValue, which: 'own' | 'around', text: string): PlanValue {
  return { ...plan, strengths: { ...plan.strengths, [which]: text } };
}

/** The plan with goal `index` set to `text`; an index that is not a goal changes nothing. */
export function setGoal(plan: PlanValue, index: number, text: string): PlanValue {
  if (!(index in plan.goals) || !Number.isInteger(index)) return plan;
  return { ...plan, goals: plan.goals.map((goal, i) => (i === index ? text : goal)) };
}

/** The plan with one more, empty goal at the end; at the most goals, it changes nothing. */
export function addGoal(plan: PlanValue): PlanValue {
  return plan.goals.length >= MAX_GOALS ? plan : { ...plan, goals: [...plan.goals, ''] };
}

/** The plan without goal `index`. */
export function removeGoal(plan: PlanValue, index: number): PlanValue {
  if (!(index in plan.goals) || !Number.isInteger(index)) return plan;
  return { ...plan, goals: plan.goals.filter((_, i) => i !== index) };
}

/** The plan with a new action at the end, and the action's new id. */
export function addAction(plan: PlanValue, action: Omit<PlanAction, 'id'>): { plan: PlanValue; id: string } {
  const id = unusedId(plan, 'action');
  return { plan: { ...plan, actions: [...plan.actions, cleanAction({ ...action, id })] }, id };
}

/** The plan with action `id` changed by `patch`; a field patched to `undefined` or `''` is removed. */
export function updateAction(plan: PlanValue, id: string, patch: Partial<Omit<PlanAction, 'id'>>): PlanValue {
  if (!plan.actions.some((a) => a.id === id)) return plan;
  return { ...plan, actions: plan.actions.map((a) => (a.id === id ? cleanAction({ ...a, ...patch, id }) : a)) };
}

/** The plan without action `id`. */
export function removeAction(plan: PlanValue, id: string): PlanValue {
  if (!plan.actions.some((a) => a.id === id)) return plan;
  return { ...plan, actions: plan.actions.filter((a) => a.id !== id) };
}

/** The plan with action `id` one place up (`-1`) or down (`1`); at the top or bottom, it changes nothing. */
export function moveAction(plan: PlanValue, id: string, offset: -1 | 1): PlanValue {
  const from = plan.actions.findIndex((a) => a.id === id);
  const to = from + offset;
  if (from < 0 || (offset !== -1 && offset !== 1) || to < 0 || to >= plan.actions.length) return plan;
  const actions = [...plan.actions];
  [actions[from], actions[to]] = [actions[to]!, actions[from]!];
  return { ...plan, actions };
}

/** The plan with a new step of the backup agreement at the end, and the step's new id. */
export function addBackup(plan: PlanValue, step: Omit<BackupStep, 'id'>): { plan: PlanValue; id: string } {
  const id = unusedId(plan, 'backup');
  return { plan: { ...plan, backup: [...plan.backup, { id, what: step.what, who: uniqueDoers(step.who) }] }, id };
}

/** The plan with backup step `id` changed by `patch`. */
export function updateBackup(plan: PlanValue, id: string, patch: Partial<Omit<BackupStep, 'id'>>): PlanValue {
  if (!plan.backup.some((b) => b.id === id)) return plan;
  return {
    ...plan,
    backup: plan.backup.map((b) => (b.id === id ? { id, what: patch.what ?? b.what, who: uniqueDoers(patch.who ?? b.who) } : b)),
  };
}

/** The plan without backup step `id`. */
export function removeBackup(plan: PlanValue, id: string): PlanValue {
  if (!plan.backup.some((b) => b.id === id)) return plan;
  return { ...plan, backup: plan.backup.filter((b) => b.id !== id) };
}

/**
 * The plan with the professional's conditions changed by `patch` (starting from empty ones), or
 * without conditions when `patch` is `undefined`. An empty `by` is left out.
 */
export function setConditions(plan: PlanValue, patch: Partial<ProfessionalConditions> | undefined): PlanValue {
  if (patch === undefined) {
    if (!plan.conditions) return plan;
    const { conditions: _conditions, ...rest } = plan;
    return rest;
  }
  const merged = { text: '', answer: '', ...plan.conditions, ...patch };
  const { by, text, answer } = merged;
  return { ...plan, conditions: { text: text ?? '', ...(by ? { by } : {}), answer: answer ?? '' } };
}

/** The plan with the review of action `id` set, or removed when `review` is `undefined`. */
export function setReview(plan: PlanValue, id: string, review: ActionReview | undefined): PlanValue {
  if (!plan.actions.some((a) => a.id === id)) return plan;
  return {
    ...plan,
    actions: plan.actions.map((a) => {
      if (a.id !== id) return a;
      const { review: _review, ...rest } = a;
      return review ? { ...rest, review: cleanReview(review) } : rest;
    }),
  };
}

/** The plan without the people that no action or backup step names any more. */
export function removeUnusedPeople(plan: PlanValue): PlanValue {
  const named = new Set([...plan.actions, ...plan.backup].flatMap((step) => step.who));
  const people = plan.people.filter((p) => named.has(p.id));
  return people.length === plan.people.length ? plan : { ...plan, people };
}
