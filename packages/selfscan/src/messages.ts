import type { Catalogues } from '@goesting/core';
import nlBE, { type SelfscanMessages } from './locales/nl-BE.js';
import teamNlBE, { type SelfscanTeamMessages } from './locales/team-nl-BE.js';

export type { SelfscanMessages, SelfscanTeamMessages };

/** Texts of the self-scan. Flemish Dutch is bundled; the other locales load when first used. */
export const selfscanMessages: Catalogues<SelfscanMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/nl-NL.js'),
  'fr-BE': () => import('./locales/fr-BE.js'),
  en: () => import('./locales/en.js'),
};

/** Texts of the team mirror. Flemish Dutch is bundled; the other locales load when first used. */
export const selfscanTeamMessages: Catalogues<SelfscanTeamMessages> = {
  'nl-BE': teamNlBE,
  'nl-NL': () => import('./locales/team-nl-NL.js'),
  'fr-BE': () => import('./locales/team-fr-BE.js'),
  en: () => import('./locales/team-en.js'),
};
