/* Texts of the perspectives' views in Dutch as written in the Netherlands: the Flemish texts, with the words that differ. */
import perspectivesNlBE, { type PerspectiveMessages } from './perspectives-nl-BE.js';

const perspectivesNlNL: PerspectiveMessages = {
  ...perspectivesNlBE,
  'handOver.text': (p) => `Geef het apparaat nu aan: ${p.to}. Wat ${p.from} koos, blijft verborgen tot jullie allebei klaar zijn.`,
};

export default perspectivesNlNL;
