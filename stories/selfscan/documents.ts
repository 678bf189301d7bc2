import {
  DIMENSIONS,
  defaultInstrument,
  emptySelfscanValue,
  type PillarId,
  type SelfscanAnswer,
  type SelfscanInstrument,
  type SelfscanValue,
} from '@goesting/selfscan';

/**
 * Example value documents for the stories, built with the package's own model so that every
 * id and instrument key is one the widget knows.
 */

/** An answer per dimension (self, client, organisation, environment), for every pillar. */
type Profile = Record<PillarId, readonly [SelfscanAnswer, SelfscanAnswer, SelfscanAnswer, SelfscanAnswer]>;

const quick = defaultInstrument('quick');

/** Answers every statement of `instrument` with the profile's answer for its cell. */
function answersFor(instrument: SelfscanInstrument, profile: Profile): SelfscanValue['answers'] {
  return Object.fromEntries(
    instrument.items.map((item) => [item.id, profile[item.pillar][DIMENSIONS.indexOf(item.dimension)]!]),
  );
}

/** A finished scan of the quick list. */
function finishedScan(date: string, profile: Profile, extra: Partial<SelfscanValue> = {}): SelfscanValue {
  return {
    ...emptySelfscanValue(quick),
    answers: answersFor(quick, profile),
    completed: true,
    date,
    ...extra,
  };
}

/** Halfway through step 1: three of the four statements on professional expertise answered, one flagged. */
export const partlyFilled: SelfscanValue = {
  ...emptySelfscanValue(quick),
  answers: { 'expertise-self-1': 4, 'expertise-other-1': 5, 'expertise-organisation-1': 'na' },
  flags: ['expertise-organisation-1'],
  energy: { expertise: 4 },
};

/** Finished this spring: strong with clients, less so in the organisation and the wider environment. */
export const completed: SelfscanValue = finishedScan(
  '2025-03-14',
  {
    expertise: [4, 5, 3, 3],
    alliance: [4, 5, 4, 3],
    hope: [3, 4, 2, 3],
    reflection: [4, 4, 2, 'na'],
  },
  {
    flags: ['hope-organisation-1', 'reflection-organisation-1'],
    energy: { expertise: 4, alliance: 5, hope: 3, reflection: 2 },
  },
);

/** Earlier scans, oldest first: the widget compares the result with the last one. */
export const history: SelfscanValue[] = [
  finishedScan('2024-03-11', {
    expertise: [3, 4, 2, 2],
    alliance: [3, 4, 3, 2],
    hope: [2, 3, 2, 2],
    reflection: [3, 3, 1, 'na'],
  }),
  finishedScan('2024-09-23', {
    expertise: [4, 4, 3, 2],
    alliance: [4, 5, 3, 3],
    hope: [3, 3, 2, 2],
    reflection: [3, 4, 2, 2],
  }),
];

/** A host's own short question list for its reception team, with its own tags. */
export const receptionInstrument: SelfscanInstrument = {
  id: 'onthaalteam-zelfscan',
  version: 1,
  title: { 'nl-BE': 'Zelfscan onthaalteam', en: 'Reception team self-scan' },
  items: [
    {
      id: 'onthaal-eerste-gesprek',
      pillar: 'alliance',
      dimension: 'other',
      text: {
        'nl-BE': 'Ik maak bij een eerste gesprek tijd om kennis te maken voor we het over de vraag hebben.',
        en: 'In a first meeting I take time to get to know the person before we discuss the question.',
      },
      tags: ['competence:clarify-needs', 'team:onthaal'],
    },
    {
      id: 'onthaal-doorverwijzen',
      pillar: 'alliance',
      dimension: 'environment',
      text: {
        'nl-BE': 'Als ik doorverwijs, zorg ik dat de persoon weet bij wie hij terechtkan.',
        en: 'When I refer someone, I make sure they know who they can turn to.',
      },
      tags: ['competence:connections', 'team:onthaal'],
    },
    {
      id: 'onthaal-wachttijd',
      pillar: 'hope',
      dimension: 'other',
      text: {
        'nl-BE': 'Ik zeg eerlijk hoe lang het kan duren en wat de persoon intussen zelf kan doen.',
        en: 'I say honestly how long it may take and what the person can do in the meantime.',
      },
      tags: ['team:onthaal'],
    },
    {
      id: 'onthaal-teamoverleg',
      pillar: 'reflection',
      dimension: 'organisation',
      text: {
        'nl-BE': 'Ik breng moeilijke onthaalgesprekken in op het teamoverleg.',
        en: 'I bring difficult reception conversations to the team meeting.',
      },
      tags: ['competence:professional-room', 'team:onthaal'],
    },
  ],
};

/** A question list the widget must refuse: an unknown pillar, an empty text and a bad id. */
export const invalidInstrument = {
  id: 'kapotte-lijst',
  version: 1,
  items: [{ id: 'vraag 1', pillar: 'moed', dimension: 'self', text: '' }],
};
