/**
 * The network circle's logic without a DOM: schemas, editing people, layout maths, label placement,
 * indicators, comparison, CSV and undo. Runs in Node, so a back end can validate what
 * `<goesting-network-circle>` sends.
 */
export * from './schema.js';
export * from './layout.js';
export * from './drawing.js';
export * from './indicators.js';
export * from './diff.js';
export * from './csv.js';
export * from './undo.js';
export * from './parse.js';
export * from './people.js';
