import { CONSTRUCTS, type WorkabilityTeam } from '../src/model/index.js';
// The same seeded generator the stories use, so every generated case can be replayed from its seed.
import { seeded as prng } from '../../../stories/shared/random.js';

export interface GeneratedCase {
  teams: WorkabilityTeam[];
  /** Stored records, as a portal keeps them. */
  records: { id: number; team?: string; wave?: string; scores: Record<string, number> }[];
  minGroupSize: number;
}

/** A random hierarchy (up to four levels) with many small teams, answers in 1–3 waves, some without a team. */
export function randomCase(seed: number): GeneratedCase {
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const teams: WorkabilityTeam[] = [];
  const count = int(1, 14);
  for (let i = 0; i < count; i++) {
    const parent = i > 0 && random() < 0.6 ? teams[int(0, i - 1)]!.id : undefined;
    teams.push({ id: `t${i}`, label: `Team ${i}`, ...(parent ? { parent } : {}) });
  }
  const waves = int(1, 3);
  const records: GeneratedCase['records'] = [];
  for (let w = 0; w < waves; w++) {
    for (const team of [...teams, undefined]) {
      const size = random() < 0.3 ? int(0, 4) : int(0, 12);
      for (let k = 0; k < (team ? size : int(0, 3)); k++) {
        const scores = Object.fromEntries(CONSTRUCTS.map((c) => [c, int(1, 4)]));
        records.push({ id: records.length + 1, ...(team ? { team: team.id } : {}), ...(waves > 1 ? { wave: `w${w}` } : {}), scores });
      }
    }
  }
  return { teams, records, minGroupSize: int(5, 7) };
}

/** The true number of respondents per group and wave, counted independently of the aggregation. */
export function trueSizes(generated: GeneratedCase): Map<string, Map<string, number>> {
  const parentOf = new Map(generated.teams.map((t) => [t.id, t.parent ?? '@organisation']));
  const sizes = new Map<string, Map<string, number>>();
  for (const r of generated.records) {
    const wave = r.wave ?? '';
    if (!sizes.has(wave)) sizes.set(wave, new Map());
    const perWave = sizes.get(wave)!;
    for (let id: string | undefined = r.team ?? '@organisation'; id; id = id === '@organisation' ? undefined : parentOf.get(id)) perWave.set(id, (perWave.get(id) ?? 0) + 1);
  }
  return sizes;
}

/**
 * For each shown group, what anyone can compute from the output: its count minus the counts of its
 * nearest shown descendants. Returns every such remainder that concerns 1 up to `min − 1` people.
 */
export function leakingRemainders(groups: { id: string; parent: string | null; n: number | undefined }[], min: number): string[] {
  const children = new Map<string, string[]>();
  for (const g of groups) if (g.parent !== null) children.set(g.parent, [...(children.get(g.parent) ?? []), g.id]);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const leaks: string[] = [];
  for (const g of groups) {
    if (g.n === undefined) continue;
    let remainder = g.n;
    const stack = [...(children.get(g.id) ?? [])];
    while (stack.length) {
      const id = stack.pop()!;
      const d = byId.get(id)!;
      if (d.n !== undefined) remainder -= d.n;
      else stack.push(...(children.get(id) ?? []));
    }
    if (remainder > 0 && remainder < min) leaks.push(`${g.id}: ${remainder}`);
  }
  return leaks;
}
