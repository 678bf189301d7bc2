import type { GridCell } from '@goesting/core/model';
import { keyedRecord } from './parse.js';
import type { ActionStatus, ReflectionValue } from './schema.js';
import { FEELINGS, type FeelingId, type TemplateId } from './templates.js';

/** Whether anything is written on the card: a step, what I take with me, the action or a peer's view. */
export function hasText(doc: ReflectionValue): boolean {
  return Object.values(doc.steps).some(Boolean) || !!doc.takeaway || !!doc.action.text || doc.views.some((v) => v.text || v.name);
}

/** The card as it is being edited: not finished, so without a date. */
export function reopenCard({ date: _date, ...doc }: ReflectionValue): ReflectionValue {
  return { ...doc, completed: false };
}

/** The finished card, dated `date`. */
export function finishCard(doc: ReflectionValue, date: string): ReflectionValue {
  return { ...doc, completed: true, date };
}

/** A card nothing is written on yet, moved to another template: it starts afresh. */
export function restartOn(doc: ReflectionValue, template: TemplateId): ReflectionValue {
  return { ...doc, template, steps: keyedRecord() };
}

/** The card with `text` for the step `step`; empty text leaves the step out. */
export function withStepText(doc: ReflectionValue, step: string, text: string): ReflectionValue {
  const steps = keyedRecord(doc.steps);
  if (text) steps[step] = text;
  else delete steps[step];
  return { ...doc, steps };
}

/** The card with `feeling` chosen (`on`) or not; a chosen one takes its place in the order of {@link FEELINGS}. */
export function withFeeling(doc: ReflectionValue, feeling: FeelingId, on: boolean): ReflectionValue {
  return { ...doc, feelings: on ? FEELINGS.filter((f) => f === feeling || doc.feelings.includes(f)) : doc.feelings.filter((f) => f !== feeling) };
}

/** The card with the action due on `due` (an ISO day), or without a date. */
export function withDue(doc: ReflectionValue, due: string): ReflectionValue {
  return { ...doc, action: due ? { ...doc.action, due } : { text: doc.action.text } };
}

/** The card tagged with `cell`, or without a tag. */
export function withCell(doc: ReflectionValue, cell?: GridCell): ReflectionValue {
  if (cell) return { ...doc, cell };
  const { cell: _cell, ...untagged } = doc;
  return untagged;
}

/** The card with what it decided about the open action of the earlier card `card`. */
export function withReview(doc: ReflectionValue, card: string, status: ActionStatus): ReflectionValue {
  return { ...doc, review: keyedRecord({ ...doc.review, [card]: status }) };
}
