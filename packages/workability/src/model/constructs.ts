/**
 * What the workability check measures: four outcome indicators and six risk factors, each with
 * our own three statements on a four-point frequency scale. The pulse asks the first statement of
 * every construct (ten in all); the full check asks all thirty. Statement texts are keys into the
 * locale catalogues (`item.<id>`); no norms.
 */
export const INDICATORS = ['stress', 'motivation', 'learning', 'balance'] as const;
export const RISK_FACTORS = ['workload', 'emotional', 'variety', 'autonomy', 'support', 'physical'] as const;
export const CONSTRUCTS = [...INDICATORS, ...RISK_FACTORS] as const;
export type Indicator = (typeof INDICATORS)[number];
export type RiskFactor = (typeof RISK_FACTORS)[number];
export type Construct = (typeof CONSTRUCTS)[number];

export const VARIANTS = ['pulse', 'full'] as const;
export type WorkabilityVariant = (typeof VARIANTS)[number];

/** Answers: 1 = never, 2 = sometimes, 3 = often, 4 = always. */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 4;

/**
 * Constructs where a higher score means more strain (work stress, work pressure, emotional load).
 * For every other construct a higher score is more favourable.
 */
export const HIGHER_IS_WORSE: ReadonlySet<Construct> = new Set<Construct>(['stress', 'workload', 'emotional']);

export interface WorkabilityItem {
  id: string;
  construct: Construct;
  /** Worded against the construct's direction: the answer is turned around (1 ↔ 4) before scoring. */
  reverse: boolean;
}

/** Per construct: which of its three statements are worded the other way round. */
const REVERSED: Readonly<Record<Construct, readonly number[]>> = {
  stress: [3],
  motivation: [3],
  learning: [3],
  balance: [2],
  workload: [3],
  emotional: [],
  variety: [2],
  autonomy: [3],
  support: [3],
  physical: [2],
};

/** Every statement of the full check, construct by construct. */
export const FULL_ITEMS: readonly WorkabilityItem[] = CONSTRUCTS.flatMap((construct) =>
  [1, 2, 3].map((n) => ({ id: `${construct}-${n}`, construct, reverse: REVERSED[construct].includes(n) })),
);

/** The ten pulse statements: the first (never reversed) statement of each construct. */
export const PULSE_ITEMS: readonly WorkabilityItem[] = FULL_ITEMS.filter((item) => item.id.endsWith('-1'));

export const itemsFor = (variant: WorkabilityVariant): readonly WorkabilityItem[] => (variant === 'full' ? FULL_ITEMS : PULSE_ITEMS);
