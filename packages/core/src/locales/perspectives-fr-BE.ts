/* Texts of the perspectives' views in Belgian French. */
import type { PerspectiveMessages } from './perspectives-nl-BE.js';

const perspectivesFrBE: PerspectiveMessages = {
  'perspective.client': 'Client',
  'perspective.professional': 'Intervenant',
  'perspective.statement': (p) => `${p.who} : ${p.text}`,
  'compare.difference': 'Écart',
  'compare.same': 'Pareil',
  'compare.none': '–',
  'compare.starter': 'Ici, vous voyez les choses autrement. Un bon point pour en parler ensemble.',
  'handOver.title': (p) => `${p.from} a terminé`,
  'handOver.text': (p) => `Passez maintenant l’appareil à : ${p.to}. Les choix de ${p.from} restent cachés jusqu’à ce que vous ayez terminé tous les deux.`,
  'handOver.start': (p) => `Je suis ${p.to} : commencer`,
  turn: (p) => `Maintenant, c’est au tour de : ${p.who}`,
};

export default perspectivesFrBE;
