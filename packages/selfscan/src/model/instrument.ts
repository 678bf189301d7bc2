import { defaultSelfscanItems } from './items.js';
import { STATEMENTS_NL_BE } from './statements-nl-BE.js';
import { DIMENSIONS, PILLARS, type DimensionId, type PillarId } from './instrument-types.js';
import type { SelfscanInstrument } from './schema.js';

export type SelfscanVariant = 'quick' | 'full';
export const SELFSCAN_VARIANTS: readonly SelfscanVariant[] = ['quick', 'full'];

/** A cell of the 4 × 4 grid, `<pillar>.<dimension>`. */
export type CellId = `${PillarId}.${DimensionId}`;
export const cellId = (pillar: PillarId, dimension: DimensionId): CellId => `${pillar}.${dimension}`;
/** All 16 cells, pillar by pillar. */
export const CELLS: readonly CellId[] = PILLARS.flatMap((p) => DIMENSIONS.map((d) => cellId(p, d)));

/** Whether a list is one of ours, whose statements are translated in the locale catalogues. */
export const isDefaultInstrument = (instrument: Pick<SelfscanInstrument, 'id'>): boolean =>
  SELFSCAN_VARIANTS.some((v) => instrument.id === `goesting-selfscan-${v}`);

/**
 * One of the default question lists, our own wording: `quick` has one statement per cell (16),
 * `full` two or three (40). Every item carries a `competence:<id>` tag. The texts here are Flemish
 * Dutch; the widget shows each locale's wording from its catalogue (`item.<id>`).
 */
export function defaultInstrument(variant: SelfscanVariant): SelfscanInstrument {
  return {
    id: `goesting-selfscan-${variant}`,
    version: 1,
    items: defaultSelfscanItems
      .filter((item) => variant === 'full' || item.quick)
      .map((item) => ({
        id: item.id,
        pillar: item.pillar,
        dimension: item.dimension,
        text: { 'nl-BE': STATEMENTS_NL_BE[`item.${item.id}` as keyof typeof STATEMENTS_NL_BE] },
        tags: [`competence:${item.competence}`],
      })),
  };
}

/** `<id>@<version>`, as stored in value documents. */
export const instrumentKey = (instrument: Pick<SelfscanInstrument, 'id' | 'version'>): string =>
  `${instrument.id}@${instrument.version}`;

/**
 * Finds the instrument a saved document was made with: the given one when the key matches,
 * else a default list, else the given one (scores then cover the items both share).
 */
export function instrumentFor(key: string, current: SelfscanInstrument): SelfscanInstrument {
  if (instrumentKey(current) === key) return current;
  const variant = SELFSCAN_VARIANTS.find((v) => instrumentKey(defaultInstrument(v)) === key);
  return variant ? defaultInstrument(variant) : current;
}
