/**
 * The alliance check's logic without a DOM: the statements' ids and parts, schemas, scoring per
 * perspective, parsing and the merge of two devices' documents. Runs in Node, so a back end can
 * validate, merge and re-score what `<goesting-alliance-check>` sends.
 */
export * from './statements.js';
export * from './schema.js';
export * from './score.js';
export * from './parse.js';

import { changeEventSchema, completeEventSchema, errorEventSchema, resultSchema, valueSchema } from './schema.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const allianceCheckSchemas = {
  'alliance-check-value': valueSchema,
  'alliance-check-result': resultSchema,
  'alliance-check-change-event': changeEventSchema,
  'alliance-check-complete-event': completeEventSchema,
  'alliance-check-error-event': errorEventSchema,
};
