import { emptyReflectionValue, type ReflectionValue } from '@goesting/reflection-card';

/** Invented example cards: no real people or cases. */
export const earlierCards: ReflectionValue[] = [
  {
    ...emptyReflectionValue('korthagen', { pillar: 'alliance', dimension: 'other' }),
    id: 'card-2026-09',
    steps: { action: 'Een eerste gesprek met een jonge moeder liep stroef.' },
    takeaway: 'Ik wilde te snel naar oplossingen.',
    action: { text: 'In het eerste gesprek eerst vragen wat zij zelf wil bereiken.', due: '2026-10-15' },
    completed: true,
    date: '2026-09-20',
  },
  {
    ...emptyReflectionValue('gibbs', { pillar: 'reflection', dimension: 'organisation' }),
    id: 'card-2026-10',
    steps: { description: 'Teamoverleg zonder tijd voor casussen.' },
    takeaway: 'Ik mag zelf vragen om ruimte voor reflectie.',
    action: { text: 'Een maandelijkse intervisie voorstellen op het teamoverleg.', due: '2026-11-30' },
    completed: true,
    date: '2026-10-25',
  },
];

export const filledKorthagen: ReflectionValue = {
  ...emptyReflectionValue('korthagen', { pillar: 'hope', dimension: 'other' }),
  id: 'card-example',
  steps: {
    action: 'Een cliënt zei dat niets nog zin heeft. Ik begon meteen over de volgende stappen.',
    lookingBack: 'Ik wilde hoop geven, maar voelde me onzeker. De cliënt wilde vooral gehoord worden.',
    essence: 'Mijn haast om te helpen liet weinig ruimte voor wat de cliënt zelf voelde.',
  },
  feelings: ['unsure', 'tired'],
};

export const intervisionCard: ReflectionValue = {
  ...emptyReflectionValue('intervision', { pillar: 'reflection', dimension: 'self' }),
  id: 'card-intervision',
  group: 'Intervisiegroep Noord',
  steps: { case: 'Hoe houd ik grenzen bij een gezin dat mij elke dag belt?' },
  rounds: { case: 5, clarify: 8, views: 15 },
  views: [{ name: 'Sam', text: 'Ik hoor vooral schuldgevoel als je niet opneemt.' }, { text: 'Misschien helpen vaste belmomenten.' }],
};

/** A card with markup in its answers: shown as text, never run. */
export const markupCard: ReflectionValue = {
  ...emptyReflectionValue('starrt'),
  id: 'card-markup',
  steps: { situation: '<img src=x onerror=alert(1)> <script>alert(1)</script> **vet** # kop' },
};
