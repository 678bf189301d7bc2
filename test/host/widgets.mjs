// Every widget the hostile-page tests embed, and how a user answers and finishes each one with a
// real mouse and keyboard. The tests loop over this list: a new widget adds one entry here (its tag
// and its drivers) and every page in test/host/pages/hostile covers it.
import { readFileSync, readdirSync } from 'node:fs';
import { defaultInstrument } from '@goesting/selfscan/model';
import { emptyReflectionValue } from '@goesting/reflection-card/model';
import { PULSE_ITEMS, emptyWorkabilityValue } from '@goesting/workability/model';
import { emptyPlanValue } from '@goesting/plan/model';
import { emptyAllianceValue } from '@goesting/alliance-check/model';

/** Playwright locators pierce open shadow roots, so `w` is the widget element and CSS finds its parts. */
export const WIDGETS = [
  {
    tag: 'goesting-selfscan',
    widget: 'selfscan',
    /** The answer buttons of the first question: they must stay visible, side by side, clickable. */
    answers: (w) => w.locator('fieldset.item').first().locator('label.option'),
    /** A value document a host restores, and whether the widget shows it. */
    saved: { schemaVersion: 1, instrument: 'goesting-selfscan-quick@1', answers: { [defaultInstrument('quick').items[0].id]: 4 }, flags: [], energy: {}, completed: false },
    showsSaved: (w) => w.locator('fieldset.item').first().locator('input[type=radio]').nth(3).isChecked(),
    /** One user edit: the third answer of the first question. */
    answer: (w) => w.locator('fieldset.item').first().locator('label.option').nth(2).click(),
    /** Answers every question on every step with the mouse, then finishes. */
    async complete(w) {
      for (let step = 0; step < 20; step++) {
        if (await w.locator('.result').count()) return;
        const items = w.locator('fieldset.item');
        const count = await items.count();
        for (let i = 0; i < count; i++) await items.nth(i).locator('label.option').nth(2).click();
        await w.locator('nav.navigation button.primary').click();
        // The next step, or the result, which the widget may first load: its update waits for that.
        await w.evaluate((el) => el.updateComplete);
      }
      throw new Error('the self-scan did not finish');
    },
  },
  {
    tag: 'goesting-network-circle',
    widget: 'network-circle',
    answers: (w) => w.locator('.toolbar button'),
    saved: { schemaVersion: 1, people: [{ id: 'a', label: 'Oma', sector: 'family', ring: 'close', gives: [], receives: [] }], completed: false },
    async showsSaved(w) {
      await w.locator('g.person').first().waitFor();
      return (await w.locator('g.person text').allTextContents()).join() === 'Oma';
    },
    /** One user edit: adds a person through the form. */
    async answer(w) {
      await w.locator('#add').click();
      await w.locator('#field-label').fill('Mama');
      await w.locator('form.editor button[type=submit]').click();
      await w.locator('g.person').first().waitFor();
    },
    async complete(w) {
      await this.answer(w);
      await w.locator('.actions button.primary').click();
    },
  },
  {
    tag: 'goesting-hope-scale',
    widget: 'hope-scale',
    answers: (w) => w.locator('input[type=range], .actions button'),
    saved: { schemaVersion: 1, mode: 'scaling', scales: { hope: 7 }, followUps: {}, answers: {}, completed: false },
    showsSaved: async (w) => (await w.locator('input[type=range]').first().inputValue()) === '7',
    /** One user edit: the scale moved to its top with the keyboard. */
    async answer(w) {
      await w.locator('input[type=range]').first().focus();
      await w.locator('input[type=range]').first().press('End');
    },
    async complete(w) {
      await this.answer(w);
      await w.locator('.actions button.primary').click();
      await w.locator('#result-title').waitFor();
    },
  },
  {
    tag: 'goesting-reflection-card',
    widget: 'reflection-card',
    answers: (w) => w.locator('.step-list button, #text-action, .actions button.primary'),
    saved: { ...emptyReflectionValue('korthagen'), id: 'saved-card', steps: { action: 'Een huisbezoek' } },
    showsSaved: async (w) => (await w.locator('#text-action').inputValue()) === 'Een huisbezoek',
    /** One user edit: typing in the first step. */
    answer: (w) => w.locator('#text-action').fill('Een gesprek met een cliënt'),
    async complete(w) {
      await this.answer(w);
      await w.locator('.step-list button').last().click();
      await w.locator('#action').fill('Eerst vragen wat de cliënt wil.');
      await w.locator('.actions button.primary').click();
    },
  },
  {
    tag: 'goesting-workability-check',
    widget: 'workability-check',
    answers: (w) => w.locator('fieldset.item').first().locator('label.option'),
    saved: { ...emptyWorkabilityValue('pulse'), answers: { [PULSE_ITEMS[0].id]: 3 } },
    showsSaved: (w) => w.locator('fieldset.item').first().locator('input[type=radio]').nth(2).isChecked(),
    /** One user edit: the second answer of the first statement. */
    answer: (w) => w.locator('fieldset.item').first().locator('label.option').nth(1).click(),
    async complete(w) {
      const items = w.locator('fieldset.item');
      const count = await items.count();
      for (let i = 0; i < count; i++) await items.nth(i).locator('label.option').nth(1).click();
      await w.locator('button.primary').click();
      await w.locator('#result-title').waitFor();
    },
  },
  {
    tag: 'goesting-plan',
    widget: 'plan',
    answers: (w) => w.locator('#question, #add-action, .finish button.primary'),
    saved: { ...emptyPlanValue('2026-11-02'), question: 'Ik wil weer zelf mijn geld regelen.' },
    showsSaved: async (w) => (await w.locator('#question').inputValue()) === 'Ik wil weer zelf mijn geld regelen.',
    /** One user edit: the main question. */
    answer: (w) => w.locator('#question').fill('Ik wil rust in huis.'),
    /** Writes the question and one action with the mouse and keyboard, then finishes. */
    async complete(w) {
      await this.answer(w);
      await w.locator('#add-action').click();
      await w.locator('.action input[id$="-what"]').fill('Kamer opruimen');
      await w.locator('.finish button.primary').click();
    },
  },
  {
    tag: 'goesting-alliance-check',
    widget: 'alliance-check',
    answers: (w) => w.locator('fieldset.item').first().locator('label.option'),
    saved: (() => {
      const doc = emptyAllianceValue('short', ['client', 'professional']);
      return { ...doc, perspectives: { ...doc.perspectives, client: { answers: { 'goals-1': 4 }, completed: false } } };
    })(),
    showsSaved: (w) => w.locator('fieldset.item').first().locator('input[type=radio]').nth(3).isChecked(),
    /** One user edit: the client's second answer to the first statement. */
    answer: (w) => w.locator('fieldset.item').first().locator('label.option').nth(1).click(),
    /** The client and the professional answer every statement together, then finish. */
    async complete(w) {
      const items = w.locator('fieldset.item');
      const count = await items.count();
      for (let i = 0; i < count; i++) await items.nth(i).locator('label.option').nth(3).click();
      await w.locator('.actions button.primary').click();
      await w.locator('#result-title').waitFor();
    },
  },
];

/**
 * Every tag the full bundle defines: the provider, the widgets above, and the two group reports
 * (the workability report and the team mirror), which take no answers and so have no drivers here
 * (their own tests cover them).
 */
export const ALL_TAGS = ['goesting-provider', ...WIDGETS.map((w) => w.tag), 'goesting-workability-report', 'goesting-selfscan-team'];

/** Markup of every widget, for the `<!-- widgets -->` placeholder in the hostile pages. */
export const widgetMarkup = () => WIDGETS.map(({ tag }) => `<${tag}></${tag}>`).join('\n');

const PAGES = new URL('./pages/hostile/', import.meta.url);

/**
 * The hostile pages as the server hands them out, with every widget of {@link WIDGETS} in place of
 * `<!-- widgets -->`; for `serve({ files })`.
 */
export function hostilePages() {
  const files = {};
  for (const name of readdirSync(PAGES).filter((n) => n.endsWith('.html'))) {
    files[`/test/host/pages/hostile/${name}`] = readFileSync(new URL(name, PAGES), 'utf8').replaceAll('<!-- widgets -->', widgetMarkup());
  }
  return files;
}

/** What the page's listen.js heard on its document: contract events and policy violations. */
export const heard = (frame) => frame.evaluate(() => ({ events: window.heard.events, violations: window.heard.violations }));
