/* Texts of <goesting-hope-scale>, including our own goal-hope statements (`item.<variant>.<id>`). */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type HopeScaleMessages } from './nl-BE.js';

const nlNL: HopeScaleMessages = {
  ...nlBE,
  ...core,
  scaleHint: 'Sleep het bolletje of gebruik de pijltoetsen.',
  'talk.ways.1': 'Welke kleine stap kun je deze week zetten?',
  professionalTitle: 'De hoop van de hulpverlener',
  professionalIntro: 'Dit deel vult de hulpverlener in, na de cliënt. Het komt naast wat de cliënt koos en wordt er nooit mee gemiddeld.',
  professionalQuestion: 'Hoeveel hoop heb jij voor je cliënt op dit moment?',
  professionalQuestionGoal: (p) => `Hoeveel hoop heb jij dat je cliënt dit doel bereikt: ${p.goal}?`,
  bothTitle: 'Hoop naast elkaar',
  bothIntro: 'De cliënt eerst, dan de hulpverlener. Er wordt niets gemiddeld. Een verschil is een goed begin voor een gesprek.',
  bothCaption: 'De hoop van de cliënt en van de hulpverlener',
  questionHeader: 'Vraag',
  goalHopeRow: 'Hoop voor het doel',
  points: (p) => (p.count === 1 ? '1 punt' : `${p.count} punten`),
};

export default nlNL;
