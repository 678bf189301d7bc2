/**
 * The workability check's and report's logic without a DOM: constructs and statements, schemas,
 * scoring and zones, and the released aggregate document the report renders. Runs in Node, so a
 * back end can validate and re-score exactly as the widgets do; the server entry
 * (`@goesting/workability/server`) ingests checks and releases aggregates.
 */
export * from './constructs.js';
export * from './schema.js';
export * from './score.js';
export * from './aggregate.js';
export * from './export.js';
export * from './reference.js';
export * from './parse.js';

import {
  checkChangeEventSchema,
  checkCompleteEventSchema,
  checkErrorEventSchema,
  recordSchema,
  reportChangeEventSchema,
  reportErrorEventSchema,
  resultSchema,
  teamsSchema,
  thresholdsSchema,
  valueSchema,
  wavesSchema,
} from './schema.js';
import { aggregateSchema } from './aggregate.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const workabilitySchemas = {
  'workability-value': valueSchema,
  'workability-result': resultSchema,
  'workability-record': recordSchema,
  'workability-aggregate': aggregateSchema,
  'workability-thresholds': thresholdsSchema,
  'workability-teams': teamsSchema,
  'workability-waves': wavesSchema,
  'workability-check-change-event': checkChangeEventSchema,
  'workability-check-complete-event': checkCompleteEventSchema,
  'workability-check-error-event': checkErrorEventSchema,
  'workability-report-change-event': reportChangeEventSchema,
  'workability-report-error-event': reportErrorEventSchema,
};
