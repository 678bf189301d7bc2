/* Texts of <goesting-workability-report>. */
import shared from './shared-nl-NL.js';
import reportNlBE, { type WorkabilityReportMessages } from './report-nl-BE.js';

const reportNlNL: WorkabilityReportMessages = {
  ...reportNlBE,
  ...shared,
  errorKeep: 'Een rapport dat al zichtbaar was, blijft staan. Dat geldt ook voor het focusplan.',
  'status.limited': 'Beperkt inzicht: te weinig antwoorden om cijfers te tonen. Bespreek werkbaar werk binnen het team zelf.',
  'issue.unknown_parent': (p) => `team "${p.team ?? '?'}" valt onder het onbekende "${p.parent ?? '?'}"; het valt nu direct onder de organisatie`,
  referenceTitle: 'Ter vergelijking: cijfers uit Vlaanderen (België)',
};

export default reportNlNL;
