import { keyedRecord } from './parse.js';
import type { ReflectionValue } from './schema.js';

/** The card with the group's name, or without one. */
export function withGroup({ group: _group, ...doc }: ReflectionValue, group: string): ReflectionValue {
  return group ? { ...doc, group } : doc;
}

/** The card with one more, empty, peer's view. */
export function withNewView(doc: ReflectionValue): ReflectionValue {
  return { ...doc, views: [...doc.views, { text: '' }] };
}

/** The card with the name or text of the view at `index` changed; an empty name is left out. */
export function withView(doc: ReflectionValue, index: number, change: { name?: string; text?: string }): ReflectionValue {
  return {
    ...doc,
    views: doc.views.map((view, i) => {
      if (i !== index) return view;
      const next = { ...view, ...change };
      if (!next.name) delete next.name;
      return next;
    }),
  };
}

/** The card without the view at `index`. */
export function withoutView(doc: ReflectionValue, index: number): ReflectionValue {
  return { ...doc, views: doc.views.filter((_, i) => i !== index) };
}

/** The card with `minutes` for the round `round`. */
export function withRoundMinutes(doc: ReflectionValue, round: string, minutes: number): ReflectionValue {
  return { ...doc, rounds: keyedRecord({ ...doc.rounds, [round]: minutes }) };
}
