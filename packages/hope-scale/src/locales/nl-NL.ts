/* Texts of <goesting-hope-scale>, including our own goal-hope statements (`item.<variant>.<id>`). */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type HopeScaleMessages } from './nl-BE.js';

const nlNL: HopeScaleMessages = {
  ...nlBE,
  ...core,
  scaleHint: 'Sleep het bolletje of gebruik de pijltoetsen.',
  'talk.ways.1': 'Welke kleine stap kun je deze week zetten?',
};

export default nlNL;
