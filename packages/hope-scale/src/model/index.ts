/**
 * The hope scale's logic without a DOM: pack schemas and scoring. Runs in Node, so a back end
 * can validate and re-score what `<goesting-hope-scale>` sends.
 */
export * from './pack.js';

import { packSchema } from './pack.js';

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const hopeScaleSchemas = { 'hope-scale-pack': packSchema };
