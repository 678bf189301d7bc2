import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '@goesting/core/define-provider.js';
import { reflectDetailSchema } from '@goesting/core/model';
import {
  ALLIANCE_STATEMENTS,
  changeEventSchema,
  completeEventSchema,
  errorEventSchema,
  resultSchema,
  type AllianceValue,
  type GoestingAllianceCheck,
} from '../src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';
import { catchDownloads, expectRefused, failOnPageErrors, record } from '../../core/test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const SHORT = ALLIANCE_STATEMENTS.short.map((s) => s.id);

const mount = (template = html`<goesting-alliance-check lang="nl-BE"></goesting-alliance-check>`) => fixture<GoestingAllianceCheck>(template);

/** A short check with both perspectives done: the client 5 everywhere, the professional as given. */
function bothDone(professional: Record<string, number> = Object.fromEntries(SHORT.map((id) => [id, 4]))): AllianceValue {
  return {
    schemaVersion: 1,
    instrument: 'alliance-short@1',
    perspectives: {
      client: { answers: Object.fromEntries(SHORT.map((id) => [id, 5])), completed: true, date: '2026-11-20' },
      professional: { answers: professional, completed: true, date: '2026-11-20' },
    },
    completed: true,
    date: '2026-11-20',
  };
}

/** Answers every statement of the fieldsets shown with the keyboard: Tab to each group, arrows to the choice. */
async function answerByKeyboard(el: GoestingAllianceCheck, steps: number) {
  const groups = $$<HTMLFieldSetElement>(el, 'fieldset.item');
  for (const group of groups) {
    const first = group.querySelector<HTMLInputElement>('input[type=radio]')!;
    // Tab reaches the group (its first choice when none is chosen); arrows move the choice.
    while (active(el) !== first) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowRight' });
  }
  await el.updateComplete;
}

async function tabTo(el: GoestingAllianceCheck, matches: (focused: HTMLElement) => boolean, limit = 100) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && matches(focused)) return focused;
  }
  throw new Error('not reached by Tab');
}

describe('<goesting-alliance-check> together on one screen', () => {
  failOnPageErrors();

  it('asks each statement of the client and then of the professional, each in their own words, and is complete once both are done', async () => {
    const el = await mount();
    const groups = $$<HTMLFieldSetElement>(el, 'fieldset.item');
    expect(groups).to.have.length(12);
    expect(text(groups[0]!.querySelector('legend'))).to.equal('Cliënt: Mijn hulpverlener en ik werken aan wat voor mij belangrijk is.');
    expect(text(groups[1]!.querySelector('legend'))).to.equal('Hulpverlener: Mijn cliënt en ik werken aan wat voor mijn cliënt belangrijk is.');
    const changes = record(el, 'goesting-change');
    const completes = record(el, 'goesting-complete');
    groups.forEach((group, i) => group.querySelectorAll<HTMLInputElement>('input[type=radio]')[i % 2 ? 1 : 4]!.click());
    await el.updateComplete;
    expect(changes).to.have.length(12);
    for (const change of changes) expect(changeEventSchema.safeParse(change.detail).success).to.equal(true);
    expect(el.value.perspectives.client!.answers).to.deep.equal(Object.fromEntries(SHORT.map((id) => [id, 5])));
    expect(el.value.perspectives.professional!.answers).to.deep.equal(Object.fromEntries(SHORT.map((id) => [id, 2])));
    button(el, 'Klaar')!.click();
    await el.updateComplete;
    expect(completes).to.have.length(1);
    expect(completeEventSchema.safeParse(completes[0]!.detail).success).to.equal(true);
    expect(completes[0]!.detail.value.completed).to.equal(true);
    expect(active(el)?.id).to.equal('result-title');
    await expect(el).to.be.accessible();
  });

  it('is filled in by keyboard alone, by both, and shows both side by side', async () => {
    const el = await mount();
    await answerByKeyboard(el, 3);
    expect(Object.values(el.value.perspectives.client!.answers)).to.deep.equal([4, 4, 4, 4, 4, 4]);
    expect(Object.values(el.value.perspectives.professional!.answers)).to.deep.equal([4, 4, 4, 4, 4, 4]);
    const finish = await tabTo(el, (f) => text(f) === 'Klaar');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(finish.isConnected).to.equal(false);
    expect(active(el)?.id).to.equal('result-title');
    expect(el.value.completed).to.equal(true);
  });
});

describe('<goesting-alliance-check> one after the other on one device', () => {
  failOnPageErrors();

  it('hides the first person\'s answers from the page and the accessibility tree until both are done', async () => {
    const el = await mount(html`<goesting-alliance-check lang="nl-BE" fill="in-turn"></goesting-alliance-check>`);
    expect(text($(el, '#fill-title'))).to.equal('Nu vult in: Cliënt');
    expect($$(el, 'fieldset.item')).to.have.length(6);
    expect(text($(el, 'fieldset.item legend'))).to.equal('Mijn hulpverlener en ik werken aan wat voor mij belangrijk is.');
    await answerByKeyboard(el, 4);
    // While the client fills in, a screen reader hears the choices and which one is chosen.
    const during = JSON.stringify(await a11ySnapshot({}));
    expect(during).to.contain('"role":"radio"');
    expect(during).to.contain('klopt helemaal');
    const done = await tabTo(el, (f) => text(f) === 'Klaar: Cliënt is klaar');
    expect(active(el)).to.equal(done);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The hand-over: nothing of the client's answers on screen, in the DOM or for a screen reader.
    expect(active(el)?.id).to.equal('hand-over-title');
    expect(text($(el, '.hand-over'))).to.contain('Geef het toestel nu aan: Hulpverlener.');
    expect($$(el, 'input')).to.have.length(0);
    expect(el.shadowRoot!.innerHTML).not.to.contain('klopt helemaal');
    const tree = JSON.stringify(await a11ySnapshot({}));
    expect(tree).not.to.contain('"role":"radio"');
    expect(tree).not.to.contain('klopt helemaal');
    await expect(el).to.be.accessible();
    // The professional starts: only their own statements, none chosen.
    await tabTo(el, (f) => text(f) === 'Ik ben Hulpverlener: beginnen');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('fill-title');
    expect(text($(el, '#fill-title'))).to.equal('Nu vult in: Hulpverlener');
    expect(text($(el, 'fieldset.item legend'))).to.equal('Mijn cliënt en ik werken aan wat voor mijn cliënt belangrijk is.');
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    expect(snapshot).not.to.contain('"checked":true');
    await answerByKeyboard(el, 1);
    await tabTo(el, (f) => text(f) === 'Klaar: Hulpverlener is klaar');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Both done: now both are shown, side by side.
    expect(active(el)?.id).to.equal('result-title');
    expect(el.value.completed).to.equal(true);
    const parts = $<HTMLTableElement>(el, '.comparison')!;
    expect([...parts.querySelectorAll('thead th')].map(text)).to.deep.equal(['Deel', 'Cliënt', 'Hulpverlener', 'Verschil']);
    expect([...parts.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].slice(0, 2).map(text)).to.deep.equal(['5,0 van 5', '2,0 van 5']);
    await expect(el).to.be.accessible();
  });

  it('comes back at the hand-over after a reload of the page, not in the first person\'s answers', async () => {
    const value: AllianceValue = { ...bothDone(), completed: false, perspectives: { client: bothDone().perspectives.client!, professional: { answers: {}, completed: false } } };
    const el = await mount(html`<goesting-alliance-check lang="nl-BE" fill="in-turn" .value=${value}></goesting-alliance-check>`);
    expect($(el, '.hand-over')).to.exist;
    expect($$(el, 'input')).to.have.length(0);
  });
});

describe('<goesting-alliance-check> on two devices', () => {
  failOnPageErrors();

  it('takes one perspective per device; the host merges them and both show side by side', async () => {
    const client = await mount(html`<goesting-alliance-check lang="nl-BE" fill="separate" perspective="client" client-ref="case-12" session="3"></goesting-alliance-check>`);
    const professional = await mount(html`<goesting-alliance-check lang="nl-BE" fill="separate" perspective="professional" client-ref="case-12" session="3"></goesting-alliance-check>`);
    await answerByKeyboard(client, 4);
    await tabTo(client, (f) => text(f) === 'Klaar');
    await sendKeys({ press: 'Enter' });
    await client.updateComplete;
    expect(text($(client, '#result-title'))).to.equal('Jouw antwoorden');
    await answerByKeyboard(professional, 0);
    await tabTo(professional, (f) => text(f) === 'Klaar');
    await sendKeys({ press: 'Enter' });
    await professional.updateComplete;
    expect(Object.keys(client.value.perspectives)).to.deep.equal(['client']);
    expect(Object.keys(professional.value.perspectives)).to.deep.equal(['professional']);
    expect(client.value).to.deep.include({ clientRef: 'case-12', session: 3 });
    const { mergeAllianceDocuments } = await import('../src/model/index.js');
    const merged = mergeAllianceDocuments([client.value, professional.value]);
    expect(merged.ok).to.equal(true);
    const both = await mount();
    both.readonly = true;
    both.value = merged.ok ? merged.data : undefined;
    await both.updateComplete;
    expect(text($(both, '#result-title'))).to.equal('Jullie samenwerking, naast elkaar');
    await expect(both).to.be.accessible();
  });
});

describe('<goesting-alliance-check> the result', () => {
  failOnPageErrors();

  it('shows each perspective\'s own scores and never an average, on screen and in the download', async () => {
    const el = await mount();
    el.value = bothDone(Object.fromEntries(SHORT.map((id) => [id, 1])));
    await el.updateComplete;
    const cells = $$(el, '.comparison tbody td').map(text);
    expect(cells).to.include('5,0 van 5');
    expect(cells).to.include('1,0 van 5');
    expect(text(el.shadowRoot!.querySelector('.result'))).not.to.contain('3,0');
    const { files } = await catchDownloads(() => button(el, 'Downloaden als JSON')!.click());
    const exported = JSON.parse(files[0]!.text);
    expect(resultSchema.safeParse(exported.result).success).to.equal(true);
    expect(exported.result.perspectives.client.total).to.equal(5);
    expect(exported.result.perspectives.professional.total).to.equal(1);
    expect(files[0]!.text).not.to.match(/average|mean|"total":\s*3\b/i);
  });

  it('marks differences from the threshold as places to talk, names a stiff alliance calmly, and opens a reflection card from a difference', async () => {
    const el = await mount();
    el.threshold = 3;
    el.value = bothDone({ 'goals-1': 2, 'way-1': 3, 'bond-1': 5, 'goals-2': 2, 'way-2': 3, 'bond-2': 5 });
    await el.updateComplete;
    const starters = $$(el, '.comparison tr.starter');
    // Goals differ by 3 (5 and 2), the way by 2: only the goals are marked, per part and per statement.
    expect(starters.map((row) => text(row.querySelector('th')))).to.deep.equal([
      'Richting: waar we naartoe werken',
      'Mijn hulpverlener en ik werken aan wat voor mij belangrijk is.',
      'Mijn hulpverlener en ik zijn het eens over wat we willen bereiken.',
    ]);
    expect(text(starters[0])).to.contain('Een goed punt om samen over te praten.');
    expect(text($(el, '.stiff'))).to.equal('Hulpverlener: het loopt wat stroef bij de richting. Dat gebeurt, en het is goed dat het gezegd wordt. Praat samen over wat zou helpen.');
    const reflects = record(el, 'goesting-reflect');
    starters[0]!.querySelector<HTMLButtonElement>('button')!.click();
    expect(reflects).to.have.length(1);
    expect(reflects[0]!.detail).to.deep.equal({ widget: 'alliance-check', schemaVersion: 1, cell: { pillar: 'alliance', dimension: 'other' } });
    expect(reflectDetailSchema('alliance-check').safeParse(reflects[0]!.detail).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows earlier checks as a trend with a line per perspective and a table', async () => {
    const el = await mount();
    el.history = [1, 2, 3].map((session) => ({ ...bothDone(Object.fromEntries(SHORT.map((id) => [id, session + 1]))), session }));
    el.value = { ...bothDone(), session: 4 };
    await el.updateComplete;
    expect($$(el, 'svg.trend')).to.have.length(1);
    const rows = [...$(el, '#trend-caption')!.closest('table')!.querySelectorAll('tbody tr')].map((row) => text(row.querySelector('th')));
    expect(rows).to.deep.equal(['Gesprek 1', 'Gesprek 2', 'Gesprek 3', 'Gesprek 4']);
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-alliance-check> invalid input', () => {
  failOnPageErrors();

  it('refuses a document of the other variant, answers out of range, a newer version and settings it does not know, keeping the answers', async () => {
    const el = await mount();
    el.value = bothDone();
    await el.updateComplete;
    await expectRefused(el, 'invalid-value', () => (el.value = { ...bothDone(), instrument: 'alliance-full@1' }), errorEventSchema);
    await expectRefused(el, 'invalid-value', () => (el.value = { ...bothDone(), perspectives: { client: { answers: { 'goals-1': 9 }, completed: false } } }), errorEventSchema);
    await expectRefused(el, 'unsupported-version', () => (el.value = { ...bothDone(), schemaVersion: 2 }), errorEventSchema);
    await expectRefused(el, 'invalid-config', () => el.setAttribute('fill', 'alone'), errorEventSchema);
    await expectRefused(el, 'invalid-config', () => el.setAttribute('threshold', '9'), errorEventSchema);
    await expectRefused(el, 'invalid-config', () => el.setAttribute('client-ref', 'Jan Peeters'), errorEventSchema);
    expect(el.value).to.deep.equal(bothDone());
  });

  it('shows markup in a perspective\'s name as text', async () => {
    const el = await mount();
    el.strings = { 'perspective.client': '<img src=x onerror=alert(1)>Jongere' } as never;
    el.value = bothDone();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text($(el, '.comparison thead'))).to.contain('<img src=x onerror=alert(1)>Jongere');
  });
});

describe('<goesting-alliance-check> drafts, languages and print', () => {
  failOnPageErrors();
  afterEach(() => sessionStorage.clear());

  it('keeps a draft only when the host opts in, and brings it back at the same turn', async () => {
    const el = await mount(html`<goesting-alliance-check lang="nl-BE" fill="in-turn" storage="session" draft-key="a1"></goesting-alliance-check>`);
    $$<HTMLFieldSetElement>(el, 'fieldset.item').forEach((group) => group.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click());
    await el.updateComplete;
    button(el, 'Klaar: Cliënt is klaar')!.click();
    await el.updateComplete;
    await waitUntil(() => sessionStorage.length === 1, 'the draft is stored');
    el.remove();
    const again = await mount(html`<goesting-alliance-check lang="nl-BE" fill="in-turn" storage="session" draft-key="a1"></goesting-alliance-check>`);
    await waitUntil(() => again.value.perspectives.client?.completed === true, 'the draft comes back');
    await again.updateComplete;
    // Back at the hand-over: the client's answers are kept, and still out of the page.
    expect($(again, '.hand-over')).to.exist;
    expect($$(again, 'input')).to.have.length(0);
    const plain = await mount();
    plain.shadowRoot!.querySelector<HTMLInputElement>('fieldset.item input[type=radio]')!.click();
    await plain.updateComplete;
    expect(sessionStorage.length).to.equal(1);
  });

  it('speaks French under a provider, and keeps the answers when the language changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<goesting-provider locale="nl-BE"><goesting-alliance-check></goesting-alliance-check></goesting-provider>`);
    const el = wrapper.querySelector('goesting-alliance-check') as GoestingAllianceCheck;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset.item input[type=radio]')!.click();
    await el.updateComplete;
    wrapper.setAttribute('locale', 'fr-BE');
    await waitUntil(() => text($(el, 'h2')) === 'Notre collaboration', 'the French texts load');
    expect(text($(el, 'fieldset.item legend'))).to.match(/^Client : /);
    expect(el.value.perspectives.client!.answers).to.deep.equal({ 'goals-1': 1 });
    expect($<HTMLInputElement>(el, 'fieldset.item input[type=radio]')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('prints the result without its buttons', async () => {
    const el = await mount();
    el.value = bothDone({ 'goals-1': 2, 'way-1': 4, 'bond-1': 4, 'goals-2': 2, 'way-2': 4, 'bond-2': 4 });
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      expect($$(el, '.starter-action').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
      expect(getComputedStyle($(el, '.comparison')!).display).to.equal('table');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

runFormControlTests({
  tag: 'goesting-alliance-check',
  complete: async (element) => {
    element.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.item').forEach((group) => group.querySelectorAll<HTMLInputElement>('input[type=radio]')[3]!.click());
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  },
  editOnce: async (element) => {
    element.shadowRoot!.querySelector<HTMLInputElement>('fieldset.item input[type=radio]')!.click();
    await (element as unknown as GoestingAllianceCheck).updateComplete;
  },
});

describe('<goesting-alliance-check> texts', () => {
  runCatalogueTests('alliance-check');
});
