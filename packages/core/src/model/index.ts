/**
 * The parts of `@goesting/core` that need no DOM: they run in Node too, so a back end can
 * validate and re-score what the widgets send, and write their Markdown exports.
 */
export * from './issues.js';
export * from './text.js';
export * from './migrate.js';
export * from './events.js';
export * from './json.js';
export * from './reflect.js';
export * from './person.js';
export * from './markdown.js';
export * from './perspectives.js';
export * from './groups.js';
export * from './csv.js';
export * from './focus-plan.js';
