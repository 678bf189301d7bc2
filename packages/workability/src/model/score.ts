import { ANSWER_MAX, ANSWER_MIN, CONSTRUCTS, HIGHER_IS_WORSE, INDICATORS, itemsFor, type Construct } from './constructs.js';
import { WORKABILITY_SCHEMA_VERSION, type WorkabilityResult, type WorkabilityThresholds, type WorkabilityValue, type Zone } from './schema.js';

/** Our default zone boundaries on the strain scale (1 = no strain … 4 = most strain). Not the monitor's. */
export const DEFAULT_THRESHOLDS = { orange: 2.5, red: 3 } as const;

/** Strain of a construct score: the score itself where higher is worse, else turned around. */
export const strain = (construct: Construct, score: number): number => (HIGHER_IS_WORSE.has(construct) ? score : ANSWER_MIN + ANSWER_MAX - score);

/** The zone boundaries in force for one construct. */
export function boundsFor(construct: Construct, thresholds: WorkabilityThresholds = {}): { orange: number; red: number } {
  return thresholds.constructs?.[construct] ?? { orange: thresholds.orange ?? DEFAULT_THRESHOLDS.orange, red: thresholds.red ?? DEFAULT_THRESHOLDS.red };
}

/** Green below `orange`, orange from `orange`, red from `red` (boundaries on the strain scale). */
export function zoneOf(construct: Construct, score: number, thresholds?: WorkabilityThresholds): Zone {
  const s = strain(construct, score);
  const bounds = boundsFor(construct, thresholds);
  return s >= bounds.red ? 'red' : s >= bounds.orange ? 'orange' : 'green';
}

/** Werkbaar: every indicator scored and none in the red (problem) zone. */
export function isWerkbaar(zones: Partial<Record<Construct, Zone | null>>): boolean | null {
  if (INDICATORS.some((c) => !zones[c])) return null;
  return INDICATORS.every((c) => zones[c] !== 'red');
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Scores one employee's answers: per construct the mean of its statements after turning reversed
 * ones around, in the construct's own direction (1–4); `null` until every statement of the
 * construct is answered. Then the zone per construct and whether the work is werkbaar.
 */
export function scoreWorkability(
  value: WorkabilityValue,
  options: { thresholds?: WorkabilityThresholds; team?: string; wave?: string } = {},
): WorkabilityResult {
  const items = itemsFor(value.variant);
  const scores = {} as Record<Construct, number | null>;
  const zones = {} as Record<Construct, Zone | null>;
  for (const construct of CONSTRUCTS) {
    const answers = items.filter((i) => i.construct === construct).map((i) => {
      const a = value.answers[i.id];
      return a === undefined ? undefined : i.reverse ? ANSWER_MIN + ANSWER_MAX - a : a;
    });
    const complete = answers.every((a) => a !== undefined);
    const score = complete ? round2((answers as number[]).reduce((s, a) => s + a, 0) / answers.length) : null;
    scores[construct] = score;
    zones[construct] = score === null ? null : zoneOf(construct, score, options.thresholds);
  }
  return {
    schemaVersion: WORKABILITY_SCHEMA_VERSION,
    variant: value.variant,
    ...(options.team ? { team: options.team } : {}),
    ...(options.wave ? { wave: options.wave } : {}),
    ...(value.date ? { date: value.date } : {}),
    scores,
    zones,
    werkbaar: isWerkbaar(zones),
  };
}
