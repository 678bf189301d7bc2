/* Texts of <goesting-selfscan>, including the default statements (`item.<id>`). */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type SelfscanMessages } from './nl-BE.js';

const nlNL: SelfscanMessages = {
  ...nlBE,
  ...core,
  intro: 'Hoe vaak doe je dit in je werk? Er zijn geen goede of foute antwoorden: het resultaat is een startpunt voor een gesprek of voor reflectie.',
  energyQuestion: (p) => `Hoeveel energie geeft “${p.pillar}” je?`,
  energyHeader: 'Energie (1–5)',
  openItems: (p) =>
    p.count === 1
      ? 'Je hebt 1 uitspraak opengelaten. Een cel met te weinig antwoorden krijgt geen score.'
      : `Je hebt ${p.count} uitspraken opengelaten. Een cel met te weinig antwoorden krijgt geen score.`,
  resultIntro: 'Dit is geen oordeel. Gebruik het als startpunt voor een gesprek of om te reflecteren.',
  noFlags: 'Je hebt geen uitspraken aangevinkt.',
  'item.expertise-self-1': 'Ik neem zelf initiatief om mijn vakkennis bij te houden, bijvoorbeeld via scholing of vakliteratuur.',
  'item.expertise-self-3': 'Ik houd nieuwe regels en ontwikkelingen bij die gevolgen hebben voor mijn werk.',
  'item.expertise-organisation-1': 'Vanuit mijn vakkennis doe ik voorstellen om de werkwijze van onze organisatie te verbeteren.',
  'item.expertise-organisation-3': 'Ik breng nieuwe behoeften die ik bij cliënten zie ter sprake in onze organisatie.',
  'item.alliance-environment-1': 'Ik zoek mensen op waar ze zijn, thuis of in de wijk.',
  'item.alliance-environment-2': 'Ik betrek, met toestemming van de cliënt, mensen uit zijn of haar netwerk bij de begeleiding.',
  'item.alliance-environment-3': 'Ik bouw een goede band op met mensen en organisaties die de wijk vertrouwt.',
  'item.hope-environment-2': 'Ik breng een cliënt in contact met mensen die iets vergelijkbaars hebben meegemaakt.',
  'item.reflection-self-3': 'Ik vraag me na een gesprek af of ik de vraag van de cliënt goed heb begrepen.',
  'item.reflection-other-2': 'Ik blik samen met de cliënt terug op wat er al is veranderd.',
  'item.reflection-organisation-3': 'Ik help cliënten om hun mening te geven over hoe onze organisatie werkt.',
  'item.expertise-environment-1': 'Ik houd bij welke hulp en diensten er in mijn regio zijn, zodat ik gericht kan doorverwijzen.',
  'item.hope-self-2': 'Ik houd er rekening mee dat vooruitgang voor een cliënt iets anders kan betekenen dan voor mij.',
};

export default nlNL;
