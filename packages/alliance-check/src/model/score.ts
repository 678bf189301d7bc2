import { comparePerspectives, orderPerspectives } from '@goesting/core/model';
import { ALLIANCE_DIMENSIONS, ALLIANCE_STATEMENTS, DEFAULT_THRESHOLD, STIFF_BELOW, variantOf, type AllianceDimension } from './statements.js';
import type { AllianceResult, AllianceValue, PerspectiveAnswers, PerspectiveScores } from './schema.js';

/** The mean of `values` on the answers' own scale, to one decimal; `null` when one is missing. Only ever within one perspective. */
function meanOf(values: readonly (number | undefined)[]): number | null {
  if (!values.length || values.some((v) => v === undefined)) return null;
  return Math.round(((values as number[]).reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** One perspective's scores: per part and over all statements, each `null` until all its statements are answered. */
export function scorePerspective(value: AllianceValue, answers: PerspectiveAnswers): PerspectiveScores {
  const statements = ALLIANCE_STATEMENTS[variantOf(value.instrument) ?? 'short'];
  const of = (ids: readonly string[]) => meanOf(ids.map((id) => answers.answers[id as keyof typeof answers.answers]));
  const dimensions = Object.fromEntries(
    ALLIANCE_DIMENSIONS.map((dimension) => [dimension, of(statements.filter((s) => s.dimension === dimension).map((s) => s.id))]),
  ) as Record<AllianceDimension, number | null>;
  return {
    dimensions,
    total: of(statements.map((s) => s.id)),
    answered: statements.filter((s) => answers.answers[s.id as keyof typeof answers.answers] !== undefined).length,
    completed: answers.completed,
  };
}

/**
 * Scores an alliance check: each perspective on its own, never averaged across perspectives; the
 * perspectives side by side per part and per statement, with differences of `threshold` or more
 * marked as conversation starters; and the parts that someone scored below the middle (stiff).
 */
export function scoreAlliance(value: AllianceValue, threshold = DEFAULT_THRESHOLD): AllianceResult {
  const statements = ALLIANCE_STATEMENTS[variantOf(value.instrument) ?? 'short'];
  const order = orderPerspectives(Object.keys(value.perspectives));
  const perspectives = Object.fromEntries(order.map((p) => [p, scorePerspective(value, value.perspectives[p]!)]));
  const dimensions = comparePerspectives(
    ALLIANCE_DIMENSIONS,
    Object.fromEntries(order.map((p) => [p, perspectives[p]!.dimensions])),
    order,
    threshold,
  );
  const rows = comparePerspectives(
    statements.map((s) => s.id),
    Object.fromEntries(order.map((p) => [p, value.perspectives[p]!.answers as Record<string, number | undefined>])),
    order,
    threshold,
  );
  const stiff = order.flatMap((perspective) =>
    ALLIANCE_DIMENSIONS.filter((dimension) => {
      const score = perspectives[perspective]!.dimensions[dimension];
      return score !== null && score < STIFF_BELOW;
    }).map((dimension) => ({ perspective, dimension })),
  );
  return {
    instrument: value.instrument,
    order,
    perspectives,
    dimensions,
    statements: rows,
    starters: [...dimensions, ...rows].filter((row) => row.starter).map((row) => row.id),
    stiff,
    ...(value.date ? { date: value.date } : {}),
  };
}
