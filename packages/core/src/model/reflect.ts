import { z } from 'zod/mini';

/**
 * `goesting-reflect`: a widget asks the host to open a reflection card for one cell of the
 * pillar × dimension grid (the self-scan sends it from a growth point). It sits beside the three
 * events every widget sends; only widgets that offer such a link send it.
 */
export const GOESTING_REFLECT_EVENT = 'goesting-reflect';

/** The four pillars, in the order of the design. */
export const CELL_PILLARS = ['expertise', 'alliance', 'hope', 'reflection'] as const;
/** The four dimensions, in the order of the design. */
export const CELL_DIMENSIONS = ['self', 'other', 'organisation', 'environment'] as const;
export type CellPillar = (typeof CELL_PILLARS)[number];
export type CellDimension = (typeof CELL_DIMENSIONS)[number];

/** One cell of the grid: a pillar seen in one dimension. */
export const gridCellSchema = z.object({ pillar: z.enum(CELL_PILLARS), dimension: z.enum(CELL_DIMENSIONS) });
export type GridCell = z.infer<typeof gridCellSchema>;

/**
 * What the user asks for: reflection cards on the cell (`reflection`, the default when left out),
 * or an intervision card, to look at it together with peers (`intervision`).
 */
export const REFLECT_PURPOSES = ['reflection', 'intervision'] as const;
export type ReflectPurpose = (typeof REFLECT_PURPOSES)[number];

/** Schema of a `goesting-reflect` detail sent by `widget`. */
export function reflectDetailSchema<W extends string>(widget: W) {
  return z.object({ widget: z.literal(widget), schemaVersion: z.number(), cell: gridCellSchema, purpose: z.optional(z.enum(REFLECT_PURPOSES)) });
}
