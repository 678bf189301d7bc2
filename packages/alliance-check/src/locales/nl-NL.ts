/* Texts of <goesting-alliance-check> in Netherlands Dutch: the Flemish texts, with the words that differ. */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type AllianceCheckMessages } from './nl-BE.js';

const nlNL: AllianceCheckMessages = {
  ...nlBE,
  ...core,
  'intro.client': 'Hoe loopt de samenwerking met je hulpverlener? Kies bij elke zin wat het beste klopt. Er is geen goed of fout antwoord.',
  'intro.professional': 'Hoe loopt de samenwerking met je cliënt? Kies bij elke zin wat het beste klopt.',
  'intro.inTurn': 'Jullie vullen na elkaar in op dit apparaat. Eerst de cliënt, daarna de hulpverlener. Wat de eerste koos, blijft verborgen tot jullie allebei klaar zijn.',
  'intro.separate': 'Vul in wat voor jou klopt. De ander vult apart in; daarna leggen jullie de antwoorden naast elkaar.',
  finishedAlone: 'Klaar. Je antwoorden zijn opgeslagen. Zodra de ander ook klaar is, leggen jullie ze naast elkaar.',
  stiff: (p) => `${p.who}: het loopt wat stroef bij ${p.part}. Dat komt voor, en het is goed dat het gezegd wordt. Praat samen over wat zou helpen.`,
  trendTitle: 'Over meerdere gesprekken',
};

export default nlNL;
