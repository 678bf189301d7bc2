/* Texts of the reflection card's panels in English. */
import type { ReflectionPanelMessages } from './panels-nl-BE.js';

const en: ReflectionPanelMessages = {
  openActionsTitle: 'Open actions from earlier cards',
  openActionsIntro: 'How are these actions going? What you carry over shows up here again next time.',
  noOpenActions: 'No open actions from earlier cards.',
  actionFrom: (p: { date: string }) => `card of ${p.date}`,
  'status.done': 'done',
  'status.carried': 'carry over',
  'status.dropped': 'drop',
  minutes: 'Minutes for this round',
  timerStart: 'Start the timer',
  timerPause: 'Pause',
  timerResume: 'Resume',
  timerReset: 'Reset',
  timerLeft: (p: { time: string }) => `${p.time} left`,
  timerPaused: (p: { time: string }) => `Paused, ${p.time} left`,
  timerDone: 'Time is up for this round.',
  timerLabel: (p: { round: string }) => `Timer for ${p.round}`,
  viewsTitle: 'Participants’ views',
  viewName: 'Name (optional)',
  viewText: 'How does this participant see it?',
  addView: 'Add a view',
  removeView: (p: { name: string }) => `Remove ${p.name}`,
  noViews: 'No views yet.',
  switchTitle: 'Choose another model?',
  switchBody: (p: { template: string; steps: string }) => `${p.template} has no place for the text under: ${p.steps}. That text is dropped if you choose this model. The rest moves to the matching steps.`,
  switchConfirm: 'Choose this model and drop that text',
  switchCancel: 'Keep the current model',
};

export default en;
