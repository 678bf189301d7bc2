/* Texts of the perspectives' views in Dutch as spoken in the Netherlands. */
import type { PerspectiveMessages } from './perspectives-nl-BE.js';

const perspectivesNlNL: PerspectiveMessages = {
  'perspective.client': 'Cliënt',
  'perspective.professional': 'Hulpverlener',
  'perspective.statement': (p) => `${p.who}: ${p.text}`,
  'compare.difference': 'Verschil',
  'compare.same': 'Hetzelfde',
  'compare.none': '–',
  'compare.starter': 'Hier kijken jullie anders naar. Een goed punt om samen over te praten.',
  'handOver.title': (p) => `${p.from} is klaar`,
  'handOver.text': (p) => `Geef het apparaat nu aan: ${p.to}. Wat ${p.from} koos, blijft verborgen tot jullie allebei klaar zijn.`,
  'handOver.start': (p) => `Ik ben ${p.to}: beginnen`,
  turn: (p) => `Nu vult in: ${p.who}`,
};

export default perspectivesNlNL;
