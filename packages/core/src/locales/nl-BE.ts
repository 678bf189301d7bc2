/* Texts every widget shares outside the error state, which brings its own (errors-*.ts). */
/** Flemish Dutch, the default: always bundled, complete, and the type every other locale follows. */
const nlBE = {
  print: 'Afdrukken',
  exportJson: 'Downloaden als JSON',
  notEnoughAnswers: 'te weinig antwoorden',
  required: 'Vul dit formulier volledig in.',
};

export type CoreMessages = typeof nlBE;
export default nlBE;
