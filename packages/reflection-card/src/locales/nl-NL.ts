/* Texts of <goesting-reflection-card> in Netherlands Dutch: Flemish Dutch with the words that differ. */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type ReflectionCardMessages } from './nl-BE.js';

const nlNL: ReflectionCardMessages = {
  ...nlBE,
  ...core,
  intro: 'Kijk rustig terug op een situatie uit je werk. Schrijf zoveel of zo weinig als je wilt, en kies aan het eind één actie om uit te proberen.',
  takeawayHelp: 'Eén of twee zinnen die je wilt onthouden.',
  'help.starrt.transfer': 'Wat neem je mee naar andere situaties? Waar kun je dit nog gebruiken?',
  finished: 'Je kaart is klaar. Je kunt haar afdrukken of downloaden.',
};

export default nlNL;
