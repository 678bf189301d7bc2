import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import '@goesting/core/define-provider.js';
import { FULL_ITEMS, PULSE_ITEMS, checkChangeEventSchema, checkCompleteEventSchema, checkErrorEventSchema, emptyWorkabilityValue, type GoestingWorkabilityCheck } from '../src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { draftsRemoved, quietly, readdElement, record } from '../../core/test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
const mount = (template = html`<goesting-workability-check lang="nl-BE"></goesting-workability-check>`) => fixture<GoestingWorkabilityCheck>(template);

/** Answers every statement by clicking: `pick(index)` is the answer (1–4) for the n-th statement. */
async function answerAll(el: GoestingWorkabilityCheck, pick: (index: number, id: string) => number) {
  $$<HTMLFieldSetElement>(el, 'fieldset.item').forEach((fieldset, i) => fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[pick(i, fieldset.dataset['item']!) - 1]!.click());
  await el.updateComplete;
}

describe('<goesting-workability-check>', () => {
  it('is accessible and asks ten pulse statements on a four-point frequency scale', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const items = $$<HTMLFieldSetElement>(el, 'fieldset.item');
    expect(items.length).to.equal(10);
    expect(items[0]!.querySelector('legend')!.textContent).to.equal('Na het werk ben ik zo moe dat ik thuis weinig anders nog kan.');
    expect([...items[0]!.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['nooit', 'soms', 'vaak', 'altijd']);
    expect($(el, '[role=status]')!.textContent).to.equal('Nog 10 zinnen te beantwoorden.');
  });

  it('asks thirty statements in the full variant', async () => {
    const el = await mount(html`<goesting-workability-check lang="nl-BE" variant="full"></goesting-workability-check>`);
    expect($$(el, 'fieldset.item').length).to.equal(FULL_ITEMS.length);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard only, and shows the personal result first', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    $<HTMLInputElement>(el, 'fieldset.item input[type=radio]')!.focus();
    for (let i = 0; i < PULSE_ITEMS.length; i++) {
      // Space picks the focused answer; arrow keys move within the group; Tab goes to the next statement.
      await sendKeys({ press: i % 2 ? 'ArrowRight' : 'Space' });
      await sendKeys({ press: 'Tab' });
    }
    await el.updateComplete;
    expect(changes.length).to.equal(10);
    expect(checkChangeEventSchema.safeParse(changes[9]!.detail).success).to.equal(true);
    expect($(el, '[role=status]')!.textContent).to.equal('Alle zinnen zijn beantwoord.');
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Toon mijn resultaat');
    const completed = oneEvent(el, 'goesting-complete');
    await sendKeys({ press: 'Enter' });
    const { detail } = await completed;
    expect(checkCompleteEventSchema.safeParse(detail).success).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.id).to.equal('result-title');
    await expect(el).to.be.accessible();
  });

  it('shows zones with words and icons, the werkbaar verdict, and tips with the host’s contacts', async () => {
    const el = await mount(html`<goesting-workability-check lang="nl-BE" team="team-noord" wave="2026-voorjaar">
      <p slot="talk-workload">Praat met Sofie, vertrouwenspersoon: 03 123 45 67.</p>
      <p slot="talk-support">Bel de personeelsdienst.</p>
    </goesting-workability-check>`);
    // Much stress (always), much work pressure (always), the rest favourable.
    await answerAll(el, (_, id) => (id.startsWith('stress') || id.startsWith('workload') || id.startsWith('emotional') ? 4 : id.startsWith('support') ? 3 : 4));
    const completed = oneEvent(el, 'goesting-complete');
    button(el, 'Toon mijn resultaat').click();
    const { detail } = await completed;
    await el.updateComplete;
    expect(detail.result).to.deep.include({ team: 'team-noord', wave: '2026-voorjaar', werkbaar: false });
    expect(Object.keys(detail.result)).not.to.include('answers');
    expect(detail.result.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const rows = $$(el, 'tbody tr').filter((r) => r.querySelector('td')).map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).to.deep.equal(['Werkstress (hoger is zwaarder)', '4,00', '✕probleem']);
    expect(rows[1]).to.deep.equal(['Motivatie (hoger is beter)', '4,00', '✓goed']);
    expect($(el, '.verdict')!.textContent).to.contain('Je werk is nu niet werkbaar');
    expect($(el, '.note')!.textContent).to.contain('onze eigen grenzen');
    const tips = $$(el, '.tip');
    expect(tips.map((t) => t.querySelector('h4')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Werkdruk ✕probleem', 'Emotionele belasting ✕probleem']);
    const slot = tips[0]!.querySelector<HTMLSlotElement>('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('Sofie');
    await expect(el).to.be.accessible();
  });

  it('calls work werkbaar when no indicator is red', async () => {
    const el = await mount();
    await answerAll(el, (_, id) => (id.startsWith('stress') || id.startsWith('workload') || id.startsWith('emotional') ? 1 : 4));
    button(el, 'Toon mijn resultaat').click();
    await el.updateComplete;
    expect($(el, '.verdict')!.textContent).to.contain('Je werk is werkbaar');
    expect($(el, '.tip')).to.equal(null);
  });

  it('does not finish with open statements, says how many, and moves focus to the first', async () => {
    const el = await mount();
    const completes = record(el, 'goesting-complete');
    $$<HTMLInputElement>(el, 'input[type=radio]')[0]!.click();
    await el.updateComplete;
    button(el, 'Toon mijn resultaat').click();
    await el.updateComplete;
    expect(completes.length).to.equal(0);
    expect($(el, '[role=status]')!.textContent).to.equal('Beantwoord eerst nog 9 zinnen. De eerste open zin heeft nu de focus.');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('motivation-1');
  });

  it('fires nothing when the host sets a value, and shows a saved result', async () => {
    const el = await mount();
    const events = [...record(el, 'goesting-change'), ...record(el, 'goesting-complete')];
    const changes = record(el, 'goesting-change');
    el.value = { ...emptyWorkabilityValue('pulse'), answers: Object.fromEntries(PULSE_ITEMS.map((i) => [i.id, 2])), completed: true, date: '2026-01-05' };
    await el.updateComplete;
    expect(events.length + changes.length).to.equal(0);
    expect($(el, '#result-title')).to.not.equal(null);
  });

  it('shows an error state for bad input and keeps the answers', async () => {
    const el = await mount();
    $$<HTMLInputElement>(el, 'input[type=radio]')[2]!.click();
    await el.updateComplete;
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.value = { schemaVersion: 1, variant: 'pulse', answers: { 'stress-1': 7, nope: 1 }, completed: false };
      el.setAttribute('thresholds', '{"orange": 3, "red": 2}');
      el.setAttribute('team', 'no spaces allowed');
      await el.updateComplete;
    });
    // The value's problem is reported at the next update, once every input of the round is set.
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-config', 'invalid-config', 'invalid-value']);
    for (const e of errors) expect(checkErrorEventSchema.safeParse(e.detail).success).to.equal(true);
    expect($(el, '[role=alert]')!.textContent).to.contain('niet geldig');
    expect(el.value.answers['stress-1']).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('keeps reporting an invalid team while a valid wave is set, until the team itself is fixed', async () => {
    const el = await mount();
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.team = 'team noord';
      el.wave = '2026-voorjaar';
      await el.updateComplete;
    });
    expect(errors.map((e) => e.detail.issues.map((i: { path: string }) => i.path))).to.deep.equal([['team']]);
    expect($(el, '[role=alert]')!.textContent).to.contain('team');
    expect(el.result.team).to.equal(undefined);
    await quietly(async () => {
      el.wave = 'bad wave';
      await el.updateComplete;
    });
    // Each setting is reported under its own name: the wave's problem joins the team's, which stays shown.
    expect(errors.at(-1)!.detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['wave']);
    expect($$(el, '[role=alert] code').map((code) => code.textContent)).to.deep.equal(['team', 'wave']);
    el.wave = '2026-voorjaar';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.not.equal(null);
    el.team = 'team-noord';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect([el.result.team, el.result.wave]).to.deep.equal(['team-noord', '2026-voorjaar']);
  });

  it('refuses an unknown variant, keeps the one in force, and never saves it in a document', async () => {
    const el = await mount(html`<goesting-workability-check lang="nl-BE" variant="full"></goesting-workability-check>`);
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.setAttribute('variant', 'ful');
      await el.updateComplete;
    });
    expect(errors.map((e) => e.detail.issues.map((i: { path: string }) => i.path))).to.deep.equal([['variant']]);
    expect(el.variant).to.equal('full');
    expect($$(el, 'fieldset')).to.have.length(30);
    $$<HTMLInputElement>(el, 'input[type=radio]')[0]!.click();
    await el.updateComplete;
    expect(el.value.variant).to.equal('full');
    el.setAttribute('variant', 'pulse');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
  });

  it('fits a 320 px wide screen and stays accessible in the dark theme', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await mount(html`<goesting-workability-check lang="nl-BE" theme="dark" style="display:block;background:#14171c;color:#e8eaed"></goesting-workability-check>`);
      el.value = { ...emptyWorkabilityValue('pulse'), answers: Object.fromEntries(PULSE_ITEMS.map((i) => [i.id, 4])), completed: true, date: '2026-01-05' };
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks the page’s language and takes per-instance texts', async () => {
    const el = await mount(html`<goesting-workability-check lang="fr-BE" .strings=${{ title: 'Check-up bien-être' }}></goesting-workability-check>`);
    expect($(el, 'h2')!.textContent).to.equal('Check-up bien-être');
    expect($(el, 'legend')!.textContent).to.contain('Après le travail');
    const en = await mount(html`<goesting-workability-check lang="en"></goesting-workability-check>`);
    expect($$(en, 'fieldset.item label')[3]!.textContent!.trim()).to.equal('always');
    const provider = await fixture(html`<goesting-provider locale="nl-NL"><goesting-workability-check></goesting-workability-check></goesting-provider>`);
    const nl = provider.querySelector('goesting-workability-check')!;
    await nl.updateComplete;
    expect($(nl, 'p')!.textContent).to.contain('afgelopen vier weken');
  });

  it('stores nothing without an opt-in, keeps a session draft on opt-in, and reset() clears it', async () => {
    const plain = await mount();
    $$<HTMLInputElement>(plain, 'input[type=radio]')[1]!.click();
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const el = await mount(html`<goesting-workability-check lang="nl-BE" storage="session"></goesting-workability-check>`);
    $$<HTMLInputElement>(el, 'input[type=radio]')[1]!.click();
    await el.updateComplete;
    const again = await readdElement(el, (again) => again.value.answers['stress-1'] !== undefined);
    expect(again.value.answers['stress-1']).to.equal(2);
    again.reset();
    await draftsRemoved();
    expect(again.value.answers).to.deep.equal({});
    expect(again.getAttributeNames().sort(), 'no answers in attributes').to.deep.equal(['lang', 'storage']);
  });
});

runFormControlTests({
  tag: 'goesting-workability-check',
  complete: async (element) => {
    await answerAll(element as GoestingWorkabilityCheck, () => 2);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  },
  editOnce: async (element) => {
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await element.updateComplete;
  },
});
