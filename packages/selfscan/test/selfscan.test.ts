import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '@goesting/core/define-provider.js';
import { callbackStorageAdapter } from '@goesting/core';
import {
  changeEventSchema,
  completeEventSchema,
  defaultInstrument,
  emptySelfscanValue,
  errorEventSchema,
  type GoestingSelfscan,
  type SelfscanValue,
} from '../src/index.js';
import { $, $$, answerStep, buttonNamed, completeByClicks, items, quietly } from './helpers.js';
import frBE from '../src/locales/fr-BE.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { expectRefused, failOnPageErrors, readdElement, record } from '../../core/test/helpers.js';

/**
 * The name a browser gives a button: its aria-label, else its rendered text, where text in
 * another layout block (a visually hidden span is one) is joined with a space.
 */
const accessibleName = (button: HTMLElement) => (button.getAttribute('aria-label') ?? button.innerText).replace(/\s+/g, ' ').trim();

/**
 * What a polite live region says: each time its text changes to something that is not empty.
 * Text set again unchanged is not said again, which is why a widget clears the region first.
 */
function spoken(region: Element): string[] {
  const said: string[] = [];
  let last = region.textContent ?? '';
  new MutationObserver((records) => {
    const texts = [...records.map((r) => (r.type === 'characterData' ? r.oldValue ?? '' : last)).slice(1), region.textContent ?? ''];
    for (const text of texts) {
      if (text !== last && text.trim()) said.push(text.trim());
      last = text;
    }
  }).observe(region, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  return said;
}

const mount = (template = html`<goesting-selfscan lang="nl-BE"></goesting-selfscan>`) => fixture<GoestingSelfscan>(template);


const quick = defaultInstrument('quick');
const completedDoc = (answer: 1 | 2 | 3 | 4 | 5, date = '2026-01-15'): SelfscanValue => ({
  ...emptySelfscanValue(quick),
  answers: Object.fromEntries(quick.items.map((i) => [i.id, answer])),
  completed: true,
  date,
});

describe('<goesting-selfscan>', () => {
  it('is accessible on its first step', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('shows one pillar per step with its statements, progress and the energy question', async () => {
    const el = await mount();
    expect($(el, '#step-heading')!.textContent).to.contain('Stap 1 van 4').and.contain('Professionele expertise inzetten');
    expect(items(el)).to.have.length(4);
    expect(items(el)[0]!.querySelector('legend')!.textContent).to.equal(quick.items[0]!.text['nl-BE' as never]);
    expect($(el, 'fieldset.energy legend')!.textContent).to.contain('goesting');
    expect($(el, '.progress label')!.textContent).to.equal('0 van 16 uitspraken beantwoord');
    await answerStep(el);
    expect($(el, '.progress label')!.textContent).to.equal('4 van 16 uitspraken beantwoord');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(4);
  });

  it('announces the answer progress politely, once per change, also when the same words come back', async () => {
    const el = await mount();
    const region = $(el, '[role=status]')!;
    expect(region.closest('[aria-live=off]')).to.equal(null);
    const said = spoken(region);
    const first = items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => said.length === 1, 'the first answer is announced');
    expect(said).to.deep.equal(['1 van 16 uitspraken beantwoord']);
    // Another choice for the same statement is no progress: the radio itself says what is chosen.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await el.updateComplete;
    expect(said).to.have.length(1);
    // After a reset the first answer gives the same words as before: they are said again.
    el.reset();
    await el.updateComplete;
    items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[0]!.click();
    await waitUntil(() => said.length === 2, 'the same progress is announced again');
    items(el)[1]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[3]!.click();
    await waitUntil(() => said.length === 3, 'the next answer is announced');
    expect(said).to.deep.equal(['1 van 16 uitspraken beantwoord', '1 van 16 uitspraken beantwoord', '2 van 16 uitspraken beantwoord']);
  });

  it('names every answer option with the statement as its group', async () => {
    const el = await mount();
    const fieldset = items(el)[0]!;
    const radios = [...fieldset.querySelectorAll('input[type=radio]')];
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['nooit', 'zelden', 'soms', 'vaak', 'altijd', 'niet van toepassing']);
    expect(fieldset.querySelector('legend')!.textContent).to.not.equal('');
  });

  it('keeps answers when going back and forward', async () => {
    const el = await mount();
    await answerStep(el, (i) => i);
    buttonNamed(el, 'Volgende')!.click();
    await el.updateComplete;
    expect($(el, '#step-heading')!.textContent).to.contain('Stap 2 van 4');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    buttonNamed(el, 'Vorige')!.click();
    await el.updateComplete;
    const checked = items(el).map((f) => [...f.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((r) => r.checked));
    expect(checked).to.deep.equal([0, 1, 2, 3]);
  });

  it('records not applicable, flags and energy in the value', async () => {
    const el = await mount();
    items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[5]!.click();
    items(el)[1]!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    $(el, 'fieldset.energy')!.querySelectorAll<HTMLInputElement>('input')[4]!.click();
    await el.updateComplete;
    expect(el.value.answers[quick.items[0]!.id]).to.equal('na');
    expect(el.value.flags).to.deep.equal([quick.items[1]!.id]);
    expect(el.value.energy).to.deep.equal({ expertise: 5 });
    items(el)[1]!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    expect(el.value.flags).to.deep.equal([]);
  });

  it('fires goesting-change, input and change on every user edit, with a detail that fits its schema', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    const inputs = record(el, 'input');
    const natives = record(el, 'change');
    await answerStep(el);
    expect(changes).to.have.length(4);
    expect(inputs).to.have.length(4);
    expect(natives.filter((e) => e.target === el)).to.have.length(4);
    const parsed = changeEventSchema.safeParse(changes[3]!.detail);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(changes[3]!.detail.value.answers).to.deep.equal(el.value.answers);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
  });

  it('fires nothing when the host sets value, instrument, history or variant', async () => {
    const el = await mount();
    const events = [...record(el, 'goesting-change'), ...record(el, 'goesting-complete')];
    const all: Event[] = [];
    for (const name of ['goesting-change', 'goesting-complete', 'goesting-error', 'input', 'change']) el.addEventListener(name, (e) => all.push(e));
    el.value = completedDoc(4);
    el.history = [completedDoc(2, '2025-06-01')];
    el.variant = 'full';
    el.instrument = quick;
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    expect(all).to.deep.equal([]);
  });

  it('stays on the current step when the host hands back the value it just received', async () => {
    const el = await mount();
    el.addEventListener('goesting-change', (e) => (el.value = structuredClone((e as CustomEvent).detail.value)));
    await answerStep(el);
    buttonNamed(el, 'Volgende')!.click();
    await el.updateComplete;
    await answerStep(el);
    expect($(el, '#step-heading')!.textContent).to.contain('Stap 2 van 4');
    expect(Object.keys(el.value.answers)).to.have.length(8);
  });

  it('asks before finishing with open statements, then completes with a valid goesting-complete', async () => {
    const el = await mount();
    for (let step = 0; step < 3; step++) {
      await answerStep(el);
      buttonNamed(el, 'Volgende')!.click();
      await el.updateComplete;
    }
    buttonNamed(el, 'Bekijk mijn resultaat')!.click();
    await el.updateComplete;
    expect($(el, '#open-items')!.textContent).to.contain('4 uitspraken open');
    await expect(el).to.be.accessible();
    setTimeout(() => buttonNamed(el, 'Toch afronden')!.click());
    const { detail } = await oneEvent(el, 'goesting-complete');
    const parsed = completeEventSchema.safeParse(detail);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(detail.value.completed).to.equal(true);
    expect(detail.value.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.result.pillars).to.deep.equal({ expertise: 4, alliance: 4, hope: 4, reflection: null });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    await waitUntil(() => $(el, '[role=status]')!.textContent === 'Je resultaat staat klaar.', 'the result is announced');
  });

  it('shows the result: radar, heat map with numbers as text, strengths, growth points, flags, competences', async () => {
    const el = await mount();
    items(el)[2]!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await completeByClicks(el, (i) => i % 5);
    await expect(el).to.be.accessible();
    const svg = $(el, 'svg.radar')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('Professionele expertise inzetten: 2,5');
    const rows = $$(el, '.heatmap tbody tr');
    expect(rows).to.have.length(4);
    expect(rows[0]!.querySelectorAll('td.cell')[0]!.textContent!.trim()).to.equal('1,0');
    expect(rows[0]!.querySelectorAll('td.cell')[3]!.textContent!.trim()).to.equal('4,0');
    expect($$(el, '.strengths li')).to.have.length(3);
    expect($$(el, '.growthPoints li')).to.have.length(3);
    expect($(el, '.growthPoints li')!.textContent).to.contain('1,0');
    expect($$(el, '.flagged li').map((li) => li.textContent)).to.deep.equal([quick.items[2]!.text['nl-BE' as never]]);
    const competences = $$(el, 'details.competences tbody tr');
    expect(competences.length).to.be.greaterThan(5);
    expect(competences[0]!.querySelector('th')!.textContent).to.match(/^[A-Z]/);
  });

  it('offers a reflection card per growth point through a bubbling, composed goesting-reflect event', async () => {
    const el = await mount();
    await completeByClicks(el, (i) => i % 5);
    const buttons = $$<HTMLButtonElement>(el, '.growthPoints button.reflect');
    expect(buttons).to.have.length(3);
    expect($$(el, '.strengths button.reflect')).to.have.length(0);
    expect(accessibleName(buttons[0]!)).to.match(/^Reflecteer hierover: .+: .+$/);
    const heard: CustomEvent[] = [];
    const listen = (e: Event) => heard.push(e as CustomEvent);
    document.addEventListener('goesting-reflect', listen);
    const changes = record(el, 'goesting-change');
    try {
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      document.removeEventListener('goesting-reflect', listen);
    }
    expect(heard).to.have.length(1);
    expect(heard[0]!.bubbles && heard[0]!.composed).to.equal(true);
    const { pillar, dimension } = heard[0]!.detail.cell;
    expect(heard[0]!.detail).to.deep.include({ widget: 'selfscan', schemaVersion: 1 });
    expect(el.result.growthPoints[0]).to.equal(`${pillar}.${dimension}`);
    expect(changes).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names each growth-point button in one piece, with the colon set as each language does', async () => {
    const expected = { 'nl-BE': /^Reflecteer hierover: \S/, 'nl-NL': /^Reflecteer hierover: \S/, en: /^Reflect on this: \S/, 'fr-BE': /^Y réfléchir : \S/ };
    for (const [lang, pattern] of Object.entries(expected)) {
      const el = await mount(html`<goesting-selfscan lang=${lang}></goesting-selfscan>`);
      await completeByClicks(el, (i) => i % 5);
      const buttons = $$<HTMLButtonElement>(el, '.growthPoints button.reflect');
      expect(buttons, lang).to.have.length(3);
      for (const button of buttons) {
        const name = accessibleName(button);
        expect(name, lang).to.match(pattern);
        expect(name, lang).to.not.match(lang === 'fr-BE' ? /\S:|\s{2}/ : /\s:/);
        // The visible words start the name, so speech users can say what they see.
        expect(name.startsWith(button.innerText.replace(/\s+/g, ' ').trim()), lang).to.equal(true);
      }
    }
  });

  it('shows an earlier scan from history in the radar and as differences in the heat map', async () => {
    const el = await mount(html`<goesting-selfscan lang="nl-BE" readonly></goesting-selfscan>`);
    el.value = completedDoc(4, '2026-05-01');
    el.history = [completedDoc(1, '2025-01-01'), completedDoc(3, '2025-11-20')];
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect($(el, '.series.earlier')).to.not.equal(null);
    expect($(el, '.legend')!.textContent).to.contain('Vorige scan (20 november 2025)');
    expect($(el, '.heatmap td.cell .diff')!.textContent).to.contain('+1,0').and.contain('tegenover de vorige scan');
    expect(buttonNamed(el, 'Mijn antwoorden aanpassen')).to.equal(undefined);
  });

  it('lets the user change answers after finishing, which reopens the scan', async () => {
    const el = await mount();
    await completeByClicks(el);
    expect(el.isComplete()).to.equal(true);
    buttonNamed(el, 'Mijn antwoorden aanpassen')!.click();
    await el.updateComplete;
    expect($(el, '#step-heading')).to.not.equal(null);
    expect(el.value.answers[quick.items[0]!.id]).to.equal(4);
    await answerStep(el, () => 0);
    expect(el.isComplete()).to.equal(false);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    const done = oneEvent(el, 'goesting-complete');
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    // Walk the page with Tab; in each unanswered radio group press ArrowRight (chooses "zelden" or next), on buttons press Enter.
    for (let presses = 0; presses < 400 && !$(el, '.result'); presses++) {
      await sendKeys({ press: 'Tab' });
      const focused = active();
      if (focused instanceof HTMLInputElement && focused.type === 'radio') {
        const group = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${focused.name}"]`)];
        if (!group.some((r) => r.checked)) await sendKeys({ press: 'Space' });
      } else if (focused instanceof HTMLButtonElement && focused.classList.contains('primary')) {
        await sendKeys({ press: 'Enter' });
      }
      await el.updateComplete;
    }
    const { detail } = await done;
    expect(Object.keys(detail.value.answers)).to.have.length(16);
    expect(Object.keys(detail.value.energy)).to.have.length(4);
  });

  it('offers the result as a JSON download and a print button', async () => {
    const el = await mount();
    await completeByClicks(el);
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      buttonNamed(el, 'Downloaden als JSON')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.match(/^zelfscan-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (await fetch(clicked[0]!.href)).text());
    expect(file.value).to.deep.equal(el.value);
    expect(file.result.pillars.expertise).to.equal(4);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    buttonNamed(el, 'Afdrukken')!.click();
    window.print = print;
    expect(printed).to.equal(1);
  });

  it('offers the full list with 40 statements', async () => {
    const el = await mount(html`<goesting-selfscan lang="nl-BE" variant="full"></goesting-selfscan>`);
    expect($(el, '.progress label')!.textContent).to.equal('0 van 40 uitspraken beantwoord');
    expect(items(el)).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('speaks every shipped language and follows provider and page', async () => {
    const el = await mount(html`<goesting-selfscan lang="fr-BE"></goesting-selfscan>`);
    expect($(el, 'h2')!.textContent).to.equal('Autoévaluation : les quatre piliers');
    expect(items(el)[0]!.querySelector('legend')!.textContent).to.equal(frBE[`item.${quick.items[0]!.id}` as 'title']);
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Self-scan: the four pillars');
    const provider = await fixture(html`<goesting-provider locale="nl-NL"><goesting-selfscan></goesting-selfscan></goesting-provider>`);
    const inner = provider.querySelector('goesting-selfscan')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('fieldset.energy legend')!.textContent).to.contain('energie');
  });

  it('uses per-instance text overrides', async () => {
    const el = await mount();
    el.strings = { title: 'Onze teamscan', flag: 'Bespreken in supervisie' };
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Onze teamscan');
    expect($(el, 'label.flag')!.textContent!.trim()).to.equal('Bespreken in supervisie');
  });

  it('follows a dark theme from its attribute or the provider', async () => {
    const el = await mount(html`<goesting-selfscan lang="nl-BE" theme="dark"></goesting-selfscan>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const provider = await fixture(html`<goesting-provider theme="dark"><goesting-selfscan lang="en"></goesting-selfscan></goesting-provider>`);
    const inner = provider.querySelector('goesting-selfscan')!;
    await inner.updateComplete;
    expect(getComputedStyle(inner).colorScheme).to.equal('dark');
  });
});

describe('<goesting-selfscan> with invalid input', () => {
  failOnPageErrors();

  async function startedScan() {
    const el = await mount();
    await answerStep(el, () => 1);
    return el;
  }

  async function expectErrorState(el: GoestingSelfscan, code: string, set: () => void) {
    const detail = await expectRefused(el, code, set, errorEventSchema);
    expect($(el, '[role=alert]')!.textContent).to.contain('Wat je al invulde, blijft bewaard.');
    return detail;
  }

  it('refuses bad JSON in the value attribute', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'invalid-json', () => el.setAttribute('value', '{"answers": {'));
  });

  it('refuses wrong types, and keeps the answers on screen', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'invalid-value', () => (el.value = { schemaVersion: 1, instrument: 4, answers: [], flags: 'x', energy: {}, completed: 'no' }));
    expect(items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.checked).to.equal(true);
  });

  it('refuses unknown statement ids and names them', async () => {
    const el = await startedScan();
    const detail = await expectErrorState(el, 'invalid-value', () => (el.value = { ...emptySelfscanValue(quick), answers: { nope: 3 } }));
    expect(detail.issues[0]).to.deep.include({ path: 'answers.nope', code: 'unknown_item' });
    expect($(el, '[role=alert]')!.textContent).to.contain('onbekende vraag "nope"');
  });

  it('refuses out-of-range answers', async () => {
    const el = await startedScan();
    const detail = await expectErrorState(el, 'invalid-value', () => (el.value = { ...emptySelfscanValue(quick), answers: { [quick.items[0]!.id]: 7 } }));
    expect(detail.issues[0]!.path).to.equal(`answers.${quick.items[0]!.id}`);
  });

  it('refuses a document from a future version', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'unsupported-version', () => (el.value = { ...emptySelfscanValue(quick), schemaVersion: 9 }));
    expect($(el, '[role=alert]')!.textContent).to.contain('nieuwere versie');
  });

  it('refuses an invalid instrument, keeping the answers in value', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'invalid-instrument', () => (el.instrument = { id: 'own', version: 1, items: [{ id: 'a', pillar: 'x' }] }));
    expect(items(el)).to.have.length(0);
    el.instrument = undefined;
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.checked).to.equal(true);
  });

  it('refuses an unknown variant, keeping the list shown and the answers', async () => {
    const el = await startedScan();
    const detail = await expectErrorState(el, 'invalid-config', () => el.setAttribute('variant', 'long'));
    expect(detail.issues).to.deep.equal([{ path: 'variant', code: 'invalid_value', message: 'Not one of the allowed values: quick, full.', params: { values: 'quick, full', found: 'long' } }]);
    expect(el.variant).to.equal('quick');
    expect(items(el)).to.have.length(4);
    expect(items(el)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.checked).to.equal(true);
    el.variant = 'full';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(items(el)).to.have.length(10);
    await expectErrorState(el, 'invalid-config', () => ((el as unknown as { variant: unknown }).variant = 'everything'));
    expect(el.variant).to.equal('full');
    expect(items(el)).to.have.length(10);
    await answerStep(el);
    expect(el.value.instrument).to.equal('goesting-selfscan-full@1');
  });

  it('refuses invalid history and still shows the scan', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'invalid-history', () => (el.history = [{ answers: 'none' }]));
    expect(items(el)).to.have.length(4);
  });

  it('refuses a `__proto__` key in history, as JSON text or object, and leaves Object.prototype alone', async () => {
    const el = await startedScan();
    const text = `[{"schemaVersion":1,"instrument":"goesting-selfscan-quick@1","answers":{"__proto__":{"polluted":"yes"}},"flags":[],"energy":{},"completed":true}]`;
    for (const set of [() => el.setAttribute('history', text), () => (el.history = JSON.parse(text))]) {
      el.history = [completedDoc(2, '2025-06-01')];
      await el.updateComplete;
      const detail = await expectErrorState(el, 'invalid-history', set);
      expect(detail.issues).to.deep.equal([{ path: '[0].answers.__proto__', code: 'forbidden_key', message: 'The key "__proto__" is not allowed.', params: { key: '__proto__' } }]);
      expect(el.history.map((doc) => doc.date)).to.deep.equal(['2025-06-01']);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    }
    el.history = [completedDoc(2, '2025-06-01')];
    expect(Object.getPrototypeOf(el.history[0]!.answers)).to.equal(null);
  });

  it('reports a value for another question list also after an earlier invalid value', async () => {
    const el = await startedScan();
    await expectErrorState(el, 'invalid-json', () => el.setAttribute('value', '{"answers": {'));
    const detail = await expectErrorState(el, 'invalid-value', () => (el.value = { schemaVersion: 1, instrument: 'own@2', answers: { q1: 5 }, flags: [], energy: {}, completed: false }));
    expect(detail.issues.map((i) => [i.path, i.code])).to.deep.equal([['answers.q1', 'unknown_item'], ['instrument', 'other_instrument']]);
    expect($(el, '[role=alert]')!.textContent).to.contain('onbekende vraag "q1"');
    // Unknown statements of the list shown, too.
    const unknown = await expectErrorState(el, 'invalid-value', () => (el.value = { ...emptySelfscanValue(quick), answers: { nope: 3 } }));
    expect(unknown.issues.map((i) => [i.path, i.code])).to.deep.equal([['answers.nope', 'unknown_item']]);
  });

  it('accepts value and a custom instrument in either order', async () => {
    const own = { id: 'own', version: 2, items: [{ id: 'q1', pillar: 'hope', dimension: 'other', text: 'Eigen vraag' }] };
    const el = await mount();
    const errors = record(el, 'goesting-error');
    await quietly(() => {
      el.value = { schemaVersion: 1, instrument: 'own@2', answers: { q1: 5 }, flags: [], energy: {}, completed: false };
      el.instrument = own;
    });
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.answers).to.deep.equal({ q1: 5 });
    expect(items(el)).to.have.length(1);
    expect(errors).to.have.length(0);
  });

  it('accepts a value for the full list and variant="full" in either order', async () => {
    const full = defaultInstrument('full');
    const fullOnly = full.items.find((i) => !quick.items.some((q) => q.id === i.id))!;
    const el = await mount();
    const errors = record(el, 'goesting-error');
    el.value = { ...emptySelfscanValue(full), answers: { [fullOnly.id]: 2 } };
    el.variant = 'full';
    await el.updateComplete;
    expect(errors).to.have.length(0);
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.answers).to.deep.equal({ [fullOnly.id]: 2 });
  });

  it('still reports unknown statements once the round of property sets is over', async () => {
    const el = await mount();
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.value = { schemaVersion: 1, instrument: 'own@2', answers: { q1: 5 }, flags: [], energy: {}, completed: false };
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues[0]).to.deep.include({ code: 'unknown_item', path: 'answers.q1' });
  });

  it('shows the title of a host list', async () => {
    const el = await mount();
    el.instrument = { id: 'own', version: 1, title: { 'nl-BE': 'Teamscan', en: 'Team scan' }, items: [{ id: 'q1', pillar: 'hope', dimension: 'self', text: 'x' }] };
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Teamscan');
  });

  it('shows markup in host texts as text', async () => {
    const el = await mount();
    el.instrument = { id: 'own', version: 1, items: [{ id: 'q1', pillar: 'expertise', dimension: 'self', text: '<img src=x onerror="window.hacked=1">Vraag' }] };
    await el.updateComplete;
    expect(items(el)[0]!.querySelector('legend')!.textContent).to.equal('<img src=x onerror="window.hacked=1">Vraag');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<goesting-selfscan> drafts', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('writes nothing to any storage without an opt-in', async () => {
    const el = await mount();
    await completeByClicks(el);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(el.outerHTML).to.not.contain('answers');
  });

  it('keeps a session draft that survives removing and re-adding the element', async () => {
    const el = await mount(html`<goesting-selfscan lang="nl-BE" storage="session" draft-key="team-a"></goesting-selfscan>`);
    await answerStep(el, () => 2);
    await waitUntil(() => sessionStorage.getItem('goesting:selfscan:team-a')?.includes(Object.keys(el.value.answers).at(-1)!), 'the draft is written');
    expect(JSON.parse(sessionStorage.getItem('goesting:selfscan:team-a')!).answers).to.deep.equal(el.value.answers);
    const again = await readdElement(el, (again) => Object.keys(again.value.answers).length > 0);
    expect(Object.keys(again.value.answers)).to.have.length(4);
    expect(items(again)[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.checked).to.equal(true);
  });

  it('lets a host-set value win over a draft, and reset() removes the draft', async () => {
    sessionStorage.setItem('goesting:selfscan:draft', JSON.stringify({ ...emptySelfscanValue(quick), answers: { [quick.items[0]!.id]: 1 } }));
    let reads = 0;
    const drafts = { get: (key: string) => (reads++, JSON.parse(sessionStorage.getItem(key)!)), set: () => {}, remove: (key: string) => sessionStorage.removeItem(key) };
    const el = await mount(html`<goesting-selfscan lang="nl-BE" .storage=${drafts} .value=${completedDoc(5)}></goesting-selfscan>`);
    await el.updateComplete;
    expect(reads, 'a host-set value is not even compared with a draft').to.equal(0);
    expect(el.value.answers[quick.items[0]!.id]).to.equal(5);
    el.reset();
    await el.updateComplete;
    await waitUntil(() => sessionStorage.getItem('goesting:selfscan:draft') === null, 'the draft is removed');
    expect(el.value.answers).to.deep.equal({});
    expect($(el, '#step-heading')).to.not.equal(null);
  });

  it('hands drafts to a host adapter', async () => {
    const kept = new Map<string, unknown>();
    const storage = callbackStorageAdapter({ get: (k) => kept.get(k), set: (k, v) => void kept.set(k, v), remove: (k) => void kept.delete(k) });
    const el = await mount(html`<goesting-selfscan lang="nl-BE" .storage=${storage}></goesting-selfscan>`);
    await answerStep(el);
    await waitUntil(() => Object.keys((kept.get('goesting:selfscan:draft') as SelfscanValue | undefined)?.answers ?? {}).length === Object.keys(el.value.answers).length, 'the draft is written');
    expect((kept.get('goesting:selfscan:draft') as SelfscanValue).answers).to.deep.equal(el.value.answers);
  });
});

runFormControlTests({
  tag: 'goesting-selfscan',
  complete: async (element) => completeByClicks(element as GoestingSelfscan),
  editOnce: async (element) => answerStep(element as GoestingSelfscan),
});
