/* Texts of <goesting-selfscan-team>: only the words that differ from Flemish Dutch. */
import core from '@goesting/core/locales/nl-NL.js';
import teamNlBE, { type SelfscanTeamMessages } from './team-nl-BE.js';

const teamNlNL: SelfscanTeamMessages = {
  ...teamNlBE,
  ...core,
  'issue.unknown_parent': (p) => `team "${p.team ?? '?'}" valt onder het onbekende "${p.parent ?? '?'}"; het valt nu direct onder de organisatie`,
  noTalk: 'Niemand heeft iets aangevinkt om over te praten.',
  pillarsTitle: 'Sterkte en energie per pijler',
  pillarsIntro:
    'Sterkte: hoe vaak het team dit doet, van 1 (nooit) tot 5 (altijd). Energie: hoeveel zin het team erin heeft, van 1 (heel weinig) tot 5 (heel veel).',
  pillarsCaption: 'Sterkte en energie per pijler, gemiddelde van 1 tot 5',
  energyHeader: 'Energie (1–5)',
  energyAnsweredHeader: 'Energie ingevuld door',
  'starterKind.energy': 'Energie:',
  'starter.energy': (p) => `Bij “${p.pillar}” is de energie lager dan de sterkte. Wat kost hier energie? Wat zou het lichter maken?`,
  trendTitle: 'Verloop over de metingen',
  trendIntro: (p) => `Sterkte en energie per pijler van ${p.group}, meting na meting.`,
  trendEnergy: 'Energie per pijler',
  measureEnergy: 'energie',
  trendCaption: (p) => `Sterkte en energie per pijler en per meting: ${p.group}`,
};

export default teamNlNL;
