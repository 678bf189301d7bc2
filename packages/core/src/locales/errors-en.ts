/* Texts of the error state every widget shows for bad host input; loaded with that state. */
import type { ErrorMessages } from './errors-nl-BE.js';
import { ERROR_SUMMARIES } from '../model/events.js';

const en: ErrorMessages = {
  errorTitle: 'Something is wrong with the settings of this form',
  errorKeep: 'Nothing you filled in has been lost.',
  errorDetails: 'Details for the web team',
  'error.invalid-json': ERROR_SUMMARIES['invalid-json'],
  'error.invalid-instrument': ERROR_SUMMARIES['invalid-instrument'],
  'error.invalid-value': ERROR_SUMMARIES['invalid-value'],
  'error.invalid-history': ERROR_SUMMARIES['invalid-history'],
  'error.unsupported-version': ERROR_SUMMARIES['unsupported-version'],
  'error.invalid-config': ERROR_SUMMARIES['invalid-config'],
  'error.storage-failed': ERROR_SUMMARIES['storage-failed'],
  'error.render-failed': ERROR_SUMMARIES['render-failed'],
  'issue.invalid_type': (p) => `expected ${p.expected ?? 'another type'}`,
  'issue.too_small': (p) => `too small (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p) => `too large (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p) => `not an allowed value (allowed: ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p) => `unknown field: ${p.keys ?? '?'}`,
  'issue.invalid_format': 'wrong format',
  'issue.invalid_union': 'not in an allowed form',
  'issue.other_instrument': (p) => `filled in with another question list ("${p.found ?? '?'}"); this one is "${p.expected ?? '?'}"`,
  'issue.unknown_item': (p) => `unknown question "${p.item ?? '?'}"`,
  'issue.duplicate_id': (p) => `the id "${p.id ?? '?'}" is used more than once`,
  'issue.future_version': (p) =>
    `version ${p.found ?? '?'} is newer than this form can read (up to ${p.supported ?? '?'})`,
  'issue.no_migration': 'this old version cannot be read',
  'issue.forbidden_key': (p) => `the key "${p.key ?? '?'}" is not allowed`,
  'issue.invalid_day': 'not a day of the calendar (write YYYY-MM-DD)',
  'issue.json': 'this is not valid JSON',
  'issue.other_report': (p) => `this focus plan comes from another report ("${p.found ?? '?'}")`,
  'issue.other_group': (p) => `this focus plan is for group "${p.found ?? '?'}", this is the place for the focus plan of "${p.expected ?? '?'}"`,
  'issue.unknown_target': (p) => `"${p.target ?? '?'}" is not part of this report`,
  'issue.duplicate_point': (p) => `the focus point "${p.target ?? '?'}" is there twice`,
  'issue.blank_text': 'only spaces',
  'issue.other': 'not valid',
  wholeInput: 'the whole input',
  moreIssues: (p) => `and ${p.count} more`,
};

export default en;
