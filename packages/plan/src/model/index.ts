/**
 * The plan's logic without a DOM: schemas, parsing, the people offered from the network circle,
 * the balance of who carries the actions, the review and its comparison with earlier versions,
 * every edit of a plan, and the Markdown and iCalendar copies. Runs in Node, so a back end can
 * validate what `<goesting-plan>` sends and write the same copies.
 */
export * from './schema.js';
export * from './parse.js';
export * from './people.js';
export * from './balance.js';
export * from './review.js';
export * from './edits.js';
export * from './markdown.js';
export * from './ical.js';

import { changeEventSchema, completeEventSchema, errorEventSchema, historySchema, personEventSchema, resultSchema, valueSchema } from './schema.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const planSchemas = {
  'plan-value': valueSchema,
  'plan-history': historySchema,
  'plan-result': resultSchema,
  'plan-change-event': changeEventSchema,
  'plan-complete-event': completeEventSchema,
  'plan-error-event': errorEventSchema,
  'plan-person-event': personEventSchema,
};
