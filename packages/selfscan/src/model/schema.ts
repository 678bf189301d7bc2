import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, localisedTextSchema, reservedIdIssue } from '@goesting/core/model';
import { DIMENSIONS, PILLARS } from './instrument-types.js';

/** Version of self-scan value documents and event details written by this code. */
export const SELFSCAN_SCHEMA_VERSION = 1;
export const SELFSCAN_WIDGET = 'selfscan';

// As a key of a plain object such a name would read or replace the inherited member.
const notBuiltIn = z.superRefine((value: string, ctx) => {
  const issue = reservedIdIssue(value, '');
  if (issue) ctx.addIssue({ code: 'custom', input: value, message: issue.message, params: { code: issue.code, id: value } });
});

/** `na` is *niet van toepassing* (not applicable); numbers run from 1 (never) to 5 (always). */
export const answerSchema = z.union([z.int().check(z.gte(1), z.lte(5)), z.literal('na')]);
export type SelfscanAnswer = z.infer<typeof answerSchema>;

export const pillarSchema = z.enum(PILLARS);
export const dimensionSchema = z.enum(DIMENSIONS);

export const itemSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/), notBuiltIn),
  pillar: pillarSchema,
  dimension: dimensionSchema,
  text: localisedTextSchema,
  /** Free tags; `competence:<id>` tags name one of the ten competences of the social worker. */
  tags: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64), notBuiltIn))),
});
export type SelfscanItem = z.infer<typeof itemSchema>;

/** A question list: the default quick or full list, or the host's own. */
export const instrumentSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(120)),
    version: z.int().check(z.gte(1)),
    title: z.optional(localisedTextSchema),
    items: z.array(itemSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((instrument, ctx) => {
      const seen = new Set<string>();
      instrument.items.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `Duplicate id "${item.id}".`, params: { code: 'duplicate_id', id: item.id } });
        }
        seen.add(item.id);
      });
    }),
  );
export type SelfscanInstrument = z.infer<typeof instrumentSchema>;

/** The saved document: what the user answered. Resume from it; events carry it. */
export const valueSchema = z.object({
  schemaVersion: z.literal(SELFSCAN_SCHEMA_VERSION),
  /** `<instrument id>@<version>` the answers belong to. */
  instrument: z.string(),
  answers: z.record(z.string(), answerSchema),
  /** Items marked *hier wil ik over praten*. */
  flags: z.array(z.string()),
  /** How much *goesting* (energy) each pillar gives, 1 (very little) to 5 (a lot). */
  energy: z.partialRecord(pillarSchema, z.int().check(z.gte(1), z.lte(5))),
  /** Whether the user finished the scan. */
  completed: z.boolean(),
  /** Day the scan was finished, `YYYY-MM-DD`. */
  date: z.optional(isoDaySchema),
});
export type SelfscanValue = z.infer<typeof valueSchema>;

const score = z.nullable(z.number());
export const cellIdSchema = z.string().check(z.regex(/^[a-z]+\.[a-z]+$/));

export const resultSchema = z.object({
  instrument: z.string(),
  date: z.optional(isoDaySchema),
  cells: z.array(
    z.object({
      cell: cellIdSchema,
      pillar: pillarSchema,
      dimension: dimensionSchema,
      mean: score,
      /** Why there is no score: too few answers, or every item marked not applicable. */
      reason: z.optional(z.enum(['not-enough-answers', 'not-applicable', 'no-items'])),
      answered: z.int(),
      applicable: z.int(),
      items: z.int(),
    }),
  ),
  pillars: z.record(pillarSchema, score),
  dimensions: z.record(dimensionSchema, score),
  tags: z.record(z.string(), z.object({ mean: score, answered: z.int(), items: z.int() })),
  energy: z.partialRecord(pillarSchema, z.int()),
  strengths: z.array(cellIdSchema),
  growthPoints: z.array(cellIdSchema),
  flagged: z.array(z.string()),
  answered: z.int(),
  total: z.int(),
});
export type SelfscanResult = z.infer<typeof resultSchema>;
export type CellScore = SelfscanResult['cells'][number];

/** Earlier results: value documents, usually with a `date`. */
export const historySchema = z.array(valueSchema);

export const changeEventSchema = changeDetailSchema(SELFSCAN_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(SELFSCAN_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(SELFSCAN_WIDGET);
