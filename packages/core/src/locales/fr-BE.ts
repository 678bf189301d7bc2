/* Texts every widget shares outside the error state, which brings its own (errors-*.ts). */
import type { CoreMessages } from './nl-BE.js';

const frBE: CoreMessages = {
  print: 'Imprimer',
  exportJson: 'Télécharger en JSON',
  notEnoughAnswers: 'pas assez de réponses',
  required: 'Veuillez compléter ce formulaire.',
};

export default frBE;
