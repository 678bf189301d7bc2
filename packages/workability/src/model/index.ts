/**
 * The workability check's and report's logic without a DOM: constructs and statements, schemas,
 * scoring and zones, and the anonymous aggregation with its differencing guard. Runs in Node, so
 * a back end can validate, re-score and aggregate exactly as the widgets do.
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
  reportErrorEventSchema,
  resultSchema,
  teamsSchema,
  thresholdsSchema,
  valueSchema,
  wavesSchema,
} from './schema.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const workabilitySchemas = {
  'workability-value': valueSchema,
  'workability-result': resultSchema,
  'workability-thresholds': thresholdsSchema,
  'workability-teams': teamsSchema,
  'workability-waves': wavesSchema,
  'workability-check-change-event': checkChangeEventSchema,
  'workability-check-complete-event': checkCompleteEventSchema,
  'workability-check-error-event': checkErrorEventSchema,
  'workability-report-error-event': reportErrorEventSchema,
};
