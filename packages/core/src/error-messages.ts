import type { Catalogues } from './localize.js';
import nlBE, { type ErrorMessages } from './locales/errors-nl-BE.js';

export type { ErrorMessages };

/**
 * Texts of the error state. They come with the error state itself, which loads the first time a
 * widget needs it: a page whose widgets get valid input never downloads them. A widget may still
 * give its own (`errorKeep`, `issue.<code>`), and hosts may override them through `strings`.
 */
export const errorMessages: Catalogues<ErrorMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/errors-nl-NL.js'),
  'fr-BE': () => import('./locales/errors-fr-BE.js'),
  en: () => import('./locales/errors-en.js'),
};
