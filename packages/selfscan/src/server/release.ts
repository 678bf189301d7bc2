import { z } from 'zod/mini';
import { toValidationIssues, type Parsed } from '@goesting/core/model';
import { groupReleaseOptionsShape, releaseGroups, type GroupReportSpec, type LedgerEntry, type RecordId } from '@goesting/core/server';
import { CELLS, type CellId } from '../model/instrument.js';
import { PILLARS, type PillarId } from '../model/instrument-types.js';
import { BANDS, TEAM_SCHEMA_VERSION, bandOf, type TeamAggregate, type TeamCell, type TeamFigures, type TeamPillar, type TeamRejectReason } from '../model/team.js';

/** What a release of the team mirror needs beside the stored records: the settings every group report shares. */
export const teamReleaseOptionsSchema = z.object(groupReleaseOptionsShape);
export type TeamReleaseOptions = z.input<typeof teamReleaseOptionsSchema>;

/** A self-scan record as the portal stored it (what `ingestSelfscan` made), with the database's key. */
export interface StoredTeamRecord {
  id: RecordId;
  team?: string | null;
  wave?: string | null;
  cells: Partial<Record<CellId, number | null>>;
  energy?: Partial<Record<PillarId, number>>;
  talk?: readonly string[];
}

export interface TeamRelease {
  aggregate: TeamAggregate;
  /** What the portal adds to its ledger: per shown group, the records it covered. */
  entries: LedgerEntry[];
}

/** How many cells count as strengths and as growth points, at most: as in a personal self-scan. */
const HIGHLIGHTS = 3;
const P = PILLARS.length;
// Per cell: answered, sum, low, middle, high, talk. Per pillar: strength sum and count, energy sum and count.
const PER_CELL = 2 + BANDS.length + 1;
const CELL_PART = CELLS.length * PER_CELL;
const WIDTH = CELL_PART + P * 4;
const CELL_INDEX: ReadonlyMap<string, number> = new Map(CELLS.map((c, i) => [c, i]));
const PILLAR_INDEX: ReadonlyMap<string, number> = new Map(PILLARS.map((p, i) => [p, i]));
const round2 = (n: number) => Math.round(n * 100) / 100;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The team mirror's numbers per record, checked by hand (a release reads many records): each
 * scored cell counts once in its band, a person's pillar strength is the mean of their scored cells
 * of that pillar, energy is counted where given, and each cell to talk about counts once.
 */
const teamSpec: GroupReportSpec<TeamFigures, TeamRejectReason> = {
  width: WIDTH,
  read(doc, into) {
    const cells = doc['cells'];
    if (!isPlainObject(cells)) return 'invalid_type';
    const pillarSum = new Float64Array(P);
    const pillarCount = new Float64Array(P);
    for (const key of Object.keys(cells)) {
      const c = CELL_INDEX.get(key);
      if (c === undefined) return 'unknown_cell';
      const score = cells[key];
      if (score === null || score === undefined) continue;
      if (typeof score !== 'number' || !Number.isFinite(score)) return 'invalid_type';
      if (score < 1 || score > 5) return 'out_of_range';
      const at = c * PER_CELL;
      into[at] = 1;
      into[at + 1] = score;
      into[at + 2 + BANDS.indexOf(bandOf(score))] = 1;
      const p = Math.floor(c / (CELLS.length / P));
      pillarSum[p]! += score;
      pillarCount[p]!++;
    }
    for (let p = 0; p < P; p++) {
      if (!pillarCount[p]) continue;
      into[CELL_PART + p * 4] = pillarSum[p]! / pillarCount[p]!;
      into[CELL_PART + p * 4 + 1] = 1;
    }
    const energy = doc['energy'];
    if (energy !== undefined && energy !== null) {
      if (!isPlainObject(energy)) return 'invalid_type';
      for (const key of Object.keys(energy)) {
        const p = PILLAR_INDEX.get(key);
        if (p === undefined) return 'invalid_type';
        const level = energy[key];
        if (level === null || level === undefined) continue;
        if (typeof level !== 'number' || !Number.isInteger(level)) return 'invalid_type';
        if (level < 1 || level > 5) return 'out_of_range';
        into[CELL_PART + p * 4 + 2] = level;
        into[CELL_PART + p * 4 + 3] = 1;
      }
    }
    const talk = doc['talk'];
    if (talk !== undefined && talk !== null) {
      if (!Array.isArray(talk)) return 'invalid_type';
      for (const cell of talk) {
        const c = typeof cell === 'string' ? CELL_INDEX.get(cell) : undefined;
        if (c === undefined) return 'unknown_cell';
        into[c * PER_CELL + 5] = 1;
      }
    }
    return null;
  },
  figures(sums, n) {
    const exact = new Map<CellId, number>();
    const cells = Object.fromEntries(
      CELLS.map((c, i): [CellId, TeamCell] => {
        const at = i * PER_CELL;
        const answered = sums[at]!;
        if (answered) exact.set(c, sums[at + 1]! / answered);
        return [c, { answered, bands: { low: sums[at + 2]!, middle: sums[at + 3]!, high: sums[at + 4]! }, mean: answered ? round2(sums[at + 1]! / answered) : null, talk: sums[at + 5]! }];
      }),
    ) as Record<CellId, TeamCell>;
    const pillars = Object.fromEntries(
      PILLARS.map((p, k): [PillarId, TeamPillar] => {
        const at = CELL_PART + k * 4;
        return [p, { strength: sums[at + 1] ? round2(sums[at]! / sums[at + 1]!) : null, energy: sums[at + 3] ? round2(sums[at + 2]! / sums[at + 3]!) : null, energyAnswered: sums[at + 3]! }];
      }),
    ) as Record<PillarId, TeamPillar>;
    // Stable sort keeps grid order among equal means, so the same team always gives the same lists.
    const ranked = CELLS.filter((c) => exact.has(c)).sort((a, b) => exact.get(b)! - exact.get(a)!);
    const count = Math.min(HIGHLIGHTS, Math.floor(ranked.length / 2));
    return {
      n,
      cells,
      pillars,
      strengths: ranked.slice(0, count),
      growthPoints: ranked.slice(ranked.length - count).reverse(),
    };
  },
};

/**
 * Releases the team mirror of stored self-scan records: per wave and group, per cell the spread
 * over the bands, the mean and how many want to talk about it; per pillar strength beside energy;
 * the team's strengths and growth points. Every anonymity rule is core's `releaseGroups`, the one
 * module every group report uses: the minimum group (at least 5; 3–4 limited insight), the
 * differencing guard inside the release, and the ledger. Returns the aggregate for the team coach
 * and the entries the portal adds to its ledger in the same transaction; invalid options are
 * refused with reasons.
 */
export function releaseSelfscanTeam(records: readonly unknown[], options: TeamReleaseOptions): Parsed<TeamRelease> {
  const parsed = teamReleaseOptionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, code: 'invalid-config', issues: toValidationIssues(parsed.error.issues) };
  const released = releaseGroups(records, parsed.data, teamSpec);
  if (!released.ok) return released;
  const { entries, ...shared } = released.data;
  return { ok: true, data: { aggregate: { schemaVersion: TEAM_SCHEMA_VERSION, ...shared }, entries } };
}
