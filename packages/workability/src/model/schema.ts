import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, focusPlanChangeDetailSchema, isoDaySchema, keySchema, type GroupTeam } from '@goesting/core/model';
import { ANSWER_MAX, ANSWER_MIN, CONSTRUCTS, VARIANTS } from './constructs.js';

/** Version of workability value documents, results and event details written by this code. */
export const WORKABILITY_SCHEMA_VERSION = 1;
export const CHECK_WIDGET = 'workability-check';
export const REPORT_WIDGET = 'workability-report';

export { keySchema, teamSchema, teamsSchema } from '@goesting/core/model';

export const ZONES = ['green', 'orange', 'red'] as const;
export type Zone = (typeof ZONES)[number];

const score = z.number().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX));
const constructRecord = <T extends z.ZodMiniType>(inner: T) => z.object(Object.fromEntries(CONSTRUCTS.map((c) => [c, inner])) as Record<(typeof CONSTRUCTS)[number], T>);

/** Zone boundaries on a strain scale of 1–4 (higher = more strain): from `orange` on orange, from `red` on red. */
export const zoneBoundsSchema = z
  .object({ orange: z.number().check(z.gt(1), z.lte(4)), red: z.number().check(z.gt(1), z.lte(4)) })
  .check(z.refine((b) => b.orange < b.red, { message: 'orange must be below red', path: ['red'], params: { code: 'orange_not_below_red' } }));

/** Our own, configurable zone thresholds: one pair for every construct, optionally one per construct. */
export const thresholdsSchema = z
  .object({
    orange: z.optional(z.number().check(z.gt(1), z.lte(4))),
    red: z.optional(z.number().check(z.gt(1), z.lte(4))),
    constructs: z.optional(z.partialRecord(z.enum(CONSTRUCTS), zoneBoundsSchema)),
  })
  .check(
    z.refine((t) => (t.orange ?? 2.5) < (t.red ?? 3), { message: 'orange must be below red', path: ['red'], params: { code: 'orange_not_below_red' } }),
  );
export type WorkabilityThresholds = z.infer<typeof thresholdsSchema>;

/** The employee's document: answers per statement. Resume from it; events carry it. No free text. */
export const valueSchema = z.object({
  schemaVersion: z.literal(WORKABILITY_SCHEMA_VERSION),
  variant: z.enum(VARIANTS),
  answers: z.record(z.string(), z.int().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX))),
  completed: z.boolean(),
  /** The day of completion only, never a time. */
  date: z.optional(isoDaySchema),
});
export type WorkabilityValue = z.infer<typeof valueSchema>;

/**
 * What HR may receive from one employee: construct scores (1–4, in the construct's own direction),
 * zones, whether the work is werkbaar, and the team and wave keys the host set. No answers per
 * statement, no free text, no time of day.
 */
export const resultSchema = z.object({
  schemaVersion: z.literal(WORKABILITY_SCHEMA_VERSION),
  variant: z.enum(VARIANTS),
  team: z.optional(keySchema),
  wave: z.optional(keySchema),
  date: z.optional(isoDaySchema),
  scores: constructRecord(z.nullable(score)),
  zones: constructRecord(z.nullable(z.enum(ZONES))),
  /** No indicator in the red zone; `null` while an indicator has no score. */
  werkbaar: z.nullable(z.boolean()),
});
export type WorkabilityResult = z.infer<typeof resultSchema>;

export type WorkabilityTeam = GroupTeam;

/** The waves (measurements) in their order, with an optional label. */
export const wavesSchema = z.array(z.object({ id: keySchema, label: z.optional(z.string().check(z.maxLength(120))) })).check(z.maxLength(100));
export type WorkabilityWave = z.infer<typeof wavesSchema>[number];

export const checkChangeEventSchema = changeDetailSchema(CHECK_WIDGET, valueSchema);
export const checkCompleteEventSchema = completeDetailSchema(CHECK_WIDGET, valueSchema, resultSchema);
export const checkErrorEventSchema = errorDetailSchema(CHECK_WIDGET);
export const reportErrorEventSchema = errorDetailSchema(REPORT_WIDGET);
/** The report's `goesting-change`, after every edit of the focus plan by the user: the whole plan as `value`. */
export const reportChangeEventSchema = focusPlanChangeDetailSchema(REPORT_WIDGET);

/**
 * What a portal stores of one completed check, made on the server by `ingestWorkability`: the
 * re-scored topics with their zones, werkbaar, and the team, wave and day. No answers, no time of
 * day, nothing about the person.
 */
export const recordSchema = z.object({
  team: z.optional(keySchema),
  wave: z.optional(keySchema),
  day: isoDaySchema,
  scores: constructRecord(score),
  zones: constructRecord(z.enum(ZONES)),
  werkbaar: z.boolean(),
});
export type WorkabilityRecord = z.infer<typeof recordSchema>;
