/* Texts of <goesting-workability-check>, including our own statements (`item.<id>`). */
import shared from './shared-nl-NL.js';
import checkNlBE, { type WorkabilityCheckMessages } from './check-nl-BE.js';

const checkNlNL: WorkabilityCheckMessages = {
  ...checkNlBE,
  ...shared,
  intro: 'Denk aan de afgelopen vier weken. Hoe vaak klopt elke zin voor jou? Je ziet meteen je eigen resultaat.',
  'item.motivation-1': 'Ik doe mijn werk met plezier en energie.',
  'item.learning-2': 'Ik krijg de kans om een cursus of training te volgen.',
  'item.emotional-2': 'Ik moet mijn eigen gevoelens verbergen voor cliënten.',
  'tip.emotional': 'Praat na over zware gesprekken, met een collega of in intervisie. Een vast moment om af te sluiten helpt om het werk op het werk te laten.',
  'tip.physical': 'Meld wat niet veilig of gezond is bij je leidinggevende of bij de preventiemedewerker.',
};

export default checkNlNL;
