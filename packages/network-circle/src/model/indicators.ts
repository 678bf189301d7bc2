import type { NetworkConfig, NetworkIndicators, Person } from './schema.js';

/** Giving three or more of the four kinds of support is a lot for one person in the network. */
export const CARRYING_A_LOT = 3;

/** Whether support flows both ways between the client and this person. */
export const isReciprocal = (person: Person) => person.gives.length > 0 && person.receives.length > 0;

/**
 * Descriptive figures about a circle: how many people per sector and ring, informal against
 * professional, who gives and receives support, stressful ties, who could help with the plan,
 * empty sectors and informal people who carry a lot. Lists hold person ids (sector ids for
 * empty sectors), in the order of the circle.
 */
export function networkIndicators(people: readonly Person[], config: NetworkConfig): NetworkIndicators {
  const formal = new Set(config.sectors.filter((s) => s.formal).map((s) => s.id));
  const bySector = Object.fromEntries(config.sectors.map((s) => [s.id, 0]));
  const byRing = Object.fromEntries(config.rings.map((r) => [r.id, 0]));
  const bySectorAndRing = Object.fromEntries(config.sectors.map((s) => [s.id, Object.fromEntries(config.rings.map((r) => [r.id, 0]))]));
  for (const person of people) {
    if (person.sector in bySector) bySector[person.sector]!++;
    if (person.ring in byRing) byRing[person.ring]!++;
    const cell = bySectorAndRing[person.sector];
    if (cell && person.ring in cell) cell[person.ring]!++;
  }
  const professional = people.filter((p) => formal.has(p.sector)).length;
  return {
    total: people.length,
    bySector,
    byRing,
    bySectorAndRing,
    informal: people.length - professional,
    professional,
    reciprocal: people.filter(isReciprocal).map((p) => p.id),
    stressful: people.filter((p) => p.quality === 'stressful').map((p) => p.id),
    helpers: people.filter((p) => p.canHelp).map((p) => p.id),
    emptySectors: config.sectors.filter((s) => bySector[s.id] === 0).map((s) => s.id),
    carryingALot: people.filter((p) => !formal.has(p.sector) && p.gives.length >= CARRYING_A_LOT).map((p) => p.id),
  };
}
