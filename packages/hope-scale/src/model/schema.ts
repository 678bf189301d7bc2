import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, localisedTextSchema } from '@goesting/core/model';

/** Version of hope-scale value documents and event details written by this code. */
export const HOPE_SCHEMA_VERSION = 1;
export const HOPE_WIDGET = 'hope-scale';

export const HOPE_MODES = ['scaling', 'goal-hope'] as const;
export type HopeMode = (typeof HOPE_MODES)[number];

const id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));

/** One 0–10 scale of the scaling mode; without texts it asks how much hope the client has now. */
export const scalingScaleSchema = z.object({
  id,
  question: z.optional(localisedTextSchema),
  low: z.optional(localisedTextSchema),
  high: z.optional(localisedTextSchema),
});
export const scalingScalesSchema = z.array(scalingScaleSchema).check(
  z.minLength(1),
  z.maxLength(10),
  z.superRefine((scales, ctx) => {
    const seen = new Set<string>();
    scales.forEach((scale, i) => {
      if (seen.has(scale.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate id "${scale.id}".`, params: { code: 'duplicate_id', id: scale.id } });
      seen.add(scale.id);
    });
  }),
);
export type ScalingScale = z.infer<typeof scalingScaleSchema>;

/** The saved document: what the client answered. Resume from it; events carry it. */
export const valueSchema = z.object({
  schemaVersion: z.literal(HOPE_SCHEMA_VERSION),
  mode: z.enum(HOPE_MODES),
  /** `<pack id>@<version>` in goal-hope mode. */
  pack: z.optional(z.string()),
  goal: z.optional(z.string().check(z.maxLength(500))),
  /** Scaling mode: the value per scale, 0–10. */
  scales: z.record(z.string(), z.int().check(z.gte(0), z.lte(10))),
  /** Answers to the follow-up prompts, by `<scale id>.<prompt>`. */
  followUps: z.record(z.string(), z.string().check(z.maxLength(500))),
  /** Goal-hope mode: the answer per item, checked against the pack's scale. */
  answers: z.record(z.string(), z.int()),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type HopeValue = z.infer<typeof valueSchema>;

const range = z.object({ score: z.nullable(z.number()), min: z.number(), max: z.number(), missing: z.array(z.string()) });

/** What the widget concludes: per scale, or per subscale and in total; never a judgement. */
export const resultSchema = z.object({
  mode: z.enum(HOPE_MODES),
  pack: z.optional(z.string()),
  scales: z.record(z.string(), z.nullable(z.int())),
  subscales: z.array(z.extend(range, { id: z.string() })),
  total: z.nullable(range),
  /** The subscale with the lowest share of its range, to start the conversation with. */
  lowerSubscale: z.nullable(z.string()),
  /** Very low hope: the widget suggests, in neutral words, to talk it over with someone. */
  low: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type HopeResult = z.infer<typeof resultSchema>;

export const historySchema = z.array(valueSchema);

export const changeEventSchema = changeDetailSchema(HOPE_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(HOPE_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(HOPE_WIDGET);
