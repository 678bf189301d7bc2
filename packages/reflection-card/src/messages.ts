import type { Catalogues } from '@goesting/core';
import nlBE, { type ReflectionCardMessages as CardMessages } from './locales/nl-BE.js';
import type { ReflectionPanelMessages } from './locales/panels-nl-BE.js';

/** Every text of the card, also those of its panels, which load with the panels; `strings` may override any of them. */
export type ReflectionCardMessages = CardMessages & ReflectionPanelMessages;

/** Flemish Dutch is bundled; the other locales load when first used. */
export const reflectionCardMessages: Catalogues<CardMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/nl-NL.js'),
  'fr-BE': () => import('./locales/fr-BE.js'),
  en: () => import('./locales/en.js'),
};
