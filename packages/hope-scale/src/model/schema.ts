import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, localisedText, perspectiveRowSchema } from '@goesting/core/model';
import { PACK_LIMITS, idSchema } from './pack.js';

/** Version of hope-scale value documents and event details written by this code. */
export const HOPE_SCHEMA_VERSION = 1;
export const HOPE_WIDGET = 'hope-scale';

export const HOPE_MODES = ['scaling', 'goal-hope'] as const;
export type HopeMode = (typeof HOPE_MODES)[number];

/** At most this many scales in the scaling mode. */
export const MAX_SCALES = 10;
/** At most this many earlier results in `history`. */
export const MAX_HISTORY = 1000;
/** Characters of a free-text answer (goal, follow-up). */
export const MAX_ANSWER_TEXT = 500;

/** A record of at most `max` entries: a saved document cannot hold more answers than any pack asks. */
const record = <V extends z.ZodMiniType>(key: z.ZodMiniType<string>, value: V, max: number) =>
  z.record(key, value).check(
    z.refine((entries) => Object.keys(entries).length <= max, { message: `At most ${max} entries.`, params: { code: 'too_many_entries', maximum: max } }),
  );

/** One 0–10 scale of the scaling mode; without texts it asks how much hope the client has now. Texts: 500 characters at most per language. */
export const scalingScaleSchema = z.object({
  id: idSchema,
  question: z.optional(localisedText(500)),
  low: z.optional(localisedText(PACK_LIMITS.labelLength)),
  high: z.optional(localisedText(PACK_LIMITS.labelLength)),
});
export const scalingScalesSchema = z.array(scalingScaleSchema).check(
  z.minLength(1),
  z.maxLength(MAX_SCALES),
  z.superRefine((scales, ctx) => {
    const seen = new Set<string>();
    scales.forEach((scale, i) => {
      if (seen.has(scale.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate id "${scale.id}".`, params: { code: 'duplicate_id', id: scale.id } });
      seen.add(scale.id);
    });
  }),
);
export type ScalingScale = z.infer<typeof scalingScaleSchema>;

/**
 * The professional's own hope for the client's goal, 0–10: a perspective of its own beside the
 * client's answers, never averaged with them.
 */
export const professionalHopeSchema = z.object({
  hope: z.optional(z.int().check(z.gte(0), z.lte(10))),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type ProfessionalHope = z.infer<typeof professionalHopeSchema>;

/** The saved document: what the client answered, and the professional's own hope when asked. Resume from it; events carry it. */
export const valueSchema = z.object({
  schemaVersion: z.literal(HOPE_SCHEMA_VERSION),
  mode: z.enum(HOPE_MODES),
  /** `<pack id>@<version>` in goal-hope mode. */
  pack: z.optional(z.string().check(z.maxLength(PACK_LIMITS.packIdLength + 20))),
  goal: z.optional(z.string().check(z.maxLength(MAX_ANSWER_TEXT))),
  /** Scaling mode: the value per scale id, 0–10. */
  scales: record(idSchema, z.int().check(z.gte(0), z.lte(10)), MAX_SCALES),
  /** Answers to the follow-up prompts, by `<scale id>.<prompt>`. */
  followUps: record(z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}\.[a-z]{1,16}$/)), z.string().check(z.maxLength(MAX_ANSWER_TEXT)), MAX_SCALES * 3),
  /** Goal-hope mode: the answer per item id, checked against the pack's scale. */
  answers: record(idSchema, z.int().check(z.gte(-PACK_LIMITS.scaleBound), z.lte(PACK_LIMITS.scaleBound)), PACK_LIMITS.items),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
  /** Other perspectives than the client's, whose answers are the document's own: the professional's hope. */
  perspectives: z.optional(z.strictObject({ professional: professionalHopeSchema })),
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
  /**
   * The client and the professional side by side, the client first, when the professional gave
   * their hope: in the scaling mode the first scale beside it, with the difference; in the
   * goal-hope mode the client's total (another scale) beside it, without one. Never an average.
   */
  perspectives: z.optional(z.array(perspectiveRowSchema)),
});
export type HopeResult = z.infer<typeof resultSchema>;

export const historySchema = z.array(valueSchema).check(z.maxLength(MAX_HISTORY));

export const changeEventSchema = changeDetailSchema(HOPE_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(HOPE_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(HOPE_WIDGET);
