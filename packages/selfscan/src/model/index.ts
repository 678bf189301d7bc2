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
