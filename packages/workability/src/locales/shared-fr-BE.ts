/* Texts both workability elements use: construct names, zones and thresholds. */
import core from '@goesting/core/locales/fr-BE.js';
import type { WorkabilitySharedMessages } from './shared-nl-BE.js';

const sharedFrBE: WorkabilitySharedMessages = {
  ...core,
  'construct.stress': 'Stress au travail',
  'construct.motivation': 'Motivation',
  'construct.learning': 'Possibilités d’apprentissage',
  'construct.balance': 'Équilibre vie professionnelle et vie privée',
  'construct.workload': 'Charge de travail',
  'construct.emotional': 'Charge émotionnelle',
  'construct.variety': 'Variété des tâches',
  'construct.autonomy': 'Autonomie',
  'construct.support': 'Soutien de votre responsable',
  'construct.physical': 'Conditions physiques de travail',
  'direction.worse': 'plus haut est plus lourd',
  'direction.better': 'plus haut est mieux',
  'zone.green': 'bien',
  'zone.orange': 'attention',
  'zone.red': 'problème',
  indicatorsTitle: 'Comment vous allez',
  risksTitle: 'Ce qui joue dans le travail',
  thresholdsNote: (p) =>
    `Les zones sont nos propres seuils, pas ceux du baromètre flamand de la faisabilité du travail. Sur une échelle de 1 (aucune charge) à 4 (beaucoup de charge), l’orange commence à ${p.orange} et le rouge à ${p.red}. L’organisation peut les modifier.`,
  exportCsv: 'Télécharger en CSV',
};

export default sharedFrBE;
