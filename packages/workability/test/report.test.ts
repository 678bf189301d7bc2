import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { CONSTRUCTS, reportChangeEventSchema, reportErrorEventSchema, type GoestingWorkabilityReport, type WorkabilityAggregate } from '../src/index.js';
import type { FocusPlan } from '@goesting/core';
import { releaseWorkability, type ReleaseOptions } from '../src/server.js';
import { catchDownloads, quietly, record } from '../../core/test/helpers.js';
import { leakingRemainders, randomCase, trueSizes } from './random.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

const scores = (over: Record<string, number> = {}) => ({ ...Object.fromEntries(CONSTRUCTS.map((c) => [c, 4])), stress: 1, workload: 1, emotional: 1, ...over });
let nextId = 1;
/** Stored records, as a portal keeps them after ingest. */
const answers = (count: number, team?: string, wave?: string, over?: Record<string, number>) =>
  Array.from({ length: count }, () => ({ id: nextId++, ...(team ? { team } : {}), ...(wave ? { wave } : {}), scores: scores(over) }));

/** What the portal's back end does: release an aggregate of stored records. */
function released(records: unknown[], options: Partial<ReleaseOptions> = {}): WorkabilityAggregate {
  const release = releaseWorkability(records, { release: 'r1', ...options });
  if (!release.ok) throw new Error(JSON.stringify(release.issues));
  return release.data.aggregate;
}

const DEPT = [{ id: 'dept', label: 'Afdeling Noord' }, { id: 'seven', label: 'Team Zeven', parent: 'dept' }, { id: 'five', label: 'Team Vijf', parent: 'dept' }, { id: 'four', label: 'Team Vier', parent: 'dept' }];
const deptRecords = () => [...answers(7, 'seven', undefined, { workload: 3.5 }), ...answers(5, 'five'), ...answers(4, 'four', undefined, { stress: 4 })];

async function mount(aggregate: unknown, attrs: Partial<GoestingWorkabilityReport> = {}) {
  const el = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="nl-BE"></goesting-workability-report>`);
  Object.assign(el, attrs);
  el.aggregate = aggregate;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Catches the file a download button offers, without leaving the page. */
async function download(el: GoestingWorkabilityReport, name: string): Promise<{ name: string; body: string }> {
  const [file] = (await catchDownloads(() => button(el, name).click())).files;
  return { name: file!.name, body: file!.text };
}

describe('<goesting-workability-report>', () => {
  it('is accessible and shows % werkbaar, problem zones and risk factor means for the organisation', async () => {
    const el = await mount(released([...answers(6, 'a'), ...answers(4, 'a', undefined, { stress: 3.5 }), ...answers(8, 'b')]));
    await expect(el).to.be.accessible();
    expect(text($(el, '[part=summary] .big')!)).to.equal('78 % heeft werkbaar werk (18 antwoorden).');
    const figures = $$(el, '[part=summary] dt').map((dt) => `${text(dt)} = ${text(dt.nextElementSibling!)}`);
    expect(figures[0]).to.equal('% probleem: Werkstress = 22 %');
    expect(figures[4]).to.equal('Gemiddelde Werkdruk = 1,0 ✓ goed');
  });

  it('hides the team of 5 beside 7 and 4 under a parent of 16, explains why, and keeps its numbers out of the DOM', async () => {
    const el = await mount(released(deptRecords(), { teams: DEPT }));
    const row = (id: string) => ({ textContent: [...$(el, `table.teams tr[data-group="${id}"]`)!.children].map(text).join(' ') }) as Element;
    expect(text(row('dept'))).to.equal('Afdeling Noord 16 75 % 25 % 0 % 0 % 0 %');
    expect(text(row('seven'))).to.equal('Team Zeven 7 100 % 0 % 0 % 0 % 0 %');
    expect(text(row('five'))).to.equal('Team Vijf Verborgen om een kleinere groep te beschermen');
    expect(text(row('four'))).to.equal('Team Vier Beperkt inzicht: te weinig antwoorden om cijfers te tonen. Praat in het team zelf over werkbaar werk.');
    for (const id of ['five', 'four']) expect(text($(el, `table.heatmap tr[data-group="${id}"]`)!)).not.to.match(/\d/);
    expect(text($(el, '[part=hidden] li')!)).to.equal(
      'Team Vijf toont geen cijfers. Anders kan iedereen de cijfers van Team Vier uitrekenen: de cijfers van Afdeling Noord min die van de andere getoonde groepen.',
    );
    // Nothing of the hidden teams hides in attributes or the exported data either.
    expect(el.shadowRoot!.innerHTML).not.to.contain('"n"');
    const json = JSON.parse((await download(el, 'Downloaden als JSON')).body);
    for (const g of json.waves[0].groups) if (g.id === 'five' || g.id === 'four') expect(g).not.to.have.property('figures');
    await expect(el).to.be.accessible();
  });

  it('shows a heat map of topics × teams with numbers and zones as text', async () => {
    const el = await mount(released(deptRecords(), { teams: DEPT }));
    const header = $$(el, 'table.heatmap thead th').map(text);
    expect(header).to.have.length(11);
    const seven = $$(el, 'table.heatmap tr[data-group="seven"] td').map(text);
    expect(seven[0]).to.equal('1,0 ✓ goed');
    expect(seven[4]).to.equal('3,5 ✕ probleem');
  });

  it('says when the portal raised a minimum below 5, and still never shows a group of 4', async () => {
    const el = await mount(released([...answers(4, 'a'), ...answers(9, 'b'), ...answers(8, 'c')], { minGroupSize: 3 }));
    expect(text($(el, '.notes')!)).to.contain('de minimale groepsgrootte 3 is te klein; het rapport gebruikt 5');
    expect(text($(el, 'h2 + p')!)).to.equal('Deze cijfers komen uit anonieme antwoorden. Een groep met minder dan 5 antwoorden toont geen cijfers.');
    expect($(el, 'tr[data-group="a"]')!.dataset['status']).to.equal('limited');
    expect($(el, '[role=alert]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says how many stored answers the portal could not count', async () => {
    const el = await mount(released([...answers(6, 'a'), { id: 'x', scores: scores({ mood: 2 }) }, { id: 'y', scores: scores({ stress: 9 }) }, { id: 'z', scores: scores({ stress: 'veel' as never }) }, 42]));
    expect(text($(el, '.rejected')!)).to.equal('4 opgeslagen antwoorden zijn niet meegeteld omdat ze niet geldig zijn. onbekend thema: 1 · score buiten 1 tot 4: 1 · verkeerd type gegevens: 2');
    expect(text($(el, '[part=summary] .big')!)).to.equal('100 % heeft werkbaar werk (6 antwoorden).');
  });

  it('shows the trend per wave, with the wave chosen by keyboard, and hides per wave', async () => {
    const records = [...answers(8, 'a', 'w1'), ...answers(6, 'b', 'w1'), ...answers(8, 'a', 'w2', { balance: 1 }), ...answers(6, 'b', 'w2'), ...answers(3, 'b', 'w3'), ...answers(9, 'a', 'w3')];
    const el = await mount(released(records, { waves: [{ id: 'w1', label: 'Voorjaar 2025' }, { id: 'w2', label: 'Najaar 2025' }, { id: 'w3', label: 'Voorjaar 2026' }] }));
    expect(text($(el, '#summary-title')!)).to.equal('Samenvatting · Voorjaar 2026');
    const trend = $$(el, 'table.trend-table tbody tr').map((r) => [...r.children].map(text));
    expect(trend[0]).to.deep.equal(['Hele organisatie', '100 %', '43 %', '100 %']);
    expect(trend[1]).to.deep.equal(['a', '100 %', '0 %', 'Verborgen om een kleinere groep te beschermen']);
    expect(trend[2]![3]).to.equal('Beperkt inzicht: te weinig antwoorden om cijfers te tonen. Praat in het team zelf over werkbaar werk.');
    expect($(el, '[part=trend] svg')).to.not.equal(null);
    $<HTMLSelectElement>(el, 'select')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text($(el, '#summary-title')!)).to.equal('Samenvatting · Najaar 2025');
    await expect(el).to.be.accessible();
  });

  it('shows reference figures only on request, labelled as another questionnaire, with sources', async () => {
    const plain = await mount(released(answers(6, 'a')));
    expect($(plain, '[part=reference]')).to.equal(null);
    const el = await mount(released(answers(6, 'a')), { reference: true });
    await el.updateComplete;
    const section = $(el, '[part=reference]')!;
    expect(text(section)).to.contain('Andere vragenlijst, niet rechtstreeks vergelijkbaar.');
    expect(text(section)).to.contain('51,8 % (2023)');
    expect(text(section)).to.contain('SERV / Stichting Innovatie & Arbeid');
    await expect(el).to.be.accessible();
  });

  it('exports aggregates only, as CSV and JSON', async () => {
    const el = await mount(released(deptRecords(), { teams: DEPT }));
    const csv = await download(el, 'Downloaden als CSV');
    expect(csv.name).to.match(/^werkbaar-werk-rapport-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.body.trim().split('\r\n');
    expect(rows).to.have.length(6);
    expect(rows.find((r) => r.includes(',five,'))).to.equal(',five,Team Vijf,dept,protected,,,,,,,,,,,,,,,,');
    const json = await download(el, 'Downloaden als JSON');
    expect(JSON.parse(json.body)).to.deep.equal(el.aggregate);
  });

  it('stays accessible in the dark theme, zone colours included', async () => {
    const el = await fixture<GoestingWorkabilityReport>(
      html`<goesting-workability-report lang="nl-BE" theme="dark" style="display:block;background:#14171c;color:#e8eaed" .aggregate=${released(deptRecords(), { teams: DEPT })}></goesting-workability-report>`,
    );
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'td.zone-red').length + $$(el, 'td.zone-orange').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('speaks French and English', async () => {
    const fr = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="fr-BE" .aggregate=${released(answers(6, 'a'))}></goesting-workability-report>`);
    await fr.updateComplete;
    expect(text($(fr, '[part=summary] .big')!)).to.equal('100 % ont un travail faisable (6 réponses).');
    const en = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="en" .aggregate=${released(answers(6, 'a'))}></goesting-workability-report>`);
    await en.updateComplete;
    expect(text($(en, 'h2')!)).to.equal('Workable work in the organisation');
  });

  it('lets no group below the minimum be worked out from the screen (random hierarchies)', async () => {
    for (let seed = 1000; seed < 1025; seed++) {
      const generated = randomCase(seed);
      const el = await mount(released(generated.records, { teams: generated.teams, minGroupSize: generated.minGroupSize }));
      const waves = el.aggregate!.waves;
      for (let w = 0; w < waves.length; w++) {
        if (waves.length > 1) {
          $<HTMLSelectElement>(el, 'select')!.value = waves[w]!.id;
          $<HTMLSelectElement>(el, 'select')!.dispatchEvent(new Event('change'));
          await el.updateComplete;
        }
        const truth = trueSizes(generated).get(waves[w]!.id)!;
        const min = el.aggregate!.minGroupSize;
        const rows = $$(el, 'table.teams tbody tr');
        const parents = new Map(waves[w]!.groups.map((g) => [g.id, g.parent]));
        const seen = rows.map((r) => {
          const cells = [...r.querySelectorAll('td')].map(text);
          const n = cells.length > 1 ? Number(cells[0]) : undefined;
          if (n === undefined) expect(cells.join(' '), `seed ${seed}`).not.to.match(/\d/);
          else expect(truth.get(r.dataset['group']!)!, `seed ${seed}`).to.be.at.least(min);
          return { id: r.dataset['group']!, parent: parents.get(r.dataset['group']!) ?? null, n };
        });
        // Groups with no answers are left out of the table; they add nothing to any remainder.
        expect(leakingRemainders(seen, min), `seed ${seed} wave ${w}`).to.deep.equal([]);
      }
    }
  });
});

describe('<goesting-workability-report> with a released aggregate', () => {
  it('says that no report has been released yet, without an error', async () => {
    const el = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="nl-BE"></goesting-workability-report>`);
    expect(text($(el, '.no-report')!)).to.equal('Er is nog geen rapport vrijgegeven.');
    expect($(el, '[role=alert]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the aggregate as JSON text too, as a fetch would give it', async () => {
    const el = await mount(JSON.stringify(released(answers(6, 'a'))));
    expect(text($(el, '[part=summary] .big')!)).to.equal('100 % heeft werkbaar werk (6 antwoorden).');
  });

  for (const [name, change, code, path] of [
    ['a newer version', (doc: WorkabilityAggregate) => ({ ...doc, schemaVersion: 2 }), 'unsupported-version', 'schemaVersion'],
    ['a group shown below the minimum', (doc: WorkabilityAggregate) => ({ ...doc, minGroupSize: 7 }), 'invalid-value', 'waves[0].groups[0].figures'],
    ['figures in a hidden group', (doc: WorkabilityAggregate) => ({ ...doc, waves: [{ ...doc.waves[0]!, groups: doc.waves[0]!.groups.map((g) => ({ ...g, status: 'limited' })) }] }), 'invalid-value', 'waves[0].groups[0].figures'],
    ['individual results instead of an aggregate', () => [{ team: 'a', scores: scores() }], 'invalid-value', ''],
    ['broken JSON', () => '{"waves": [', 'invalid-json', ''],
  ] as const) {
    it(`refuses ${name} with the error state and goesting-error, and keeps the last valid report`, async () => {
      const good = released(answers(6, 'a'));
      const el = await mount(good);
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.aggregate = change(good);
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal(code);
      expect(errors[0]!.detail.issues.map((i: { path: string }) => i.path)).to.include(path);
      expect(reportErrorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
      expect(text($(el, '[role=alert]')!)).to.contain('Er is iets mis met de gegevens van dit rapport');
      expect(text($(el, '[role=alert]')!)).to.contain('Een rapport dat al zichtbaar was, blijft staan.');
      expect(text($(el, '[role=alert]')!)).not.to.contain('formulier');
      expect(el.aggregate).to.deep.equal(good);
      expect(text($(el, '[part=summary] .big')!)).to.equal('100 % heeft werkbaar werk (6 antwoorden).');
      await expect(el).to.be.accessible();
      el.aggregate = good;
      await el.updateComplete;
      expect($(el, '[role=alert]')).to.equal(null);
    });
  }

  it('explains in words a team held back against an earlier release', async () => {
    const teams = [{ id: 'a', label: 'Team Onthaal' }, { id: 'b', label: 'Team Thuiszorg' }];
    const records = [...answers(10, 'a'), ...answers(10, 'b')];
    const first = releaseWorkability(records, { release: 'r1', teams });
    if (!first.ok) throw new Error('release failed');
    records.push(...answers(1, 'a'));
    const el = await mount(released(records, { release: 'r2', teams, ledger: first.data.entries }));
    expect($(el, 'table.teams tr[data-group="a"]')!.dataset['status']).to.equal('held');
    expect(text($(el, 'table.teams tr[data-group="a"] td')!)).to.equal('Nu niet getoond: samen met een eerder rapport zou dit te weinig mensen tonen');
    expect(text($(el, '[part=hidden] li[data-group="a"]')!)).to.equal(
      'Team Onthaal toont nu geen cijfers. Samen met een eerder rapport (r1) zou iemand de antwoorden van minder dan 5 mensen kunnen uitrekenen. De cijfers komen terug als er genoeg nieuwe antwoorden zijn.',
    );
    expect(text($(el, '[part=summary] p')!)).to.equal('Nu niet getoond: samen met een eerder rapport zou dit te weinig mensen tonen');
    await expect(el).to.be.accessible();
  });

  it('does not point at a held-back group as the figure to subtract from', async () => {
    const teams = [{ id: 'dept', label: 'Ambulante hulp' }, { id: 'onthaal', label: 'Onthaal', parent: 'dept' }, { id: 'jac', label: 'JAC', parent: 'dept' }, { id: 'gezin', label: 'Gezin', parent: 'dept' }];
    const records = [...answers(6, 'onthaal'), ...answers(7, 'jac'), ...answers(2, 'gezin')];
    const first = releaseWorkability(records, { release: 'r1', teams });
    if (!first.ok) throw new Error('release failed');
    records.push(...answers(1, 'onthaal'));
    const el = await mount(released(records, { release: 'r2', teams, ledger: first.data.entries }));
    expect($(el, 'table.teams tr[data-group="dept"]')!.dataset['status']).to.equal('held');
    expect(text($(el, '[part=hidden] li[data-group="onthaal"]')!)).to.equal('Onthaal toont geen cijfers, om kleinere groepen in Ambulante hulp te beschermen.');
  });

  it('shows a trend over waves released under different hierarchies', async () => {
    const early = released(answers(6, 'a', 'w1'), { waves: [{ id: 'w1' }] });
    const later = released([...answers(6, 'a', 'w2'), ...answers(6, 'b', 'w2')], { waves: [{ id: 'w2' }] });
    const el = await mount({ ...later, waves: [early.waves[0]!, later.waves[0]!] });
    expect($(el, '[role=alert]')).to.equal(null);
    const rows = $$(el, 'table.trend-table tbody tr').map((r) => [...r.children].map(text));
    expect(rows.find((r) => r[0] === 'b')).to.deep.equal(['b', 'Geen antwoorden', '100 %']);
  });

  it('names waves that are still open under a portal that releases closed waves only', async () => {
    const el = await mount(released([...answers(6, 'a', 'w1'), ...answers(6, 'a', 'w2')], { waves: [{ id: 'w1', label: 'Voorjaar' }, { id: 'w2', label: 'Najaar', open: true }], policy: 'closed-waves' }));
    expect(text($(el, '.pending')!)).to.equal('Nog bezig: Najaar. De cijfers volgen als de meting afgesloten is.');
    expect($(el, 'label.wave select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('exposes nothing but the released figures: no record keys, scores per person or days', async () => {
    const el = await mount(released(deptRecords(), { teams: DEPT }));
    const exposed = JSON.stringify(el.aggregate) + el.shadowRoot!.innerHTML + [...el.attributes].map((a) => a.value).join(' ');
    expect(exposed).not.to.match(/"scores"|"zones"|"records"|"day"|\d{4}-\d{2}-\d{2}/);
  });
});


describe('<goesting-workability-report> from results to action: the focus plan', () => {
  const WAVES = [{ id: 'w1', label: 'Voorjaar 2025' }, { id: 'w2', label: 'Najaar 2025' }];
  /** Two teams over two waves; in the second, team a has trouble combining work and private life. */
  const twoWaves = () => released([...answers(8, 'a', 'w1'), ...answers(6, 'b', 'w1'), ...answers(8, 'a', 'w2', { balance: 1, workload: 3.5 }), ...answers(6, 'b', 'w2')], { waves: WAVES });
  const named = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
  const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
  async function tabTo(el: GoestingWorkabilityReport, matches: (focused: HTMLElement) => boolean) {
    for (let i = 0; i < 150; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = active(el);
      if (focused && matches(focused)) return focused;
    }
    throw new Error('not reached by Tab');
  }
  async function press(el: GoestingWorkabilityReport, key: string) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
  /** A plan of the whole organisation chosen in `wave`, on balance with one action and on work pressure without. */
  const orgPlan = (wave: string, over: Partial<FocusPlan> = {}): FocusPlan => ({
    schemaVersion: 1,
    report: 'workability-report',
    group: '@organisation',
    wave,
    points: [
      { group: '@organisation', target: 'balance', why: 'Veel collega’s nemen werk mee naar huis.', actions: [{ id: 'a1', what: 'Geen mails na 18 uur', owner: 'het hele team', due: '2025-06-30' }] },
      { group: '@organisation', target: 'workload', actions: [] },
    ],
    ...over,
  });

  it('lets HR choose a focus point, write an action with a role and dates, and remove it, by keyboard alone', async () => {
    const el = await mount(twoWaves());
    const changes = record(el, 'goesting-change');
    await expect(el).to.be.accessible();
    const select = await tabTo(el, (f) => f.id === 'focus-choose-select');
    expect($$(el, '#focus-choose-select optgroup').map((g) => `${(g as HTMLOptGroupElement).label}: ${text(g.firstElementChild!)}`)).to.deep.equal([
      'Groeipunten: Balans werk en privé: 57 % in de probleemzone (groeipunt)',
      'Andere: Werkstress: 0 % in de probleemzone',
    ]);
    expect((select as HTMLSelectElement).value).to.equal('balance');
    await tabTo(el, (f) => f.id === 'focus-choose-add');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(text(active(el)!)).to.equal('Focuspunt 1: Balans werk en privé groeipunt');
    expect(text($(el, '.focus-point .figure')!)).to.equal('Cijfer bij Najaar 2025: 57 % in de probleemzone');
    await tabTo(el, (f) => f.id === 'focus-p0-new-what');
    await sendKeys({ type: 'Afspraken maken over bereikbaarheid' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-owner');
    await sendKeys({ type: 'teamleider' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-due');
    await sendKeys({ type: '03142026' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-check');
    await sendKeys({ type: '06012026' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-add');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.focusPlan).to.deep.equal({
      schemaVersion: 1,
      report: 'workability-report',
      group: '@organisation',
      wave: 'w2',
      points: [{ group: '@organisation', target: 'balance', actions: [{ id: 'a1', what: 'Afspraken maken over bereikbaarheid', owner: 'teamleider', due: '2026-03-14', checkBack: '2026-06-01' }] }],
    });
    expect(changes.length).to.be.greaterThan(1);
    for (const change of changes) expect(reportChangeEventSchema.safeParse(change.detail).success).to.equal(true);
    expect(changes.at(-1)!.detail).to.deep.equal({ widget: 'workability-report', schemaVersion: 1, value: el.focusPlan });
    await tabTo(el, (f) => text(f) === 'Actie weghalen (actie 1 bij Balans werk en privé)');
    await press(el, 'Enter');
    expect(el.focusPlan!.points[0]!.actions).to.deep.equal([]);
    expect(active(el)?.id).to.equal('focus-p0-new-what');
    await expect(el).to.be.accessible();
  });

  it('takes a plan from the host without a goesting-change, and exports it as CSV that no spreadsheet runs', async () => {
    const el = await mount(twoWaves());
    const changes = record(el, 'goesting-change');
    const plan = orgPlan('w2');
    plan.points[0]!.actions[0] = { id: 'a1', what: '=SOM(A1:A9)', owner: '@HR', checkBack: '2026-01-15' };
    el.focusPlan = JSON.stringify(plan);
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(el.focusPlan).to.deep.equal(plan);
    const csv = await download(el, 'Focusplan downloaden als CSV');
    expect(csv.name).to.match(/^focusplan-w2-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.body.split('\r\n')).to.deep.equal([
      'Meting,Groep,Focuspunt,Waarom,Actie,Wie neemt het op,Klaar tegen,Terugkijken op,Hoe ver',
      "Najaar 2025,Hele organisatie,Balans werk en privé,Veel collega’s nemen werk mee naar huis.,'=SOM(A1:A9),'@HR,,2026-01-15,",
      'Najaar 2025,Hele organisatie,Werkdruk,,,,,,',
      '',
    ]);
  });

  it('carries a plan of the wave before into this wave, each point beside the change since', async () => {
    const el = await mount(twoWaves(), { focusPlan: orgPlan('w1') });
    const changes = record(el, 'goesting-change');
    const earlier = (target: string) => text($(el, `.focus-earlier > li[data-target="${target}"] dl`)!);
    expect(earlier('balance')).to.equal('Toen (Voorjaar 2025) 0 % in de probleemzone Nu (Najaar 2025) 57 % in de probleemzone Verschil +57 procentpunt');
    expect(earlier('workload')).to.equal('Toen (Voorjaar 2025) gemiddeld 1,0 (goed) Nu (Najaar 2025) gemiddeld 2,4 (goed) Verschil +1,4');
    const status = await tabTo(el, (f) => f.id === 'focus-e0-a0-status');
    expect((status as HTMLSelectElement).value).to.equal('open');
    await press(el, 'ArrowDown');
    expect(el.focusPlan!.points[0]!.actions[0]!.status).to.equal('done');
    await tabTo(el, (f) => f.id === 'focus-carry');
    expect(text(active(el)!)).to.equal('Focusplan voor Najaar 2025 beginnen');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.focusPlan).to.deep.include({ wave: 'w2', points: [] });
    expect(el.focusPlan!.previous).to.deep.equal({ wave: 'w1', points: [{ ...orgPlan('w1').points[0]!, actions: [{ ...orgPlan('w1').points[0]!.actions[0]!, status: 'done' }] }, orgPlan('w1').points[1]!] });
    expect(active(el)?.id).to.equal('focus-choose-select');
    expect(earlier('balance')).to.contain('Verschil +57 procentpunt');
    await tabTo(el, (f) => text(f) === 'Dit focuspunt houden (focuspunt Balans werk en privé)');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.focusPlan!.points.map((p) => p.target)).to.deep.equal(['balance']);
    expect(text(active(el)!)).to.equal('Focuspunt 1: Balans werk en privé groeipunt');
    expect(changes.map((c) => c.detail.value.wave)).to.deep.equal(['w1', 'w2', 'w2']);
    for (const change of changes) expect(reportChangeEventSchema.safeParse(change.detail).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives a hidden group no focus plan and says so plainly, with none of its figures', async () => {
    const el = await mount(released(deptRecords(), { teams: DEPT }));
    el.setAttribute('focus-group', 'five');
    await el.updateComplete;
    const section = $(el, '[part=focus-plan]')!;
    expect(text(section)).to.equal('Van resultaten naar actie Team Vijf toont geen cijfers in deze meting. Daarom kan je hier voor deze groep geen focuspunten kiezen.');
    expect(section.querySelector('select, input, textarea')).to.equal(null);
    el.setAttribute('focus-group', 'elders');
    await el.updateComplete;
    expect(text($(el, '.focus-unavailable')!)).to.equal('elders staat niet in deze meting. Daarom kan je hier voor deze groep geen focuspunten kiezen.');
    el.setAttribute('focus-group', 'seven');
    await el.updateComplete;
    expect(text($(el, '#focus-choose-select option')!)).to.equal('Werkdruk: gemiddeld 3,5 (probleem) (groeipunt)');
    await expect(el).to.be.accessible();
  });

  for (const [name, plan, code, path] of [
    ['a plan for another group', orgPlan('w2', { group: 'a', points: [] }), 'invalid-value', 'focusPlan.group'],
    ['a plan of another report', orgPlan('w2', { report: 'selfscan-team' }), 'invalid-value', 'focusPlan.report'],
    ['a point on a self-scan cell', orgPlan('w2', { points: [{ group: '@organisation', target: 'hope.other', actions: [] }] }), 'invalid-value', 'focusPlan.points[0].target'],
    ['a fourth point', orgPlan('w2', { points: ['balance', 'workload', 'stress', 'support'].map((target) => ({ group: '@organisation', target, actions: [] })) }), 'invalid-value', 'focusPlan.points'],
    ['a plan from a newer version', { ...orgPlan('w2'), schemaVersion: 2 }, 'unsupported-version', 'focusPlan.schemaVersion'],
    ['broken JSON', '{"points": [', 'invalid-json', 'focusPlan'],
  ] as const) {
    it(`refuses ${name} with the error state and goesting-error, and keeps the last valid plan`, async () => {
      const good = orgPlan('w2');
      const el = await mount(twoWaves(), { focusPlan: good });
      const errors = record(el, 'goesting-error');
      const changes = record(el, 'goesting-change');
      await quietly(async () => {
        el.focusPlan = plan;
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal(code);
      expect(errors[0]!.detail.issues.map((i: { path: string }) => i.path)).to.include(path);
      expect(reportErrorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
      expect(text($(el, '[role=alert]')!)).to.contain('Een rapport dat al zichtbaar was, blijft staan. Dat geldt ook voor het focusplan.');
      expect(el.focusPlan).to.deep.equal(good);
      expect($(el, '#focus-p0-title')).to.not.equal(null);
      expect(changes).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('takes a plan for a team once focus-group names that team, in whichever order the host sets them', async () => {
    const el = await mount(twoWaves());
    const plan = orgPlan('w2', { group: 'a', points: [{ group: 'a', target: 'balance', actions: [] }] });
    await quietly(async () => {
      el.focusPlan = plan;
      await el.updateComplete;
    });
    expect($(el, '[role=alert]')).to.not.equal(null);
    el.setAttribute('focus-group', 'a');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.focusPlan).to.deep.equal(plan);
    expect(text($(el, '#focus-p0-title')!)).to.equal('Focuspunt 1: Balans werk en privé groeipunt');
    expect(text($(el, '.focus-point .figure')!)).to.equal('Cijfer bij Najaar 2025: 100 % in de probleemzone');
  });

  it('prints the focus plan as text, without its fields and buttons', async () => {
    const el = await mount(twoWaves(), { focusPlan: orgPlan('w2') });
    await emulateMedia({ media: 'print' });
    try {
      expect($(el, '[part=focus-plan]')!.checkVisibility()).to.equal(true);
      expect($(el, '#focus-p0-a0-what')!.checkVisibility()).to.equal(false);
      expect($(el, '#focus-choose-select')!.checkVisibility()).to.equal(false);
      expect($$(el, '[part=focus-plan] button').some((b) => b.checkVisibility())).to.equal(false);
      const printed = $$(el, '.focus-point .print-only').filter((p) => p.checkVisibility()).map(text);
      expect(printed).to.deep.equal(['Veel collega’s nemen werk mee naar huis.', 'Geen mails na 18 uur', 'het hele team', '30 juni 2025', '—', '—']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
