import { defaultPack, emptyHopeValue, type HopePack, type HopeValue, type ScalingScale } from '@goesting/hope-scale';

/**
 * Example documents for the stories, built with the package's own model so that every item id
 * and pack key is one the widget knows. Every text of the licensed pack is invented.
 */

const adult = defaultPack('adult');
const youth = defaultPack('youth');

/** A finished goal-hope document of `pack`, with the answer per item from `answer`. */
function goalHope(pack: HopePack, date: string, answer: (id: string) => number, goal?: string): HopeValue {
  return {
    ...emptyHopeValue('goal-hope', pack),
    ...(goal ? { goal } : {}),
    answers: Object.fromEntries(pack.items.map((item) => [item.id, answer(item.id)])),
    completed: true,
    date,
  };
}

/** A finished scaling document: one value per scale. */
const scaling = (date: string, scales: Record<string, number>, followUps: Record<string, string> = {}): HopeValue => ({
  ...emptyHopeValue('scaling'),
  scales,
  followUps,
  completed: true,
  date,
});

/** Halfway through a conversation: a 4, with the first prompt answered. */
export const scalingStarted: HopeValue = {
  ...emptyHopeValue('scaling'),
  scales: { hope: 4 },
  followUps: { 'hope.why': 'Mijn zus komt elke week langs en ik heb terug werk gezocht.' },
};

/** A finished scaling conversation with every prompt answered. */
export const scalingDone: HopeValue = scaling(
  '2026-11-05',
  { hope: 6 },
  {
    'hope.why': 'Ik heb een afspraak bij het OCMW voor een woning.',
    'hope.next': 'Dan zou ik weten wanneer ik kan verhuizen.',
    'hope.notice': 'Mijn dochter, die zou me meer zien lachen.',
  },
);

/** Three life areas, each on its own 0–10 scale. */
export const lifeAreas: ScalingScale[] = [
  { id: 'home', question: { 'nl-BE': 'Hoeveel hoop heb je op een eigen woning?', 'nl-NL': 'Hoeveel hoop heb je op een eigen woning?', 'fr-BE': 'Quel espoir avez-vous de trouver un logement ?', en: 'How much hope do you have of finding a home?' } },
  { id: 'work', question: { 'nl-BE': 'Hoeveel hoop heb je op werk dat bij je past?', 'nl-NL': 'Hoeveel hoop heb je op werk dat bij je past?', 'fr-BE': 'Quel espoir avez-vous de trouver un travail qui vous convient ?', en: 'How much hope do you have of work that suits you?' } },
  {
    id: 'health',
    question: { 'nl-BE': 'Hoeveel hoop heb je dat je je beter gaat voelen?', 'nl-NL': 'Hoeveel hoop heb je dat je je beter gaat voelen?', 'fr-BE': "Quel espoir avez-vous d'aller mieux ?", en: 'How much hope do you have of feeling better?' },
    low: { 'nl-BE': 'geen', 'nl-NL': 'geen', 'fr-BE': 'aucun', en: 'none' },
    high: { 'nl-BE': 'veel', 'nl-NL': 'veel', 'fr-BE': 'beaucoup', en: 'a lot' },
  },
];

/** Goal-hope, finished: more willpower than ways, so the prompts start with the ways. */
export const goalHopeDone: HopeValue = goalHope(adult, '2026-11-05', (id) => (id.startsWith('will') ? 7 : 4), 'Een eigen woning vinden');

/** Youth, finished: the six answers on the frequency scale. */
export const youthDone: HopeValue = goalHope(youth, '2026-11-05', (id) => (id.startsWith('ways') ? 5 : 3), 'Mijn diploma halen');

/** Very low hope on the scaling question. */
export const veryLow: HopeValue = scaling('2026-11-05', { hope: 1 }, { 'hope.why': 'Ik ben er nog. Dat is al iets.' });

/** Twelve monthly measurements on the scaling question, slowly going up with a dip. */
export const scalingHistory: HopeValue[] = [2, 3, 3, 2, 4, 4, 5, 4, 5, 6, 6, 7].map((value, i) =>
  scaling(`2025-${String(i + 1).padStart(2, '0')}-15`, { hope: value }),
);

/** Twelve monthly goal-hope measurements: willpower first, the ways catch up later. */
export const goalHopeHistory: HopeValue[] = Array.from({ length: 12 }, (_, i) =>
  goalHope(adult, `2025-${String(i + 1).padStart(2, '0')}-15`, (id) => (id.startsWith('will') ? Math.min(8, 4 + Math.floor(i / 3)) : Math.min(8, 2 + Math.floor(i / 2)))),
);

/**
 * A licensed pack as an organisation would pass it: the structure of a published 12-item adult
 * scale (four agency items, four pathways items, four unscored fillers, 8-point scale), with
 * invented texts. An organisation loads the real items it holds a licence for.
 */
export const licensedPack: HopePack = {
  id: 'organisatie-hoopvragenlijst',
  version: 1,
  title: { 'nl-BE': 'Vragenlijst over hoop (voorbeeld met verzonnen zinnen)', en: 'Hope questionnaire (example with invented sentences)' },
  scale: {
    min: 1,
    max: 8,
    labels: {
      '1': { 'nl-BE': 'zeker niet waar', en: 'definitely false' },
      '2': { 'nl-BE': 'grotendeels niet waar', en: 'mostly false' },
      '3': { 'nl-BE': 'eerder niet waar', en: 'somewhat false' },
      '4': { 'nl-BE': 'een beetje niet waar', en: 'slightly false' },
      '5': { 'nl-BE': 'een beetje waar', en: 'slightly true' },
      '6': { 'nl-BE': 'eerder waar', en: 'somewhat true' },
      '7': { 'nl-BE': 'grotendeels waar', en: 'mostly true' },
      '8': { 'nl-BE': 'zeker waar', en: 'definitely true' },
    },
  },
  items: [
    'Voorbeeldzin 1 (wegen)',
    'Voorbeeldzin 2 (wilskracht)',
    'Voorbeeldzin 3 (vulvraag, telt niet mee)',
    'Voorbeeldzin 4 (wegen)',
    'Voorbeeldzin 5 (vulvraag, telt niet mee)',
    'Voorbeeldzin 6 (wegen)',
    'Voorbeeldzin 7 (vulvraag, telt niet mee)',
    'Voorbeeldzin 8 (wegen)',
    'Voorbeeldzin 9 (wilskracht)',
    'Voorbeeldzin 10 (wilskracht)',
    'Voorbeeldzin 11 (vulvraag, telt niet mee)',
    'Voorbeeldzin 12 (wilskracht)',
  ].map((text, i) => ({ id: `item-${i + 1}`, text })),
  subscales: [
    { id: 'agency', label: { 'nl-BE': 'Wilskracht', en: 'Agency' }, items: ['item-2', 'item-9', 'item-10', 'item-12'] },
    { id: 'pathways', label: { 'nl-BE': 'Wegen', en: 'Pathways' }, items: ['item-1', 'item-4', 'item-6', 'item-8'] },
  ],
};

/** A pack that cannot be used: a subscale names an item the pack does not have. */
export const invalidPack = {
  ...licensedPack,
  subscales: [{ id: 'agency', items: ['item-2', 'item-99'] }],
};

/** A pack larger than any pack may be: an answer scale of 200,000 points (at most 101 are allowed). */
export const oversizedPack = {
  ...licensedPack,
  scale: { min: 1, max: 200_000 },
};

/** The client chose 7 and named a goal; the professional gave their own hope for it: 4. */
export const bothPerspectives: HopeValue = {
  ...scaling('2026-11-05', { hope: 7 }, { 'hope.why': 'Ik heb al een afspraak voor een woning.' }),
  goal: 'Een eigen woning vinden',
  perspectives: { professional: { hope: 4, completed: true, date: '2026-11-05' } },
};
