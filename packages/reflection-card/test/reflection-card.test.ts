import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../../selfscan/src/define.js';
import '@goesting/core/define-provider.js';
import {
  changeEventSchema,
  completeEventSchema,
  emptyReflectionValue,
  errorEventSchema,
  reflectionFromMarkdown,
  type GoestingReflectionCard,
  type ReflectionValue,
} from '../src/index.js';
import type { GoestingSelfscan } from '../../selfscan/src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { catchDownloads, draftsRemoved, expectRefused, failOnPageErrors, quietly, readdElement, record } from '../../core/test/helpers.js';
import { FakeClock } from './fake-clock.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name)!;
const visibleSteps = (el: GoestingReflectionCard) => $$(el, 'section.step:not([hidden])');
const titles = (el: GoestingReflectionCard) => $$(el, 'section.step h3').map((h) => h.textContent!.trim());

const mount = (template = html`<goesting-reflection-card lang="nl-BE"></goesting-reflection-card>`) => fixture<GoestingReflectionCard>(template);

async function type(el: GoestingReflectionCard, selector: string, text: string) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function chooseTemplate(el: GoestingReflectionCard, template: string) {
  const select = $<HTMLSelectElement>(el, '#template')!;
  select.value = template;
  select.dispatchEvent(new Event('change'));
  // Switching loads its code on first use: wait until the card or the question shows the result.
  await waitUntil(() => el.value.template === template || $(el, '[role=alertdialog]'), 'the template switch did not happen');
  await el.updateComplete;
}

/**
 * The accessible names of `elements`, as axe computes them across the shadow root: what a screen
 * reader announces. Checks the card with axe first, which also loads axe.
 */
async function accessibleNames(el: GoestingReflectionCard, elements: Element[]): Promise<string[]> {
  await expect(el).to.be.accessible();
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  axe.setup(el);
  try {
    return elements.map((element) => axe.commons.text.accessibleText(element));
  } finally {
    axe.teardown();
  }
}

/** Presses Tab until the focused control in the card matches. */
async function tabTo(el: GoestingReflectionCard, matches: (active: Element) => boolean) {
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    if (active && matches(active)) return active;
  }
  throw new Error('not reached by Tab');
}

const focusedText = (el: GoestingReflectionCard) => el.shadowRoot!.activeElement?.textContent?.trim();

/** Intercepts downloads and returns the files' names and texts. */
const downloads = async (run: () => void) => (await catchDownloads(run)).files.map(({ name, text }) => ({ name, text }));

describe('<goesting-reflection-card> templates and steps', () => {
  it('is accessible and walks through Korthagen one step at a time, ending with the action', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(titles(el)).to.deep.equal(['Wat gebeurde er?', 'Terugblikken', 'Wat is de kern?', 'Andere mogelijkheden', 'Wat probeer je uit?', 'Wat neem ik mee?']);
    expect(visibleSteps(el)).to.have.length(1);
    expect(visibleSteps(el)[0]!.querySelector('.progress')!.textContent).to.equal('Stap 1 van 6');
    expect($<HTMLTextAreaElement>(el, '#text-action')!.getAttribute('aria-describedby')).to.equal('text-action-help text-action-count');
    button(el, 'Volgende stap').click();
    await el.updateComplete;
    expect(visibleSteps(el)[0]!.querySelector('h3')!.textContent).to.equal('Terugblikken');
    expect(el.shadowRoot!.activeElement!.id).to.equal('step-1-title');
    button(el, 'Vorige stap').click();
    await el.updateComplete;
    expect(visibleSteps(el)[0]!.querySelector('h3')!.textContent).to.equal('Wat gebeurde er?');
    $$<HTMLButtonElement>(el, '.step-list button')[5]!.click();
    await el.updateComplete;
    expect(visibleSteps(el)[0]!.querySelector('#action')).to.not.equal(null);
    expect($(el, '.step-list [aria-current=step]')!.textContent).to.contain('Wat neem ik mee?');
    await expect(el).to.be.accessible();
  });

  for (const [template, steps] of [
    ['gibbs', ['Wat gebeurde er?', 'Wat voelde en dacht je?', 'Wat ging goed, wat minder?', 'Hoe komt het?', 'Wat had je nog kunnen doen?', 'Wat doe je een volgende keer?']],
    ['starrt', ['Situatie', 'Taak', 'Aanpak', 'Resultaat', 'Reflectie', 'Transfer']],
    ['intervision', ['Ronde 1: De inbreng', 'Ronde 2: Verhelderende vragen', 'Ronde 3: Ieders kijk', 'Ronde 4: Keuze van de inbrenger', 'Ronde 5: Wat leren we?']],
  ] as const) {
    it(`offers the ${template} steps, also as one long card`, async () => {
      const el = await mount();
      await chooseTemplate(el, template);
      expect(titles(el)).to.deep.equal([...steps, 'Wat neem ik mee?']);
      expect($$(el, '.step-list button').map((b) => b.textContent!.trim())).to.deep.equal([...steps.map((t) => t.replace(/^Ronde \d: /, '')), 'Wat neem ik mee?']);
      expect(visibleSteps(el)).to.have.length(1);
      $<HTMLInputElement>(el, 'input[name=layout][value=card]')!.click();
      await el.updateComplete;
      expect(visibleSteps(el)).to.have.length(steps.length + 1);
      expect($(el, '.nav')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, expected] of [
    ['nl-BE', ['Stap 1: Wat gebeurde er?', 'Stap 2: Terugblikken', 'Stap 3: Wat is de kern?', 'Stap 4: Andere mogelijkheden', 'Stap 5: Wat probeer je uit?', 'Stap 6: Wat neem ik mee?']],
    ['nl-NL', ['Stap 1: Wat gebeurde er?', 'Stap 2: Terugblikken', 'Stap 3: Wat is de kern?', 'Stap 4: Andere mogelijkheden', 'Stap 5: Wat probeer je uit?', 'Stap 6: Wat neem ik mee?']],
    ['fr-BE', ['Étape 1 : Que s’est-il passé ?', 'Étape 2 : Regard en arrière']],
    ['en', ['Step 1: What happened?', 'Step 2: Looking back']],
  ] as const) {
    it(`names each button of the step list with its number (${lang})`, async () => {
      const el = await mount(html`<goesting-reflection-card lang=${lang}></goesting-reflection-card>`);
      const buttons = $$(el, '.step-list button');
      const names = await accessibleNames(el, buttons);
      expect(names.slice(0, expected.length)).to.deep.equal(expected);
      expect(names).to.have.length(6);
      // The visible words are part of the name, as speech input needs.
      for (const [i, b] of buttons.entries()) expect(names[i]).to.contain(b.textContent!.trim());
    });
  }

  it('names the intervision rounds in the step list with their step number too', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision"></goesting-reflection-card>`);
    expect(await accessibleNames(el, $$(el, '.step-list button'))).to.deep.equal([
      'Stap 1: De inbreng', 'Stap 2: Verhelderende vragen', 'Stap 3: Ieders kijk', 'Stap 4: Keuze van de inbrenger', 'Stap 5: Wat leren we?', 'Stap 6: Wat neem ik mee?',
    ]);
  });

  it('moves a loaded card with nothing written on it to the template the host sets, and keeps a card with text on its own', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    el.value = emptyReflectionValue('starrt');
    await el.updateComplete;
    el.template = 'gibbs';
    await el.updateComplete;
    expect(el.value.template).to.equal('gibbs');
    expect(titles(el)[1]).to.equal('Wat voelde en dacht je?');
    el.value = { ...emptyReflectionValue('starrt'), steps: { situation: 'Een huisbezoek' } };
    await el.updateComplete;
    el.template = 'korthagen';
    await el.updateComplete;
    expect(el.value.template).to.equal('starrt');
    expect(el.value.steps).to.deep.equal({ situation: 'Een huisbezoek' });
    expect(changes).to.have.length(0);
  });

  it('counts characters with no minimum, and fires goesting-change only on user edits', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    el.value = { ...emptyReflectionValue('gibbs'), steps: { description: 'Van de host' } };
    el.history = [];
    el.tag = { pillar: 'hope', dimension: 'self' };
    await el.updateComplete;
    expect(changes).to.have.length(0);
    await type(el, '#text-description', 'Een gesprek met een cliënt.');
    expect($(el, '#text-description-count')!.textContent).to.equal('27 van 2000 tekens');
    expect(changes).to.have.length(1);
    expect(changeEventSchema.safeParse(changes[0]!.detail).success).to.equal(true);
    expect(changes[0]!.detail.value.steps.description).to.equal('Een gesprek met een cliënt.');
    expect(changes[0]!.detail.value.cell).to.deep.equal({ pillar: 'hope', dimension: 'self' });
  });

  it('speaks every shipped language', async () => {
    for (const [lang, title] of [['nl-NL', 'Reflectiekaart'], ['fr-BE', 'Fiche de réflexion'], ['en', 'Reflection card']]) {
      const el = await fixture<GoestingReflectionCard>(html`<goesting-reflection-card lang=${lang} template="starrt"></goesting-reflection-card>`);
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal(title);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<goesting-reflection-card> provider, texts and theme', () => {
  it('follows the provider’s language, storage and theme, and per-instance text overrides', async () => {
    const kept = new Map<string, unknown>();
    const storage = { get: (key: string) => kept.get(key), set: (key: string, value: unknown) => void kept.set(key, value), remove: (key: string) => void kept.delete(key) };
    const provider = await fixture(html`<goesting-provider locale="en" theme="dark" .storage=${storage}><goesting-reflection-card></goesting-reflection-card></goesting-provider>`);
    const el = provider.querySelector<GoestingReflectionCard>('goesting-reflection-card')!;
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Reflection card');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await type(el, '#text-action', 'Kept by the host');
    await waitUntil(() => kept.size > 0, 'the draft is written');
    expect([...kept.values()].map((doc) => (doc as ReflectionValue).steps['action'])).to.deep.equal(['Kept by the host']);
    el.strings = { title: 'Onze intervisiekaart', 'step.korthagen.action': 'Wat was de aanleiding?' };
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Onze intervisiekaart');
    expect($(el, '#step-0-title')!.textContent).to.equal('Wat was de aanleiding?');
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-reflection-card> tagging', () => {
  it('takes pillar and dimension from attributes and lets the user retag', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" pillar="alliance" dimension="other"></goesting-reflection-card>`);
    expect(el.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'other' });
    expect($<HTMLSelectElement>(el, '#pillar')!.value).to.equal('alliance');
    const changes = record(el, 'goesting-change');
    const select = $<HTMLSelectElement>(el, '#dimension')!;
    select.value = 'organisation';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(changes[0]!.detail.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'organisation' });
    await expect(el).to.be.accessible();
  });

  /** Chooses an option as a mouse user does: the select changes and says so. */
  async function choose(el: GoestingReflectionCard, selector: string, value: string) {
    const select = $<HTMLSelectElement>(el, selector)!;
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }
  const picked = (el: GoestingReflectionCard) => [$<HTMLSelectElement>(el, '#pillar')!.value, $<HTMLSelectElement>(el, '#dimension')!.value];
  const cellHint = (el: GoestingReflectionCard) => $(el, '.cell .hint')?.textContent?.trim() ?? '';

  it('lets the user choose the pillar first and then the dimension, and tags the card only with both', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    await choose(el, '#pillar', 'hope');
    expect(picked(el)).to.deep.equal(['hope', '']);
    expect(el.value.cell).to.equal(undefined);
    expect(changes, 'half a tag is not in the card').to.have.length(0);
    expect(cellHint(el)).to.equal('Kies nu ook bij ‘In relatie tot’. Pas als je allebei kiest, komt het op je kaart.');
    expect($(el, '#dimension')!.getAttribute('aria-describedby')).to.equal('cell-hint');
    await expect(el).to.be.accessible();
    await choose(el, '#dimension', 'other');
    expect(picked(el)).to.deep.equal(['hope', 'other']);
    expect(el.value.cell).to.deep.equal({ pillar: 'hope', dimension: 'other' });
    expect(changes.map((e) => e.detail.value.cell)).to.deep.equal([{ pillar: 'hope', dimension: 'other' }]);
    expect(cellHint(el)).to.equal('');
    // Taking one half away again untags the card and keeps the other half on screen.
    await choose(el, '#pillar', '');
    expect(picked(el)).to.deep.equal(['', 'other']);
    expect(el.value.cell).to.equal(undefined);
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.value).to.not.have.property('cell');
    expect(cellHint(el)).to.equal('Kies nu ook een pijler. Pas als je allebei kiest, komt het op je kaart.');
    // A tag from the host replaces the half choice.
    el.tag = { pillar: 'expertise', dimension: 'self' };
    await el.updateComplete;
    expect(picked(el)).to.deep.equal(['expertise', 'self']);
    expect(cellHint(el)).to.equal('');
  });

  it('lets the user choose the dimension first and then the pillar with the keyboard alone', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    await tabTo(el, (a) => a.id === 'dimension');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(picked(el)).to.deep.equal(['', 'self']);
    expect(el.shadowRoot!.activeElement!.id).to.equal('dimension');
    expect(el.value.cell).to.equal(undefined);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('pillar');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(picked(el)).to.deep.equal(['alliance', 'self']);
    expect(el.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'self' });
    expect(changes.at(-1)!.detail.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'self' });
    await expect(el).to.be.accessible();
  });

  it('opens a card tagged from a self-scan growth point', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <goesting-selfscan lang="nl-BE"></goesting-selfscan>
      <goesting-reflection-card lang="nl-BE" hidden></goesting-reflection-card>
    </div>`);
    const scan = host.querySelector<GoestingSelfscan>('goesting-selfscan')!;
    const card = host.querySelector<GoestingReflectionCard>('goesting-reflection-card')!;
    // What a host page does: open the card for the cell the self-scan names.
    host.addEventListener('goesting-reflect', (event) => {
      card.tag = event.detail.cell;
      card.hidden = false;
    });
    const answers = Object.fromEntries(scan.instrument.items.map((item, i) => [item.id, (i % 5) + 1]));
    scan.value = { ...scan.value, answers, completed: true, date: '2026-11-01' };
    // The result view loads on first use: wait for its growth points, not for a time.
    await waitUntil(() => $(scan, '.growthPoints button.reflect'), 'the result view did not appear');
    const reflect = $<HTMLButtonElement>(scan, '.growthPoints button.reflect')!;
    reflect.click();
    await card.updateComplete;
    const [pillar, dimension] = scan.result.growthPoints[0]!.split('.');
    expect(card.hidden).to.equal(false);
    expect(card.value.cell).to.deep.equal({ pillar, dimension });
    expect($<HTMLSelectElement>(card, '#pillar')!.value).to.equal(pillar);
    expect($<HTMLSelectElement>(card, '#dimension')!.value).to.equal(dimension);
  });
});

describe('<goesting-reflection-card> actions from earlier cards', () => {
  const earlier = (id: string, text: string, over: Partial<ReflectionValue> = {}): ReflectionValue => ({
    ...emptyReflectionValue('korthagen'),
    id,
    action: { text, due: '2026-10-01' },
    completed: true,
    date: '2026-09-15',
    ...over,
  });

  it('lists open actions, which can be marked done, carried over or dropped, and reports what stays open', async () => {
    const el = await mount();
    el.history = [earlier('c1', 'Vaker stiltes laten vallen'), earlier('c2', 'Intervisie voorstellen'), earlier('c3', 'Oud en gedaan', { review: {} }), earlier('c4', 'Nog eens bellen', { review: { c3: 'done' } })];
    el.layout = 'card';
    await el.updateComplete;
    const actions = $$<HTMLFieldSetElement>(el, 'fieldset.open-action');
    expect(actions.map((a) => a.querySelector('legend')!.textContent)).to.deep.equal(['Vaker stiltes laten vallen', 'Intervisie voorstellen', 'Nog eens bellen']);
    expect(actions[0]!.querySelector('.hint')!.textContent).to.contain('2026').and.contain('tegen');
    await expect(el).to.be.accessible();
    actions[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]!.click();
    actions[1]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    actions[2]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click();
    await el.updateComplete;
    expect(el.value.review).to.deep.equal({ c1: 'done', c2: 'carried', c4: 'dropped' });
    setTimeout(() => button(el, 'Kaart afronden').click());
    const { detail } = await oneEvent(el, 'goesting-complete');
    expect(completeEventSchema.safeParse(detail).success).to.equal(true);
    expect(detail.result.openActions.map((a: { card: string }) => a.card)).to.deep.equal(['c2']);
    expect(detail.result.closedActions.map((a: { card: string }) => a.card)).to.deep.equal(['c1', 'c4']);
    // The next card lists only what was carried over.
    const next = await mount();
    next.history = [...el.history, detail.value];
    next.layout = 'card';
    await next.updateComplete;
    expect($$(next, 'fieldset.open-action legend').map((l) => l.textContent)).to.deep.equal(['Intervisie voorstellen']);
  });

  it('takes feelings as chips and an action with a date', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" layout="card"></goesting-reflection-card>`);
    const chip = $$<HTMLButtonElement>(el, '.chip').find((c) => c.textContent!.includes('onzeker'))!;
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await type(el, '#action', 'Een collega vragen mee te kijken');
    const due = $<HTMLInputElement>(el, '#due')!;
    due.value = '2026-12-15';
    due.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.feelings).to.deep.equal(['unsure']);
    expect(el.value.action).to.deep.equal({ text: 'Een collega vragen mee te kijken', due: '2026-12-15' });
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-reflection-card> intervision', () => {
  it('times a round with fake time: visible, pausable, announced at the end, silent', async () => {
    const clock = new FakeClock();
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" .clock=${clock}></goesting-reflection-card>`);
    const timer = () => visibleSteps(el)[0]!.querySelector('.timer')!;
    expect(timer().querySelector('[role=timer]')!.textContent).to.equal('Nog 5:00');
    const minutes = timer().querySelector<HTMLInputElement>('input[type=number]')!;
    minutes.value = '2';
    minutes.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.rounds).to.deep.equal({ case: 2 });
    button(el, 'Start de timer').click();
    clock.advance(30_000);
    await el.updateComplete;
    expect(timer().querySelector('[role=timer]')!.textContent).to.equal('Nog 1:30');
    button(el, 'Pauzeer').click();
    clock.advance(300_000);
    await el.updateComplete;
    expect(timer().querySelector('[role=timer]')!.textContent).to.equal('Gepauzeerd, nog 1:30');
    expect($(el, '[role=status]')!.textContent).to.equal('');
    button(el, 'Ga verder').click();
    clock.advance(90_000);
    await el.updateComplete;
    expect(timer().querySelector('[role=timer]')!.textContent).to.equal('De tijd voor deze ronde is om.');
    // The live region is emptied first and filled after that render, so the same words are said again.
    await waitUntil(() => $(el, '[role=status]')!.textContent === 'De tijd voor deze ronde is om.', 'the end of the round is not announced');
    expect(clock.running).to.equal(0);
    expect(el.shadowRoot!.querySelector('audio')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard focus on the timer’s button when it starts, pauses, resumes, ends or is reset', async () => {
    const clock = new FakeClock();
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" .clock=${clock}></goesting-reflection-card>`);
    await tabTo(el, (a) => a.textContent?.trim() === 'Start de timer');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedText(el)).to.equal('Pauzeer');
    clock.advance(10_000);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focusedText(el)).to.equal('Ga verder');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedText(el)).to.equal('Pauzeer');
    clock.advance(300_000);
    await el.updateComplete;
    expect(focusedText(el), 'when the time is up, the reset button takes over').to.equal('Zet terug');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedText(el)).to.equal('Start de timer');
    await expect(el).to.be.accessible();
  });

  it('keeps each participant’s view with an optional name', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" layout="card"></goesting-reflection-card>`);
    button(el, 'Inbreng toevoegen').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.id).to.equal('view-0-name');
    button(el, 'Inbreng toevoegen').click();
    await el.updateComplete;
    await type(el, '#view-0-text', 'Ik hoor vooral twijfel.');
    await type(el, '#view-1-name', 'Sam');
    await type(el, '#view-1-text', 'Misschien eerst het netwerk erbij halen.');
    expect(el.value.views).to.deep.equal([{ text: 'Ik hoor vooral twijfel.' }, { name: 'Sam', text: 'Misschien eerst het netwerk erbij halen.' }]);
    expect($$(el, '.view legend').map((h) => h.textContent)).to.deep.equal(['Deelnemer 1', 'Sam']);
    await expect(el).to.be.accessible();
    button(el, 'Deelnemer 1 verwijderen').click();
    await el.updateComplete;
    expect(el.value.views).to.have.length(1);
  });

  it('groups each participant’s fields under the participant’s name, so a screen reader says whose field it is', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" layout="card"></goesting-reflection-card>`);
    button(el, 'Inbreng toevoegen').click();
    await el.updateComplete;
    button(el, 'Inbreng toevoegen').click();
    await el.updateComplete;
    await type(el, '#view-0-name', 'An');
    const fields = ['#view-0-name', '#view-0-text', '#view-1-name', '#view-1-text'].map((id) => $(el, id)!);
    const groups = fields.map((field) => field.closest('fieldset'));
    expect(groups.every(Boolean), 'every field is in a group').to.equal(true);
    expect(groups[0]).to.equal(groups[1]);
    expect(groups[2]).to.equal(groups[3]);
    expect(groups[0]).to.not.equal(groups[2]);
    expect(await accessibleNames(el, [groups[0]!, groups[2]!])).to.deep.equal(['An', 'Deelnemer 2']);
    expect(await accessibleNames(el, fields)).to.deep.equal(['Naam (niet verplicht)', 'Hoe ziet deze deelnemer het?', 'Naam (niet verplicht)', 'Hoe ziet deze deelnemer het?']);
    expect(groups[2]!.querySelector('button')!.textContent!.trim()).to.equal('Deelnemer 2 verwijderen');
  });
});

describe('<goesting-reflection-card> switching template', () => {
  it('keeps what fits, and asks before dropping the rest', async () => {
    const el = await mount();
    await type(el, '#text-action', 'Huisbezoek bij een gezin.');
    await type(el, '#text-lookingBack', 'Ik wilde te snel oplossen.');
    await type(el, '#text-essence', 'Ik luisterde te weinig.');
    await chooseTemplate(el, 'gibbs');
    expect(el.value.template).to.equal('gibbs');
    expect(el.value.steps).to.deep.equal({ description: 'Huisbezoek bij een gezin.', feelings: 'Ik wilde te snel oplossen.', analysis: 'Ik luisterde te weinig.' });
    expect($(el, '[role=status]')!.textContent).to.contain('Gibbs');
    await chooseTemplate(el, 'intervision');
    const dialog = $(el, '[role=alertdialog]')!;
    expect(dialog.textContent).to.contain('Wat voelde en dacht je?').and.contain('Hoe komt het?');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Houd het huidige model');
    expect(el.value.template).to.equal('gibbs');
    expect($<HTMLSelectElement>(el, '#template')!.value).to.equal('gibbs');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[role=alertdialog]')).to.equal(null);
    expect(el.value.steps).to.deep.equal({ description: 'Huisbezoek bij een gezin.', feelings: 'Ik wilde te snel oplossen.', analysis: 'Ik luisterde te weinig.' });
    await chooseTemplate(el, 'intervision');
    button(el, 'Kies dit model en laat die tekst vallen').click();
    await el.updateComplete;
    expect(el.value.template).to.equal('intervision');
    expect(el.value.steps).to.deep.equal({ case: 'Huisbezoek bij een gezin.' });
  });
});

describe('<goesting-reflection-card> export and print', () => {
  it('downloads Markdown and JSON that read back as the same card', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" pillar="reflection" dimension="self"></goesting-reflection-card>`);
    await type(el, '#text-action', '<script>alert(1)</script> en **vet**');
    await type(el, '#text-essence', '# geen kop');
    const [md] = await downloads(() => button(el, 'Downloaden als Markdown').click());
    expect(md!.name).to.match(/^reflectiekaart-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md!.text).to.contain('&lt;script&gt;').and.contain('\\*\\*vet\\*\\*').and.contain('## Wat is de kern?\n\n\\# geen kop');
    const back = reflectionFromMarkdown(md!.text);
    expect(back.ok && back.data).to.deep.equal(el.value);
    const [json] = await downloads(() => button(el, 'Downloaden als JSON').click());
    const again = await mount();
    again.value = json!.text;
    await again.updateComplete;
    expect(again.value).to.deep.equal(el.value);
    expect($<HTMLTextAreaElement>(again, '#text-action')!.value).to.equal('<script>alert(1)</script> en **vet**');
  });

  it('keeps names and headings from strings as text in the Markdown, also in the front matter', async () => {
    const script = '<script>alert(1)</script>';
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" layout="card"></goesting-reflection-card>`);
    el.strings = { 'step.intervision.case': `${script}\n\n## Kop`, takeaway: '<img src=x onerror=alert(1)>', title: '**Kaart**' };
    el.value = { ...emptyReflectionValue('intervision'), group: `Team ${script}`.slice(0, 80), views: [{ name: '<b>An</b> & co', text: 'Mijn kijk' }] };
    await el.updateComplete;
    const md = await el.toMarkdown();
    expect(md).to.not.match(/[<>]/);
    expect(md).to.contain('## &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\#\\# Kop\n').and.contain('## &lt;img src=x onerror=alert\\(1\\)&gt;\n');
    expect(md).to.contain('# \\*\\*Kaart\\*\\*: ').and.contain('## &lt;b&gt;An&lt;/b&gt; &amp; co\n');
    expect(md).to.contain('group: "Team \\u003cscript\\u003ealert\\u0028').and.contain('views: [{"name":"\\u003cb\\u003eAn\\u003c/b\\u003e \\u0026 co"}]');
    const back = reflectionFromMarkdown(md);
    expect(back.ok && back.data).to.deep.equal(el.value);
  });

  it('prints on A5 by default or on A4 without an inline style element, with every step on paper', async () => {
    const el = await mount();
    /** The page size rules in force while the print dialog is open, and any style element added for it. */
    const pages: string[] = [];
    const styleElements: Node[] = [];
    const watch = new MutationObserver((records) => styleElements.push(...records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName === 'STYLE')));
    watch.observe(document, { childList: true, subtree: true });
    const print = window.print;
    window.print = () => {
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule);
      pages.push(rules.map((rule) => (rule as CSSPageRule).style.getPropertyValue('size')).join(' | '));
    };
    try {
      button(el, 'Afdrukken').click();
      const size = $<HTMLSelectElement>(el, '.actions select')!;
      size.value = 'a4';
      size.dispatchEvent(new Event('change'));
      await el.updateComplete;
      button(el, 'Afdrukken').click();
    } finally {
      window.print = print;
      watch.disconnect();
    }
    expect(pages).to.have.length(2);
    expect(pages[0]).to.match(/^a5( portrait)?$/i);
    expect(pages[1]).to.match(/^a4( portrait)?$/i);
    expect(styleElements).to.deep.equal([]);
    expect(document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule)).to.deep.equal([]);
    expect($$(el, 'section.step .print-text')).to.have.length(7);
  });
});

describe('<goesting-reflection-card> drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('stores nothing without an opt-in, keeps a session draft across a reload, and reset() clears it', async () => {
    const plain = await mount();
    await type(plain, '#text-action', 'Niet bewaren');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" storage="session"></goesting-reflection-card>`);
    await type(el, '#text-action', 'Wel bewaren');
    const again = await readdElement(el, (again) => again.value.steps['action'] !== undefined);
    expect(again.value.steps['action']).to.equal('Wel bewaren');
    expect($<HTMLTextAreaElement>(again, '#text-action')!.value).to.equal('Wel bewaren');
    again.reset();
    await again.updateComplete;
    await draftsRemoved();
    expect(again.value.steps).to.deep.equal({});
    expect($<HTMLTextAreaElement>(again, '#text-action')!.value).to.equal('');
  });
});

describe('<goesting-reflection-card> keyboard', () => {
  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    const complete = record(el, 'goesting-complete');
    await tabTo(el, (a) => a.id === 'text-action');
    await sendKeys({ type: 'Een moeilijk gesprek.' });
    for (let step = 1; step < 6; step++) {
      await tabTo(el, (a) => a.textContent?.trim() === 'Volgende stap');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await tabTo(el, (a) => a.id === 'action');
    await sendKeys({ type: 'Eerst luisteren.' });
    await tabTo(el, (a) => a.textContent?.trim() === 'Kaart afronden');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(complete).to.have.length(1);
    expect(el.value.steps['action']).to.equal('Een moeilijk gesprek.');
    expect(el.value.action.text).to.equal('Eerst luisteren.');
    expect($(el, '[role=status]')!.textContent).to.contain('Je kaart is klaar');
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-reflection-card> with invalid input', () => {
  failOnPageErrors();

  const refused = (el: Parameters<typeof expectRefused>[0], code: string, set: () => void) => expectRefused(el, code, set, errorEventSchema);

  it('refuses an unknown template and keeps the card usable', async () => {
    const el = await mount();
    await type(el, '#text-action', 'Blijft staan');
    const detail = await refused(el, 'invalid-config', () => el.setAttribute('template', 'socratic'));
    expect(detail.issues[0].path).to.equal('template');
    expect($<HTMLTextAreaElement>(el, '#text-action')!.value).to.equal('Blijft staan');
    await refused(el, 'invalid-config', () => (el.tag = { pillar: 'luck', dimension: 'self' }));
  });

  it('refuses an unknown layout or paper size, keeping the one in use', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" layout="card" print-size="a4"></goesting-reflection-card>`);
    await type(el, '#text-action', 'Blijft staan');
    const layout = await refused(el, 'invalid-config', () => el.setAttribute('layout', 'diagonal'));
    expect(layout.issues[0]).to.deep.include({ path: 'layout', code: 'invalid_value' });
    expect(el.layout).to.equal('card');
    expect(visibleSteps(el)).to.have.length(6);
    const size = await refused(el, 'invalid-config', () => el.setAttribute('print-size', 'letter'));
    expect(size.issues[0]).to.deep.include({ path: 'printSize', code: 'invalid_value' });
    expect(el.printSize).to.equal('a4');
    expect($<HTMLSelectElement>(el, '.actions select')!.value).to.equal('a4');
    await refused(el, 'invalid-config', () => (el.layout = 'grid' as never));
    expect(el.layout).to.equal('card');
    expect($<HTMLTextAreaElement>(el, '#text-action')!.value).to.equal('Blijft staan');
    el.layout = 'steps';
    el.setAttribute('print-size', 'a5');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(visibleSteps(el)).to.have.length(1);
    expect(el.printSize).to.equal('a5');
  });

  it('refuses a tag of the wrong type, keeping the tag and everything typed', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" pillar="hope" dimension="self"></goesting-reflection-card>`);
    await type(el, '#text-action', 'Blijft staan');
    for (const [tag, path, code] of [
      ['hope.self', 'tag', 'invalid_type'],
      [42, 'tag', 'invalid_type'],
      [['hope', 'self'], 'tag', 'invalid_type'],
      [{ pillar: 'alliance' }, 'tag.dimension', 'cell_incomplete'],
      [{ dimension: 'other' }, 'tag.pillar', 'cell_incomplete'],
      [{ pillar: 'alliance', dimension: 7 }, 'tag.dimension', 'invalid_value'],
      [new Proxy({}, { get: () => { throw new Error('unreadable'); } }), 'tag', 'invalid_type'],
    ] as const) {
      const detail = await refused(el, 'invalid-config', () => (el.tag = tag));
      expect(detail.issues.map((i: { path: string; code: string }) => [i.path, i.code]), `${path} ${code}`).to.deep.include([path, code]);
      expect(el.tag, `${path} ${code}`).to.deep.equal({ pillar: 'hope', dimension: 'self' });
      expect($<HTMLTextAreaElement>(el, '#text-action')!.value).to.equal('Blijft staan');
    }
    el.tag = { pillar: 'alliance', dimension: 'other' };
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'other' });
    expect(el.value.steps['action']).to.equal('Blijft staan');
    // A half from an attribute afterwards completes the tag given as one object.
    el.setAttribute('dimension', 'self');
    await el.updateComplete;
    expect(el.value.cell).to.deep.equal({ pillar: 'alliance', dimension: 'self' });
    el.tag = undefined;
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
  });

  it('refuses a pillar without a dimension from the host, and accepts it once the dimension follows', async () => {
    const el = await mount();
    await type(el, '#text-action', 'Blijft staan');
    const detail = await refused(el, 'invalid-config', () => (el.pillar = 'hope'));
    expect(detail.issues).to.deep.include({ path: 'dimension', code: 'cell_incomplete', message: 'pillar and dimension go together: give both or neither.', params: { missing: 'dimension' } });
    expect($(el, '[role=alert]')!.textContent).to.contain('dimension').and.contain('pillar en dimension horen samen');
    expect(el.value.cell).to.equal(undefined);
    el.dimension = 'other';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.cell).to.deep.equal({ pillar: 'hope', dimension: 'other' });
    await refused(el, 'invalid-config', () => (el.dimension = undefined));
    expect($<HTMLTextAreaElement>(el, '#text-action')!.value).to.equal('Blijft staan');
    // The same dimension again completes the same tag, and the error state goes.
    el.dimension = 'other';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.cell).to.deep.equal({ pillar: 'hope', dimension: 'other' });
  });

  it('reports a pillar attribute without a dimension once, when the card starts', async () => {
    const errors = record(document, 'goesting-error');
    const el = await quietly(() => mount(html`<goesting-reflection-card lang="nl-BE" pillar="hope" template="gibbs"></goesting-reflection-card>`));
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-config']);
    expect(errorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
    expect(errors[0]!.detail.issues[0]).to.deep.include({ path: 'dimension', code: 'cell_incomplete' });
    expect($(el, '[role=alert]')).to.not.equal(null);
    expect(el.template).to.equal('gibbs');
    await expect(el).to.be.accessible();
    // Both attributes together, in either order, are fine.
    const both = record(document, 'goesting-error');
    await mount(html`<goesting-reflection-card lang="nl-BE" dimension="self" pillar="hope"></goesting-reflection-card>`);
    expect(both).to.have.length(0);
  });

  it('keeps a bad cell setting on show while a good template arrives, and the other way round', async () => {
    const el = await mount();
    await quietly(async () => {
      el.tag = { pillar: 'luck', dimension: 'self' };
      el.template = 'gibbs';
      await el.updateComplete;
    });
    expect($(el, '[role=alert] details')!.textContent).to.contain('pillar');
    await quietly(async () => {
      el.template = 'socratic';
      el.tag = { pillar: 'hope', dimension: 'self' };
      await el.updateComplete;
    });
    expect($(el, '[role=alert] details')!.textContent).to.contain('template').and.not.contain('pillar');
  });

  it('refuses a 100,000-character answer from the host, keeping the card', async () => {
    const el = await mount();
    await type(el, '#text-action', 'Mijn eigen tekst');
    const detail = await refused(el, 'invalid-value', () => (el.value = { ...el.value, steps: { action: 'x'.repeat(100_000) } }));
    expect(detail.issues[0]).to.deep.include({ path: 'steps.action', code: 'too_big' });
    expect($<HTMLTextAreaElement>(el, '#text-action')!.value).to.equal('Mijn eigen tekst');
    await refused(el, 'invalid-value', () => (el.value = { ...el.value, template: 'unknown' }));
    await refused(el, 'invalid-json', () => el.setAttribute('value', '{not json'));
    await refused(el, 'invalid-history', () => (el.history = [{ nope: true }]));
  });

  it('keeps a typed 100,000-character answer on screen with a clear message, and will not finish until it is shorter', async () => {
    const el = await mount();
    await type(el, '#text-action', 'Kort');
    const changes = record(el, 'goesting-change');
    const long = 'y'.repeat(100_000);
    await type(el, '#text-action', long);
    const area = $<HTMLTextAreaElement>(el, '#text-action')!;
    expect(area.value).to.have.length(100_000);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#text-action-count')!.textContent).to.contain('te lang').and.contain('100000').and.contain('Je tekst blijft hier staan');
    expect(el.value.steps['action']).to.equal('Kort');
    expect(changes).to.have.length(0);
    const complete = record(el, 'goesting-complete');
    button(el, 'Kaart afronden').click();
    await el.updateComplete;
    expect(complete).to.have.length(0);
    expect($(el, '[role=status]')!.textContent).to.contain('te lang');
    expect(el.shadowRoot!.activeElement).to.equal(area);
    await expect(el).to.be.accessible();
    await type(el, '#text-action', long.slice(0, 1500));
    expect(el.value.steps['action']).to.have.length(1500);
    expect(area.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows markup and script in answers as text', async () => {
    const el = await mount(html`<goesting-reflection-card lang="nl-BE" template="intervision" layout="card"></goesting-reflection-card>`);
    const markup = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>';
    el.value = { ...emptyReflectionValue('intervision'), steps: { case: markup }, group: markup.slice(0, 60), views: [{ name: '<b>An</b>', text: markup }], takeaway: markup };
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#text-case')!.value).to.equal(markup);
    expect($$(el, '.print-text').map((d) => d.textContent)).to.include(markup);
    expect($(el, '.view legend')!.textContent).to.equal('<b>An</b>');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

runFormControlTests({
  tag: 'goesting-reflection-card',
  complete: async (element) => {
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  },
  editOnce: async (element) => {
    const area = element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = 'Een situatie';
    area.dispatchEvent(new Event('input'));
    await (element as GoestingReflectionCard).updateComplete;
  },
});
