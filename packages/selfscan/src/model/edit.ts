import { PILLARS, type PillarId } from './instrument-types.js';
import { instrumentKey } from './instrument.js';
import { answerOf } from './score.js';
import type { SelfscanAnswer, SelfscanInstrument, SelfscanValue } from './schema.js';

/** The pillars a list has statements for, in display order: one step each. */
export const pillarSteps = (instrument: SelfscanInstrument): PillarId[] => PILLARS.filter((p) => instrument.items.some((i) => i.pillar === p));

/** How many statements of the list have an answer. */
export const answeredCount = (instrument: SelfscanInstrument, value: Pick<SelfscanValue, 'answers'>): number =>
  instrument.items.filter((i) => answerOf(value.answers, i.id) !== undefined).length;

/** The document for an edit on `instrument`: made with that list, open again, without a date. */
export function reopened(value: SelfscanValue, instrument: SelfscanInstrument): SelfscanValue {
  const { date: _date, ...open } = value;
  return { ...open, instrument: instrumentKey(instrument), completed: false };
}

/** The document finished on `date`. */
export const finished = (value: SelfscanValue, instrument: SelfscanInstrument, date: string): SelfscanValue => ({
  ...value,
  instrument: instrumentKey(instrument),
  completed: true,
  date,
});

export const withAnswer = (doc: SelfscanValue, id: string, answer: SelfscanAnswer): SelfscanValue => ({ ...doc, answers: { ...doc.answers, [id]: answer } });

/** With `id` flagged (last) or not. */
export const withFlag = (doc: SelfscanValue, id: string, flagged: boolean): SelfscanValue => ({
  ...doc,
  flags: [...doc.flags.filter((f) => f !== id), ...(flagged ? [id] : [])],
});

export const withEnergy = (doc: SelfscanValue, pillar: PillarId, energy: number): SelfscanValue => ({ ...doc, energy: { ...doc.energy, [pillar]: energy } });
