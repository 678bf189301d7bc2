/*
 * Example data for the team mirror's stories, made as a portal makes it: professionals' completed
 * self-scans are ingested by the server entry into stored records, and team aggregates are
 * released from the stored records. Generated with a fixed seed, so every load is the same.
 */
import { PILLARS, defaultInstrument, emptySelfscanValue, scoreSelfscan, type DimensionId, type PillarId, type SelfscanValue } from '@goesting/selfscan/model';
import { ingestSelfscan, releaseSelfscanTeam, type SelfscanIngestOptions, type TeamReleaseOptions } from '@goesting/selfscan/server';
import type { GroupTeam, GroupWave } from '@goesting/core/model';
import { seeded } from '../shared/random.js';

const full = defaultInstrument('full');

/** How often a team does what each pillar asks, 1 (never) to 5 (always), and how much energy each pillar gives it. */
interface TeamProfile {
  level: Record<PillarId, number>;
  /** Added per dimension: self, client, organisation, environment. */
  dimension?: Record<DimensionId, number>;
  energy: Record<PillarId, number>;
  /** How far one colleague may lie from the team's level. */
  spread?: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

/**
 * One full self-scan as `<goesting-selfscan>` sends it in `goesting-complete`: each statement
 * answered close to the colleague's own level for its cell, now and then *not applicable* or
 * flagged to talk about where the cell is low.
 */
function completedScan(random: () => number, profile: TeamProfile) {
  const spread = profile.spread ?? 1.6;
  const own = new Map<string, number>();
  const answers: SelfscanValue['answers'] = {};
  const flags: string[] = [];
  for (const item of full.items) {
    const cell = `${item.pillar}.${item.dimension}`;
    if (!own.has(cell)) own.set(cell, profile.level[item.pillar] + (profile.dimension?.[item.dimension] ?? 0) + (random() - 0.5) * 2 * spread);
    const answer = random() < 0.04 ? 'na' : clamp(own.get(cell)! + (random() - 0.5) * 1.2, 1, 5);
    answers[item.id] = answer;
    if (answer !== 'na' && answer <= 2 && random() < 0.35) flags.push(item.id);
  }
  const energy = Object.fromEntries(PILLARS.map((p) => [p, clamp(profile.energy[p] + (random() - 0.5) * 2, 1, 5)]));
  const value: SelfscanValue = { ...emptySelfscanValue(full), answers, flags, energy, completed: true, date: '2026-03-02' };
  return { widget: 'selfscan', schemaVersion: 1, value, result: scoreSelfscan(full, value) };
}

/** A record as the portal's database holds it: the ingested record under the database's key. */
type StoredRecord = Record<string, unknown> & { id: number };

/** What the portal does with each `goesting-complete` it receives: ingest it into the record it stores. */
function ingest(detail: unknown, options: SelfscanIngestOptions) {
  const ingested = ingestSelfscan(detail, { day: '2026-03-02', ...options });
  if (!ingested.ok) throw new Error(`ingest refused a self-scan: ${JSON.stringify(ingested.issues)}`);
  return ingested.data;
}

/** What the portal does when a team coach asks for the team mirror: release it from the stored records. */
function release(records: readonly unknown[], options: TeamReleaseOptions) {
  const released = releaseSelfscanTeam(records, options);
  if (!released.ok) throw new Error(`release refused: ${JSON.stringify(released.issues)}`);
  return released.data.aggregate;
}

/** Stored records of `count` colleagues of `team` in `wave`. */
function scans(database: StoredRecord[], random: () => number, count: number, profile: TeamProfile, keys: { team: string; teams: GroupTeam[]; wave?: string; waves?: GroupWave[] }) {
  for (let i = 0; i < count; i++) database.push({ id: database.length + 1, ...ingest(completedScan(random, profile), keys) });
}

const DIMENSION_SHAPE: Record<DimensionId, number> = { self: 0.3, other: 0.5, organisation: -0.4, environment: -0.6 };
const regio: TeamProfile = {
  level: { expertise: 3.6, alliance: 4.1, hope: 3.2, reflection: 2.9 },
  dimension: DIMENSION_SHAPE,
  energy: { expertise: 4, alliance: 4.4, hope: 1.9, reflection: 3.6 },
};

// ── A team of 12 ──────────────────────────────────────────────────────────────────────────────

export const teamOfTwelveTeams: GroupTeam[] = [{ id: 'regio-oost', label: 'Regioteam Oost' }];

/** One team of twelve: strong in the working alliance, less in reflection; hope gives less energy than it asks. */
export function teamOfTwelve() {
  const database: StoredRecord[] = [];
  scans(database, seeded(12), 12, regio, { team: 'regio-oost', teams: teamOfTwelveTeams });
  return release(database, { release: 'r1', teams: teamOfTwelveTeams });
}

// ── A team of 4 ───────────────────────────────────────────────────────────────────────────────

/** A team of four: too few for figures; the mirror offers limited insight only. */
export function teamOfFour() {
  const teams = [{ id: 'nachtteam', label: 'Nachtteam' }];
  const database: StoredRecord[] = [];
  scans(database, seeded(4), 4, regio, { team: 'nachtteam', teams });
  return release(database, { release: 'r1', teams });
}

// ── A department with hidden teams ────────────────────────────────────────────────────────────

/** A department of 16 with teams of 7, 5 and 4: the team of 4 gives limited insight, the team of 5 is hidden to protect it. */
export const departmentTeams: GroupTeam[] = [
  { id: 'ambulant', label: 'Ambulante hulp' },
  { id: 'onthaal', label: 'Onthaal', parent: 'ambulant' },
  { id: 'jeugd', label: 'Jeugdhulp', parent: 'ambulant' },
  { id: 'schuld', label: 'Schuldhulp', parent: 'ambulant' },
];

export function department() {
  const random = seeded(16);
  const database: StoredRecord[] = [];
  scans(database, random, 7, regio, { team: 'onthaal', teams: departmentTeams });
  scans(database, random, 5, { ...regio, level: { ...regio.level, hope: 3.8 } }, { team: 'jeugd', teams: departmentTeams });
  scans(database, random, 4, { ...regio, level: { ...regio.level, expertise: 4.2 } }, { team: 'schuld', teams: departmentTeams });
  return release(database, { release: 'r1', teams: departmentTeams });
}

// ── Several waves ─────────────────────────────────────────────────────────────────────────────

export const waves: GroupWave[] = [
  { id: '2025-voorjaar', label: 'Voorjaar 2025' },
  { id: '2025-najaar', label: 'Najaar 2025' },
  { id: '2026-voorjaar', label: 'Voorjaar 2026' },
];

/**
 * Regioteam Oost over three waves, after it chose to work on reflection: reflection grows, and
 * hope slowly gives more energy. All three waves in one release.
 */
export function severalWaves() {
  const random = seeded(3);
  const database: StoredRecord[] = [];
  waves.forEach((wave, w) => {
    const profile: TeamProfile = {
      ...regio,
      level: { ...regio.level, reflection: regio.level.reflection + w * 0.45 },
      energy: { ...regio.energy, hope: regio.energy.hope + w * 0.4, reflection: regio.energy.reflection + w * 0.2 },
    };
    scans(database, random, 12 - (w === 1 ? 1 : 0), profile, { team: 'regio-oost', teams: teamOfTwelveTeams, wave: wave.id, waves });
  });
  return release(database, { release: 'r1', teams: teamOfTwelveTeams, waves });
}
