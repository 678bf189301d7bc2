/* Texts of the error state every widget shows for bad host input; loaded with that state. */
import nlBE, { type ErrorMessages } from './errors-nl-BE.js';

const nlNL: ErrorMessages = {
  ...nlBE,
  errorKeep: 'Wat je al hebt ingevuld, blijft bewaard.',
  errorDetails: 'Details voor de websitebeheerder',
  'error.storage-failed': 'Je concept kon niet op dit apparaat worden bewaard.',
  'issue.no_migration': 'deze oude versie kan niet worden gelezen',
};

export default nlNL;
