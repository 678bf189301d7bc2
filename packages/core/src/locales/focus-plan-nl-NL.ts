/* Texts of the focus plan's view in Dutch as written in the Netherlands: the Flemish texts, with the words that differ. */
import focusPlanNlBE, { type FocusPlanMessages } from './focus-plan-nl-BE.js';

const focusPlanNlNL: FocusPlanMessages = {
  ...focusPlanNlBE,
  'focus.intro': (p) =>
    `Kies samen met het team ten hoogste ${p.max} focuspunten voor ${p.group}. Spreek per focuspunt acties af: wat jullie doen, welke rol het oppakt, wanneer het klaar moet zijn, en wanneer jullie erop terugkijken.`,
  'focus.owner': 'Wie pakt het op?',
  'focus.due': 'Klaar op',
  'focus.col.owner': 'Wie pakt het op',
  'focus.col.due': 'Klaar op',
  'focus.ownerMissing': 'Schrijf eerst wie het oppakt: een rol, geen naam.',
  'focus.carryNote': (p) =>
    `Dit focusplan kozen jullie bij ${p.from}. Hieronder zie je hoe de cijfers veranderd zijn tot ${p.to}. Geef bij elke actie aan hoe ver die staat.`,
  'focus.carried': (p) => `Het focusplan voor ${p.wave} is begonnen. Kies nieuwe focuspunten of houd er een van de vorige keer.`,
  'focus.hidden': (p) => `${p.group} toont geen cijfers in deze meting. Daarom kun je hier voor deze groep geen focuspunten kiezen.`,
  'focus.missing': (p) => `${p.group} staat niet in deze meting. Daarom kun je hier voor deze groep geen focuspunten kiezen.`,
};

export default focusPlanNlNL;
