/* Texts both workability elements use: construct names, zones and thresholds. */
import core from '@goesting/core/locales/en.js';
import type { WorkabilitySharedMessages } from './shared-nl-BE.js';

const sharedEn: WorkabilitySharedMessages = {
  ...core,
  'construct.stress': 'Work stress',
  'construct.motivation': 'Motivation',
  'construct.learning': 'Learning opportunities',
  'construct.balance': 'Work–life balance',
  'construct.workload': 'Work pressure',
  'construct.emotional': 'Emotional load',
  'construct.variety': 'Task variety',
  'construct.autonomy': 'Autonomy',
  'construct.support': 'Support from your manager',
  'construct.physical': 'Physical working conditions',
  'direction.worse': 'higher is harder',
  'direction.better': 'higher is better',
  'zone.green': 'fine',
  'zone.orange': 'watch out',
  'zone.red': 'problem',
  indicatorsTitle: 'How you are doing',
  risksTitle: 'What plays a part in the work',
  thresholdsNote: (p) =>
    `The zones are our own limits, not those of the Flemish workability monitor. On a scale from 1 (no strain) to 4 (a lot of strain), orange starts at ${p.orange} and red at ${p.red}. The organisation can change them.`,
  exportCsv: 'Download as CSV',
};

export default sharedEn;
