import type { NetworkConfig, Person } from './schema.js';

/**
 * Editing the people of a circle: new ids, the form's draft, and the lists after adding, changing,
 * moving or removing someone. Every function returns new lists and leaves its input alone, so
 * each state can go on the undo stack.
 */

/** A person being added (no id yet) or edited. */
export type Draft = Omit<Person, 'id'> & { id?: string };

let counter = 0;

/** A new person id: unique on the page, and with the time in it also across sessions. */
export const newPersonId = (): string => `p-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** The form's draft for `person`, or for someone new: in the first sector and the middle ring. */
export function draftFor(config: NetworkConfig, person?: Person): Draft {
  if (person) return { ...person, gives: [...person.gives], receives: [...person.receives] };
  return { label: '', sector: config.sectors[0]!.id, ring: config.rings[Math.min(1, config.rings.length - 1)]!.id, gives: [], receives: [] };
}

/**
 * The person a draft describes, with the label trimmed and empty texts left out, or `undefined`
 * while the label is empty. Someone new gets an id from `newId`.
 */
export function personFromDraft(draft: Draft, newId: () => string = newPersonId): Person | undefined {
  const label = draft.label.trim();
  if (!label) return undefined;
  const { id, ...fields } = draft;
  const person: Person = { id: id ?? newId(), ...fields, label };
  for (const key of ['helpWith', 'note'] as const) if (!person[key]?.trim()) delete person[key];
  return person;
}

/** `people` with `person` in place of the one with the same id, or added at the end. */
export function savePerson(people: readonly Person[], person: Person): { people: Person[]; added: boolean } {
  const added = !people.some((p) => p.id === person.id);
  return { people: added ? [...people, person] : people.map((p) => (p.id === person.id ? person : p)), added };
}

/** `people` with person `id` in ring `ring` and sector `sector`, or `undefined` when that changes nothing. */
export function movePerson(people: readonly Person[], id: string, ring: string, sector: string): Person[] | undefined {
  const person = people.find((p) => p.id === id);
  if (!person || (person.ring === ring && person.sector === sector)) return undefined;
  return people.map((p) => (p.id === id ? { ...p, ring, sector } : p));
}

/**
 * `people` without person `id`, with who was removed and who now stands in their place in the list
 * (else the last one), where the focus can go; `undefined` when there is no such person.
 */
export function removePerson(people: readonly Person[], id: string): { people: Person[]; removed: Person; next?: Person } | undefined {
  const index = people.findIndex((p) => p.id === id);
  if (index < 0) return undefined;
  const rest = people.filter((p) => p.id !== id);
  return { people: rest, removed: people[index]!, next: rest[Math.min(index, rest.length - 1)] };
}
