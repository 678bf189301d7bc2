/* Texts of the perspectives' views in English. */
import type { PerspectiveMessages } from './perspectives-nl-BE.js';

const perspectivesEn: PerspectiveMessages = {
  'perspective.client': 'Client',
  'perspective.professional': 'Social worker',
  'perspective.statement': (p) => `${p.who}: ${p.text}`,
  'compare.difference': 'Difference',
  'compare.same': 'The same',
  'compare.none': '–',
  'compare.starter': 'You see this differently. A good point to talk about together.',
  'handOver.title': (p) => `${p.from} is done`,
  'handOver.text': (p) => `Now hand the device to: ${p.to}. What ${p.from} chose stays hidden until you are both done.`,
  'handOver.start': (p) => `I am ${p.to}: start`,
  turn: (p) => `Now filling in: ${p.who}`,
};

export default perspectivesEn;
