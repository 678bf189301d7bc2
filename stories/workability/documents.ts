/* Example data for the workability stories: generated with a fixed seed, so every load is the same. */
import { CONSTRUCTS, PULSE_ITEMS, emptyWorkabilityValue, type WorkabilityTeam, type WorkabilityValue, type WorkabilityWave } from '@goesting/workability/model';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A finished pulse with much work pressure and stress: not werkbaar, two tips. */
export const strainedPulse: WorkabilityValue = {
  ...emptyWorkabilityValue('pulse'),
  answers: Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, ['stress', 'workload', 'emotional'].includes(item.construct) ? 4 : item.construct === 'support' ? 2 : 3])),
  completed: true,
  date: '2026-03-02',
};

/** One response as the check sends it, for a team, with scores drawn around a team's own level. */
function response(random: () => number, team: string, wave: string, strain: number) {
  const scores = Object.fromEntries(
    CONSTRUCTS.map((c) => {
      const worse = c === 'stress' || c === 'workload' || c === 'emotional';
      const level = Math.min(4, Math.max(1, (worse ? strain : 5 - strain) + (random() - 0.5) * 1.6));
      return [c, Math.round(level * 3) / 3];
    }),
  );
  return { team, wave, scores };
}

/** A welfare organisation of about 300 staff: 3 departments, 24 teams, several of them small. */
export const organisationTeams: WorkabilityTeam[] = [
  { id: 'ambulant', label: 'Ambulante hulp' },
  { id: 'residentieel', label: 'Residentiële zorg' },
  { id: 'ondersteuning', label: 'Ondersteunende diensten' },
  ...Array.from({ length: 10 }, (_, i) => ({ id: `amb-${i + 1}`, label: `Regioteam ${i + 1}`, parent: 'ambulant' })),
  ...Array.from({ length: 8 }, (_, i) => ({ id: `res-${i + 1}`, label: `Leefgroep ${i + 1}`, parent: 'residentieel' })),
  { id: 'onthaal', label: 'Onthaal', parent: 'ondersteuning' },
  { id: 'admin', label: 'Administratie', parent: 'ondersteuning' },
  { id: 'ict', label: 'ICT', parent: 'ondersteuning' },
  { id: 'hr', label: 'Personeelsdienst', parent: 'ondersteuning' },
  { id: 'directie', label: 'Directie', parent: 'ondersteuning' },
  { id: 'keuken', label: 'Keuken en onderhoud', parent: 'ondersteuning' },
];

const SIZES: Record<string, number> = {
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`amb-${i + 1}`, [14, 12, 16, 9, 11, 13, 4, 15, 10, 12][i]!])),
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`res-${i + 1}`, [18, 16, 17, 14, 3, 19, 15, 16][i]!])),
  onthaal: 6,
  admin: 9,
  ict: 4,
  hr: 5,
  directie: 2,
  keuken: 12,
};

export const organisationWaves: WorkabilityWave[] = [
  { id: '2025-voorjaar', label: 'Voorjaar 2025' },
  { id: '2025-najaar', label: 'Najaar 2025' },
  { id: '2026-voorjaar', label: 'Voorjaar 2026' },
];

/** One wave of the whole organisation (about 300 answers); residential groups carry more strain. */
export function organisationResponses(waves: readonly string[] = ['2026-voorjaar'], seed = 7) {
  const random = prng(seed);
  return waves.flatMap((wave, w) =>
    Object.entries(SIZES).flatMap(([team, size]) =>
      Array.from({ length: size }, () => response(random, team, wave, team.startsWith('res') ? 2.6 + w * 0.15 : team.startsWith('amb') ? 2.2 - w * 0.1 : 1.9)),
    ),
  );
}

/** The worked example of the differencing guard: a department of 16 with teams of 7, 5 and 4. */
export const guardTeams: WorkabilityTeam[] = [
  { id: 'noord', label: 'Afdeling Noord' },
  { id: 'team-a', label: 'Team A', parent: 'noord' },
  { id: 'team-b', label: 'Team B', parent: 'noord' },
  { id: 'team-c', label: 'Team C', parent: 'noord' },
];

export function guardResponses() {
  const random = prng(16);
  return [
    ...Array.from({ length: 7 }, () => response(random, 'team-a', '', 2.1)),
    ...Array.from({ length: 5 }, () => response(random, 'team-b', '', 2.4)),
    ...Array.from({ length: 4 }, () => response(random, 'team-c', '', 3)),
  ].map(({ wave: _wave, ...rest }) => rest);
}
