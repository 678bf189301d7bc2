/* Texts every widget shares: error states, issue descriptions, common actions. */
import type { CoreMessages } from './nl-BE.js';

const en: CoreMessages = {
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
  'issue.invalid_type': (p) => `expected ${p.expected ?? 'another type'}`,
  'issue.too_small': (p) => `too small (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p) => `too large (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p) => `not an allowed value (allowed: ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p) => `unknown field: ${p.keys ?? '?'}`,
  'issue.invalid_format': 'wrong format',
  'issue.invalid_union': 'not in an allowed form',
  'issue.unknown_item': (p) => `unknown question "${p.item ?? '?'}"`,
  'issue.duplicate_id': (p) => `the id "${p.id ?? '?'}" is used more than once`,
  'issue.future_version': (p) =>
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

export default en;
