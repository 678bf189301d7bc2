import type { Catalogues } from './localize.js';
import type { GoestingErrorCode } from './model/events.js';

/**
 * Texts every widget shares: error states, issue descriptions, common actions.
 * Widgets spread these into their own catalogues.
 */
const en = {
  errorTitle: 'Something is wrong with the settings of this form',
  errorKeep: 'Nothing you filled in has been lost.',
  errorDetails: 'Details for the web team',
  'error.invalid-json': 'The data given to this form is not valid JSON.',
  'error.invalid-instrument': 'The question list given to this form is not valid.',
  'error.invalid-value': 'The saved answers given to this form are not valid.',
  'error.invalid-history': 'The earlier results given to this form are not valid.',
  'error.unsupported-version': 'The saved answers come from a newer version of this form.',
  'error.invalid-config': 'A setting of this form is not valid.',
  'error.storage-failed': 'Your draft could not be kept on this device.',
  'issue.invalid_type': (p: { expected?: string }) => `expected ${p.expected ?? 'another type'}`,
  'issue.too_small': (p: { minimum?: number }) => `too small (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p: { maximum?: number }) => `too large (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p: { values?: string }) => `not an allowed value (allowed: ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p: { keys?: string }) => `unknown field: ${p.keys ?? '?'}`,
  'issue.invalid_format': 'wrong format',
  'issue.invalid_union': 'not in an allowed form',
  'issue.unknown_item': (p: { item?: string }) => `unknown question "${p.item ?? '?'}"`,
  'issue.duplicate_id': (p: { id?: string }) => `the id "${p.id ?? '?'}" is used more than once`,
  'issue.future_version': (p: { found?: number; supported?: number }) =>
    `version ${p.found ?? '?'} is newer than this form can read (up to ${p.supported ?? '?'})`,
  'issue.no_migration': 'this old version cannot be read',
  'issue.json': 'this is not valid JSON',
  'issue.other': 'not valid',
  wholeInput: 'the whole input',
  print: 'Print',
  exportJson: 'Download as JSON',
  notEnoughAnswers: 'not enough answers',
  required: 'Please complete this form.',
};

export type CoreMessages = typeof en;

const nlBE: CoreMessages = {
  errorTitle: 'Er is iets mis met de instellingen van dit formulier',
  errorKeep: 'Wat je al invulde, blijft bewaard.',
  errorDetails: 'Details voor de webmaster',
  'error.invalid-json': 'De gegevens voor dit formulier zijn geen geldige JSON.',
  'error.invalid-instrument': 'De vragenlijst voor dit formulier is niet geldig.',
  'error.invalid-value': 'De bewaarde antwoorden voor dit formulier zijn niet geldig.',
  'error.invalid-history': 'De eerdere resultaten voor dit formulier zijn niet geldig.',
  'error.unsupported-version': 'De bewaarde antwoorden komen van een nieuwere versie van dit formulier.',
  'error.invalid-config': 'Een instelling van dit formulier is niet geldig.',
  'error.storage-failed': 'Je kladversie kon niet op dit toestel bewaard worden.',
  'issue.invalid_type': (p) => `verwacht: ${p.expected ?? 'een ander type'}`,
  'issue.too_small': (p) => `te klein (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p) => `te groot (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p) => `geen toegelaten waarde (toegelaten: ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p) => `onbekend veld: ${p.keys ?? '?'}`,
  'issue.invalid_format': 'verkeerde vorm',
  'issue.invalid_union': 'niet in een toegelaten vorm',
  'issue.unknown_item': (p) => `onbekende vraag "${p.item ?? '?'}"`,
  'issue.duplicate_id': (p) => `de id "${p.id ?? '?'}" komt meer dan één keer voor`,
  'issue.future_version': (p) => `versie ${p.found ?? '?'} is nieuwer dan dit formulier kan lezen (tot ${p.supported ?? '?'})`,
  'issue.no_migration': 'deze oude versie kan niet gelezen worden',
  'issue.json': 'dit is geen geldige JSON',
  'issue.other': 'niet geldig',
  wholeInput: 'het geheel',
  print: 'Afdrukken',
  exportJson: 'Downloaden als JSON',
  notEnoughAnswers: 'te weinig antwoorden',
  required: 'Vul dit formulier volledig in.',
};

const nlNL: CoreMessages = {
  ...nlBE,
  errorKeep: 'Wat je al hebt ingevuld, blijft bewaard.',
  errorDetails: 'Details voor de websitebeheerder',
  'error.storage-failed': 'Je concept kon niet op dit apparaat worden bewaard.',
  'issue.no_migration': 'deze oude versie kan niet worden gelezen',
};

const frBE: CoreMessages = {
  errorTitle: 'Les paramètres de ce formulaire posent problème',
  errorKeep: 'Rien de ce que vous avez rempli n’est perdu.',
  errorDetails: 'Détails pour l’équipe web',
  'error.invalid-json': 'Les données de ce formulaire ne sont pas du JSON valide.',
  'error.invalid-instrument': 'La liste de questions de ce formulaire n’est pas valide.',
  'error.invalid-value': 'Les réponses enregistrées pour ce formulaire ne sont pas valides.',
  'error.invalid-history': 'Les résultats précédents de ce formulaire ne sont pas valides.',
  'error.unsupported-version': 'Les réponses enregistrées viennent d’une version plus récente de ce formulaire.',
  'error.invalid-config': 'Un paramètre de ce formulaire n’est pas valide.',
  'error.storage-failed': 'Votre brouillon n’a pas pu être conservé sur cet appareil.',
  'issue.invalid_type': (p) => `attendu : ${p.expected ?? 'un autre type'}`,
  'issue.too_small': (p) => `trop petit (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p) => `trop grand (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p) => `valeur non autorisée (autorisées : ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p) => `champ inconnu : ${p.keys ?? '?'}`,
  'issue.invalid_format': 'format incorrect',
  'issue.invalid_union': 'forme non autorisée',
  'issue.unknown_item': (p) => `question inconnue « ${p.item ?? '?'} »`,
  'issue.duplicate_id': (p) => `l’identifiant « ${p.id ?? '?'} » est utilisé plusieurs fois`,
  'issue.future_version': (p) => `la version ${p.found ?? '?'} est plus récente que ce que ce formulaire sait lire (jusqu’à ${p.supported ?? '?'})`,
  'issue.no_migration': 'cette ancienne version ne peut pas être lue',
  'issue.json': 'ce n’est pas du JSON valide',
  'issue.other': 'non valide',
  wholeInput: 'l’ensemble',
  print: 'Imprimer',
  exportJson: 'Télécharger en JSON',
  notEnoughAnswers: 'pas assez de réponses',
  required: 'Veuillez compléter ce formulaire.',
};

export const coreMessages = { en, 'nl-BE': nlBE, 'nl-NL': nlNL, 'fr-BE': frBE } satisfies Catalogues<CoreMessages>;

/** Message key of an error code's summary. */
export const errorMessageKey = (code: GoestingErrorCode) => `error.${code}` as const;
