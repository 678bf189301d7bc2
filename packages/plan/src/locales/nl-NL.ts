/* Texts of <goesting-plan> in Netherlands Dutch: Flemish Dutch with the words that differ. */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type PlanMessages } from './nl-BE.js';

const nlNL: PlanMessages = {
  ...nlBE,
  ...core,
  intro: 'Dit is jouw plan, in jouw woorden. Schrijf het alleen, met je hulpverlener of samen met de mensen om je heen.',
  goals: 'Kleinere doelen om daar te komen (als je wilt)',
  strengthsAround: 'Wat de mensen om mij heen goed doen',
  worries: 'Mijn zorgen (als je wilt)',
  actionsHelp: 'Schrijf per actie wat er gebeurt, wie het doet, uiterlijk wanneer en wat daarvoor nodig is.',
  by: 'Uiterlijk wanneer?',
  'role.professional': 'een hulpverlener of instantie',
  newPersonHelp: 'Geen achternaam nodig: een voornaam, initialen of "buurvrouw" is genoeg.',
  noContactNow: (p: { name: string }) => `${p.name} mag niet meer benaderd worden. Bespreek wie deze acties overneemt.`,
  changesTitle: 'Wat is er veranderd sinds de vorige versie?',
  tooLongStatus: 'Een tekst is te lang. Maak hem korter, dan kun je verder.',
  printPlan: 'Het hele plan afdrukken',
};

export default nlNL;
