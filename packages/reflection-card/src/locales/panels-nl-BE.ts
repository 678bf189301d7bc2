/* Texts of the reflection card's panels in Flemish Dutch: the intervision's timer and views, the open
   actions of earlier cards and switching model. They load with the panels. */
const nlBE = {
  openActionsTitle: 'Open acties van eerdere kaarten',
  openActionsIntro: 'Hoe staat het met deze acties? Wat je meeneemt, staat de volgende keer weer hier.',
  noOpenActions: 'Geen open acties van eerdere kaarten.',
  actionFrom: (p: { date: string }) => `kaart van ${p.date}`,
  'status.done': 'gedaan',
  'status.carried': 'neem ik mee',
  'status.dropped': 'laat ik vallen',
  minutes: 'Minuten voor deze ronde',
  timerStart: 'Start de timer',
  timerPause: 'Pauzeer',
  timerResume: 'Ga verder',
  timerReset: 'Zet terug',
  timerLeft: (p: { time: string }) => `Nog ${p.time}`,
  timerPaused: (p: { time: string }) => `Gepauzeerd, nog ${p.time}`,
  timerDone: 'De tijd voor deze ronde is om.',
  timerLabel: (p: { round: string }) => `Timer voor ${p.round}`,
  viewsTitle: 'Inbreng van de deelnemers',
  viewName: 'Naam (niet verplicht)',
  viewText: 'Hoe ziet deze deelnemer het?',
  addView: 'Inbreng toevoegen',
  removeView: (p: { name: string }) => `${p.name} verwijderen`,
  noViews: 'Nog geen inbreng.',
  switchTitle: 'Een ander model kiezen?',
  switchBody: (p: { template: string; steps: string }) => `In ${p.template} is geen plaats voor de tekst bij: ${p.steps}. Die tekst valt weg als je dit model kiest. De rest verhuist naar de passende stappen.`,
  switchConfirm: 'Kies dit model en laat die tekst vallen',
  switchCancel: 'Houd het huidige model',
};

export type ReflectionPanelMessages = typeof nlBE;
export default nlBE;
