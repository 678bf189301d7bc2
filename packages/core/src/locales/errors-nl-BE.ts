/* Texts of the error state every widget shows for bad host input; loaded with that state. */
/** Flemish Dutch, the default: complete, and the type every other locale follows. */
const nlBE = {
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
  'error.render-failed': 'Er ging iets mis bij het tonen van dit formulier.',
  'issue.invalid_type': (p: { expected?: string }) => `verwacht: ${p.expected ?? 'een ander type'}`,
  'issue.too_small': (p: { minimum?: number }) => `te klein (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p: { maximum?: number }) => `te groot (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p: { values?: string }) => `geen toegelaten waarde (toegelaten: ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p: { keys?: string }) => `onbekend veld: ${p.keys ?? '?'}`,
  'issue.invalid_format': 'verkeerde vorm',
  'issue.invalid_union': 'niet in een toegelaten vorm',
  'issue.other_instrument': (p: { found?: string; expected?: string }) => `ingevuld met een andere vragenlijst ("${p.found ?? '?'}"), hier staat "${p.expected ?? '?'}"`,
  'issue.unknown_item': (p: { item?: string }) => `onbekende vraag "${p.item ?? '?'}"`,
  'issue.duplicate_id': (p: { id?: string }) => `de id "${p.id ?? '?'}" komt meer dan één keer voor`,
  'issue.future_version': (p: { found?: number; supported?: number }) => `versie ${p.found ?? '?'} is nieuwer dan dit formulier kan lezen (tot ${p.supported ?? '?'})`,
  'issue.no_migration': 'deze oude versie kan niet gelezen worden',
  'issue.forbidden_key': (p: { key?: string }) => `de sleutel "${p.key ?? '?'}" is niet toegelaten`,
  'issue.invalid_day': 'deze dag bestaat niet (schrijf JJJJ-MM-DD)',
  'issue.json': 'dit is geen geldige JSON',
  'issue.other': 'niet geldig',
  wholeInput: 'het geheel',
  moreIssues: (p: { count: string }) => `en nog ${p.count} andere`,
};

export type ErrorMessages = typeof nlBE;
export default nlBE;
