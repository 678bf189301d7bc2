/* Texts of the perspectives' views: names, the comparison and the hand-over between two people. */

/** Flemish Dutch, the default: complete, and the type every other locale follows. */
const perspectivesNlBE = {
  'perspective.client': 'Cliënt',
  'perspective.professional': 'Hulpverlener',
  'perspective.statement': (p: { who: string; text: string }) => `${p.who}: ${p.text}`,
  'compare.difference': 'Verschil',
  'compare.same': 'Hetzelfde',
  'compare.none': '–',
  'compare.starter': 'Hier kijken jullie anders naar. Een goed punt om samen over te praten.',
  'handOver.title': (p: { from: string }) => `${p.from} is klaar`,
  'handOver.text': (p: { from: string; to: string }) =>
    `Geef het toestel nu aan: ${p.to}. Wat ${p.from} koos, blijft verborgen tot jullie allebei klaar zijn.`,
  'handOver.start': (p: { to: string }) => `Ik ben ${p.to}: beginnen`,
  turn: (p: { who: string }) => `Nu vult in: ${p.who}`,
};

export type PerspectiveMessages = typeof perspectivesNlBE;
export default perspectivesNlBE;
