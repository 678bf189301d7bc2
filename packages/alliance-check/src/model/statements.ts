/**
 * The alliance check's statements: our own, on the three parts of a working alliance — agreeing
 * about the goals (the direction), about the way of working together (the frame), and the bond
 * (trust). Each statement has a client version and a professional version of the same words; the
 * texts are in the widget's language files, the model knows only ids and parts.
 */
export const ALLIANCE_DIMENSIONS = ['goals', 'way', 'bond'] as const;
export type AllianceDimension = (typeof ALLIANCE_DIMENSIONS)[number];

/** `short`: six statements for the end of a session; `full`: twelve. */
export const ALLIANCE_VARIANTS = ['short', 'full'] as const;
export type AllianceVariant = (typeof ALLIANCE_VARIANTS)[number];

export interface AllianceStatement {
  id: string;
  dimension: AllianceDimension;
}

const statement = (dimension: AllianceDimension, n: number): AllianceStatement => ({ id: `${dimension}-${n}`, dimension });

/** The statements of each variant, in the order asked: the parts take turns, so no part comes in a block. */
export const ALLIANCE_STATEMENTS: Readonly<Record<AllianceVariant, readonly AllianceStatement[]>> = {
  short: [statement('goals', 1), statement('way', 1), statement('bond', 1), statement('goals', 2), statement('way', 2), statement('bond', 2)],
  full: [1, 2, 3, 4].flatMap((n) => ALLIANCE_DIMENSIONS.map((dimension) => statement(dimension, n))),
};

/** The name and version of each variant's statements, as a document records them. */
export const ALLIANCE_INSTRUMENTS: Readonly<Record<AllianceVariant, string>> = { short: 'alliance-short@1', full: 'alliance-full@1' };

/** The variant a document's `instrument` names. */
export function variantOf(instrument: string): AllianceVariant | undefined {
  return ALLIANCE_VARIANTS.find((variant) => ALLIANCE_INSTRUMENTS[variant] === instrument);
}

/** The answers: 1 "klopt helemaal niet" to 5 "klopt helemaal". */
export const ALLIANCE_ANSWERS = [1, 2, 3, 4, 5] as const;
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;
/** A part whose score is below this, in any perspective, makes the alliance stiff there: worth talking about, nothing more. */
export const STIFF_BELOW = 3;
/** From this difference on, a statement or part is marked as a place to start the conversation. */
export const DEFAULT_THRESHOLD = 2;
