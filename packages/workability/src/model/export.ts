import { csvCell } from '@goesting/core/model';
import { CONSTRUCTS, INDICATORS } from './constructs.js';
import type { WorkabilityAggregate } from './aggregate.js';

/** Column names of {@link aggregateToCsv}, in order. */
export const CSV_COLUMNS = [
  'wave',
  'group',
  'label',
  'parent',
  'status',
  'n',
  'werkbaar_pct',
  ...INDICATORS.map((c) => `problem_${c}_pct`),
  ...CONSTRUCTS.map((c) => `mean_${c}`),
] as const;

/**
 * The aggregate as CSV: one row per wave and group. Hidden groups get their status and no numbers,
 * exactly as in the report; there is never a row per response.
 */
export function aggregateToCsv(aggregate: WorkabilityAggregate): string {
  const rows = aggregate.waves.flatMap((wave) =>
    wave.groups.map((g) => {
      const f = g.figures;
      return [
        wave.id,
        g.id,
        g.label,
        g.parent ?? '',
        g.status,
        f?.n,
        f?.werkbaarPct,
        ...INDICATORS.map((c) => f?.problemPct[c]),
        ...CONSTRUCTS.map((c) => f?.means[c]),
      ]
        .map(csvCell)
        .join(',');
    }),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The aggregate as a JSON document (the same object the report renders). */
export function aggregateToJson(aggregate: WorkabilityAggregate): string {
  return JSON.stringify(aggregate, null, 2);
}
