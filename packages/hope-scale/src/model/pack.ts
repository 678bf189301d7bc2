import { z } from 'zod/mini';
import { localisedText, type ValidationIssue } from '@goesting/core/model';

/**
 * The largest pack, answer scale and texts a host may pass. Anything larger is refused with an
 * issue (`invalid-instrument`), so no pack can freeze the page or break the scoring.
 */
export const PACK_LIMITS = {
  /** Answer choices per item: `max − min + 1`. */
  scalePoints: 101,
  /** The lowest `min` and highest `max` of the answer scale. */
  scaleBound: 1000,
  items: 200,
  subscales: 20,
  /** Characters of an id (items, subscales) and of the pack id. */
  idLength: 64,
  packIdLength: 120,
  /** Characters of the title, a subscale label or an answer label, per language. */
  labelLength: 200,
  /** Characters of an item's text, per language. */
  itemTextLength: 1000,
} as const;

/**
 * Ids of items, subscales and scales: letters, digits and `_ . : -`, never the name of a built-in
 * property such as `constructor` or `__proto__`, so an id is always a plain key.
 */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_.:-]{1,64}$/),
  z.refine((id) => !(id in Object.prototype), { message: 'This id is a name JavaScript reserves.', params: { code: 'reserved_id' } }),
);
const id = idSchema;
const label = localisedText(PACK_LIMITS.labelLength);
const scaleBound = z.int().check(z.gte(-PACK_LIMITS.scaleBound), z.lte(PACK_LIMITS.scaleBound));

/** The answer scale of a pack: whole numbers from `min` to `max` (at most 101 of them), with optional labels per value. */
export const answerScaleSchema = z
  .object({
    min: scaleBound,
    max: scaleBound,
    /** Labels by value, e.g. `{ "1": "helemaal niet waar", "8": "helemaal waar" }`. */
    labels: z.optional(z.record(z.string().check(z.regex(/^-?\d{1,4}$/)), label)),
  })
  .check(
    z.superRefine((scale, ctx) => {
      if (scale.max <= scale.min) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: 'The maximum must be above the minimum.', params: { code: 'invalid_range', minimum: scale.min } });
      } else if (scale.max - scale.min + 1 > PACK_LIMITS.scalePoints) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: `An answer scale has at most ${PACK_LIMITS.scalePoints} points.`,
          params: { code: 'too_many_points', maximum: PACK_LIMITS.scalePoints },
        });
      }
    }),
  );
export type AnswerScale = z.infer<typeof answerScaleSchema>;

export const packItemSchema = z.object({
  id,
  text: localisedText(PACK_LIMITS.itemTextLength),
  /** Scored as `min + max − answer`. */
  reverse: z.optional(z.boolean()),
});

export const subscaleSchema = z.object({
  id,
  label: z.optional(label),
  /** The items summed into this subscale. Items in no subscale are unscored fillers. */
  items: z.array(id).check(z.minLength(1), z.maxLength(PACK_LIMITS.items)),
});

/**
 * A question set with subscales: our own goal-hope items, or a pack an organisation holds a
 * licence for. Items that belong to no subscale are fillers: asked, never scored. Sizes are
 * limited ({@link PACK_LIMITS}): at most 200 items, 20 subscales, 101 answer choices between
 * −1000 and 1000, item texts of 1000 and other texts of 200 characters per language.
 */
export const packSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(PACK_LIMITS.packIdLength)),
    version: z.int().check(z.gte(1)),
    title: z.optional(label),
    scale: answerScaleSchema,
    items: z.array(packItemSchema).check(z.minLength(1), z.maxLength(PACK_LIMITS.items)),
    subscales: z.array(subscaleSchema).check(z.minLength(1), z.maxLength(PACK_LIMITS.subscales)),
    /** Subscales summed into the total; all of them when left out. */
    total: z.optional(z.array(id).check(z.minLength(1), z.maxLength(PACK_LIMITS.subscales))),
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

/** Whether `value` is an answer on the pack's scale: a whole number from `min` to `max`. */
export const isOnScale = (pack: Pick<HopePack, 'scale'>, value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= pack.scale.min && value <= pack.scale.max;

/**
 * Scores a pack: each subscale is the sum of its items (reverse-keyed items counted as
 * `min + max − answer`), the total the sum of its subscales. An unanswered item leaves its
 * subscale, and the total, without a score, and is listed as the reason. An answer that is not
 * a whole number on the scale counts as no answer: it is never turned into a number. Fillers are
 * ignored.
 */
export function scorePack(pack: HopePack, answers: PackAnswers): PackScore {
  const { min, max } = pack.scale;
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const answer = (id: string) => {
    const value: unknown = Object.hasOwn(answers, id) ? answers[id] : undefined;
    return isOnScale(pack, value) ? value : undefined;
  };
  const subscales = pack.subscales.map((subscale): SubscaleScore => {
    const missing = subscale.items.filter((id) => answer(id) === undefined);
    const score = missing.length
      ? null
      : subscale.items.reduce((sum, id) => sum + (items.get(id)?.reverse ? min + max - answer(id)! : answer(id)!), 0);
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

/** Answers of the wrong type, outside the pack's scale or for items it does not have, as issues. */
export function checkPackAnswers(pack: HopePack, answers: PackAnswers): ValidationIssue[] {
  const items = new Set(pack.items.map((item) => item.id));
  const { min, max } = pack.scale;
  return Object.entries(answers).flatMap(([id, answer]: [string, unknown]): ValidationIssue[] => {
    const path = `answers.${id}`;
    if (!items.has(id)) return [{ path, code: 'unknown_item', message: `Unknown item "${id}".`, params: { item: id } }];
    if (typeof answer !== 'number') return [{ path, code: 'invalid_type', message: 'Expected a whole number.', params: { expected: 'int' } }];
    if (!isOnScale(pack, answer)) return [{ path, code: 'out_of_scale', message: `Answer ${answer} is outside ${min}–${max}.`, params: { minimum: min, maximum: max } }];
    return [];
  });
}
