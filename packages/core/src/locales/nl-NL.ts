/* Texts every widget shares: error states, issue descriptions, common actions. */
import nlBE, { type CoreMessages } from './nl-BE.js';

const nlNL: CoreMessages = {
  ...nlBE,
  errorKeep: 'Wat je al hebt ingevuld, blijft bewaard.',
  errorDetails: 'Details voor de websitebeheerder',
  'error.storage-failed': 'Je concept kon niet op dit apparaat worden bewaard.',
  'issue.no_migration': 'deze oude versie kan niet worden gelezen',
};

export default nlNL;
