import type { Catalogues } from '@goesting/core';
import checkNlBE, { type WorkabilityCheckMessages } from './locales/check-nl-BE.js';
import reportNlBE, { type WorkabilityReportMessages } from './locales/report-nl-BE.js';

export type { WorkabilityCheckMessages, WorkabilityReportMessages };

/** Texts of the check. Flemish Dutch is bundled; the other locales load when first used. */
export const workabilityCheckMessages: Catalogues<WorkabilityCheckMessages> = {
  'nl-BE': checkNlBE,
  'nl-NL': () => import('./locales/check-nl-NL.js'),
  'fr-BE': () => import('./locales/check-fr-BE.js'),
  en: () => import('./locales/check-en.js'),
};

/** Texts of the report. Flemish Dutch is bundled; the other locales load when first used. */
export const workabilityReportMessages: Catalogues<WorkabilityReportMessages> = {
  'nl-BE': reportNlBE,
  'nl-NL': () => import('./locales/report-nl-NL.js'),
  'fr-BE': () => import('./locales/report-fr-BE.js'),
  en: () => import('./locales/report-en.js'),
};

/** Both catalogues, for hosts that override texts through `<goesting-provider>`. */
export const workabilityMessages = { check: workabilityCheckMessages, report: workabilityReportMessages };
