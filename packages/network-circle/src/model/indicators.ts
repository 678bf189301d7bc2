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
  // Counted in maps and turned into records from entries: ids never meet inherited members.
  const bySector = new Map(config.sectors.map((s) => [s.id, 0]));
  const byRing = new Map(config.rings.map((r) => [r.id, 0]));
  const byCell = new Map(config.sectors.map((s) => [s.id, new Map(config.rings.map((r) => [r.id, 0]))]));
  for (const person of people) {
    const sector = bySector.get(person.sector);
    const ring = byRing.get(person.ring);
    const cell = byCell.get(person.sector);
    if (sector !== undefined) bySector.set(person.sector, sector + 1);
    if (ring !== undefined) byRing.set(person.ring, ring + 1);
    if (cell?.has(person.ring)) cell.set(person.ring, cell.get(person.ring)! + 1);
  }
  const professional = people.filter((p) => formal.has(p.sector)).length;
  return {
    total: people.length,
    bySector: Object.fromEntries(bySector),
    byRing: Object.fromEntries(byRing),
    bySectorAndRing: Object.fromEntries([...byCell].map(([sector, rings]) => [sector, Object.fromEntries(rings)])),
    informal: people.length - professional,
    professional,
    reciprocal: people.filter(isReciprocal).map((p) => p.id),
    stressful: people.filter((p) => p.quality === 'stressful').map((p) => p.id),
    helpers: people.filter((p) => p.canHelp).map((p) => p.id),
    emptySectors: config.sectors.filter((s) => bySector.get(s.id) === 0).map((s) => s.id),
    carryingALot: people.filter((p) => !formal.has(p.sector) && p.gives.length >= CARRYING_A_LOT).map((p) => p.id),
  };
}
