/* Texts both workability elements use: construct names, zones and thresholds. */
import core from '@goesting/core/locales/nl-BE.js';

const sharedNlBE = {
  ...core,
  'construct.stress': 'Werkstress',
  'construct.motivation': 'Motivatie',
  'construct.learning': 'Leerkansen',
  'construct.balance': 'Balans werk en privé',
  'construct.workload': 'Werkdruk',
  'construct.emotional': 'Emotionele belasting',
  'construct.variety': 'Afwisseling',
  'construct.autonomy': 'Zelf beslissen',
  'construct.support': 'Steun van je leidinggevende',
  'construct.physical': 'Fysieke werkomstandigheden',
  'direction.worse': 'hoger is zwaarder',
  'direction.better': 'hoger is beter',
  'zone.green': 'goed',
  'zone.orange': 'let op',
  'zone.red': 'probleem',
  indicatorsTitle: 'Hoe het met je gaat',
  risksTitle: 'Wat meespeelt in het werk',
  thresholdsNote: (p: { orange: string; red: string }) =>
    `De zones zijn onze eigen grenzen, niet die van de Vlaamse werkbaarheidsmonitor. Op een schaal van 1 (geen last) tot 4 (veel last) begint oranje bij ${p.orange} en rood bij ${p.red}. De organisatie kan ze aanpassen.`,
  exportCsv: 'Downloaden als CSV',
};

export type WorkabilitySharedMessages = typeof sharedNlBE;
export default sharedNlBE;
