import {
  DEFAULT_RINGS,
  DEFAULT_SECTORS,
  FREQUENCIES,
  NETWORK_SCHEMA_VERSION,
  SUPPORT_KINDS,
  type NetworkConfig,
  type NetworkValue,
  type Person,
  type SupportKind,
} from '@goesting/network-circle/model';
import { seeded } from '../shared/random.js';

/**
 * Example documents for the stories, typed with the package's own model. Labels are first names
 * or roles only, as in real use: the people in a client's circle are third persons.
 */

/** A circle document with the given people. */
const circle = (people: Person[], extra: Partial<NetworkValue> = {}): NetworkValue => ({
  schemaVersion: NETWORK_SCHEMA_VERSION,
  people,
  completed: false,
  ...extra,
});

/**
 * A mother of two, drawn with her social worker: her own mother carries a lot, the children's
 * father is a stressful tie, a friend can help with her plan.
 */
const familyPeople: Person[] = [
  {
    id: 'mama',
    label: 'Mama',
    sector: 'family',
    ring: 'very-close',
    gives: ['emotional', 'practical', 'company'],
    receives: ['company'],
    frequency: 'daily',
    quality: 'positive',
    mayContact: 'ask',
    note: 'Vangt Lotte en Seppe op na school.',
  },
  { id: 'lotte', label: 'Lotte', sector: 'family', ring: 'very-close', gives: ['company'], receives: ['emotional', 'practical', 'company'], frequency: 'daily', quality: 'positive' },
  { id: 'seppe', label: 'Seppe', sector: 'family', ring: 'very-close', gives: ['company'], receives: ['emotional', 'practical', 'company'], frequency: 'daily', quality: 'positive' },
  {
    id: 'dirk',
    label: 'Dirk (papa van de kinderen)',
    sector: 'family',
    ring: 'further',
    gives: ['practical'],
    receives: [],
    frequency: 'weekly',
    quality: 'stressful',
    mayContact: 'no',
    note: 'Alleen contact over de kinderen.',
  },
  {
    id: 'nathalie',
    label: 'Nathalie',
    sector: 'friends',
    ring: 'close',
    gives: ['emotional', 'advice'],
    receives: ['emotional'],
    frequency: 'weekly',
    quality: 'positive',
    canHelp: true,
    helpWith: 'Samen de aanvraag voor de huurpremie invullen',
    mayContact: 'yes',
  },
  { id: 'jens', label: 'Jens', sector: 'friends', ring: 'further', gives: ['company'], receives: ['company'], frequency: 'monthly', quality: 'mixed' },
  {
    id: 'marleen',
    label: 'Buurvrouw Marleen',
    sector: 'community',
    ring: 'close',
    gives: ['practical'],
    receives: ['practical'],
    frequency: 'weekly',
    quality: 'positive',
    mayContact: 'ask',
  },
  { id: 'hilde', label: 'Collega Hilde', sector: 'work', ring: 'close', gives: ['emotional', 'company'], receives: ['advice'], frequency: 'weekly', quality: 'positive' },
  { id: 'juf-evi', label: 'Juf Evi', sector: 'work', ring: 'further', gives: ['advice'], receives: [], frequency: 'monthly', quality: 'positive', mayContact: 'yes' },
  { id: 'huisarts', label: 'Huisarts', sector: 'professionals', ring: 'close', gives: ['advice'], receives: [], frequency: 'monthly', quality: 'positive', mayContact: 'yes' },
  {
    id: 'ocmw',
    label: 'Maatschappelijk werker OCMW',
    sector: 'professionals',
    ring: 'further',
    gives: ['advice', 'practical'],
    receives: [],
    frequency: 'monthly',
    quality: 'mixed',
    mayContact: 'yes',
  },
];

/** The typical family network: 11 people in all five sectors and the three rings. */
export const familyNetwork: NetworkValue = circle(familyPeople);

/** The same circle, finished at a later meeting. */
export const familyNetworkNow: NetworkValue = circle(familyPeople, { completed: true, date: '2025-05-20' });

const person = (id: string) => familyPeople.find((p) => p.id === id)!;

/**
 * Earlier circles, oldest first; the widget compares with the last one. Since then Jens and
 * Marleen were added, aunt Greet is no longer there, Dirk moved further away and Nathalie closer.
 */
export const familyHistory: NetworkValue[] = [
  circle(
    [
      person('mama'),
      person('lotte'),
      person('seppe'),
      { ...person('dirk'), ring: 'very-close', quality: 'mixed' },
      { ...person('nathalie'), ring: 'further' },
      { id: 'tante-greet', label: 'Tante Greet', sector: 'family', ring: 'close', gives: ['practical'], receives: ['company'], frequency: 'monthly', quality: 'positive' },
      person('huisarts'),
    ],
    { completed: true, date: '2024-06-03' },
  ),
  circle(
    [
      person('mama'),
      person('lotte'),
      person('seppe'),
      { ...person('dirk'), ring: 'close' },
      { ...person('nathalie'), ring: 'further' },
      { id: 'tante-greet', label: 'Tante Greet', sector: 'family', ring: 'close', gives: ['practical'], receives: ['company'], frequency: 'monthly', quality: 'positive' },
      person('hilde'),
      person('juf-evi'),
      person('huisarts'),
      person('ocmw'),
    ],
    { completed: true, date: '2024-11-12' },
  ),
];

// ── 150 people ────────────────────────────────────────────────────────────────────────────────

const FIRST_NAMES = [
  'An', 'Bart', 'Bram', 'Charlotte', 'Dries', 'Elke', 'Emma', 'Febe', 'Frederik', 'Gert', 'Hanne', 'Ilse',
  'Jana', 'Jasper', 'Jef', 'Joke', 'Karen', 'Kobe', 'Lien', 'Lies', 'Louis', 'Marie', 'Mathias', 'Nele',
  'Nina', 'Noah', 'Pieter', 'Rik', 'Roos', 'Ruben', 'Sander', 'Sofie', 'Stijn', 'Tine', 'Tom', 'Vic',
  'Wout', 'Yana', 'Zoë', 'Ahmed', 'Fatima', 'Mehmet', 'Yasmina', 'Anouk', 'Warre', 'Lotte', 'Arne', 'Griet',
];
const ROLES = ['Huisarts', 'Tandarts', 'Kinesist', 'Thuisverpleging', 'Budgetbegeleider', 'Psycholoog', 'Maatschappelijk werker', 'Jobcoach', 'Gezinshulp', 'Apotheker'];

/** Sector weights: most people in the informal network, fewer professionals. */
const SECTOR_WEIGHTS: Record<(typeof DEFAULT_SECTORS)[number], number> = { family: 0.22, friends: 0.3, community: 0.16, work: 0.22, professionals: 0.1 };

/** Picks from `list` with the generator. */
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Up to `max` distinct support kinds. */
function someSupport(random: () => number, max: number): SupportKind[] {
  return SUPPORT_KINDS.filter(() => random() < max / SUPPORT_KINDS.length);
}

/** A network of `count` people, the same on every call with the same seed. */
export function generatedNetwork(count: number, seed = 150): NetworkValue {
  const random = seeded(seed);
  const people: Person[] = [];
  for (let i = 1; i <= count; i++) {
    let roll = random();
    const sector = DEFAULT_SECTORS.find((s) => (roll -= SECTOR_WEIGHTS[s]) < 0) ?? 'friends';
    const ringRoll = random();
    const ring = DEFAULT_RINGS[ringRoll < 0.15 ? 0 : ringRoll < 0.45 ? 1 : 2];
    const professional = sector === 'professionals';
    const entry: Person = {
      id: `p${String(i).padStart(3, '0')}`,
      label: professional ? pick(random, ROLES) : pick(random, FIRST_NAMES),
      sector,
      ring,
      gives: someSupport(random, professional ? 1.2 : 1.6),
      receives: professional ? [] : someSupport(random, 1.2),
      frequency: pick(random, FREQUENCIES),
      quality: random() < 0.05 ? 'stressful' : random() < 0.25 ? 'mixed' : 'positive',
    };
    if (random() < 0.1) entry.canHelp = true;
    people.push(entry);
  }
  return circle(people);
}

/** 150 people: Dunbar's number, the size the drawing stays smooth with. */
export const largeNetwork: NetworkValue = generatedNetwork(150);

// ── Own rings and sectors ─────────────────────────────────────────────────────────────────────

/**
 * Four rings and eight sectors of a host's own, labelled per language or with one text for all
 * languages; the last sector is formal help.
 */
export const customConfig: NetworkConfig = {
  rings: [
    { id: 'kern', label: { 'nl-BE': 'de kern', en: 'the core' } },
    { id: 'dichtbij', label: { 'nl-BE': 'dichtbij', en: 'close' } },
    { id: 'verder', label: { 'nl-BE': 'verder weg', en: 'further away' } },
    { id: 'rand', label: { 'nl-BE': 'aan de rand', en: 'on the edge' } },
  ],
  sectors: [
    { id: 'gezin', label: { 'nl-BE': 'Gezin', en: 'Household' } },
    { id: 'familie', label: { 'nl-BE': 'Familie', en: 'Family' } },
    { id: 'vrienden', label: { 'nl-BE': 'Vrienden', en: 'Friends' } },
    { id: 'buurt', label: { 'nl-BE': 'Buurt', en: 'Neighbourhood' } },
    { id: 'school', label: { 'nl-BE': 'School', en: 'School' } },
    { id: 'sport', label: { 'nl-BE': 'Sport en hobby', en: 'Sports and hobbies' } },
    { id: 'online', label: 'Online' },
    { id: 'hulp', label: { 'nl-BE': 'Hulpverlening', en: 'Support services' }, formal: true },
  ],
};

/** A teenager's circle in the custom rings and sectors. */
export const customNetwork: NetworkValue = circle([
  { id: 'mama', label: 'Mama', sector: 'gezin', ring: 'kern', gives: ['emotional', 'practical'], receives: ['company'], quality: 'positive' },
  { id: 'broer', label: 'Broer Kobe', sector: 'gezin', ring: 'kern', gives: ['company'], receives: ['company'], quality: 'mixed' },
  { id: 'opa', label: 'Opa Jef', sector: 'familie', ring: 'dichtbij', gives: ['advice', 'company'], receives: ['company'], quality: 'positive', canHelp: true, helpWith: 'Oefenen voor het rijexamen' },
  { id: 'nore', label: 'Nore', sector: 'vrienden', ring: 'kern', gives: ['emotional', 'company'], receives: ['emotional', 'company'], quality: 'positive' },
  { id: 'wout', label: 'Wout', sector: 'vrienden', ring: 'verder', gives: ['company'], receives: [], quality: 'stressful' },
  { id: 'leerkracht', label: 'Klastitularis', sector: 'school', ring: 'dichtbij', gives: ['advice'], receives: [], quality: 'positive' },
  { id: 'trainer', label: 'Trainer', sector: 'sport', ring: 'dichtbij', gives: ['advice', 'company'], receives: [], quality: 'positive' },
  { id: 'gamer', label: 'Sam (online)', sector: 'online', ring: 'rand', gives: ['company'], receives: ['company'], quality: 'mixed' },
  { id: 'clb', label: 'CLB-medewerker', sector: 'hulp', ring: 'verder', gives: ['advice'], receives: [], quality: 'positive', mayContact: 'yes' },
]);

// ── Invalid ───────────────────────────────────────────────────────────────────────────────────

/** A circle the widget must refuse: "school" is not one of the default sectors. */
export const invalidNetwork = {
  schemaVersion: NETWORK_SCHEMA_VERSION,
  completed: false,
  people: [
    { id: 'mama', label: 'Mama', sector: 'family', ring: 'very-close', gives: ['emotional'], receives: [] },
    { id: 'juf', label: 'Juf Evi', sector: 'school', ring: 'close', gives: ['advice'], receives: [] },
  ],
};
