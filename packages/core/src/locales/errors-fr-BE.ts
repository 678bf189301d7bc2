/* Texts of the error state every widget shows for bad host input; loaded with that state. */
import type { ErrorMessages } from './errors-nl-BE.js';

const frBE: ErrorMessages = {
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
  'error.render-failed': 'Un problème est survenu en affichant ce formulaire.',
  'issue.invalid_type': (p) => `attendu : ${p.expected ?? 'un autre type'}`,
  'issue.too_small': (p) => `trop petit (minimum ${p.minimum ?? '?'})`,
  'issue.too_big': (p) => `trop grand (maximum ${p.maximum ?? '?'})`,
  'issue.invalid_value': (p) => `valeur non autorisée (autorisées : ${p.values ?? '?'})`,
  'issue.unrecognized_keys': (p) => `champ inconnu : ${p.keys ?? '?'}`,
  'issue.invalid_format': 'format incorrect',
  'issue.invalid_union': 'forme non autorisée',
  'issue.other_instrument': (p) => `rempli avec un autre questionnaire (« ${p.found ?? '?'} ») ; celui-ci est « ${p.expected ?? '?'} »`,
  'issue.unknown_item': (p) => `question inconnue « ${p.item ?? '?'} »`,
  'issue.duplicate_id': (p) => `l’identifiant « ${p.id ?? '?'} » est utilisé plusieurs fois`,
  'issue.future_version': (p) => `la version ${p.found ?? '?'} est plus récente que ce que ce formulaire sait lire (jusqu’à ${p.supported ?? '?'})`,
  'issue.no_migration': 'cette ancienne version ne peut pas être lue',
  'issue.forbidden_key': (p) => `la clé « ${p.key ?? '?'} » n’est pas autorisée`,
  'issue.invalid_day': 'ce jour n’existe pas dans le calendrier (écrivez AAAA-MM-JJ)',
  'issue.json': 'ce n’est pas du JSON valide',
  'issue.other': 'non valide',
  wholeInput: 'l’ensemble',
  moreIssues: (p) => `et ${p.count} autres`,
};

export default frBE;
