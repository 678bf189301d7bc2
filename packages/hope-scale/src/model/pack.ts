import { z } from 'zod/mini';
import { localisedTextSchema, type ValidationIssue } from '@goesting/core/model';

const id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));

/** The answer scale of a pack: whole numbers from `min` to `max`, with optional labels per value. */
export const answerScaleSchema = z
  .object({
    min: z.int(),
    max: z.int(),
    /** Labels by value, e.g. `{ "1": "helemaal niet waar", "8": "helemaal waar" }`. */
    labels: z.optional(z.record(z.string(), localisedTextSchema)),
  })
  .check(
    z.superRefine((scale, ctx) => {
      if (scale.max <= scale.min) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'The maximum must be above the minimum.', params: { code: 'invalid_range', minimum: scale.min } });
      }
    }),
  );
export type AnswerScale = z.infer<typeof answerScaleSchema>;

export const packItemSchema = z.object({
  id,
  text: localisedTextSchema,
  /** Scored as `min + max − answer`. */
  reverse: z.optional(z.boolean()),
});

export const subscaleSchema = z.object({
  id,
  label: z.optional(localisedTextSchema),
  /** The items summed into this subscale. Items in no subscale are unscored fillers. */
  items: z.array(id).check(z.minLength(1)),
});

/**
 * A question set with subscales: our own goal-hope items, or a pack an organisation holds a
 * licence for. Items that belong to no subscale are fillers: asked, never scored.
 */
export const packSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(120)),
    version: z.int().check(z.gte(1)),
    title: z.optional(localisedTextSchema),
    scale: answerScaleSchema,
    items: z.array(packItemSchema).check(z.minLength(1), z.maxLength(200)),
    subscales: z.array(subscaleSchema).check(z.minLength(1), z.maxLength(20)),
    /** Subscales summed into the total; all of them when left out. */
    total: z.optional(z.array(id).check(z.minLength(1))),
  })
  .check(
    z.superRefine((pack, ctx) => {
      const issue = (path: PropertyKey[], code: string, message: string, params: Record<string, string>) =>
        ctx.addIssue({ code: 'custom', path, message, params: { code, ...params } });
      const items = new Set<string>();
      pack.items.forEach((item, i) => {
        if (items.has(item.id)) issue(['items', i, 'id'], 'duplicate_id', `Duplicate item id "${item.id}".`, { id: item.id });
        items.add(item.id);
      });
      const subscales = new Set<string>();
      const scored = new Set<string>();
      pack.subscales.forEach((subscale, s) => {
        if (subscales.has(subscale.id)) issue(['subscales', s, 'id'], 'duplicate_id', `Duplicate subscale id "${subscale.id}".`, { id: subscale.id });
        subscales.add(subscale.id);
        subscale.items.forEach((item, i) => {
          if (!items.has(item)) issue(['subscales', s, 'items', i], 'unknown_item', `Unknown item "${item}".`, { item });
          else if (scored.has(item)) issue(['subscales', s, 'items', i], 'duplicate_id', `Item "${item}" is in two subscales.`, { id: item });
          scored.add(item);
        });
      });
      pack.total?.forEach((subscale, i) => {
        if (!subscales.has(subscale)) issue(['total', i], 'unknown_subscale', `Unknown subscale "${subscale}".`, { id: subscale });
      });
    }),
  );
export type HopePack = z.infer<typeof packSchema>;

/** Answers by item id. */
export type PackAnswers = Readonly<Record<string, number>>;

export interface RangeScore {
  /** The sum, or `null` when an item is unanswered. */
  score: number | null;
  min: number;
  max: number;
  /** Items without an answer: the reason there is no score. */
  missing: string[];
}

export interface SubscaleScore extends RangeScore {
  id: string;
}

export interface PackScore {
  subscales: SubscaleScore[];
  total: RangeScore;
  /** Items asked but never scored. */
  fillers: string[];
}

/**
 * Scores a pack: each subscale is the sum of its items (reverse-keyed items counted as
 * `min + max − answer`), the total the sum of its subscales. An unanswered item leaves its
 * subscale, and the total, without a score, and is listed as the reason. Fillers are ignored.
 */
export function scorePack(pack: HopePack, answers: PackAnswers): PackScore {
  const { min, max } = pack.scale;
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const subscales = pack.subscales.map((subscale): SubscaleScore => {
    const missing = subscale.items.filter((id) => answers[id] === undefined);
    const score = missing.length
      ? null
      : subscale.items.reduce((sum, id) => sum + (items.get(id)?.reverse ? min + max - answers[id]! : answers[id]!), 0);
    return { id: subscale.id, score, min: subscale.items.length * min, max: subscale.items.length * max, missing };
  });
  const inTotal = subscales.filter((s) => !pack.total || pack.total.includes(s.id));
  const missing = inTotal.flatMap((s) => s.missing);
  const total: RangeScore = {
    score: missing.length ? null : inTotal.reduce((sum, s) => sum + s.score!, 0),
    min: inTotal.reduce((sum, s) => sum + s.min, 0),
    max: inTotal.reduce((sum, s) => sum + s.max, 0),
    missing,
  };
  const scored = new Set(pack.subscales.flatMap((s) => s.items));
  return { subscales, total, fillers: pack.items.filter((item) => !scored.has(item.id)).map((item) => item.id) };
}

/** Answers outside the pack's scale or for items it does not have, as issues. */
export function checkPackAnswers(pack: HopePack, answers: PackAnswers): ValidationIssue[] {
  const items = new Set(pack.items.map((item) => item.id));
  return Object.entries(answers).flatMap(([id, answer]): ValidationIssue[] => {
    if (!items.has(id)) return [{ path: `answers.${id}`, code: 'unknown_item', message: `Unknown item "${id}".`, params: { item: id } }];
    if (!Number.isInteger(answer) || answer < pack.scale.min || answer > pack.scale.max) {
      return [{ path: `answers.${id}`, code: 'out_of_scale', message: `Answer ${answer} is outside ${pack.scale.min}–${pack.scale.max}.`, params: { minimum: pack.scale.min, maximum: pack.scale.max } }];
    }
    return [];
  });
}
