import type { Person } from './schema.js';

export interface NetworkDiff {
  added: string[];
  /** People of the earlier circle who are no longer in it. */
  removed: Person[];
  /** Ids of people now in another ring or sector, with where they were. */
  moved: { id: string; from: { ring: string; sector: string } }[];
}

/** Compares a circle with an earlier one, person by person (by id). */
export function diffNetworks(earlier: readonly Person[], now: readonly Person[]): NetworkDiff {
  const before = new Map(earlier.map((p) => [p.id, p]));
  const current = new Set(now.map((p) => p.id));
  const moved: NetworkDiff['moved'] = [];
  const added: string[] = [];
  for (const person of now) {
    const old = before.get(person.id);
    if (!old) added.push(person.id);
    else if (old.ring !== person.ring || old.sector !== person.sector) moved.push({ id: person.id, from: { ring: old.ring, sector: old.sector } });
  }
  return { added, removed: earlier.filter((p) => !current.has(p.id)), moved };
}
