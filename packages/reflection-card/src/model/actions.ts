import type { OpenAction, ReflectionResult, ReflectionValue } from './schema.js';
import { stepIds } from './templates.js';

/**
 * The actions of earlier cards that are still open: every card's action with text, unless a later
 * card marked it done or dropped. "Carried over" keeps it open for the next card. `status` is
 * what the current card decided, if anything.
 */
export function openActions(history: readonly ReflectionValue[], current?: ReflectionValue): OpenAction[] {
  const closed = new Set<string>();
  for (const doc of history) for (const [card, status] of Object.entries(doc.review)) if (status !== 'carried') closed.add(card);
  // By card id: a card named `constructor` or `toString` must not find a member of Object.prototype.
  const decided = new Map(Object.entries(current?.review ?? {}));
  return history
    .filter((doc) => doc.id !== current?.id && doc.action.text.trim() !== '' && !closed.has(doc.id))
    .map((doc) => {
      const status = decided.get(doc.id);
      return {
        card: doc.id,
        text: doc.action.text,
        ...(doc.action.due ? { due: doc.action.due } : {}),
        ...(doc.date ? { date: doc.date } : {}),
        ...(status ? { status } : {}),
      };
    });
}

/** What the card amounts to: its action, and which earlier actions stay open or were closed now. */
export function summariseReflection(value: ReflectionValue, history: readonly ReflectionValue[]): ReflectionResult {
  const earlier = openActions(history, value);
  const steps = stepIds(value.template);
  return {
    template: value.template,
    ...(value.cell ? { cell: value.cell } : {}),
    answered: steps.filter((s) => (value.steps[s] ?? '').trim() !== '').length,
    steps: steps.length,
    action: value.action,
    openActions: earlier.filter((a) => a.status === undefined || a.status === 'carried'),
    closedActions: earlier.filter((a) => a.status === 'done' || a.status === 'dropped'),
    ...(value.date ? { date: value.date } : {}),
  };
}
