/* Texts every widget shares outside the error state, which brings its own (errors-*.ts). */
import type { CoreMessages } from './nl-BE.js';

const en: CoreMessages = {
  print: 'Print',
  exportJson: 'Download as JSON',
  notEnoughAnswers: 'not enough answers',
  required: 'Please complete this form.',
};

export default en;
