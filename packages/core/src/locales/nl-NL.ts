/* Texts every widget shares outside the error state, which brings its own (errors-*.ts). */
import nlBE, { type CoreMessages } from './nl-BE.js';

const nlNL: CoreMessages = {
  ...nlBE,
};

export default nlNL;
