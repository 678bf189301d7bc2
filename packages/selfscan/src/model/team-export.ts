import { csvRows } from '@goesting/core/model';
import { CELLS } from './instrument.js';
import type { DimensionId, PillarId } from './instrument-types.js';
import type { TeamAggregate } from './team.js';

/** Column names of {@link teamAggregateToCsv}, in order. */
export const TEAM_CSV_COLUMNS = [
  'wave',
  'group',
  'label',
  'parent',
  'status',
  'n',
  'cell',
  'pillar',
  'dimension',
  'answered',
  'low',
  'middle',
  'high',
  'mean',
  'talk',
  'pillar_strength',
  'pillar_energy',
  'pillar_energy_answered',
] as const;

/**
 * The team aggregate as CSV: for a shown group one row per cell (16 per wave and group) with the
 * spread over the bands (`low` never or seldom, `middle` sometimes, `high` often or always), the
 * mean and how many want to talk about it, beside its pillar's strength and energy. A hidden
 * group gets one row with its status and no numbers, exactly as on screen. There is never a row
 * per person. Text cells cannot run as spreadsheet formulas.
 */
export function teamAggregateToCsv(aggregate: TeamAggregate): string {
  const rows = aggregate.waves.flatMap((wave) =>
    wave.groups.flatMap((g) => {
      const group = [wave.id, g.id, g.label, g.parent ?? '', g.status];
      const f = g.figures;
      if (!f) return [[...group, ...Array<string>(TEAM_CSV_COLUMNS.length - group.length).fill('')]];
      return CELLS.map((cell) => {
        const [pillar, dimension] = cell.split('.') as [PillarId, DimensionId];
        const c = f.cells[cell];
        const p = f.pillars[pillar];
        return [...group, f.n, cell, pillar, dimension, c.answered, c.bands.low, c.bands.middle, c.bands.high, c.mean, c.talk, p.strength, p.energy, p.energyAnswered];
      });
    }),
  );
  return csvRows(TEAM_CSV_COLUMNS, rows);
}

/** The team aggregate as a JSON document: the released document as it is, nothing added. */
export function teamAggregateToJson(aggregate: TeamAggregate): string {
  return JSON.stringify(aggregate, null, 2);
}
