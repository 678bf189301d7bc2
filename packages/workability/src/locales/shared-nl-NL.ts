/* Texts both workability elements use: construct names, zones and thresholds. */
import core from '@goesting/core/locales/nl-NL.js';
import sharedNlBE, { type WorkabilitySharedMessages } from './shared-nl-BE.js';

const sharedNlNL: WorkabilitySharedMessages = {
  ...sharedNlBE,
  ...core,
  'construct.support': 'Steun van je leidinggevende',
  'construct.autonomy': 'Zelf beslissen',
  thresholdsNote: (p) =>
    `De zones zijn onze eigen grenzen, niet die van de Vlaamse werkbaarheidsmonitor. Op een schaal van 1 (geen belasting) tot 4 (veel belasting) begint oranje bij ${p.orange} en rood bij ${p.red}. De organisatie kan ze aanpassen.`,
};

export default sharedNlNL;
