import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, gridCellSchema, isoDaySchema, reflectDetailSchema } from '@goesting/core/model';
import { FEELINGS, TEMPLATES } from './templates.js';

/** Version of reflection-card value documents and event details written by this code. */
export const REFLECTION_SCHEMA_VERSION = 1;
export const REFLECTION_WIDGET = 'reflection-card';

/** Longest text per step, "what I take with me" and a peer's view: a card, not an essay. */
export const MAX_STEP_TEXT = 2000;
/** Longest action and longest name. */
export const MAX_ACTION_TEXT = 500;
export const MAX_NAME = 80;
/** The most peers' views one card holds. */
export const MAX_VIEWS = 20;

const id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));
const stepText = z.string().check(z.maxLength(MAX_STEP_TEXT));

/** How the card shows its steps: `steps`, one at a time (the default), or `card`, all on one long card. */
export const REFLECTION_LAYOUTS = ['steps', 'card'] as const;
export type ReflectionLayout = (typeof REFLECTION_LAYOUTS)[number];

/** Paper sizes for printing: `a5` (the default, a pocket card) or `a4`. */
export const PRINT_SIZES = ['a5', 'a4'] as const;
export type PrintSize = (typeof PRINT_SIZES)[number];

export const ACTION_STATUSES = ['done', 'carried', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One peer's view in an intervision: a name is optional. */
export const viewSchema = z.object({ name: z.optional(z.string().check(z.maxLength(MAX_NAME))), text: stepText });

/** The saved card: resume from it; events carry it; `history` is a list of these. */
export const valueSchema = z.object({
  schemaVersion: z.literal(REFLECTION_SCHEMA_VERSION),
  /** A random id, so later cards can refer to this card's action. */
  id,
  template: z.enum(TEMPLATES),
  /** The pillar × dimension cell the card is about. */
  cell: z.optional(gridCellSchema),
  /** Text per step id of the template. */
  steps: z.record(z.string(), stepText),
  feelings: z.array(z.enum(FEELINGS)).check(z.maxLength(FEELINGS.length)),
  takeaway: stepText,
  action: z.object({ text: z.string().check(z.maxLength(MAX_ACTION_TEXT)), due: z.optional(isoDaySchema) }),
  /** What this card decided about open actions of earlier cards, by the earlier card's id. */
  review: z.record(z.string(), z.enum(ACTION_STATUSES)),
  /** Intervision: the group's name for the session (optional), minutes per round, peers' views. */
  group: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  rounds: z.record(z.string(), z.int().check(z.gte(1), z.lte(120))),
  views: z.array(viewSchema).check(z.maxLength(MAX_VIEWS)),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type ReflectionValue = z.infer<typeof valueSchema>;

/** An action of an earlier card that is still open, with what this card decided about it. */
export const openActionSchema = z.object({
  card: id,
  text: z.string(),
  due: z.optional(isoDaySchema),
  date: z.optional(isoDaySchema),
  status: z.optional(z.enum(ACTION_STATUSES)),
});
export type OpenAction = z.infer<typeof openActionSchema>;

/** What `goesting-complete` reports beside the card. */
export const resultSchema = z.object({
  template: z.enum(TEMPLATES),
  cell: z.optional(gridCellSchema),
  /** Steps with text, of the template's steps. */
  answered: z.int(),
  steps: z.int(),
  action: z.object({ text: z.string(), due: z.optional(isoDaySchema) }),
  /** Earlier actions still open after this card (carried over or not decided), and the ones closed now. */
  openActions: z.array(openActionSchema),
  closedActions: z.array(openActionSchema),
  date: z.optional(isoDaySchema),
});
export type ReflectionResult = z.infer<typeof resultSchema>;

export const historySchema = z.array(valueSchema);

export const changeEventSchema = changeDetailSchema(REFLECTION_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(REFLECTION_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(REFLECTION_WIDGET);
/** `goesting-reflect` as the self-scan sends it; the card accepts its `cell` as `.tag`. */
export const selfscanReflectEventSchema = reflectDetailSchema('selfscan');
