/**
 * The self-scan's logic without a DOM: schemas, default question lists, scoring and migration.
 * Runs in Node, so a back end can validate and re-score what `<goesting-selfscan>` sends.
 */
export * from './instrument-types.js';
export * from './schema.js';
export * from './instrument.js';
export * from './score.js';
export * from './migrate.js';
export { defaultSelfscanItems } from './items.js';
export * from './team.js';

import { changeEventSchema, completeEventSchema, errorEventSchema, instrumentSchema, resultSchema, valueSchema } from './schema.js';
import { teamAggregateSchema, teamErrorEventSchema, teamRecordSchema } from './team.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const selfscanSchemas = {
  'selfscan-instrument': instrumentSchema,
  'selfscan-value': valueSchema,
  'selfscan-result': resultSchema,
  'selfscan-change-event': changeEventSchema,
  'selfscan-complete-event': completeEventSchema,
  'selfscan-error-event': errorEventSchema,
  'selfscan-team-record': teamRecordSchema,
  'selfscan-team-aggregate': teamAggregateSchema,
  'selfscan-team-error-event': teamErrorEventSchema,
};
export * from './team-export.js';
