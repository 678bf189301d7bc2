import { CLIENT, PLAN_SCHEMA_VERSION, type PlanAction, type PlanPerson, type PlanValue } from '@goesting/plan/model';
import type { NetworkValue } from '@goesting/network-circle/model';
import { familyNetworkNow } from '../network-circle/documents';

/**
 * Example plans for the stories, typed with the package's own model. Invented: no real people or
 * cases. Names are first names or roles only, as in real use. The family is the one of the
 * network circle's stories: a mother of two, Lotte and Seppe, with her own mother, her friend
 * Nathalie, a neighbour, the children's father and two professionals.
 */

/** The family's network circle, as `<goesting-network-circle>` gives it (`circle.value`). */
export const familyCircle: NetworkValue = familyNetworkNow;

/** A plan document with the given parts; the rest empty. */
const planOf = (parts: Partial<PlanValue>): PlanValue => ({
  schemaVersion: PLAN_SCHEMA_VERSION,
  question: '',
  goals: [],
  strengths: { own: '', around: '' },
  worries: '',
  people: [],
  actions: [],
  backup: [],
  completed: false,
  ...parts,
});

/**
 * The people of the family's plan. Four come from the circle (`circle` is their id there); the
 * football coach was named while writing the plan and is not in the circle yet.
 */
const familyPeople: PlanPerson[] = [
  { id: 'nathalie', label: 'Nathalie', role: 'network', circle: 'nathalie' },
  { id: 'mama', label: 'Mama', role: 'network', circle: 'mama' },
  { id: 'ocmw', label: 'Maatschappelijk werker OCMW', role: 'professional', circle: 'ocmw' },
  { id: 'trainer', label: 'Voetbaltrainer', role: 'network' },
];

const familyActions: PlanAction[] = [
  {
    id: 'huurpremie',
    what: 'De aanvraag voor de huurpremie invullen en indienen',
    who: [CLIENT, 'nathalie'],
    by: '2025-06-16',
    needs: 'Het huurcontract en de laatste loonbrieven',
  },
  { id: 'afspraak', what: 'Een afspraak maken met de maatschappelijk werker', who: [CLIENT], by: '2025-06-09' },
  {
    id: 'budgetplan',
    what: 'Samen een budgetplan opmaken',
    who: [CLIENT, 'ocmw'],
    by: '2025-06-27',
    needs: 'Een lijst van de vaste kosten per maand',
  },
  { id: 'woensdag', what: 'Lotte en Seppe op woensdagnamiddag opvangen', who: ['mama'], needs: 'Een reservesleutel' },
  { id: 'voetbal', what: 'Seppe op zaterdag meenemen naar de training', who: ['trainer'] },
];

/** The family's plan, made with the social worker on 2 June; the review is four weeks later. */
export const familyPlan: PlanValue = planOf({
  question: 'Ik wil mijn huur weer op tijd betalen en meer rust in huis.',
  goals: ['De huurpremie aanvragen', 'Elke maand weten wat er binnenkomt en wat er buitengaat', 'Een vaste plek voor Lotte en Seppe na school'],
  strengths: {
    own: 'Ik zorg goed voor Lotte en Seppe. Ik geef niet snel op.',
    around: 'Mama vangt de kinderen op na school. Nathalie luistert en helpt met papieren.',
  },
  worries: 'De rekeningen stapelen zich op. Op het einde van de maand slaap ik slecht.',
  people: familyPeople,
  actions: familyActions,
  backup: [
    { id: 'ziek', what: 'Als ik ziek ben, haalt Nathalie de kinderen van school.', who: ['nathalie'] },
    { id: 'vast', what: 'Als de aanvraag vastloopt, bel ik de maatschappelijk werker.', who: [CLIENT] },
  ],
  date: '2025-06-02',
  reviewDate: '2025-06-30',
});

/** The plan as it was finished on 2 June: the earlier version the review compares with. */
export const familyPlanMade: PlanValue = { ...familyPlan, completed: true };

/**
 * The same plan at the review on 30 June, half gone through: two actions done, the budget plan
 * partly done and moved by two weeks, football no longer needed, Wednesday not looked at yet,
 * and one action added with the neighbour.
 */
export const familyPlanAtReview: PlanValue = {
  ...familyPlan,
  people: [...familyPeople, { id: 'marleen', label: 'Buurvrouw Marleen', role: 'network', circle: 'marleen' }],
  actions: [
    ...familyActions.map((action): PlanAction => {
      switch (action.id) {
        case 'huurpremie':
          return { ...action, review: { status: 'done', note: 'Ingediend op 12 juni.' } };
        case 'afspraak':
          return { ...action, review: { status: 'done' } };
        case 'budgetplan':
          return { ...action, by: '2025-07-11', review: { status: 'partly', note: 'Eerste gesprek gehad. Het tweede is op 11 juli.' } };
        case 'voetbal':
          return { ...action, review: { status: 'not-needed', note: 'Seppe koos voor de zwemclub.' } };
        default:
          return action;
      }
    }),
    { id: 'vakantie', what: 'Opvang zoeken voor twee weken in de zomervakantie', who: [CLIENT, 'marleen'], by: '2025-07-04', added: '2025-06-30' },
  ],
};

/**
 * A plan that rests a lot on the client's own mother: four open actions. From three (the
 * default of `overload`), the widget adds a calm note.
 */
export const overloadedPlan: PlanValue = planOf({
  question: 'Ik wil terug aan het werk, drie dagen per week.',
  strengths: { own: 'Ik ben graag onder de mensen.', around: 'Mama staat altijd klaar.' },
  people: [
    { id: 'mama', label: 'Mama', role: 'network', circle: 'mama' },
    { id: 'nathalie', label: 'Nathalie', role: 'network', circle: 'nathalie' },
    { id: 'jobcoach', label: 'Jobcoach', role: 'professional' },
  ],
  actions: [
    { id: 'cv', what: 'Mijn cv herschrijven', who: [CLIENT, 'jobcoach'], by: '2025-06-20' },
    { id: 'maandag', what: 'Lotte en Seppe op maandag van school halen', who: ['mama'] },
    { id: 'dinsdag', what: 'Lotte en Seppe op dinsdag van school halen', who: ['mama'] },
    { id: 'koken', what: 'Op werkdagen het avondeten klaarmaken', who: ['mama'] },
    { id: 'sollicitatie', what: 'Meegaan naar het eerste sollicitatiegesprek', who: ['mama', CLIENT] },
    { id: 'kleren', what: 'Samen kleren kiezen voor het gesprek', who: [CLIENT, 'nathalie'], by: '2025-06-25' },
  ],
  date: '2025-06-02',
  reviewDate: '2025-06-30',
});

/** The family's plan with what the consultant of youth care must add, and the client's answer. */
export const planWithConditions: PlanValue = {
  ...familyPlan,
  conditions: {
    text: 'Lotte en Seppe gaan elke dag naar school. Lukt dat een dag niet, dan laat je het de school dezelfde ochtend weten. We zien elkaar om de twee weken.',
    by: 'Consulent jeugdhulp',
    answer: 'Dat is goed. Als ik vroeg moet werken, brengt Nathalie hen naar school.',
  },
};

// ── Invalid ───────────────────────────────────────────────────────────────────────────────────

/** A plan the widget must refuse: an action names "oma", who is not one of the plan's people. */
export const unknownPersonPlan = {
  ...familyPlan,
  actions: [...familyActions, { id: 'oma', what: 'Op zondag komen eten', who: ['oma'] }],
};

/** A plan with markup in its texts: shown as text, never run. */
export const markupPlan: PlanValue = planOf({
  question: '<img src=x onerror=alert(1)> <script>alert(1)</script> **vet** # kop',
  people: [{ id: 'buur', label: '<b>Buur</b>', role: 'network' }],
  actions: [{ id: 'a1', what: '[link](javascript:alert(1))', who: [CLIENT, 'buur'], by: '2025-06-16' }],
});
