import type { Catalogues } from '@goesting/core';
import nlBE, { type AllianceCheckMessages } from './locales/nl-BE.js';

export type { AllianceCheckMessages };

/** Flemish Dutch is bundled; the other locales load when first used. */
export const allianceCheckMessages: Catalogues<AllianceCheckMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/nl-NL.js'),
  'fr-BE': () => import('./locales/fr-BE.js'),
  en: () => import('./locales/en.js'),
};
