import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusPlanChangeDetailSchema, reflectDetailSchema, type FocusPlan } from '../src/model/index.js';
import { runCatalogueTests } from './catalogue-suite.js';
import { catchDownloads, record } from './helpers.js';
import { readCsv } from './focus-plan-model.js';
import './focus-plan-element.js';
import type { FocusPlanTestElement } from './focus-plan-element.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** What a screen reader hears a control called: its label's text, or its own. */
const nameOf = (el: Element, control: HTMLElement) => text(control.id ? $(el, `label[for="${control.id}"]`) : null) || text(control);

async function mount(plan?: FocusPlan, attrs: Partial<FocusPlanTestElement> = {}, lang = 'nl-BE') {
  const el = await fixture<FocusPlanTestElement>(html`<focus-plan-test-element lang=${lang}></focus-plan-test-element>`);
  Object.assign(el, attrs);
  if (plan) el.plan = plan;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Presses Tab until the focused control in the element matches. */
async function tabTo(el: FocusPlanTestElement, matches: (focused: HTMLElement) => boolean, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && matches(focused)) return focused;
  }
  throw new Error('not reached by Tab');
}

async function press(el: FocusPlanTestElement, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** A plan of Team Noord, chosen from wave `w2`: hope towards the client, with two actions, and reflection on the environment. */
const teamPlan = (over: Partial<FocusPlan> = {}): FocusPlan => ({
  schemaVersion: 1,
  report: 'focus-test',
  group: 'team-a',
  wave: 'w2',
  points: [
    {
      group: 'team-a',
      target: 'hope.other',
      why: 'We geven cliënten weinig hoop mee.',
      actions: [
        { id: 'a1', what: 'Elke casus eindigen met wat al lukt', owner: 'het hele team', due: '2026-03-14' },
        { id: 'a2', what: 'Een intervisie over hoop', owner: 'teamcoach', checkBack: '2026-04-01' },
      ],
    },
    { group: 'team-a', target: 'reflection.environment', actions: [] },
  ],
  ...over,
});

describe('the focus plan', () => {
  it('is accessible, with points, actions and the previous wave beside the change', async () => {
    const el = await mount({ ...teamPlan(), previous: { wave: 'w1', points: [{ group: 'team-a', target: 'alliance.self', actions: [{ id: 'a1', what: 'Samen onthaal doen', owner: 'teamleider', status: 'done' }] }] } });
    await expect(el).to.be.accessible();
    expect(text($(el, '#focus-p0-title'))).to.equal('Focuspunt 1: Hoop · de cliënt groeipunt');
    expect(text($(el, '.focus-point .figure'))).to.equal('Cijfer bij Najaar: 3,1');
    expect(text($(el, '.focus-previous dl'))).to.equal('Toen (Voorjaar) 2,9 Nu (Najaar) 2,6 Verschil −0,3');
  });

  it('names every control with the focus point it belongs to', async () => {
    const el = await mount(teamPlan());
    const controls = $$(el, 'input, textarea, select, button');
    for (const control of controls) expect(nameOf(el, control), control.outerHTML.slice(0, 80)).not.to.equal('');
    expect(nameOf(el, $(el, '#focus-p0-a1-owner')!)).to.equal('Wie neemt het op? (actie 2 bij Hoop · de cliënt)');
    expect(nameOf(el, $(el, '#focus-p1-new-what')!)).to.equal('Wat doen jullie? (focuspunt Reflectie · de omgeving)');
    expect(button(el, 'Focuspunt weghalen (focuspunt Hoop · de cliënt)')).to.not.equal(undefined);
  });

  it('lets the team choose a focus point and write an action with a role and dates, by keyboard alone', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    await tabTo(el, (f) => f.id === 'focus-choose-select');
    await press(el, 'ArrowDown');
    await tabTo(el, (f) => f.id === 'focus-choose-add');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.plan.points.map((p) => p.target)).to.deep.equal(['alliance.self']);
    expect(active(el)?.id).to.equal('focus-p0-title');
    await tabTo(el, (f) => f.id === 'focus-p0-why');
    await sendKeys({ type: 'Het onthaal loopt stroef.' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-what');
    await sendKeys({ type: 'Samen een onthaalgesprek voorbereiden' });
    await press(el, 'Tab');
    expect(active(el)?.id).to.equal('focus-p0-new-owner');
    await sendKeys({ type: 'teamcoach' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-due');
    await sendKeys({ type: '03142026' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-check');
    await sendKeys({ type: '04012026' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-add');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.plan.points[0]).to.deep.equal({
      group: 'team-a',
      target: 'alliance.self',
      why: 'Het onthaal loopt stroef.',
      actions: [{ id: 'a1', what: 'Samen een onthaalgesprek voorbereiden', owner: 'teamcoach', due: '2026-03-14', checkBack: '2026-04-01' }],
    });
    expect(active(el)?.id).to.equal('focus-p0-new-what');
    expect($<HTMLTextAreaElement>(el, '#focus-p0-new-what')!.value).to.equal('');
    expect(text($(el, '[role=status]'))).to.equal('Actie toegevoegd bij Werkalliantie · jezelf.');
    expect(changes.length).to.be.greaterThan(2);
    for (const change of changes) expect(focusPlanChangeDetailSchema('focus-test').safeParse(change.detail).success).to.equal(true);
    expect(changes.at(-1)!.detail.value).to.deep.equal(el.plan);
    await expect(el).to.be.accessible();
  });

  it('offers the growth points first and marked, and stops at three points with a plain note', async () => {
    const el = await mount();
    const groups = $$<HTMLOptGroupElement>(el, '#focus-choose-select optgroup');
    expect(groups.map((g) => [g.label, [...g.children].map(text)])).to.deep.equal([
      ['Groeipunten', ['Hoop · de cliënt: 3,1 (groeipunt)', 'Werkalliantie · jezelf: 2,6 (groeipunt)']],
      ['Andere', ['Vakmanschap · de organisatie: 4,1 (sterk punt)', 'Reflectie · de omgeving: 3,3']],
    ]);
    for (let i = 0; i < 3; i++) {
      button(el, 'Kiezen als focuspunt')!.click();
      await el.updateComplete;
    }
    expect(el.plan.points.map((p) => p.target)).to.deep.equal(['hope.other', 'alliance.self', 'expertise.organisation']);
    const select = $<HTMLSelectElement>(el, '#focus-choose-select')!;
    expect(select.disabled).to.equal(true);
    expect(button(el, 'Kiezen als focuspunt')!.disabled).to.equal(true);
    expect(text($(el, '#focus-limit'))).to.equal('Jullie kozen al 3 focuspunten. Meer kan niet. Haal er een weg om een ander te kiezen.');
    expect(select.getAttribute('aria-describedby')).to.equal('focus-limit');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the next action or point after one is removed, never to the page', async () => {
    const el = await mount({ ...teamPlan(), points: [...teamPlan().points, { group: 'team-a', target: 'alliance.self', actions: [] }] });
    const removeAction = (about: string) => button(el, `Actie weghalen (${about})`)!;
    removeAction('actie 1 bij Hoop · de cliënt').focus();
    await press(el, 'Enter');
    expect(el.plan.points[0]!.actions.map((a) => a.id)).to.deep.equal(['a2']);
    expect(active(el)?.id).to.equal('focus-p0-a0-what');
    removeAction('actie 1 bij Hoop · de cliënt').focus();
    await press(el, 'Space');
    expect(el.plan.points[0]!.actions).to.deep.equal([]);
    expect(active(el)?.id).to.equal('focus-p0-new-what');
    button(el, 'Focuspunt weghalen (focuspunt Reflectie · de omgeving)')!.focus();
    await press(el, 'Enter');
    expect(el.plan.points.map((p) => p.target)).to.deep.equal(['hope.other', 'alliance.self']);
    expect(text(active(el))).to.equal('Focuspunt 2: Werkalliantie · jezelf groeipunt');
    expect(text($(el, '[role=status]'))).to.equal('Focuspunt Reflectie · de omgeving is weggehaald.');
    for (const label of ['Werkalliantie · jezelf', 'Hoop · de cliënt']) {
      button(el, `Focuspunt weghalen (focuspunt ${label})`)!.focus();
      await press(el, 'Enter');
    }
    expect(el.plan.points).to.deep.equal([]);
    expect(active(el)?.id).to.equal('focus-choose-select');
  });

  it('keeps a text that is too long or emptied on screen with a message, and the plan as it was', async () => {
    const el = await mount(teamPlan());
    const changes = record(el, 'goesting-change');
    const what = $<HTMLTextAreaElement>(el, '#focus-p0-a0-what')!;
    const long = 'x'.repeat(301);
    what.focus();
    what.value = long;
    what.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(el.plan.points[0]!.actions[0]!.what).to.equal('Elke casus eindigen met wat al lukt');
    expect(what.value).to.equal(long);
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#focus-p0-a0-what-count'))).to.equal('Te lang: 301 van 300 tekens. Je tekst blijft staan, maar wordt pas bewaard als hij korter is.');
    await press(el, 'Backspace');
    expect(el.plan.points[0]!.actions[0]!.what).to.equal('x'.repeat(300));
    expect(what.getAttribute('aria-invalid')).to.equal('false');
    const owner = $<HTMLInputElement>(el, '#focus-p0-a0-owner')!;
    owner.value = '   ';
    owner.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.plan.points[0]!.actions[0]!.owner).to.equal('het hele team');
    expect(owner.value).to.equal('   ');
    expect(text($(el, '#focus-p0-a0-owner-missing'))).to.equal('Dit mag niet leeg zijn. Tot je iets schrijft, blijft de vorige tekst bewaard.');
    await expect(el).to.be.accessible();
  });

  it('adds no action without what and who, says what is missing, and keeps what was typed', async () => {
    const el = await mount(teamPlan());
    const changes = record(el, 'goesting-change');
    button(el, 'Actie toevoegen (focuspunt Reflectie · de omgeving)')!.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(active(el)?.id).to.equal('focus-p1-new-what');
    expect(text($(el, '#focus-p1-new-what-missing'))).to.equal('Schrijf eerst wat jullie gaan doen.');
    await sendKeys({ type: 'Een collega van een ander team uitnodigen' });
    button(el, 'Actie toevoegen (focuspunt Reflectie · de omgeving)')!.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(active(el)?.id).to.equal('focus-p1-new-owner');
    expect($<HTMLTextAreaElement>(el, '#focus-p1-new-what')!.value).to.equal('Een collega van een ander team uitnodigen');
    expect(text($(el, '#focus-p1-new-owner-missing'))).to.equal('Schrijf eerst wie het opneemt: een rol, geen naam.');
    expect(text($(el, '[role=status]'))).to.equal('De actie is nog niet toegevoegd. Vul eerst aan wat ontbreekt.');
    await sendKeys({ type: 'een collega van het team' });
    button(el, 'Actie toevoegen (focuspunt Reflectie · de omgeving)')!.focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.plan.points[1]!.actions).to.deep.equal([{ id: 'a1', what: 'Een collega van een ander team uitnodigen', owner: 'een collega van het team' }]);
    expect($(el, '#focus-p1-new-owner-missing')).to.equal(null);
  });

  it('carries a plan into the next wave, each point beside the change since, and keeps a point on request', async () => {
    const el = await mount({ ...teamPlan(), wave: 'w1' });
    const changes = record(el, 'goesting-change');
    expect(text($(el, '.focus-plan > p:nth-of-type(2)'))).to.equal(
      'Dit focusplan kozen jullie bij Voorjaar. Hieronder zie je hoe de cijfers veranderd zijn tot Najaar. Duid bij elke actie aan hoe ver ze staat.',
    );
    const changeOf = (target: string) => text($(el, `.focus-earlier > li[data-target="${target}"] .focus-change`));
    expect(changeOf('hope.other')).to.equal('+0,7');
    // No figure of the first wave: no change, and never a number made up.
    expect(changeOf('reflection.environment')).to.equal('niet te zeggen: een cijfer ontbreekt');
    expect(text($(el, '.focus-earlier > li[data-target="reflection.environment"] dl'))).to.equal('Toen (Voorjaar) geen cijfer Nu (Najaar) 3,3 Verschil niet te zeggen: een cijfer ontbreekt');
    const status = $<HTMLSelectElement>(el, '#focus-e0-a0-status')!;
    expect(nameOf(el, status)).to.equal('Hoe ver staat het? (actie 1 bij Hoop · de cliënt)');
    status.focus();
    await press(el, 'ArrowDown');
    expect(el.plan.points[0]!.actions[0]!.status).to.equal('done');
    await tabTo(el, (f) => f.id === 'focus-carry');
    expect(text(active(el))).to.equal('Focusplan voor Najaar beginnen');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.plan.wave).to.equal('w2');
    expect(el.plan.points).to.deep.equal([]);
    expect(el.plan.previous!.wave).to.equal('w1');
    expect(el.plan.previous!.points[0]!.actions.map((a) => a.status)).to.deep.equal(['done', 'open']);
    expect(active(el)?.id).to.equal('focus-choose-select');
    expect(changeOf('hope.other')).to.equal('+0,7');
    await tabTo(el, (f) => text(f) === 'Dit focuspunt houden (focuspunt Hoop · de cliënt)');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.plan.points).to.deep.equal([{ ...el.plan.previous!.points[0]! }]);
    expect(active(el)?.id).to.equal('focus-p0-title');
    expect(text($(el, '.focus-earlier > li[data-target="hope.other"] .hint'))).to.equal('Dit focuspunt staat al in jullie plan.');
    expect(nameOf(el, $(el, '#focus-p0-a0-status')!)).to.equal('Hoe ver staat het? (actie 1 bij Hoop · de cliënt)');
    for (const change of changes) expect(focusPlanChangeDetailSchema('focus-test').safeParse(change.detail).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so plainly when a plan belongs to a later wave, or to one the report does not have', async () => {
    const later = await mount(teamPlan(), { wave: 'w1' });
    expect(text($(later, '.other-wave'))).to.equal('Dit focusplan hoort bij Najaar. Kies die meting bovenaan om het te bekijken.');
    expect($(later, '.focus-point')).to.equal(null);
    const unknown = await mount(teamPlan({ wave: 'w9' }));
    expect(text($(unknown, '.other-wave'))).to.equal('Dit focusplan hoort bij w9. Die meting staat niet in dit rapport.');
  });

  it('opens reflection cards or an intervision card for a point on a cell of the grid', async () => {
    const el = await mount(teamPlan());
    const reflects = record(el, 'goesting-reflect');
    button(el, 'Reflectiekaarten openen (focuspunt Hoop · de cliënt)')!.click();
    button(el, 'Intervisiekaart openen (focuspunt Hoop · de cliënt)')!.click();
    expect(reflects.map((e) => e.detail)).to.deep.equal([
      { widget: 'focus-test', schemaVersion: 1, cell: { pillar: 'hope', dimension: 'other' }, purpose: 'reflection' },
      { widget: 'focus-test', schemaVersion: 1, cell: { pillar: 'hope', dimension: 'other' }, purpose: 'intervision' },
    ]);
    for (const e of reflects) expect(reflectDetailSchema('focus-test').safeParse(e.detail).success).to.equal(true);
    // Reflection on the environment is no cell of this report's targets: no cards to open.
    expect(button(el, 'Reflectiekaarten openen (focuspunt Reflectie · de omgeving)')).to.equal(undefined);
    const plain = await mount(teamPlan(), { cards: false });
    expect($$(plain, 'button').filter((b) => text(b).startsWith('Reflectiekaarten'))).to.deep.equal([]);
  });

  it('downloads the plan as JSON, CSV and Markdown, safe in any viewer', async () => {
    const plan = teamPlan();
    plan.points[0]!.actions[0] = { id: 'a1', what: '=HYPERLINK("http://x")', owner: '<b>HR</b>' };
    const el = await mount(plan);
    const file = async (name: string) => (await catchDownloads(() => button(el, name)!.click())).files[0]!;
    const json = await file('Focusplan downloaden als JSON');
    expect(json.name).to.match(/^focusplan-w2-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text)).to.deep.equal(plan);
    const csv = await file('Focusplan downloaden als CSV');
    expect(csv.name).to.match(/^focusplan-w2-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readCsv(csv.text);
    expect(rows[0]).to.deep.equal(['Meting', 'Groep', 'Focuspunt', 'Waarom', 'Actie', 'Wie neemt het op', 'Klaar tegen', 'Terugkijken op', 'Hoe ver']);
    expect(rows[1]).to.deep.equal(['Najaar', 'Team Noord', 'Hoop · de cliënt', 'We geven cliënten weinig hoop mee.', `'=HYPERLINK("http://x")`, '<b>HR</b>', '', '', '']);
    expect(rows).to.have.length(4);
    const md = await file('Focusplan downloaden als Markdown');
    expect(md.name).to.match(/\.md$/);
    expect(md.text).to.contain('# Focusplan · Team Noord · Najaar');
    expect(md.text).to.contain('- \\=HYPERLINK\\("http\\://x"\\)\n  - Wie neemt het op: &lt;b&gt;HR&lt;/b&gt;');
    expect(md.text).to.contain('  - Terugkijken op: 1 april 2026');
  });

  it('speaks French and English', async () => {
    const fr = await mount(teamPlan(), {}, 'fr-BE');
    expect(text($(fr, '#focus-title'))).to.equal('Des résultats à l’action');
    expect(text($(fr, '#focus-p0-title'))).to.equal('Point d’attention 1 : Hoop · de cliënt point à développer');
    const en = await mount(teamPlan(), {}, 'en');
    expect(text($(en, 'label[for="focus-p0-a0-owner"]'))).to.equal('Who takes it up? (action 1 for Hoop · de cliënt)');
  });

  it('fits a 320 px wide screen and stays accessible in the dark theme', async () => {
    const el = await mount(teamPlan(), { theme: 'dark' });
    el.style.cssText = 'display:block;inline-size:320px;background:#14171c;color:#e8eaed';
    await el.updateComplete;
    const section = $(el, '.focus-plan')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    await expect(el).to.be.accessible();
  });

  runCatalogueTests('core', 'focus-plan');
});
