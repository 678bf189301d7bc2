import type { Catalogues } from './localize.js';
import nlBE, { type CoreMessages } from './locales/nl-BE.js';

export type { CoreMessages };

/**
 * Texts every widget shares. Flemish Dutch is bundled; the other locales load when first used,
 * so a page downloads only the languages it shows.
 */
export const coreMessages: Catalogues<CoreMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/nl-NL.js'),
  'fr-BE': () => import('./locales/fr-BE.js'),
  en: () => import('./locales/en.js'),
};
