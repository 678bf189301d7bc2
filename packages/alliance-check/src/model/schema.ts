import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, perspectiveIdSchema, perspectiveRowSchema, perspectivesSchema } from '@goesting/core/model';
import { ALLIANCE_DIMENSIONS, ALLIANCE_INSTRUMENTS, ALLIANCE_STATEMENTS, ANSWER_MAX, ANSWER_MIN } from './statements.js';

/** Version of alliance-check documents and event details written by this code. */
export const ALLIANCE_SCHEMA_VERSION = 1;
export const ALLIANCE_WIDGET = 'alliance-check';
/** At most this many earlier checks in `history`. */
export const MAX_HISTORY = 1000;

const statementIds = ALLIANCE_STATEMENTS.full.map((s) => s.id) as [string, ...string[]];

/** One perspective's answers: 1 to 5 by statement id, whether that person is done, and the day. */
export const perspectiveAnswersSchema = z.object({
  answers: z.partialRecord(z.enum(statementIds), z.int().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX))),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type PerspectiveAnswers = z.infer<typeof perspectiveAnswersSchema>;

/** The host's own reference to the client: letters, digits and `_ . : -`, at most 64 characters; never a name. */
export const clientRefSchema = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));

/**
 * The saved document: each perspective's answers to one variant's statements. `clientRef` and
 * `session` are the host's own references (a case number, the session's number), never a name;
 * documents from two devices merge only when they match.
 */
export const valueSchema = z.object({
  schemaVersion: z.literal(ALLIANCE_SCHEMA_VERSION),
  instrument: z.enum([ALLIANCE_INSTRUMENTS.short, ALLIANCE_INSTRUMENTS.full]),
  clientRef: z.optional(clientRefSchema),
  session: z.optional(z.int().check(z.gte(1), z.lte(9999))),
  perspectives: perspectivesSchema(perspectiveAnswersSchema),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type AllianceValue = z.infer<typeof valueSchema>;

const score = z.nullable(z.number());

/** One perspective's scores: per part and over all statements, on the answers' own 1–5 scale; `null` until all its statements are answered. */
export const perspectiveScoresSchema = z.object({
  dimensions: z.object(Object.fromEntries(ALLIANCE_DIMENSIONS.map((d) => [d, score])) as Record<(typeof ALLIANCE_DIMENSIONS)[number], typeof score>),
  total: score,
  answered: z.int(),
  completed: z.boolean(),
});
export type PerspectiveScores = z.infer<typeof perspectiveScoresSchema>;

/**
 * What the check concludes: each perspective's scores on its own, never averaged; the
 * perspectives side by side per part and per statement; where they differ enough to start a
 * conversation; and where the alliance is stiff.
 */
export const resultSchema = z.object({
  instrument: z.string(),
  /** The perspectives in the order shown: the client's first. */
  order: z.array(perspectiveIdSchema),
  perspectives: z.record(perspectiveIdSchema, perspectiveScoresSchema),
  dimensions: z.array(perspectiveRowSchema),
  statements: z.array(perspectiveRowSchema),
  /** Ids of parts and statements where the perspectives differ by the threshold or more. */
  starters: z.array(z.string()),
  /** Parts scored below the middle of the scale, by whom. */
  stiff: z.array(z.object({ perspective: perspectiveIdSchema, dimension: z.enum(ALLIANCE_DIMENSIONS) })),
  date: z.optional(isoDaySchema),
});
export type AllianceResult = z.infer<typeof resultSchema>;

export const historySchema = z.array(valueSchema).check(z.maxLength(MAX_HISTORY));

export const changeEventSchema = changeDetailSchema(ALLIANCE_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(ALLIANCE_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(ALLIANCE_WIDGET);
