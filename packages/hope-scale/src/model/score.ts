import { comparePerspectives, type PerspectiveRow } from '@goesting/core/model';
import { scorePack, type HopePack } from './pack.js';
import type { HopeResult, HopeValue, ScalingScale } from './schema.js';
import { packKey } from './defaults.js';

/** Scaling values at or below this are very low. */
export const LOW_SCALING = 2;
/** A total in the lowest fifth of its range is very low. */
export const LOW_SHARE = 0.2;

/** From this difference between the client's and the professional's 0–10 hope on, the row is a conversation starter. */
export const HOPE_DIFFERENCE = 3;

const share = (score: number, min: number, max: number) => (score - min) / (max - min);

/**
 * The client's hope beside the professional's, when the professional gave theirs: the first
 * 0–10 scale and the professional's 0–10 compared, or the goal-hope total (on its own scale) shown
 * beside it without a difference. Nothing is averaged.
 */
function sideBySide(value: HopeValue, client: number | null, comparable: boolean): { perspectives?: PerspectiveRow[] } {
  const professional = value.perspectives?.professional;
  if (!professional) return {};
  const order = ['client', 'professional'];
  if (comparable) return { perspectives: comparePerspectives(['hope'], { client: { hope: client }, professional: { hope: professional.hope } }, order, HOPE_DIFFERENCE) };
  return {
    perspectives: [{ id: 'goal', values: [{ perspective: 'client', value: client }, { perspective: 'professional', value: professional.hope ?? null }], difference: null, higher: null, starter: false }],
  };
}

/**
 * Scores a hope document. Scaling mode reports each scale's value; goal-hope mode the subscale
 * sums and the total (see {@link scorePack}), and which subscale is lower, to start the
 * conversation there. `low` marks very low hope, so the widget can suggest talking it over —
 * it never raises an alarm or sends anything.
 */
export function scoreHope(value: HopeValue, scales: readonly ScalingScale[], pack: HopePack): HopeResult {
  const date = value.date ? { date: value.date } : {};
  if (value.mode === 'scaling') {
    const values = Object.fromEntries(scales.map((scale) => [scale.id, value.scales[scale.id] ?? null]));
    const answered = Object.values(values).filter((v): v is number => v !== null);
    return {
      mode: 'scaling',
      scales: values,
      subscales: [],
      total: null,
      lowerSubscale: null,
      low: answered.length > 0 && answered.every((v) => v <= LOW_SCALING),
      ...date,
      ...sideBySide(value, scales[0] ? (value.scales[scales[0].id] ?? null) : null, true),
    };
  }
  const scored = scorePack(pack, value.answers);
  const complete = scored.subscales.filter((s) => s.score !== null);
  const ranked = [...complete].sort((a, b) => share(a.score!, a.min, a.max) - share(b.score!, b.min, b.max));
  const lower = ranked.length > 1 && share(ranked[0]!.score!, ranked[0]!.min, ranked[0]!.max) < share(ranked[1]!.score!, ranked[1]!.min, ranked[1]!.max) ? ranked[0]!.id : null;
  const { total } = scored;
  return {
    mode: 'goal-hope',
    pack: packKey(pack),
    scales: {},
    subscales: scored.subscales,
    total,
    lowerSubscale: lower,
    low: total.score !== null && share(total.score, total.min, total.max) <= LOW_SHARE,
    ...date,
    ...sideBySide(value, total.score, false),
  };
}
