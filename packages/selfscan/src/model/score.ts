import { CELLS, cellId, instrumentKey, type CellId } from './instrument.js';
import { DIMENSIONS, PILLARS, type DimensionId, type PillarId } from './instrument-types.js';
import type { CellScore, SelfscanAnswer, SelfscanInstrument, SelfscanResult, SelfscanValue } from './schema.js';

/** The answer to a statement, if any; never a member that every object inherits. */
export const answerOf = (answers: Readonly<Record<string, SelfscanAnswer>>, id: string): SelfscanAnswer | undefined =>
  Object.hasOwn(answers, id) ? answers[id] : undefined;

/** How many results count as strengths and as growth points, at most. */
const HIGHLIGHTS = 3;

const round = (n: number) => Math.round(n * 100) / 100;
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

interface Tally {
  values: number[];
  notApplicable: number;
  items: number;
}

/**
 * Scores a group of items: the mean of the answered ones, provided at least half of the items
 * that apply were answered. Items marked *niet van toepassing* neither count nor weigh.
 */
function scoreTally({ values, notApplicable, items }: Tally) {
  const applicable = items - notApplicable;
  if (items === 0) return { mean: null, reason: 'no-items' as const, answered: 0, applicable };
  if (applicable === 0) return { mean: null, reason: 'not-applicable' as const, answered: 0, applicable };
  if (values.length * 2 < applicable) return { mean: null, reason: 'not-enough-answers' as const, answered: values.length, applicable };
  return { mean: mean(values), answered: values.length, applicable };
}

function tally(answers: readonly (SelfscanAnswer | undefined)[]): Tally {
  return {
    values: answers.filter((a): a is number => typeof a === 'number'),
    notApplicable: answers.filter((a) => a === 'na').length,
    items: answers.length,
  };
}

/**
 * Scores a self-scan. Cell = mean of its answered items (≥ 50 % of applicable items answered);
 * pillar and dimension = mean of their scored cells; tags = the same rule over the tagged items.
 * Strengths and growth points are the highest and lowest scored cells. No cut-offs, no total.
 */
export function scoreSelfscan(instrument: SelfscanInstrument, value: Pick<SelfscanValue, 'answers' | 'flags' | 'energy' | 'date'>): SelfscanResult {
  const cellAnswers = new Map<CellId, (SelfscanAnswer | undefined)[]>(CELLS.map((c) => [c, []]));
  const tagAnswers = new Map<string, (SelfscanAnswer | undefined)[]>();
  for (const item of instrument.items) {
    const answer = answerOf(value.answers, item.id);
    cellAnswers.get(cellId(item.pillar, item.dimension))!.push(answer);
    for (const tag of item.tags ?? []) {
      if (!tagAnswers.has(tag)) tagAnswers.set(tag, []);
      tagAnswers.get(tag)!.push(answer);
    }
  }

  const cells: CellScore[] = PILLARS.flatMap((pillar) =>
    DIMENSIONS.map((dimension) => {
      const answers = cellAnswers.get(cellId(pillar, dimension))!;
      const scored = scoreTally(tally(answers));
      return {
        cell: cellId(pillar, dimension),
        pillar,
        dimension,
        mean: scored.mean === null ? null : round(scored.mean),
        ...('reason' in scored ? { reason: scored.reason } : {}),
        answered: scored.answered,
        applicable: scored.applicable,
        items: answers.length,
      };
    }),
  );
  const exact = new Map(
    cells.map((c) => {
      const t = tally(cellAnswers.get(c.cell as CellId)!);
      return [c.cell, c.mean === null ? null : mean(t.values)];
    }),
  );

  const meanOfCells = (pick: (c: CellScore) => boolean) => {
    const scores = cells.filter((c) => pick(c) && exact.get(c.cell) != null).map((c) => exact.get(c.cell)!);
    const m = mean(scores);
    return m === null ? null : round(m);
  };
  const pillars = Object.fromEntries(PILLARS.map((p) => [p, meanOfCells((c) => c.pillar === p)])) as Record<PillarId, number | null>;
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, meanOfCells((c) => c.dimension === d)])) as Record<DimensionId, number | null>;

  // Built from entries: assigning a tag such as `__proto__` to a plain object would replace its prototype.
  const tags: SelfscanResult['tags'] = Object.fromEntries(
    [...tagAnswers].map(([tag, answers]) => {
      const scored = scoreTally(tally(answers));
      return [tag, { mean: scored.mean === null ? null : round(scored.mean), answered: scored.answered, items: answers.length }];
    }),
  );

  // Stable sort keeps grid order among equal scores, so the same answers always give the same lists.
  const ranked = cells.filter((c) => c.mean !== null).sort((a, b) => exact.get(b.cell)! - exact.get(a.cell)!);
  const count = Math.min(HIGHLIGHTS, Math.floor(ranked.length / 2));
  const strengths = ranked.slice(0, count).map((c) => c.cell);
  const growthPoints = ranked
    .slice(ranked.length - count)
    .reverse()
    .map((c) => c.cell);

  const itemIds = new Set(instrument.items.map((i) => i.id));
  const answered = instrument.items.filter((i) => answerOf(value.answers, i.id) !== undefined).length;
  return {
    instrument: instrumentKey(instrument),
    ...(value.date ? { date: value.date } : {}),
    cells,
    pillars,
    dimensions,
    tags,
    energy: { ...value.energy },
    strengths,
    growthPoints,
    flagged: value.flags.filter((id) => itemIds.has(id)),
    answered,
    total: instrument.items.length,
  };
}
