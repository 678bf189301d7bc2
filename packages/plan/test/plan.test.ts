import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '@goesting/core/define-provider.js';
import { isoDay } from '@goesting/core/model';
import { changeEventSchema, completeEventSchema, emptyPlanValue, errorEventSchema, personEventSchema, type GoestingPlan, type PlanValue } from '../src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';
import { catchDownloads, expectRefused, failOnPageErrors, quietly, record } from '../../core/test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

const mount = (template = html`<goesting-plan lang="nl-BE"></goesting-plan>`) => fixture<GoestingPlan>(template);

async function type(el: GoestingPlan, selector: string, value: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses Tab until the focused control in the plan matches. */
async function tabTo(el: GoestingPlan, matches: (focused: HTMLElement) => boolean, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && matches(focused)) return focused;
  }
  throw new Error('not reached by Tab');
}

const addDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days));
};

/** A network circle's value, as `<goesting-network-circle>` gives it. */
const circle = {
  schemaVersion: 1,
  completed: true,
  people: [
    { id: 'p-oma', label: 'Oma', sector: 'family', ring: 'very-close', gives: ['practical'], receives: [], canHelp: true, helpWith: 'koken', mayContact: 'yes' },
    { id: 'p-tom', label: 'Tom', sector: 'friends', ring: 'close', gives: [], receives: [], mayContact: 'ask' },
    { id: 'p-bo', label: 'Buurvrouw Bo', sector: 'community', ring: 'further', gives: [], receives: [], canHelp: true, mayContact: 'ask' },
    { id: 'p-ex', label: 'Ex', sector: 'family', ring: 'further', gives: [], receives: [], mayContact: 'no' },
    { id: 'p-ocmw', label: 'OCMW', sector: 'professionals', ring: 'further', gives: ['advice'], receives: [] },
  ],
};

/** A family plan: the client, Oma from the circle and a professional, four actions. */
function familyPlan(overrides: Partial<PlanValue> = {}): PlanValue {
  return {
    ...emptyPlanValue('2026-11-02'),
    question: 'Ik wil weer zelf mijn geld regelen.',
    goals: ['Een overzicht van mijn rekeningen'],
    strengths: { own: 'Ik hou vol.', around: 'Oma helpt graag.' },
    worries: '',
    people: [
      { id: 'oma', label: 'Oma', role: 'network', circle: 'p-oma' },
      { id: 'ocmw', label: 'OCMW', role: 'professional', circle: 'p-ocmw' },
    ],
    actions: [
      { id: 'a1', what: 'Rekeningen sorteren', who: ['client', 'oma'], by: '2026-11-10' },
      { id: 'a2', what: 'Afspraak bij het OCMW', who: ['ocmw'], by: '2026-11-20', needs: 'Mijn identiteitskaart' },
      { id: 'a3', what: 'Soep koken op maandag', who: ['oma'] },
      { id: 'a4', what: 'Budget opmaken', who: ['client'], by: '2026-11-25' },
    ],
    backup: [{ id: 'b1', what: 'Ik bel Oma als het niet lukt.', who: ['client'] }],
    reviewDate: '2026-11-30',
    ...overrides,
  };
}

describe('<goesting-plan> writing a plan', () => {
  failOnPageErrors();

  it('starts empty, accessible, with the review four weeks ahead', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(text($(el, 'h2'))).to.equal('Mijn plan');
    expect($$(el, 'h3').map(text)).to.include.members(['Wat ik wil', 'Wat al goed gaat', 'Wie doet wat', 'Als het anders loopt', 'Voorwaarden van de hulpverlener', 'Terugkijken']);
    expect(text($(el, '.empty-note'))).to.equal('Er staan nog geen acties in het plan.');
    expect($<HTMLInputElement>(el, '#review-date')!.value).to.equal(addDays(isoDay(), 28));
    expect(el.value.actions).to.deep.equal([]);
  });

  it('takes another review period and refuses one that is not a whole number of days', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" review-days="14"></goesting-plan>`);
    expect($<HTMLInputElement>(el, '#review-date')!.value).to.equal(addDays(isoDay(), 14));
    const detail = await expectRefused(el, 'invalid-config', () => el.setAttribute('review-days', 'vier weken'), errorEventSchema);
    expect(detail.issues[0]).to.deep.include({ path: 'reviewDays' });
    expect(el.reviewDays).to.equal(14);
  });

  it('writes the main question, goals and strengths in the client\'s own words, and sends each edit', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    await type(el, '#question', 'Ik wil terug gaan werken.');
    button(el, 'Doel toevoegen')!.click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('goal-0');
    await type(el, '#goal-0', 'Een cv maken');
    await type(el, '#strengths-own', 'Ik ben handig.');
    await type(el, '#strengths-around', 'Mijn zus denkt mee.');
    expect(el.value).to.deep.include({ question: 'Ik wil terug gaan werken.', goals: ['Een cv maken'], strengths: { own: 'Ik ben handig.', around: 'Mijn zus denkt mee.' } });
    expect(changes.length).to.equal(5);
    for (const change of changes) expect(changeEventSchema.safeParse(change.detail).success).to.equal(true);
  });

  it('keeps a text that is too long on screen, out of the plan, and will not finish until it is shorter', async () => {
    const el = await mount();
    const long = 'x'.repeat(501);
    await type(el, '#question', long);
    expect($<HTMLTextAreaElement>(el, '#question')!.value).to.equal(long);
    expect($(el, '#question')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#question-count'))).to.contain('Te lang: 501 van 500 tekens');
    expect(el.value.question).to.equal('');
    const completes = record(el, 'goesting-complete');
    button(el, 'Plan afronden')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(completes).to.have.length(0);
    expect(active(el)?.id).to.equal('question');
    await type(el, '#question', 'Korter.');
    expect(el.value.question).to.equal('Korter.');
  });

  it('adds, edits, moves and removes actions, with focus kept on the action', async () => {
    const el = await mount();
    button(el, 'Actie toevoegen')!.click();
    await el.updateComplete;
    const first = el.value.actions[0]!;
    expect(first.who).to.deep.equal(['client']);
    expect(active(el)?.id).to.equal(`action-${first.id}-what`);
    await type(el, `#action-${first.id}-what`, 'Brief naar de huisbaas');
    button(el, 'Actie toevoegen')!.click();
    await el.updateComplete;
    const second = el.value.actions[1]!;
    await type(el, `#action-${second.id}-what`, 'Huurpremie aanvragen');
    const by = $<HTMLInputElement>(el, `#action-${second.id}-by`)!;
    by.value = '2026-12-24';
    by.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.actions[1]).to.deep.include({ what: 'Huurpremie aanvragen', by: '2026-12-24' });
    button(el, 'Actie 2 hoger zetten')!.click();
    await el.updateComplete;
    expect(el.value.actions.map((a) => a.what)).to.deep.equal(['Huurpremie aanvragen', 'Brief naar de huisbaas']);
    expect(active(el)).to.equal($(el, `[data-action="${second.id}"] .row-buttons button:nth-child(2)`));
    button(el, 'Actie 1 weghalen')!.click();
    await el.updateComplete;
    expect(el.value.actions.map((a) => a.what)).to.deep.equal(['Brief naar de huisbaas']);
    expect(active(el)).to.equal($(el, `[data-action="${first.id}"] .disclosure`));
    await expect(el).to.be.accessible();
  });

  it('shows the top and the first actions of a long plan in its first frame, then the rest, and never makes an edit wait', async () => {
    const long = familyPlan({ actions: Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, what: `Actie ${i + 1}`, who: ['client'] })) });
    const el = document.createElement('goesting-plan') as GoestingPlan;
    el.setAttribute('lang', 'nl-BE');
    el.value = long;
    document.body.append(el);
    const lines = () => $$(el, '.action-list > li').length;
    const firstFrame = new Promise<[number, boolean, boolean]>((resolve) => requestAnimationFrame(() => resolve([lines(), !!$(el, '#question'), !!button(el, 'Plan afronden')])));
    await el.updateComplete;
    // The question at the top and 10 actions; what follows the actions comes with the last of them.
    expect(await firstFrame).to.deep.equal([10, true, false]);
    expect(lines()).to.equal(60);
    expect(button(el, 'Plan afronden')).to.exist;
    expect(text($(el, '.action-list > li:last-child .what'))).to.equal('Actie 60');
    // A new plan starts over; an action added before the rest arrived goes at the end, with all lines in place.
    el.value = { ...long, question: 'Een nieuwe vraag' };
    await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
    expect(lines()).to.equal(10);
    button(el, 'Actie toevoegen')!.click();
    await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
    expect(lines()).to.equal(61);
    await el.updateComplete;
    expect(active(el)?.id).to.equal(`action-${el.value.actions[60]!.id}-what`);
    el.remove();
  });

  it('completes a plan with three actions and a review with the keyboard alone', async () => {
    const el = await mount();
    const completes = record(el, 'goesting-complete');
    await tabTo(el, (f) => f.id === 'question');
    await sendKeys({ type: 'Ik wil rust in huis.' });
    for (const what of ['Kamer opruimen', 'Tom vragen om te helpen', 'Afspraak maken']) {
      await tabTo(el, (f) => f.id === 'add-action');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active(el)?.id).to.match(/^action-.+-what$/);
      await sendKeys({ type: what });
    }
    // Tom is someone new: typed in, added with Enter, and chosen as the doer of the third action.
    const third = el.value.actions[2]!;
    await tabTo(el, (f) => f.id === `actions:${third.id}-new-name`);
    await sendKeys({ type: 'Tom' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.actions[2]!.who).to.have.length(2);
    expect(el.value.people.map((p) => p.label)).to.deep.equal(['Tom']);
    await tabTo(el, (f) => text(f) === 'Plan afronden');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(completes).to.have.length(1);
    expect(completeEventSchema.safeParse(completes[0]!.detail).success).to.equal(true);
    expect(el.value.actions.map((a) => a.what)).to.deep.equal(['Kamer opruimen', 'Tom vragen om te helpen', 'Afspraak maken']);

    // Four weeks later: the review, by keyboard too.
    el.mode = 'review';
    await el.updateComplete;
    await tabTo(el, (f) => f instanceof HTMLInputElement && f.name === `status-${el.value.actions[0]!.id}`);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.actions[0]!.review).to.deep.equal({ status: 'done' });
    await tabTo(el, (f) => f instanceof HTMLInputElement && f.name === `status-${el.value.actions[1]!.id}`);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value.actions[1]!.review?.status).to.equal('partly');
    await tabTo(el, (f) => f.id === `review-${el.value.actions[1]!.id}-note`);
    await sendKeys({ type: 'Half gedaan' });
    await tabTo(el, (f) => f.id === 'add-action');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Nieuwe afspraak' });
    expect(el.value.actions[3]).to.deep.include({ what: 'Nieuwe afspraak', added: isoDay() });
    await tabTo(el, (f) => text(f) === 'Plan afronden');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(completes).to.have.length(2);
    const result = completes[1]!.detail.result;
    expect(result.statuses).to.deep.equal({ done: 1, partly: 1, 'not-yet': 0, 'not-needed': 0 });
    expect(completes[1]!.detail.value.reviewed).to.equal(isoDay());
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-plan> people from the network circle', () => {
  failOnPageErrors();

  it('offers the circle\'s people by label, helpers first, never those who may not be contacted, and marks "ask first"', async () => {
    const el = await mount();
    el.network = circle;
    button(el, 'Actie toevoegen')!.click();
    await el.updateComplete;
    const groups = $$(el, '.who .people-group').map((g) => ({ title: g.getAttribute('aria-label'), people: [...g.querySelectorAll('label')].map((l) => text(l)) }));
    expect(groups).to.deep.equal([
      { title: 'Kan helpen met mijn plan', people: ['Buurvrouw Bo (eerst vragen)', 'Oma kan helpen met: koken'] },
      { title: 'Uit mijn netwerk', people: ['OCMW (een hulpverlener of dienst)', 'Tom (eerst vragen)'] },
    ]);
    expect(text($(el, '.who'))).not.to.contain('Ex');
    await expect(el).to.be.accessible();
  });

  it('makes a chosen circle person a person of the plan, linked to the circle, and as professional when the circle says so', async () => {
    const el = await mount();
    el.network = circle;
    button(el, 'Actie toevoegen')!.click();
    await el.updateComplete;
    const pick = async (label: string) => {
      const box = $$(el, '.who label').find((l) => text(l).startsWith(label))!.querySelector('input')!;
      box.click();
      await el.updateComplete;
    };
    await pick('Oma');
    await pick('OCMW');
    expect(el.value.people).to.deep.equal([
      { id: el.value.people[0]!.id, label: 'Oma', role: 'network', circle: 'p-oma' },
      { id: el.value.people[1]!.id, label: 'OCMW', role: 'professional', circle: 'p-ocmw' },
    ]);
    expect(el.value.actions[0]!.who).to.deep.equal(['client', ...el.value.people.map((p) => p.id)]);
    // Someone to ask first stays marked once in the plan, in the list and on the action's line.
    await pick('Tom');
    expect(text($$(el, '.who .people-group')[0]!.querySelectorAll('label')[2]!)).to.equal('Tom (iemand uit mijn netwerk) (eerst vragen)');
    expect(text($(el, '.action .summary'))).to.contain('Ik, Oma, OCMW en Tom (eerst vragen)');
    expect($$(el, '.who .people-group')[0]!.getAttribute('aria-label')).to.equal('In het plan');
  });

  it('says when someone in the plan left the circle or may no longer be contacted, and hands a new name to the host', async () => {
    const el = await mount();
    const handed = record(el, 'goesting-person');
    el.network = { ...circle, people: circle.people.filter((p) => p.id !== 'p-oma').map((p) => (p.id === 'p-ocmw' ? { ...p, mayContact: 'no' } : p)) };
    el.value = familyPlan({ people: [...familyPlan().people, { id: 'zus', label: 'Zus', role: 'network' }], actions: [...familyPlan().actions, { id: 'a5', what: 'Meegaan', who: ['zus'] }] });
    await el.updateComplete;
    const notes = $$(el, '.balance .note').map(text);
    expect(notes).to.include('Oma staat niet meer in je netwerkcirkel.');
    expect(notes).to.include('OCMW mag niet meer gecontacteerd worden. Bespreek wie deze acties overneemt.');
    expect(notes.some((n) => n.startsWith('Zus staat nog niet in je netwerkcirkel.'))).to.equal(true);
    // Nothing the client wrote is lost: Oma's actions keep her name.
    expect(text($(el, '[data-action="a3"] .summary'))).to.contain('Oma');
    button(el, 'Zus toevoegen aan de netwerkcirkel')!.click();
    expect(handed).to.have.length(1);
    expect(handed[0]!.detail).to.deep.equal({ widget: 'plan', schemaVersion: 1, person: { id: 'zus', label: 'Zus', role: 'network' } });
    expect(personEventSchema.safeParse(handed[0]!.detail).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('counts the people of the sectors the host names as professionals, and refuses a list that is not one', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" formal-sectors="professionals community"></goesting-plan>`);
    el.network = circle;
    button(el, 'Actie toevoegen')!.click();
    await el.updateComplete;
    const bo = $$(el, '.who label').find((l) => text(l).startsWith('Buurvrouw Bo'))!;
    expect(text(bo)).to.contain('(een hulpverlener of dienst)');
    bo.querySelector('input')!.click();
    await el.updateComplete;
    expect(el.value.people[0]).to.deep.include({ label: 'Buurvrouw Bo', role: 'professional' });
    const detail = await expectRefused(el, 'invalid-config', () => el.setAttribute('formal-sectors', 'a;b'), errorEventSchema);
    expect(detail.issues[0]).to.deep.include({ path: 'formalSectors' });
    expect(el.formalSectors).to.deep.equal(['professionals', 'community']);
  });

  it('refuses a network that is not a circle and keeps the plan', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    await expectRefused(el, 'invalid-config', () => (el.network = { people: [{ id: 'x' }] } as never), errorEventSchema);
  });
});

describe('<goesting-plan> action lines kept between renders', () => {
  failOnPageErrors();

  it('shows a change of texts, language or a person\'s name on every action line', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    const line = () => text($(el, '[data-action="a1"] .summary'));
    expect(line()).to.contain('Ik en Oma');
    el.strings = { me: 'Ikzelf' };
    await el.updateComplete;
    expect(line()).to.contain('Ikzelf en Oma');
    el.value = { ...el.value, people: el.value.people.map((p) => (p.id === 'oma' ? { ...p, label: 'Bomma' } : p)) };
    await el.updateComplete;
    expect(line()).to.contain('Ikzelf en Bomma');
    el.strings = undefined;
    el.setAttribute('lang', 'fr-BE');
    await waitUntil(() => text($(el, 'h2')) === 'Mon plan', 'the French texts load');
    expect(text($(el, '[data-action="a1"] .number'))).to.equal('Action 1');
  });
});

describe('<goesting-plan> balance', () => {
  failOnPageErrors();

  it('says in plain words how the open actions rest on the client, the network and professionals', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    expect($$(el, '.balance-list li').map(text)).to.deep.equal(['Jij doet 2 acties.', 'Mensen uit je netwerk doen 2 acties.', 'Hulpverleners doen 1 actie.']);
    expect($$(el, '.overload')).to.have.length(0);
    expect(el.result.balance).to.deep.include({ total: 4, open: 4, client: 2, network: 2, professional: 1 });
  });

  it('notes calmly when one helper from the network carries many actions', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" overload="3"></goesting-plan>`);
    const plan = familyPlan();
    el.value = { ...plan, actions: [...plan.actions, { id: 'a5', what: 'Boodschappen', who: ['oma'] }] };
    await el.updateComplete;
    expect($$(el, '.overload').map(text)).to.deep.equal(['Oma doet 3 acties. Is dat niet te veel? Vraag het samen na, of zoek iemand die een stuk overneemt.']);
    expect($(el, '.overload')!.getAttribute('role')).to.equal(null);
    await expect(el).to.be.accessible();
    // A done action no longer weighs on her.
    el.value = { ...el.value, actions: el.value.actions.map((a) => (a.id === 'a5' ? { ...a, review: { status: 'done' as const } } : a)) };
    await el.updateComplete;
    expect($$(el, '.overload')).to.have.length(0);
  });
});

describe('<goesting-plan> backup agreement and the professional\'s conditions', () => {
  failOnPageErrors();

  it('writes what happens if it goes differently, and who does it, a line per agreement', async () => {
    const el = await mount();
    el.network = circle;
    await el.updateComplete;
    button(el, 'Afspraak toevoegen')!.click();
    await el.updateComplete;
    const step = el.value.backup[0]!;
    expect(active(el)?.id).to.equal(`backup-${step.id}-what`);
    await type(el, `#backup-${step.id}-what`, 'Ik bel de crisislijn.');
    expect(el.value.backup[0]).to.deep.include({ what: 'Ik bel de crisislijn.', who: ['client'] });
    button(el, 'Afspraak toevoegen')!.click();
    await el.updateComplete;
    const second = el.value.backup[1]!;
    // Only the agreement being written is open; the other is a line that says what and who.
    expect($(el, `#backup-${step.id}-what`)).to.equal(null);
    expect(text($(el, `[data-backup="${step.id}"]`))).to.equal('Afspraak 1 Ik bel de crisislijn. Wie doet het? Ik');
    await type(el, `#backup-${second.id}-what`, 'Oma komt.');
    const oma = $$<HTMLLabelElement>(el, `[data-backup="${second.id}"] label.person`).find((label) => text(label).startsWith('Oma'))!;
    oma.querySelector('input')!.click();
    await el.updateComplete;
    expect(el.value.backup[1]!.who).to.have.length(2);
    const line = $<HTMLButtonElement>(el, `[data-backup="${second.id}"] .disclosure`)!;
    line.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(line.getAttribute('aria-expanded')).to.equal('false');
    expect(text($(el, `[data-backup="${second.id}"] .summary`))).to.equal('Wie doet het? Ik en Oma');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, `[data-backup="${step.id}"] .disclosure`)!.click();
    await el.updateComplete;
    button(el, 'Afspraak 1 weghalen')!.click();
    await el.updateComplete;
    expect(el.value.backup.map((b) => b.what)).to.deep.equal(['Oma komt.']);
    expect(active(el)).to.equal($(el, `[data-backup="${second.id}"] .disclosure`));
    $<HTMLButtonElement>(el, `[data-backup="${second.id}"] .disclosure`)!.click();
    await el.updateComplete;
    button(el, 'Afspraak 1 weghalen')!.click();
    await el.updateComplete;
    expect(el.value.backup).to.deep.equal([]);
    expect(active(el)?.id).to.equal('add-backup');
  });

  it('keeps the professional\'s conditions in a part of their own, which the client answers', async () => {
    const el = await mount();
    el.value = familyPlan({ question: 'Mijn eigen vraag' });
    await el.updateComplete;
    button(el, 'Voorwaarden van de hulpverlener toevoegen')!.click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('conditions');
    await type(el, '#conditions', 'De kinderen slapen niet alleen thuis.');
    await type(el, '#conditions-by', 'Consulent');
    await type(el, '#conditions-answer', 'Oma past op.');
    expect(el.value.conditions).to.deep.equal({ text: 'De kinderen slapen niet alleen thuis.', by: 'Consulent', answer: 'Oma past op.' });
    expect(el.value.question).to.equal('Mijn eigen vraag');
    const part = $(el, 'section.conditions')!;
    expect(part.querySelector('.professional-text #conditions')).to.exist;
    expect(part.querySelector('.client-text #conditions-answer')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-plan> review', () => {
  failOnPageErrors();

  it('shows each action\'s status at the review and what changed since the earlier version', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" mode="review"></goesting-plan>`);
    const earlier = familyPlan();
    el.history = [earlier];
    el.value = familyPlan({
      actions: [
        { ...earlier.actions[0]!, review: { status: 'done' } },
        { ...earlier.actions[1]!, by: '2026-12-15', review: { status: 'not-yet', note: 'Wachtlijst' } },
        { ...earlier.actions[2]!, review: { status: 'not-needed' } },
        { id: 'a9', what: 'Nieuwe stap', who: ['client'], added: '2026-11-30' },
      ],
    });
    await el.updateComplete;
    const changes = text($(el, '.changes'));
    expect(changes).to.contain('Nieuw: 1').and.contain('Nieuwe stap');
    expect(changes).to.contain('Gedaan: 1').and.contain('Rekeningen sorteren');
    expect(changes).to.contain('Geschrapt: 2').and.contain('Budget opmaken').and.contain('Soep koken op maandag');
    expect(changes).to.contain('Andere datum: 1');
    expect($<HTMLInputElement>(el, 'input[name="status-a2"][value="not-yet"]')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement | HTMLInputElement>(el, '#review-a2-note')!.value).to.equal('Wachtlijst');
    expect(text($(el, '[data-action="a9"] .summary'))).to.contain('Nieuw bij het terugkijken');
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-plan> copies and exports', () => {
  failOnPageErrors();

  /** Opens the print for `who` and returns what the print view showed while the dialog was open. */
  async function printed(el: GoestingPlan, run: () => void): Promise<{ headings: string[]; rows: string[]; sheets: string[] }> {
    const print = window.print;
    let seen = { headings: [] as string[], rows: [] as string[], sheets: [] as string[] };
    window.print = () => {
      seen = {
        headings: $$(el, '.print-view h3, .print-view .copy-heading').map(text),
        rows: $$(el, '.print-view tbody tr td:first-child').map(text),
        sheets: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
      };
    };
    try {
      run();
      await waitUntil(() => seen.headings.length > 0, 'the print dialog did not open');
    } finally {
      window.print = print;
    }
    await el.updateComplete;
    return seen;
  }

  it('prints the whole plan on A4 and a copy per participant with their own actions first', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    const whole = await printed(el, () => button(el, 'Heel het plan afdrukken')!.click());
    expect(whole.rows).to.deep.equal(['Rekeningen sorteren', 'Afspraak bij het OCMW', 'Soep koken op maandag', 'Budget opmaken']);
    expect(whole.sheets.join()).to.match(/size: a4/i);
    expect($(el, '.print-view')).to.equal(null);

    const select = $<HTMLSelectElement>(el, '#copy-for')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Ik', 'Oma', 'OCMW']);
    select.value = 'oma';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const copy = await printed(el, () => button(el, 'Kopie afdrukken')!.click());
    expect(copy.headings.slice(0, 2)).to.deep.equal(['Kopie voor Oma', 'Jouw acties']);
    expect(copy.rows).to.deep.equal(['Rekeningen sorteren', 'Soep koken op maandag', 'Afspraak bij het OCMW', 'Budget opmaken']);
  });

  it('downloads Markdown with every text kept as text, an iCalendar file and JSON', async () => {
    const el = await mount();
    el.value = familyPlan({ question: '<img src=x onerror=alert(1)> **vet** # kop' });
    await el.updateComplete;
    const [md] = (await catchDownloads(() => button(el, 'Downloaden als tekst (Markdown)')!.click())).files;
    expect(md!.name).to.equal('mijn-plan-2026-11-02.md');
    expect(md!.text).not.to.contain('<img');
    expect(md!.text).to.contain('&lt;img');
    const [ics] = (await catchDownloads(() => button(el, 'Zet de datums in je agenda (iCalendar)')!.click())).files;
    expect(ics!.name).to.equal('mijn-plan-2026-11-02.ics');
    expect(ics!.text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics!.text).to.contain('DTSTART;VALUE=DATE:20261130');
    expect(ics!.text.match(/BEGIN:VEVENT/g)).to.have.length(4);
    const [json] = (await catchDownloads(() => button(el, 'Downloaden als JSON')!.click())).files;
    expect(JSON.parse(json!.text)).to.deep.equal(JSON.parse(JSON.stringify(el.value)));
  });
});

describe('<goesting-plan> a participant\'s own copy as a file', () => {
  failOnPageErrors();

  it('downloads a copy with that person\'s actions first, and the client\'s own copy under its own heading', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#copy-for')!;
    select.value = 'oma';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const [copy] = (await catchDownloads(() => button(el, 'Kopie downloaden (Markdown)')!.click())).files;
    expect(copy!.name).to.equal('mijn-plan-2026-11-02-oma.md');
    const order = ['Kopie voor Oma', 'Rekeningen sorteren', 'Soep koken op maandag', 'Afspraak bij het OCMW'].map((t) => copy!.text.indexOf(t));
    expect(order.every((at) => at >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(await el.toMarkdown('client')).to.contain('Mijn kopie');
  });
});

describe('<goesting-plan> drafts and languages', () => {
  failOnPageErrors();
  afterEach(() => sessionStorage.clear());

  it('keeps a draft only when the host opts in, and brings it back', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" storage="session" draft-key="k1"></goesting-plan>`);
    await type(el, '#question', 'Ik wil verhuizen.');
    await waitUntil(() => sessionStorage.length === 1, 'the draft is stored');
    el.remove();
    const again = await mount(html`<goesting-plan lang="nl-BE" storage="session" draft-key="k1"></goesting-plan>`);
    await waitUntil(() => again.value.question === 'Ik wil verhuizen.', 'the draft comes back');
    expect($<HTMLTextAreaElement>(again, '#question')!.value).to.equal('Ik wil verhuizen.');
    const plain = await mount();
    await type(plain, '#question', 'Niets bewaren');
    expect(sessionStorage.length).to.equal(1);
  });

  it('speaks French under a provider, and keeps what was typed when the language changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<goesting-provider locale="nl-BE"><goesting-plan></goesting-plan></goesting-provider>`);
    const el = wrapper.querySelector('goesting-plan') as GoestingPlan;
    await el.updateComplete;
    await type(el, '#question', 'Ik wil rust.');
    wrapper.setAttribute('locale', 'fr-BE');
    await waitUntil(() => text($(el, 'h2')) === 'Mon plan', 'the French texts load');
    expect($<HTMLTextAreaElement>(el, '#question')!.value).to.equal('Ik wil rust.');
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-plan> invalid input', () => {
  failOnPageErrors();

  it('refuses an action naming a person who does not exist, and keeps the plan', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    const detail = await expectRefused(el, 'invalid-value', () => (el.value = familyPlan({ actions: [{ id: 'a1', what: 'x', who: ['niemand'] }] })), errorEventSchema);
    expect(detail.issues[0]).to.deep.include({ code: 'unknown_person' });
    expect(el.value.actions).to.have.length(4);
  });

  it('refuses dates that are not dates, a document of a newer version and an unknown mode', async () => {
    const el = await mount();
    el.value = familyPlan();
    await el.updateComplete;
    await expectRefused(el, 'invalid-value', () => (el.value = familyPlan({ reviewDate: '2026-02-30' })), errorEventSchema);
    await quietly(async () => {
      el.value = familyPlan();
      await el.updateComplete;
    });
    await expectRefused(el, 'invalid-value', () => (el.value = familyPlan({ actions: [{ id: 'a1', what: 'x', who: ['client'], by: 'morgen' }] })), errorEventSchema);
    await quietly(async () => {
      el.value = familyPlan();
      await el.updateComplete;
    });
    await expectRefused(el, 'unsupported-version', () => (el.value = { ...familyPlan(), schemaVersion: 2 }), errorEventSchema);
    await expectRefused(el, 'invalid-config', () => el.setAttribute('mode', 'evaluatie'), errorEventSchema);
    expect(el.value.question).to.equal('Ik wil weer zelf mijn geld regelen.');
  });

  it('shows markup in every text as text', async () => {
    const el = await mount(html`<goesting-plan lang="nl-BE" mode="review"></goesting-plan>`);
    const evil = '<img src=x onerror="window.hacked=1"><b>vet</b>';
    el.value = familyPlan({
      question: evil,
      goals: [evil],
      strengths: { own: evil, around: evil },
      worries: evil,
      people: [{ id: 'oma', label: evil.slice(0, 80), role: 'network' }],
      actions: [{ id: 'a1', what: evil, who: ['oma'], needs: evil, review: { status: 'partly', note: evil } }],
      backup: [{ id: 'b1', what: evil, who: ['client'] }],
      conditions: { text: evil, by: 'x', answer: evil },
    });
    el.history = [familyPlan({ actions: [] })];
    await el.updateComplete;
    expect($$(el, 'img, b')).to.have.length(0);
    expect(text($(el, '[data-action="a1"] .what'))).to.equal(evil);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

runFormControlTests({
  tag: 'goesting-plan',
  complete: async (element) => {
    element.shadowRoot!.querySelector<HTMLButtonElement>('.finish button.primary')!.click();
  },
  editOnce: async (element) => {
    const area = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#question')!;
    area.value = 'Mijn vraag';
    area.dispatchEvent(new Event('input'));
    await (element as GoestingPlan).updateComplete;
  },
});

describe('<goesting-plan> texts', () => {
  runCatalogueTests('plan');
});
