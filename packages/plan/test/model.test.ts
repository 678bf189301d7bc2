import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { unescapeMarkdown } from '@goesting/core/model';
import {
  CLIENT,
  DEFAULT_OVERLOAD,
  DEFAULT_REVIEW_DAYS,
  MAX_LONG_TEXT,
  MAX_NAME,
  MAX_SHORT_TEXT,
  PLAN_SCHEMA_VERSION,
  REVIEW_STATUSES,
  addAction,
  addBackup,
  addDays,
  addGoal,
  addPerson,
  askFirst,
  circleStatus,
  comparePlans,
  copyFor,
  defaultReviewDate,
  doerLabel,
  emptyPlanValue,
  escapeText,
  foldLine,
  isClient,
  isOpen,
  latestVersion,
  moveAction,
  newId,
  offeredPeople,
  parseCircle,
  parsePlanHistory,
  parsePlanValue,
  participants,
  personFromOffer,
  planBalance,
  planResult,
  planSchemas,
  planToICalendar,
  planToMarkdown,
  removeAction,
  removeBackup,
  removeGoal,
  removeUnusedPeople,
  resultSchema,
  reviewCounts,
  setConditions,
  setGoal,
  setReview,
  setStrength,
  setText,
  updateAction,
  updateBackup,
  type Circle,
  type PlanAction,
  type PlanCalendarLabels,
  type PlanMarkdownLabels,
  type PlanPerson,
  type PlanValue,
} from '../src/model/index.js';
import { BUILT_IN_NAMES, keepObjectPrototype } from '../../core/test/model-helpers.js';

const action = (id: string, who: string[], extra: Partial<PlanAction> = {}): PlanAction => ({ id, what: `Actie ${id}`, who, ...extra });

const people: PlanPerson[] = [
  { id: 'p-mia', label: 'Mia', role: 'network', circle: 'c-mia' },
  { id: 'p-jan', label: 'Jan', role: 'network' },
  { id: 'p-caw', label: 'CAW', role: 'professional', circle: 'c-caw' },
  { id: 'p-ann', label: 'Ann', role: 'network' },
];

/**
 * A plan counted by hand. Open: a1, a2, a3, a5, a6, a8, a9 (7 of 9). On the client: a1, a3, a6 (3).
 * On the network: a2, a3, a5, a8, a9 (5; a8 once, though two people do it). On professionals: a6 (1).
 * Mia carries a2, a3, a5, a8 (4 open), Jan a8 (1), Ann a9 (1).
 */
const familyPlan = (): PlanValue => ({
  ...emptyPlanValue('2025-02-10'),
  question: 'Ik wil terug zelf mijn boodschappen doen.',
  people: people.map((p) => ({ ...p })),
  actions: [
    action('a1', [CLIENT], { by: '2025-03-10', needs: 'Een boodschappenlijst' }),
    action('a2', ['p-mia'], { by: '2025-02-28' }),
    action('a3', ['p-mia', CLIENT]),
    action('a4', ['p-mia'], { by: '2025-02-20', review: { status: 'done' } }),
    action('a5', ['p-mia'], { review: { status: 'partly', note: 'Halfweg' } }),
    action('a6', ['p-caw', CLIENT], { by: '2025-12-31', review: { status: 'not-yet' } }),
    action('a7', ['p-jan'], { by: '2025-03-01', review: { status: 'not-needed' } }),
    action('a8', ['p-jan', 'p-mia']),
    action('a9', ['p-ann']),
  ],
  backup: [
    { id: 'b1', what: 'Als Mia ziek is, belt Jan.', who: ['p-jan'] },
    { id: 'b2', what: 'Ik bel de CAW.', who: [CLIENT, 'p-caw'] },
  ],
  reviewDate: '2025-03-10',
});

const circle: Circle = {
  people: [
    { id: 'c-mia', label: 'Mia', sector: 'family', canHelp: true, mayContact: 'yes' },
    { id: 'c-zoe', label: 'Zoë', sector: 'friends', canHelp: true, mayContact: 'ask', helpWith: 'rijden' },
    { id: 'c-bob', label: 'Bob', sector: 'friends', canHelp: true, mayContact: 'no' },
    { id: 'c-anna', label: 'Anna', sector: 'community' },
    { id: 'c-caw', label: 'CAW', sector: 'professionals', mayContact: 'yes' },
    { id: 'c-dok', label: 'Dokter', sector: 'professionals', canHelp: true },
  ],
};

const mdLabels: PlanMarkdownLabels = {
  title: 'Mijn plan',
  question: 'Wat ik wil',
  goals: 'Kleinere doelen',
  strengthsOwn: 'Wat goed gaat bij mij',
  strengthsAround: 'Wat goed gaat rond mij',
  worries: 'Waar ik me zorgen over maak',
  actions: 'Acties',
  who: 'Wie',
  by: 'Tegen wanneer',
  needs: 'Wat is nodig',
  backup: 'Als het anders loopt',
  conditions: 'Voorwaarden van de hulpverlener',
  conditionsBy: 'Geschreven door',
  answer: 'Mijn antwoord',
  reviewDate: 'We bekijken het plan opnieuw op',
  review: 'Opvolging',
  status: (s) => ({ done: 'gedaan', partly: 'deels', 'not-yet': 'nog niet', 'not-needed': 'niet meer nodig' })[s],
  client: 'ik',
  copyFor: (label) => `Kopie voor ${label}`,
  none: '—',
};

const calLabels: PlanCalendarLabels = {
  calendar: 'Mijn plan',
  review: 'Plan opnieuw bekijken',
  action: (what, who) => `${what} (${who})`,
};

const encoder = new TextEncoder();
const octets = (line: string) => encoder.encode(line).length;
/** Undoes RFC 5545 folding: a line break followed by one space or tab joins the lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** Undoes {@link escapeText}. */
const unescapeText = (text: string) => text.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('plan model: balance', () => {
  it('counts open actions on the client, the network and professionals, by hand', () => {
    expect(planBalance(familyPlan())).to.deep.equal({
      total: 9,
      open: 7,
      client: 3,
      network: 5,
      professional: 1,
      overloaded: [{ id: 'p-mia', label: 'Mia', actions: 4 }],
    });
  });

  it('lists overloaded people most first, then by label, from a threshold the host may set', () => {
    expect(DEFAULT_OVERLOAD).to.equal(3);
    expect(planBalance(familyPlan(), 1).overloaded).to.deep.equal([
      { id: 'p-mia', label: 'Mia', actions: 4 },
      { id: 'p-ann', label: 'Ann', actions: 1 },
      { id: 'p-jan', label: 'Jan', actions: 1 },
    ]);
    expect(planBalance(familyPlan(), 5).overloaded).to.deep.equal([]);
    // Professionals are never "overloaded": they are not the informal network.
    const busy = { ...familyPlan(), actions: ['x1', 'x2', 'x3', 'x4'].map((id) => action(id, ['p-caw'])) };
    expect(planBalance(busy).overloaded).to.deep.equal([]);
    expect(planBalance(busy).professional).to.equal(4);
    for (const odd of [Number.NaN, 0, -2, Infinity]) expect(planBalance(familyPlan(), odd).overloaded, String(odd)).to.have.length(1);
  });

  it('tells open actions from closed ones', () => {
    expect(isOpen(action('x', [CLIENT]))).to.equal(true);
    expect(REVIEW_STATUSES.map((status) => isOpen(action('x', [CLIENT], { review: { status } })))).to.deep.equal([false, true, true, false]);
  });

  it('ignores doers that are not in the plan and built-in names, without NaN', () => {
    const plan = { ...familyPlan(), actions: [action('x', ['ghost', ...BUILT_IN_NAMES]), action('y', ['ghost', CLIENT])] };
    expect(planBalance(plan)).to.deep.equal({ total: 2, open: 2, client: 1, network: 0, professional: 0, overloaded: [] });
  });

  it('reports the result that goesting-complete carries, valid against its schema', () => {
    const result = planResult(familyPlan());
    expect(result.reviewDate).to.equal('2025-03-10');
    expect(result.statuses).to.deep.equal({ done: 1, partly: 1, 'not-yet': 1, 'not-needed': 1 });
    expect(resultSchema.safeParse(result).success).to.equal(true);
    expect(planResult(emptyPlanValue()).statuses).to.deep.equal({ done: 0, partly: 0, 'not-yet': 0, 'not-needed': 0 });
    expect('reviewDate' in planResult(emptyPlanValue())).to.equal(false);
  });

  it('never throws and gives whole numbers for random plans (property)', () => {
    const ids = ['p0', 'p1', 'p2', 'p3', 'ghost', CLIENT, ...BUILT_IN_NAMES];
    const planArb = fc.record({
      people: fc.uniqueArray(
        fc.record({ id: fc.constantFrom('p0', 'p1', 'p2', 'p3'), label: fc.string({ minLength: 1, maxLength: 10 }), role: fc.constantFrom('network' as const, 'professional' as const) }),
        { selector: (p) => p.id, maxLength: 4 },
      ),
      actions: fc.array(
        fc.record(
          { id: fc.string({ maxLength: 6 }), what: fc.string({ maxLength: 10 }), who: fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 5 }), review: fc.option(fc.record({ status: fc.constantFrom(...REVIEW_STATUSES) }), { nil: undefined }) },
          { requiredKeys: ['id', 'what', 'who'] },
        ),
        { maxLength: 30 },
      ),
      overload: fc.oneof(fc.integer({ min: -3, max: 10 }), fc.double()),
    });
    fc.assert(
      fc.property(planArb, ({ people: persons, actions, overload }) => {
        const plan = { ...emptyPlanValue(), people: persons, actions } as PlanValue;
        const balance = planBalance(plan, overload);
        const counts = [balance.total, balance.open, balance.client, balance.network, balance.professional, ...balance.overloaded.map((o) => o.actions)];
        for (const count of counts) if (!Number.isInteger(count) || count < 0) return false;
        const sum = reviewCounts(plan);
        return (
          balance.open <= balance.total &&
          Math.max(balance.client, balance.network, balance.professional) <= balance.open &&
          balance.total === actions.length &&
          Object.values(sum).every(Number.isInteger) &&
          resultSchema.safeParse(planResult(plan, overload)).success
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('plan model: people from the network circle', () => {
  it('offers those who can help first, each group by label, never "may not be contacted"', () => {
    const offers = offeredPeople(circle, familyPlan());
    expect(offers.map((o) => o.label)).to.deep.equal(['Dokter', 'Mia', 'Zoë', 'Anna', 'CAW']);
    expect(offers.some((o) => o.circle === 'c-bob')).to.equal(false);
    expect(offers.find((o) => o.circle === 'c-zoe')).to.deep.equal({ circle: 'c-zoe', label: 'Zoë', role: 'network', canHelp: true, helpWith: 'rijden', ask: true });
    expect(offers.filter((o) => o.ask).map((o) => o.circle)).to.deep.equal(['c-zoe']);
    expect(offers.find((o) => o.circle === 'c-dok')!.role).to.equal('professional');
    expect(offers.find((o) => o.circle === 'c-mia')!.person).to.equal('p-mia');
    expect(offers.find((o) => o.circle === 'c-caw')!.person).to.equal('p-caw');
    expect(offeredPeople(undefined, familyPlan())).to.deep.equal([]);
  });

  it('takes the formal sectors from the host', () => {
    const offers = offeredPeople(circle, familyPlan(), ['community']);
    expect(offers.find((o) => o.circle === 'c-anna')!.role).to.equal('professional');
    expect(offers.find((o) => o.circle === 'c-dok')!.role).to.equal('network');
  });

  it('adds a person from an offer once, linked to the circle', () => {
    const plan = familyPlan();
    const zoe = offeredPeople(circle, plan).find((o) => o.circle === 'c-zoe')!;
    const first = personFromOffer(plan, zoe);
    expect(first.plan.people).to.have.length(plan.people.length + 1);
    expect(first.plan.people.at(-1)).to.deep.equal({ id: first.id, label: 'Zoë', role: 'network', circle: 'c-zoe' });
    const again = personFromOffer(first.plan, { ...zoe });
    expect(again.id).to.equal(first.id);
    expect(again.plan).to.equal(first.plan);
    const mia = personFromOffer(plan, offeredPeople(circle, plan).find((o) => o.circle === 'c-mia')!);
    expect(mia).to.deep.equal({ plan, id: 'p-mia' });
    expect(parsePlanValue(first.plan).ok).to.equal(true);
  });

  it('adds a named person, trimmed, and reuses one with the same label and role', () => {
    const plan = familyPlan();
    const added = addPerson(plan, '  Buurvrouw Els ', 'network');
    expect(added.plan.people.at(-1)).to.deep.equal({ id: added.id, label: 'Buurvrouw Els', role: 'network' });
    expect(addPerson(added.plan, 'buurvrouw els', 'network')).to.deep.equal({ plan: added.plan, id: added.id });
    expect(addPerson(plan, 'MIA', 'network').id).to.equal('p-mia');
    expect(addPerson(plan, 'Mia', 'professional').id).to.not.equal('p-mia');
    expect(addPerson(plan, '   ', 'network')).to.deep.equal({ plan, id: '' });
    expect(addPerson(plan, 'x'.repeat(200), 'network').plan.people.at(-1)!.label).to.have.length(MAX_NAME);
  });

  it('finds people removed from the circle since, people not in it, and people who may no longer be contacted', () => {
    const since: Circle = {
      people: [{ ...circle.people[0]!, mayContact: 'no' }, ...circle.people.slice(1).filter((p) => p.id !== 'c-caw')],
    };
    const status = circleStatus(familyPlan(), since);
    expect(status.removed.map((p) => p.id)).to.deep.equal(['p-caw']);
    expect(status.notInCircle.map((p) => p.id)).to.deep.equal(['p-jan', 'p-ann']);
    expect(status.noContact.map((p) => p.id)).to.deep.equal(['p-mia']);
    expect(circleStatus(familyPlan(), circle)).to.deep.equal({ removed: [], notInCircle: status.notInCircle, noContact: [] });
    expect(circleStatus(familyPlan(), undefined)).to.deep.equal({ removed: [], notInCircle: [], noContact: [] });
  });

  it('marks the plan\'s people whom the circle says to ask first', () => {
    const plan = familyPlan();
    expect([...askFirst(plan, circle)]).to.deep.equal([]);
    const asking: Circle = { people: circle.people.map((p) => (p.id === 'c-mia' ? { ...p, mayContact: 'ask' as const } : p)) };
    expect([...askFirst(plan, asking)]).to.deep.equal(['p-mia']);
    expect([...askFirst(plan, undefined)]).to.deep.equal([]);
  });

  it('names doers, and lists participants with the client first', () => {
    const plan = familyPlan();
    expect(isClient(CLIENT)).to.equal(true);
    expect(isClient('p-mia')).to.equal(false);
    expect(doerLabel(plan, CLIENT, 'ik')).to.equal('ik');
    expect(doerLabel(plan, 'p-caw', 'ik')).to.equal('CAW');
    expect(doerLabel(plan, 'ghost', 'ik')).to.equal('ghost');
    expect(participants(plan)).to.deep.equal([CLIENT, 'p-mia', 'p-jan', 'p-caw', 'p-ann']);
    const unused = { ...plan, people: [{ id: 'p-idle', label: 'Idle', role: 'network' as const }, ...plan.people] };
    expect(participants(unused)).to.not.include('p-idle');
    expect(participants(emptyPlanValue())).to.deep.equal([CLIENT]);
  });

  it('gives each participant their own actions first, in plan order', () => {
    const plan = familyPlan();
    const jan = copyFor(plan, 'p-jan');
    expect(jan.own.map((a) => a.id)).to.deep.equal(['a7', 'a8']);
    expect(jan.others.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a9']);
    expect(jan.ownBackup.map((b) => b.id)).to.deep.equal(['b1']);
    expect(jan.otherBackup.map((b) => b.id)).to.deep.equal(['b2']);
    const me = copyFor(plan, CLIENT);
    expect(me.own.map((a) => a.id)).to.deep.equal(['a1', 'a3', 'a6']);
    expect(me.ownBackup.map((b) => b.id)).to.deep.equal(['b2']);
    for (const id of participants(plan)) {
      const copy = copyFor(plan, id);
      expect([...copy.own, ...copy.others].map((a) => a.id).sort()).to.deep.equal(plan.actions.map((a) => a.id).sort());
    }
  });
});

describe('plan model: review', () => {
  it('sets the review date four weeks ahead, across months and years', () => {
    expect(DEFAULT_REVIEW_DAYS).to.equal(28);
    expect(defaultReviewDate('2025-02-10')).to.equal('2025-03-10');
    expect(defaultReviewDate('2024-02-10')).to.equal('2024-03-09');
    expect(defaultReviewDate('2025-12-20', 14)).to.equal('2026-01-03');
    expect(addDays('2025-03-01', -1)).to.equal('2025-02-28');
    expect(addDays('2025-02-30', 1)).to.equal(undefined);
    expect(addDays('morgen', 1)).to.equal(undefined);
    expect(addDays('2025-01-01', 1.5)).to.equal(undefined);
    expect(defaultReviewDate('')).to.equal(undefined);
  });

  it('counts the review statuses', () => {
    expect(reviewCounts(familyPlan())).to.deep.equal({ done: 1, partly: 1, 'not-yet': 1, 'not-needed': 1 });
    const all = { ...familyPlan(), actions: familyPlan().actions.map((a) => ({ ...a, review: { status: 'done' as const } })) };
    expect(reviewCounts(all)).to.deep.equal({ done: 9, partly: 0, 'not-yet': 0, 'not-needed': 0 });
  });

  it('compares with the latest earlier version: new, done, dropped and moved', () => {
    const previous: PlanValue = {
      ...emptyPlanValue('2025-01-01'),
      actions: [action('x1', [CLIENT], { by: '2025-03-01' }), action('x2', [CLIENT]), action('x3', [CLIENT]), action('x4', [CLIENT], { by: '2025-03-05' }), action('x6', [CLIENT], { review: { status: 'done' } })],
    };
    const current: PlanValue = {
      ...previous,
      actions: [
        action('x1', [CLIENT], { by: '2025-03-08', review: { status: 'done' } }),
        action('x2', [CLIENT], { review: { status: 'not-needed' } }),
        action('x4', [CLIENT], { by: '2025-03-05', review: { status: 'partly' } }),
        action('x5', [CLIENT], { by: '2025-04-01', added: '2025-03-10' }),
        action('x6', [CLIENT], { review: { status: 'done' } }),
        action('x7', [CLIENT]),
      ],
    };
    const older = { ...previous, actions: [] };
    expect(latestVersion([older, previous])).to.equal(previous);
    expect(latestVersion([])).to.equal(undefined);
    const diff = comparePlans(latestVersion([older, previous]), current);
    expect(diff.added.map((a) => a.id)).to.deep.equal(['x5', 'x7']);
    expect(diff.done.map((a) => a.id)).to.deep.equal(['x1']);
    expect(diff.dropped.map((a) => a.id)).to.deep.equal(['x3', 'x2']);
    expect(diff.moved).to.deep.equal([{ action: current.actions[0], from: '2025-03-01', to: '2025-03-08' }]);
    expect(diff.previous).to.equal(previous);
    const undated = comparePlans(current, { ...current, actions: current.actions.map((a) => (a.id === 'x5' ? action('x5', [CLIENT]) : a)) });
    expect(undated.moved).to.deep.equal([{ action: action('x5', [CLIENT]), from: '2025-04-01' }]);
    expect(comparePlans(undefined, current)).to.deep.equal({ added: [], done: [], dropped: [], moved: [] });
  });
});

describe('plan model: edits', () => {
  it('edits texts, strengths and goals without touching the input', () => {
    const plan = emptyPlanValue();
    const frozen = JSON.stringify(plan);
    let next = setText(plan, 'question', 'Werk vinden');
    next = setText(next, 'worries', 'Geld');
    next = setStrength(next, 'own', 'Ik ben volhardend');
    next = setStrength(next, 'around', 'Mijn zus helpt');
    next = addGoal(addGoal(next));
    next = setGoal(next, 1, 'Cv maken');
    expect(next).to.deep.include({ question: 'Werk vinden', worries: 'Geld', strengths: { own: 'Ik ben volhardend', around: 'Mijn zus helpt' }, goals: ['', 'Cv maken'] });
    expect(removeGoal(next, 0).goals).to.deep.equal(['Cv maken']);
    expect(setGoal(next, 5, 'x')).to.equal(next);
    expect(removeGoal(next, -1)).to.equal(next);
    let full = next;
    for (let i = 0; i < 20; i++) full = addGoal(full);
    expect(full.goals).to.have.length(10);
    expect(JSON.stringify(plan)).to.equal(frozen);
  });

  it('adds, changes, moves and removes actions, leaving empty fields out', () => {
    const { plan, id } = addAction(emptyPlanValue(), { what: 'Bellen', who: [CLIENT, CLIENT], by: '', needs: '' });
    expect(plan.actions).to.deep.equal([{ id, what: 'Bellen', who: [CLIENT] }]);
    expect(id).to.match(/^[A-Za-z0-9_.:-]{1,64}$/);
    const second = addAction(plan, { what: 'Mailen', who: [CLIENT], by: '2025-03-01', needs: 'Laptop' });
    expect(second.id).to.not.equal(id);
    let next = updateAction(second.plan, id, { by: '2025-04-01', needs: 'Nummer' });
    expect(next.actions[0]).to.deep.equal({ id, what: 'Bellen', who: [CLIENT], by: '2025-04-01', needs: 'Nummer' });
    next = updateAction(next, id, { by: undefined, needs: '' });
    expect(next.actions[0]).to.deep.equal({ id, what: 'Bellen', who: [CLIENT] });
    expect(updateAction(next, 'nope', { what: 'x' })).to.equal(next);
    const moved = moveAction(next, second.id, -1);
    expect(moved.actions.map((a) => a.id)).to.deep.equal([second.id, id]);
    expect(moveAction(moved, second.id, -1)).to.equal(moved);
    expect(moveAction(moved, id, 1)).to.equal(moved);
    expect(removeAction(moved, id).actions.map((a) => a.id)).to.deep.equal([second.id]);
    const reviewed = setReview(next, id, { status: 'partly', note: '' });
    expect(reviewed.actions[0]!.review).to.deep.equal({ status: 'partly' });
    expect(setReview(reviewed, id, { status: 'done', note: 'Gelukt' }).actions[0]!.review).to.deep.equal({ status: 'done', note: 'Gelukt' });
    expect('review' in setReview(reviewed, id, undefined).actions[0]!).to.equal(false);
    expect(parsePlanValue(reviewed).ok).to.equal(true);
  });

  it('edits the backup agreement and the professional\'s conditions', () => {
    const { plan, id } = addBackup(familyPlan(), { what: 'Mia belt de huisarts', who: ['p-mia', 'p-mia'] });
    expect(plan.backup.at(-1)).to.deep.equal({ id, what: 'Mia belt de huisarts', who: ['p-mia'] });
    expect(updateBackup(plan, id, { who: [CLIENT] }).backup.at(-1)).to.deep.equal({ id, what: 'Mia belt de huisarts', who: [CLIENT] });
    expect(removeBackup(plan, id).backup).to.deep.equal(familyPlan().backup);
    let next = setConditions(plan, { text: 'Elke week contact met de consulent.', by: '' });
    expect(next.conditions).to.deep.equal({ text: 'Elke week contact met de consulent.', answer: '' });
    next = setConditions(next, { by: 'Consulent', answer: 'Akkoord' });
    expect(next.conditions).to.deep.equal({ text: 'Elke week contact met de consulent.', by: 'Consulent', answer: 'Akkoord' });
    expect('conditions' in setConditions(next, undefined)).to.equal(false);
    expect(parsePlanValue(next).ok).to.equal(true);
  });

  it('drops people that nothing names any more', () => {
    const plan = removeBackup(removeAction(removeAction(familyPlan(), 'a9'), 'a6'), 'b2');
    expect(removeUnusedPeople(plan).people.map((p) => p.id)).to.deep.equal(['p-mia', 'p-jan']);
    const kept = familyPlan();
    expect(removeUnusedPeople(kept)).to.equal(kept);
  });

  it('makes ids that fit the schema', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId('action')));
    expect(ids.size).to.equal(500);
    for (const prefix of ['action', '', 'with space', 'ü'.repeat(80), '__proto__', 'x'.repeat(100)]) expect(newId(prefix)).to.match(/^[A-Za-z0-9_.:-]{1,64}$/);
  });
});

describe('plan model: parse', () => {
  keepObjectPrototype();

  it('reads a valid plan, as an object or JSON text, and an empty one', () => {
    expect(parsePlanValue(familyPlan())).to.deep.equal({ ok: true, data: familyPlan() });
    expect(parsePlanValue(JSON.stringify(familyPlan())).ok).to.equal(true);
    expect(emptyPlanValue('2025-02-10')).to.deep.equal({
      schemaVersion: PLAN_SCHEMA_VERSION,
      question: '',
      goals: [],
      strengths: { own: '', around: '' },
      worries: '',
      people: [],
      actions: [],
      backup: [],
      completed: false,
      date: '2025-02-10',
    });
    expect('date' in emptyPlanValue()).to.equal(false);
    expect('date' in emptyPlanValue('morgen')).to.equal(false);
    expect(parsePlanValue(emptyPlanValue()).ok).to.equal(true);
  });

  it('refuses an action or backup step naming a person who does not exist', () => {
    const plan = familyPlan();
    plan.actions[2] = action('a3', ['p-mia', 'ghost']);
    plan.backup[0] = { id: 'b1', what: 'x', who: ['nobody'] };
    const parsed = parsePlanValue(plan);
    expect(!parsed.ok && parsed.code).to.equal('invalid-value');
    expect(!parsed.ok && parsed.issues).to.deep.equal([
      { path: 'actions[2].who[1]', code: 'unknown_person', message: 'No person "ghost" in the plan.', params: { id: 'ghost' } },
      { path: 'backup[0].who[0]', code: 'unknown_person', message: 'No person "nobody" in the plan.', params: { id: 'nobody' } },
    ]);
  });

  it('refuses ids listed twice and a doer listed twice for one action', () => {
    const plan = familyPlan();
    plan.people.push({ id: 'p-mia', label: 'Mia 2', role: 'network' });
    plan.actions.push(action('a1', [CLIENT]), action('a10', ['p-jan', 'p-jan']));
    plan.backup.push({ id: 'b2', what: 'x', who: [CLIENT] });
    const parsed = parsePlanValue(plan);
    expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code])).to.deep.equal([
      ['people[4].id', 'duplicate_id'],
      ['actions[9].id', 'duplicate_id'],
      ['backup[2].id', 'duplicate_id'],
      ['actions[10].who[1]', 'duplicate_id'],
    ]);
  });

  it('refuses days that are not days of the calendar', () => {
    for (const day of ['2025-02-30', '2025-13-01', 'morgen', '2025-2-3', '2023-02-29', '']) {
      for (const [field, plan] of [
        ['actions[0].by', { ...familyPlan(), actions: [action('a', [CLIENT], { by: day })] }],
        ['reviewDate', { ...familyPlan(), reviewDate: day }],
        ['date', { ...familyPlan(), date: day }],
      ] as const) {
        const parsed = parsePlanValue(plan);
        expect(!parsed.ok && parsed.code, `${field} ${day}`).to.equal('invalid-value');
        expect(!parsed.ok && parsed.issues[0]!.path, `${field} ${day}`).to.equal(field);
      }
    }
    expect(parsePlanValue({ ...familyPlan(), reviewDate: '2024-02-29' }).ok).to.equal(true);
    const parsed = parsePlanValue({ ...familyPlan(), reviewDate: '2025-02-30' });
    expect(!parsed.ok && parsed.issues[0]!.code).to.equal('invalid_day');
  });

  it('refuses a plan from a newer version, and reads one without a version as the first', () => {
    const future = parsePlanValue({ ...familyPlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(!future.ok && future.code).to.equal('unsupported-version');
    const { schemaVersion: _v, ...unversioned } = familyPlan();
    expect(parsePlanValue(unversioned).ok).to.equal(true);
    for (const schemaVersion of [0, '1', 1.5, null]) expect(parsePlanValue({ ...familyPlan(), schemaVersion }).ok, JSON.stringify(schemaVersion)).to.equal(false);
    const bad = parsePlanValue('{');
    expect(!bad.ok && bad.code).to.equal('invalid-json');
  });

  it('refuses __proto__ keys anywhere, and ids named like built-in members or the client', () => {
    const text = JSON.stringify(familyPlan()).replace('"question":', '"__proto__":{"polluted":1},"question":');
    const parsed = parsePlanValue(text);
    expect(!parsed.ok && parsed.code).to.equal('invalid-value');
    expect(!parsed.ok && parsed.issues[0]).to.deep.include({ path: '__proto__', code: 'forbidden_key' });
    const nested = parsePlanValue(JSON.stringify(familyPlan()).replace('"what":"Actie a1"', '"what":"Actie a1","__proto__":{}'));
    expect(!nested.ok && nested.issues[0]!.path).to.equal('actions[0].__proto__');
    for (const id of [...BUILT_IN_NAMES.filter((n) => n !== '__proto__'), CLIENT]) {
      const plan = { ...familyPlan(), people: [{ id, label: 'X', role: 'network' as const }], actions: [action('a', [id])], backup: [] };
      const refused = parsePlanValue(JSON.stringify(plan));
      expect(!refused.ok && refused.issues.map((i) => [i.path, i.code]), id).to.deep.include(['people[0].id', 'reserved_id']);
    }
    const history = parsePlanHistory(`[${text}]`);
    expect(!history.ok && history.code).to.equal('invalid-history');
  });

  it('refuses over-long texts and too many of anything', () => {
    const cases: [string, PlanValue][] = [
      ['question', { ...familyPlan(), question: 'x'.repeat(MAX_SHORT_TEXT + 1) }],
      ['goals[0]', { ...familyPlan(), goals: ['x'.repeat(MAX_SHORT_TEXT + 1)] }],
      ['strengths.own', { ...familyPlan(), strengths: { own: 'x'.repeat(MAX_LONG_TEXT + 1), around: '' } }],
      ['worries', { ...familyPlan(), worries: 'x'.repeat(MAX_LONG_TEXT + 1) }],
      ['people[0].label', { ...familyPlan(), people: [{ ...people[0]!, label: 'x'.repeat(MAX_NAME + 1) }, ...people.slice(1)] }],
      ['actions[0].what', { ...familyPlan(), actions: [action('a', [CLIENT], { what: 'x'.repeat(MAX_SHORT_TEXT + 1) })] }],
      ['actions[0].needs', { ...familyPlan(), actions: [action('a', [CLIENT], { needs: 'x'.repeat(MAX_SHORT_TEXT + 1) })] }],
      ['actions[0].review.note', { ...familyPlan(), actions: [action('a', [CLIENT], { review: { status: 'done', note: 'x'.repeat(MAX_SHORT_TEXT + 1) } })] }],
      ['backup[0].what', { ...familyPlan(), backup: [{ id: 'b', what: 'x'.repeat(MAX_SHORT_TEXT + 1), who: [CLIENT] }] }],
      ['conditions.text', { ...familyPlan(), conditions: { text: 'x'.repeat(MAX_LONG_TEXT + 1), answer: '' } }],
      ['conditions.answer', { ...familyPlan(), conditions: { text: '', answer: 'x'.repeat(MAX_LONG_TEXT + 1) } }],
      ['goals', { ...familyPlan(), goals: Array.from({ length: 11 }, () => 'x') }],
      ['actions[0].who', { ...familyPlan(), actions: [action('a', [])] }],
    ];
    for (const [path, plan] of cases) {
      const parsed = parsePlanValue(plan);
      expect(!parsed.ok && parsed.code, path).to.equal('invalid-value');
      expect(!parsed.ok && parsed.issues[0]!.path, path).to.equal(path);
    }
  });

  it('reads earlier versions as history, and unset as none', () => {
    expect(parsePlanHistory(undefined)).to.deep.equal({ ok: true, data: [] });
    expect(parsePlanHistory(JSON.stringify([emptyPlanValue(), familyPlan()])).ok).to.equal(true);
    const bad = parsePlanHistory([familyPlan(), { ...familyPlan(), actions: [action('a', ['ghost'])] }]);
    expect(!bad.ok && bad.code).to.equal('invalid-history');
    expect(!bad.ok && bad.issues[0]!.path).to.equal('[1].actions[0].who[0]');
    expect(parsePlanHistory({}).ok).to.equal(false);
  });

  it('reads the network circle, ignoring the fields it does not use', () => {
    const value = {
      schemaVersion: 1,
      completed: true,
      date: '2025-01-01',
      people: circle.people.map((p) => ({ ...p, ring: 'close', gives: ['emotional'], receives: [], note: 'x' })),
    };
    expect(parseCircle(value)).to.deep.equal({ ok: true, data: circle });
    expect(parseCircle(JSON.stringify(value))).to.deep.equal({ ok: true, data: circle });
    expect(parseCircle({ people: [{ id: CLIENT, label: 'Client', sector: 'family' }] }).ok).to.equal(true);
  });

  it('refuses a circle it cannot read, on paths under network', () => {
    const refused = (input: unknown) => {
      const parsed = parseCircle(input);
      expect(parsed.ok, JSON.stringify(input)).to.equal(false);
      return parsed.ok ? undefined : parsed;
    };
    expect(refused({ people: [{ id: 'a', label: 'A', sector: 'family', mayContact: 'maybe' }] })).to.deep.include({ code: 'invalid-config' });
    expect(refused({ people: [{ id: 'a', label: 'A', sector: 'family', mayContact: 'maybe' }] })!.issues[0]!.path).to.equal('network.people[0].mayContact');
    expect(refused({ people: [{ id: 'a', label: '', sector: 'family' }] })!.issues[0]!.path).to.equal('network.people[0].label');
    expect(refused({ people: [{ id: 'a', label: 'A', sector: 'f' }, { id: 'a', label: 'B', sector: 'f' }] })!.issues[0]).to.deep.include({ path: 'network.people[1].id', code: 'duplicate_id' });
    expect(refused({ people: [{ id: 'constructor', label: 'A', sector: 'f' }] })!.issues[0]).to.deep.include({ path: 'network.people[0].id', code: 'reserved_id' });
    expect(refused('{"people":[{"id":"a","label":"A","sector":"f","__proto__":{"polluted":1}}]}')!.issues[0]).to.deep.include({ path: 'network.people[0].__proto__', code: 'forbidden_key' });
    expect(refused(null)!.issues[0]!.path).to.equal('network');
    expect(refused([])!.code).to.equal('invalid-config');
    expect(refused('{')!.code).to.equal('invalid-json');
  });

  it('names every schema the build writes, and the events validate', () => {
    expect(Object.keys(planSchemas)).to.deep.equal(['plan-value', 'plan-history', 'plan-result', 'plan-change-event', 'plan-complete-event', 'plan-error-event', 'plan-person-event']);
    const plan = familyPlan();
    expect(planSchemas['plan-change-event'].safeParse({ widget: 'plan', schemaVersion: 1, value: plan }).success).to.equal(true);
    expect(planSchemas['plan-complete-event'].safeParse({ widget: 'plan', schemaVersion: 1, value: plan, result: planResult(plan) }).success).to.equal(true);
    expect(planSchemas['plan-history'].safeParse([plan]).success).to.equal(true);
  });
});

/** Text with markup of every kind a Markdown viewer or a browser would act on. */
const HOSTILE = '<script>alert(1)</script> **vet** _schuin_\n# kop\n[klik](javascript:alert(1)) ![b](x.png) <b>x</b> &amp;\n---\n1. lijst\n> citaat\n    code\n```\n| a | b |\n===\nhttps://voorbeeld.be www.voorbeeld.be a@b.be';

describe('plan model: Markdown', () => {
  const hostilePlan = (): PlanValue => ({
    ...familyPlan(),
    question: HOSTILE,
    goals: [HOSTILE, 'Gewoon doel'],
    strengths: { own: HOSTILE, around: HOSTILE },
    worries: HOSTILE,
    people: people.map((p) => ({ ...p, label: `# ${p.label} <i>` })),
    actions: familyPlan().actions.map((a) => ({ ...a, what: HOSTILE, ...(a.needs ? { needs: HOSTILE } : {}), ...(a.review ? { review: { ...a.review, note: HOSTILE } } : {}) })),
    backup: familyPlan().backup.map((b) => ({ ...b, what: HOSTILE })),
    conditions: { text: HOSTILE, by: '# <b>Consulent</b>', answer: HOSTILE },
  });
  const headings = (markdown: string) => markdown.split('\n').filter((line) => /^\s*#/.test(line));

  it('writes every part under its heading, with who, by when, what is needed and the review', () => {
    const markdown = planToMarkdown(familyPlan(), mdLabels);
    expect(headings(markdown)).to.deep.equal([
      '# Mijn plan',
      '## Wat ik wil',
      '## Kleinere doelen',
      '## Wat goed gaat bij mij',
      '## Wat goed gaat rond mij',
      '## Waar ik me zorgen over maak',
      '## Acties',
      '## Als het anders loopt',
      '## We bekijken het plan opnieuw op',
    ]);
    expect(markdown).to.contain('- Actie a1\n  - Wie: ik\n  - Tegen wanneer: 2025-03-10\n  - Wat is nodig: Een boodschappenlijst\n');
    expect(markdown).to.contain('- Actie a3\n  - Wie: Mia, ik\n');
    expect(markdown).to.contain('- Actie a5\n  - Wie: Mia\n  - Opvolging: deels — Halfweg\n');
    expect(markdown).to.contain('## Kleinere doelen\n\n_—_\n');
    expect(markdown).to.contain('## We bekijken het plan opnieuw op\n\n2025-03-10\n');
    const dated = planToMarkdown(familyPlan(), { ...mdLabels, date: (day) => day.split('-').reverse().join('/') });
    expect(dated).to.contain('## We bekijken het plan opnieuw op\n\n10/03/2025\n');
  });

  it('puts the professional\'s conditions apart, with the client\'s answer', () => {
    const plan = setConditions(familyPlan(), { text: 'Elke week contact.', by: 'Consulent', answer: 'Akkoord.' });
    const markdown = planToMarkdown(plan, mdLabels);
    expect(markdown).to.contain('## Voorwaarden van de hulpverlener\n\nGeschreven door: Consulent\n\nElke week contact.\n\n### Mijn antwoord\n\nAkkoord.\n');
    expect(markdown.indexOf('## Voorwaarden')).to.be.greaterThan(markdown.indexOf('## Als het anders loopt'));
  });

  it('gives a participant their own actions first under their own heading', () => {
    const markdown = planToMarkdown(familyPlan(), mdLabels, { for: 'p-jan' });
    const own = markdown.indexOf('## Kopie voor Jan');
    const rest = markdown.indexOf('## Acties');
    expect(own).to.be.greaterThan(-1);
    expect(own).to.be.lessThan(rest);
    const mine = markdown.slice(own, rest);
    expect(mine).to.contain('- Actie a7').and.to.contain('- Actie a8').and.to.contain('### Als het anders loopt\n\n- Als Mia ziek is, belt Jan.');
    expect(mine).to.not.contain('Actie a1');
    expect(markdown.slice(rest)).to.contain('Actie a1').and.to.not.contain('Actie a7').and.to.not.contain('Als Mia ziek is');
    expect(planToMarkdown(familyPlan(), mdLabels, { for: CLIENT })).to.contain('## Kopie voor ik');
    expect(planToMarkdown(familyPlan(), mdLabels, { for: 'ghost' })).to.equal(planToMarkdown(familyPlan(), mdLabels));
  });

  it('keeps markup in every text as text', () => {
    const markdown = planToMarkdown(hostilePlan(), mdLabels, { for: 'p-mia' });
    expect(markdown).to.not.match(/<|>/);
    expect(markdown).to.contain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(markdown).to.not.contain('](');
    expect(markdown).to.not.contain('javascript:alert(');
    expect(markdown).to.not.match(/(?<!\\)[*`|~[\]!]/);
    expect(markdown).to.not.match(/(?<!\\)_(?!—_)(?<!_—)/);
    expect(markdown).to.not.match(/https?:\/\/|www\.|\w@\w/);
    const lines = markdown.split('\n');
    // Only the writer's own headings start with `#`; `# kop` from the user is escaped.
    expect(headings(markdown).every((line) => /^#{1,3} (Mijn plan|Wat ik|Kleinere|Wat goed|Waar ik|Acties|Als het|Voorwaarden|Mijn antwoord|We bekijken|Kopie voor)/.test(line))).to.equal(true);
    expect(markdown).to.contain('## Kopie voor \\# Mia &lt;i&gt;');
    for (const line of lines) expect(line.trim(), line).to.not.match(/^(-{3,}|={3,}|>|\d+\.|`{3}|\|)/);
    // Indentation in the user's text is kept as entities, so it never makes a code block.
    expect(markdown).to.contain('&#32;&#32;&#32;&#32;code');
    // The escaped text reads back as the original.
    const question = markdown.split('## Wat ik wil\n\n')[1]!.split('\n\n## ')[0]!;
    expect(unescapeMarkdown(question)).to.equal(HOSTILE);
  });

  it('keeps markup in the labels as text too', () => {
    const markdown = planToMarkdown(familyPlan(), { ...mdLabels, title: '<b>Plan</b>', client: '**ik**', status: () => '# x' });
    expect(markdown).to.contain('# &lt;b&gt;Plan&lt;/b&gt;');
    expect(markdown).to.contain('Wie: \\*\\*ik\\*\\*');
    expect(markdown).to.contain('Opvolging: \\# x');
  });
});

describe('plan model: iCalendar', () => {
  const now = new Date(Date.UTC(2025, 1, 10, 9, 5, 7));
  const options = { now, uid: 'plan-1', doerLabel: (id: string) => doerLabel(familyPlan(), id, 'ik') };
  const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1).map((event) => event.split('END:VEVENT')[0]!.split('\r\n').filter(Boolean));
  const field = (event: string[], name: string) => event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

  it('writes a calendar with CRLF line ends only', () => {
    const ics = planToICalendar(familyPlan(), calLabels, options);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 5)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//goesting//plan//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).to.equal(lines.filter((l) => l === 'END:VEVENT').length);
  });

  it('has one all-day event for the review and one per open action with a date', () => {
    const ics = planToICalendar(familyPlan(), calLabels, options);
    const all = events(ics);
    // Open and dated: a1, a2, a6. Done a4 and not needed a7 are left out, and so are undated actions.
    expect(all.map((e) => field(e, 'UID'))).to.deep.equal(['UID:plan-1-review@goesting', 'UID:plan-1-a1@goesting', 'UID:plan-1-a2@goesting', 'UID:plan-1-a6@goesting']);
    expect(all.map((e) => [field(e, 'DTSTART'), field(e, 'DTEND')])).to.deep.equal([
      ['DTSTART;VALUE=DATE:20250310', 'DTEND;VALUE=DATE:20250311'],
      ['DTSTART;VALUE=DATE:20250310', 'DTEND;VALUE=DATE:20250311'],
      ['DTSTART;VALUE=DATE:20250228', 'DTEND;VALUE=DATE:20250301'],
      ['DTSTART;VALUE=DATE:20251231', 'DTEND;VALUE=DATE:20260101'],
    ]);
    for (const event of all) expect(field(event, 'DTSTAMP')).to.equal('DTSTAMP:20250210T090507Z');
    expect(field(all[0]!, 'SUMMARY')).to.equal('SUMMARY:Plan opnieuw bekijken');
    expect(field(all[1]!, 'SUMMARY')).to.equal('SUMMARY:Actie a1 (ik)');
    expect(field(all[1]!, 'DESCRIPTION')).to.equal('DESCRIPTION:Een boodschappenlijst');
    expect(field(all[2]!, 'DESCRIPTION')).to.equal(undefined);
    expect(field(all[3]!, 'SUMMARY')).to.equal('SUMMARY:Actie a6 (CAW\\, ik)');
    // Without a review date or dated open actions, the calendar has no events.
    expect(events(planToICalendar(emptyPlanValue(), calLabels, options))).to.deep.equal([]);
    // The same plan gives the same UIDs without a uid too.
    const again = (plan: PlanValue) => events(planToICalendar(plan, calLabels, { ...options, uid: undefined })).map((e) => field(e, 'UID'));
    expect(again(familyPlan())).to.deep.equal(again(familyPlan()));
    expect(again(familyPlan())[0]).to.match(/^UID:plan-[0-9a-z]+-review@goesting$/);
  });

  it('escapes ; , \\ and line breaks in text, and unfolding restores it', () => {
    expect(escapeText('a;b,c\\d\ne\r\nf\rg')).to.equal('a\\;b\\,c\\\\d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0000\u0007\u001b')).to.equal('tab\there');
    const what = 'Bel; mail, of schrijf\\ een brief\nmet "aanhalingstekens": ok';
    const plan = { ...familyPlan(), actions: [action('a', [CLIENT], { what, by: '2025-03-03', needs: `${'lang '.repeat(40)}\nnieuwe regel` })] };
    const ics = planToICalendar(plan, calLabels, options);
    const [, event] = events(ics);
    // A title is one line; the description keeps its line breaks.
    expect(unescapeText(field(event!, 'SUMMARY')!.slice('SUMMARY:'.length))).to.equal(`${what.replace('\n', ' ')} (ik)`);
    expect(unescapeText(field(event!, 'DESCRIPTION')!.slice('DESCRIPTION:'.length))).to.equal(`${'lang '.repeat(40)}\nnieuwe regel`);
  });

  it('folds every line at 75 octets, continuation lines starting with one space', () => {
    const long = { ...familyPlan(), question: 'Vraag '.repeat(80), actions: [action('a', [CLIENT], { what: 'x'.repeat(300), by: '2025-03-03', needs: 'é'.repeat(200) })] };
    const ics = planToICalendar(long, calLabels, options);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(unfold(ics)).to.contain(`DESCRIPTION:${'é'.repeat(200)}`);
  });

  it('folds multibyte text without splitting a character', () => {
    const text = `SUMMARY:${'é'.repeat(50)}${'😀'.repeat(40)}${'漢'.repeat(60)}a${'👩‍👩‍👧'.repeat(10)}`;
    const folded = foldLine(text);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(5);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [i, line] of lines.entries()) {
      expect(octets(line)).to.be.at.most(75);
      if (i < lines.length - 1) expect(octets(line)).to.be.at.least(72);
      expect(loneSurrogate.test(line), line).to.equal(false);
      expect(decoder.decode(encoder.encode(line))).to.equal(line);
      if (i > 0) expect(line[0]).to.equal(' ');
    }
    expect(unfold(folded)).to.equal(text);
    expect(foldLine('short')).to.equal('short');
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('folds and unfolds any text, every line at most 75 octets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (binary, graphemes) => {
        for (const text of [binary, graphemes]) {
          const line = `DESCRIPTION:${escapeText(text)}`;
          const folded = foldLine(line);
          if (unfold(folded) !== line) return false;
          if (folded.split('\r\n').some((part) => octets(part) > 75 || loneSurrogate.test(part))) return false;
          if (unescapeText(escapeText(text)) !== text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, (c) => (c === '\n' ? c : ''))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('writes a valid stamp even for a clock that is not a date', () => {
    const ics = planToICalendar(familyPlan(), calLabels, { ...options, now: new Date(Number.NaN) });
    expect(ics).to.match(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});
