import { reviewCounts } from './review.js';
import { CLIENT, type PlanAction, type PlanBalance, type PlanResult, type PlanValue } from './schema.js';

/** From how many open actions one person from the network carries "many". */
export const DEFAULT_OVERLOAD = 3;

/** Whether an action is still open: not reviewed yet, or reviewed as partly done or not done yet. */
export function isOpen(action: PlanAction): boolean {
  return !action.review || action.review.status === 'partly' || action.review.status === 'not-yet';
}

/**
 * How the open actions rest on the client, on the network and on professionals: an action done
 * together counts once for each kind of doer in it. `overloaded` lists the people from the
 * network with at least `overload` open actions, most first, then by label. Doers that are not
 * in the plan are left out; an `overload` that is not a number from 1 is the default.
 */
export function planBalance(plan: PlanValue, overload: number = DEFAULT_OVERLOAD): PlanBalance {
  const limit = Number.isFinite(overload) && overload >= 1 ? Math.ceil(overload) : DEFAULT_OVERLOAD;
  const people = new Map(plan.people.map((person) => [person.id, person]));
  const carried = new Map<string, number>();
  const balance: PlanBalance = { total: plan.actions.length, open: 0, client: 0, network: 0, professional: 0, overloaded: [] };
  for (const action of plan.actions) {
    if (!isOpen(action)) continue;
    balance.open++;
    const kinds = new Set<'client' | 'network' | 'professional'>();
    for (const id of new Set(action.who)) {
      if (id === CLIENT) kinds.add('client');
      else {
        const person = people.get(id);
        if (!person) continue;
        kinds.add(person.role);
        if (person.role === 'network') carried.set(id, (carried.get(id) ?? 0) + 1);
      }
    }
    for (const kind of kinds) balance[kind]++;
  }
  balance.overloaded = [...carried]
    .filter(([, actions]) => actions >= limit)
    .map(([id, actions]) => ({ id, label: people.get(id)!.label, actions }))
    .sort((a, b) => b.actions - a.actions || a.label.localeCompare(b.label));
  return balance;
}

/** What `goesting-complete` reports beside the plan: the balance, the review date and the review counts per status. */
export function planResult(plan: PlanValue, overload?: number): PlanResult {
  return {
    balance: planBalance(plan, overload),
    ...(plan.reviewDate ? { reviewDate: plan.reviewDate } : {}),
    statuses: reviewCounts(plan),
  };
}
