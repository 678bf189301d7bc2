/*
 * Example data for the workability stories, made as a portal makes it: employees' checks are
 * ingested by the server entry into stored records, and reports are released from the stored
 * records. Generated with a fixed seed, so every load is the same.
 */
import {
  FULL_ITEMS,
  HIGHER_IS_WORSE,
  PULSE_ITEMS,
  emptyWorkabilityValue,
  scoreWorkability,
  type WorkabilityRecord,
  type WorkabilityTeam,
  type WorkabilityValue,
  type WorkabilityWave,
} from '@goesting/workability/model';
import { ingestWorkability, releaseWorkability, type IngestOptions, type LedgerEntry, type ReleaseOptions, type WorkabilityRelease } from '@goesting/workability/server';
import { seeded } from '../shared/random.js';

/** A finished pulse with much work pressure and stress: not werkbaar, two tips. */
export const strainedPulse: WorkabilityValue = {
  ...emptyWorkabilityValue('pulse'),
  answers: Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, ['stress', 'workload', 'emotional'].includes(item.construct) ? 4 : item.construct === 'support' ? 2 : 3])),
  completed: true,
  date: '2026-03-02',
};

// ── The employees' side: completed checks ─────────────────────────────────────────────────────

/**
 * One full check as `<goesting-workability-check>` sends it in `goesting-complete`, answered by
 * someone whose strain sits around `strain` (1–4): each topic drawn once per person, each
 * statement close to it, statements worded the other way round answered the other way round.
 */
function completedCheck(random: () => number, strain: number, keys: { team?: string; wave?: string }) {
  const person = new Map<string, number>();
  const answers = Object.fromEntries(
    FULL_ITEMS.map((item) => {
      if (!person.has(item.construct)) person.set(item.construct, strain + (random() - 0.5) * 1.6);
      const level = HIGHER_IS_WORSE.has(item.construct) ? person.get(item.construct)! : 5 - person.get(item.construct)!;
      const answer = Math.min(4, Math.max(1, Math.round(level + (random() - 0.5) * 1.0)));
      return [item.id, item.reverse ? 5 - answer : answer];
    }),
  );
  const value: WorkabilityValue = { schemaVersion: 1, variant: 'full', answers, completed: true, date: '2026-03-02' };
  return { widget: 'workability-check', schemaVersion: 1, value, result: scoreWorkability(value, keys) };
}

// ── The portal's side: ingest, store, release ─────────────────────────────────────────────────

/** A record as the portal's database holds it: the ingested record under the database's key. */
export type StoredRecord = WorkabilityRecord & { id: number };

/** What the portal does with each `goesting-complete` it receives: ingest it into the record it stores. */
function ingest(detail: unknown, options: IngestOptions): WorkabilityRecord {
  const ingested = ingestWorkability(detail, { day: '2026-03-02', ...options });
  if (!ingested.ok) throw new Error(`ingest refused a check: ${JSON.stringify(ingested.issues)}`);
  return ingested.data;
}

/** What the portal does when HR asks for a report: release it from the stored records. */
export function release(records: readonly unknown[], options: ReleaseOptions): WorkabilityRelease {
  const released = releaseWorkability(records, options);
  if (!released.ok) throw new Error(`release refused: ${JSON.stringify(released.issues)}`);
  return released.data;
}

// ── A welfare organisation of about 300 staff ─────────────────────────────────────────────────

/** 3 departments, 24 teams, several of them small. */
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
const latestWave = organisationWaves[2]!;

/** The strain a team's answers sit around in wave `w`: residential groups carry more, and more each wave. */
const teamStrain = (team: string, w: number) => (team.startsWith('res') ? 2.3 + w * 0.1 : team.startsWith('amb') ? 2.2 - w * 0.1 : 1.9);

let organisationDatabase: StoredRecord[] | undefined;

/** The organisation's stored records of three waves (about 900), ingested once. */
function organisationRecords(): StoredRecord[] {
  if (organisationDatabase) return organisationDatabase;
  const random = seeded(7);
  const database: StoredRecord[] = [];
  organisationWaves.forEach((wave, w) => {
    for (const [team, size] of Object.entries(SIZES)) {
      for (let i = 0; i < size; i++) {
        const record = ingest(completedCheck(random, teamStrain(team, w), { team, wave: wave.id }), { teams: organisationTeams, waves: [wave] });
        database.push({ id: database.length + 1, ...record });
      }
    }
  });
  return (organisationDatabase = database);
}

const ofWave = (records: readonly StoredRecord[], wave: string) => records.filter((r) => r.wave === wave);

/** The latest wave of the organisation, released on its own. */
export const organisationReport = (options: Partial<ReleaseOptions> = {}) =>
  release(ofWave(organisationRecords(), latestWave.id), { release: 'r1', teams: organisationTeams, waves: [latestWave], ...options }).aggregate;

/** All three waves of the organisation in one release: a trend. */
export const trendReport = () => release(organisationRecords(), { release: 'r1', teams: organisationTeams, waves: organisationWaves }).aggregate;

/**
 * A live wave: the portal released `r1`, then one more employee of Regioteam 3 filled in the
 * check, and HR released `r2`, set against `r1` through the ledger.
 */
export function heldBackReport() {
  const live = [{ ...latestWave, open: true }];
  const records = ofWave(organisationRecords(), latestWave.id);
  const first = release(records, { release: 'r1', teams: organisationTeams, waves: live });
  const newcomer = ingest(completedCheck(seeded(11), teamStrain('amb-3', 2), { team: 'amb-3', wave: latestWave.id }), { teams: organisationTeams, waves: live });
  const grown = [...records, { id: organisationRecords().length + 1, ...newcomer }];
  // The portal keeps `first.entries` in its ledger table, in the same transaction as release r1.
  const ledger: LedgerEntry[] = first.entries;
  return release(grown, { release: 'r2', teams: organisationTeams, waves: live, ledger }).aggregate;
}

/** Under the `closed-waves` policy, with Voorjaar 2026 still open: two waves with figures, one named as pending. */
export const closedWavesReport = () =>
  release(organisationRecords(), {
    release: 'r1',
    teams: organisationTeams,
    waves: organisationWaves.map((wave) => (wave === latestWave ? { ...wave, open: true } : wave)),
    policy: 'closed-waves',
  }).aggregate;

/** Stored records that can no longer be counted (edited by hand, or written by older code) beside 40 good ones. */
export const rejectedReport = () => {
  const good = ofWave(organisationRecords(), latestWave.id).slice(0, 40);
  const scores = (score: number) => Object.fromEntries(Object.keys(good[0]!.scores).map((c) => [c, score]));
  const broken = [
    { id: 'x1', team: 'amb-1', wave: latestWave.id, scores: { stress: 9 } },
    { id: 'x2', team: 'amb-1', wave: latestWave.id, scores: { ...good[0]!.scores, mood: 2 } },
    'not a record',
    { id: 'x3', team: 'amb-1', wave: latestWave.id, scores: scores(5) },
  ];
  return release([...good, ...broken], { release: 'r1', teams: organisationTeams, waves: [latestWave] }).aggregate;
};

// ── The worked example of the differencing guard ──────────────────────────────────────────────

/** A department of 16 with teams of 7, 5 and 4. */
export const guardTeams: WorkabilityTeam[] = [
  { id: 'noord', label: 'Afdeling Noord' },
  { id: 'team-a', label: 'Team A', parent: 'noord' },
  { id: 'team-b', label: 'Team B', parent: 'noord' },
  { id: 'team-c', label: 'Team C', parent: 'noord' },
];

/** The department's report: a portal without waves. */
export function guardReport() {
  const random = seeded(16);
  const database: StoredRecord[] = [];
  for (const [team, size, strain] of [['team-a', 7, 2.1], ['team-b', 5, 2.4], ['team-c', 4, 3]] as const) {
    for (let i = 0; i < size; i++) database.push({ id: database.length + 1, ...ingest(completedCheck(random, strain, { team }), { teams: guardTeams }) });
  }
  return release(database, { release: 'r1', teams: guardTeams }).aggregate;
}
