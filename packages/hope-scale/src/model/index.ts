/**
 * The hope scale's logic without a DOM: schemas, our own packs, the scoring engine for any pack
 * and the result. Runs in Node, so a back end can validate and re-score what
 * `<goesting-hope-scale>` sends.
 */
export * from './pack.js';
export * from './schema.js';
export * from './defaults.js';
export * from './score.js';
export * from './parse.js';

import { packSchema } from './pack.js';
import { changeEventSchema, completeEventSchema, errorEventSchema, resultSchema, scalingScalesSchema, valueSchema } from './schema.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const hopeScaleSchemas = {
  'hope-scale-pack': packSchema,
  'hope-scale-scales': scalingScalesSchema,
  'hope-scale-value': valueSchema,
  'hope-scale-result': resultSchema,
  'hope-scale-change-event': changeEventSchema,
  'hope-scale-complete-event': completeEventSchema,
  'hope-scale-error-event': errorEventSchema,
};
