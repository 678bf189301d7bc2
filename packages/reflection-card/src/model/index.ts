/**
 * The reflection card's logic without a DOM: templates, schemas, edits of a card, open actions
 * from earlier cards, template switching, Markdown export and import, and the round timer. Runs in Node, so a back
 * end can validate what `<goesting-reflection-card>` sends.
 */
export * from './templates.js';
export * from './schema.js';
export * from './parse.js';
export * from './actions.js';
export * from './edits.js';
export * from './intervision.js';
export * from './switch.js';
export * from './markdown.js';
export * from './countdown.js';

import { changeEventSchema, completeEventSchema, errorEventSchema, historySchema, resultSchema, selfscanReflectEventSchema, valueSchema } from './schema.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const reflectionCardSchemas = {
  'reflection-card-value': valueSchema,
  'reflection-card-history': historySchema,
  'reflection-card-result': resultSchema,
  'reflection-card-change-event': changeEventSchema,
  'reflection-card-complete-event': completeEventSchema,
  'reflection-card-error-event': errorEventSchema,
  'selfscan-reflect-event': selfscanReflectEventSchema,
};
