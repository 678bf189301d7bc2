import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { CONSTRUCTS, reportErrorEventSchema, type GoestingWorkabilityReport } from '../src/index.js';
import { quietly, record } from '../../core/test/helpers.js';
import { leakingRemainders, randomCase, trueSizes } from './random.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

const scores = (over: Record<string, number> = {}) => ({ ...Object.fromEntries(CONSTRUCTS.map((c) => [c, 4])), stress: 1, workload: 1, emotional: 1, ...over });
const answers = (count: number, team?: string, wave?: string, over?: Record<string, number>) =>
  Array.from({ length: count }, () => ({ ...(team ? { team } : {}), ...(wave ? { wave } : {}), scores: scores(over) }));

const DEPT = [{ id: 'dept', label: 'Afdeling Noord' }, { id: 'seven', label: 'Team Zeven', parent: 'dept' }, { id: 'five', label: 'Team Vijf', parent: 'dept' }, { id: 'four', label: 'Team Vier', parent: 'dept' }];
const deptResponses = () => [...answers(7, 'seven', undefined, { workload: 3.5 }), ...answers(5, 'five'), ...answers(4, 'four', undefined, { stress: 4 })];

async function mount(responses: unknown[], attrs: Partial<GoestingWorkabilityReport> = {}) {
  const el = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="nl-BE"></goesting-workability-report>`);
  Object.assign(el, attrs);
  el.responses = responses;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** Catches the file a download button offers, without leaving the page. */
async function download(el: GoestingWorkabilityReport, name: string): Promise<{ name: string; body: string }> {
  const links: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  URL.revokeObjectURL = () => {};
  try {
    button(el, name).click();
    for (let i = 0; i < 100 && !links.length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    HTMLAnchorElement.prototype.click = click;
    URL.revokeObjectURL = revoke;
  }
  return { name: links[0]!.download, body: await (await fetch(links[0]!.href)).text() };
}

describe('<goesting-workability-report>', () => {
  it('is accessible and shows % werkbaar, problem zones and risk factor means for the organisation', async () => {
    const el = await mount([...answers(6, 'a'), ...answers(4, 'a', undefined, { stress: 3.5 }), ...answers(8, 'b')]);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part=summary] .big')!)).to.equal('78 % heeft werkbaar werk (18 antwoorden).');
    const figures = $$(el, '[part=summary] dt').map((dt) => `${text(dt)} = ${text(dt.nextElementSibling!)}`);
    expect(figures[0]).to.equal('% probleem: Werkstress = 22 %');
    expect(figures[4]).to.equal('Gemiddelde Werkdruk = 1,0 ✓ goed');
  });

  it('hides the team of 5 beside 7 and 4 under a parent of 16, explains why, and keeps its numbers out of the DOM', async () => {
    const el = await mount(deptResponses(), { teams: DEPT });
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
    const el = await mount(deptResponses(), { teams: DEPT });
    const header = $$(el, 'table.heatmap thead th').map(text);
    expect(header).to.have.length(11);
    const seven = $$(el, 'table.heatmap tr[data-group="seven"] td').map(text);
    expect(seven[0]).to.equal('1,0 ✓ goed');
    expect(seven[4]).to.equal('3,5 ✕ probleem');
  });

  it('raises a minimum below 5 to 5, says so, and still never shows a group of 4', async () => {
    const el = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="nl-BE" min-group-size="3"></goesting-workability-report>`);
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.responses = [...answers(4, 'a'), ...answers(9, 'b'), ...answers(8, 'c')];
      await el.updateComplete;
      await el.updateComplete;
    });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-config']);
    expect(reportErrorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
    expect(text($(el, '[role=alert]')!)).to.contain('de minimale groepsgrootte 3 is te klein; het rapport gebruikt 5');
    expect(text($(el, 'h2 + p')!)).to.equal('Deze cijfers komen uit anonieme antwoorden. Een groep met minder dan 5 antwoorden toont geen cijfers.');
    expect($(el, 'tr[data-group="a"]')!.dataset['status']).to.equal('limited');
    await expect(el).to.be.accessible();
  });

  it('counts rejected responses and reports them, without averaging them in', async () => {
    const el = await quietly(() => mount([...answers(6, 'a'), { scores: scores({ mood: 2 }) }, { scores: scores({ stress: 9 }) }, { scores: scores({ stress: 'veel' as never }) }, 42]));
    expect(text($(el, '.rejected')!)).to.equal('4 antwoorden zijn niet meegeteld omdat ze niet geldig zijn. onbekend thema: 1 · score buiten 1 tot 4: 1 · verkeerd type gegevens: 2');
    expect($(el, '[role=alert]')).to.not.equal(null);
    expect(text($(el, '[part=summary] .big')!)).to.equal('100 % heeft werkbaar werk (6 antwoorden).');
  });

  it('shows the trend per wave, with the wave chosen by keyboard, and hides per wave', async () => {
    const responses = [...answers(8, 'a', 'w1'), ...answers(6, 'b', 'w1'), ...answers(8, 'a', 'w2', { balance: 1 }), ...answers(6, 'b', 'w2'), ...answers(3, 'b', 'w3'), ...answers(9, 'a', 'w3')];
    const el = await mount(responses, { waves: [{ id: 'w1', label: 'Voorjaar 2025' }, { id: 'w2', label: 'Najaar 2025' }, { id: 'w3', label: 'Voorjaar 2026' }] });
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
    const plain = await mount(answers(6, 'a'));
    expect($(plain, '[part=reference]')).to.equal(null);
    const el = await mount(answers(6, 'a'), { reference: true });
    await el.updateComplete;
    const section = $(el, '[part=reference]')!;
    expect(text(section)).to.contain('Andere vragenlijst, niet rechtstreeks vergelijkbaar.');
    expect(text(section)).to.contain('51,8 % (2023)');
    expect(text(section)).to.contain('SERV / Stichting Innovatie & Arbeid');
    await expect(el).to.be.accessible();
  });

  it('exports aggregates only, as CSV and JSON', async () => {
    const el = await mount(deptResponses(), { teams: DEPT });
    const csv = await download(el, 'Downloaden als CSV');
    expect(csv.name).to.match(/^werkbaar-werk-rapport-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.body.trim().split('\r\n');
    expect(rows).to.have.length(6);
    expect(rows.find((r) => r.includes(',five,'))).to.equal(',five,Team Vijf,dept,protected,,,,,,,,,,,,,,,,');
    const json = await download(el, 'Downloaden als JSON');
    expect(JSON.parse(json.body)).to.deep.equal(JSON.parse(JSON.stringify(el.result)));
  });

  it('stays accessible in the dark theme, zone colours included', async () => {
    const el = await fixture<GoestingWorkabilityReport>(
      html`<goesting-workability-report lang="nl-BE" theme="dark" style="display:block;background:#14171c;color:#e8eaed" .teams=${DEPT} .responses=${deptResponses()}></goesting-workability-report>`,
    );
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, 'td.zone-red').length + $$(el, 'td.zone-orange').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('speaks French and English', async () => {
    const fr = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="fr-BE" .responses=${answers(6, 'a')}></goesting-workability-report>`);
    await fr.updateComplete;
    expect(text($(fr, '[part=summary] .big')!)).to.equal('100 % ont un travail faisable (6 réponses).');
    const en = await fixture<GoestingWorkabilityReport>(html`<goesting-workability-report lang="en" .responses=${answers(6, 'a')}></goesting-workability-report>`);
    await en.updateComplete;
    expect(text($(en, 'h2')!)).to.equal('Workable work in the organisation');
  });

  it('lets no group below the minimum be worked out from the screen (random hierarchies)', async () => {
    for (let seed = 1000; seed < 1025; seed++) {
      const generated = randomCase(seed);
      const el = await mount(generated.responses, { teams: generated.teams, minGroupSize: generated.minGroupSize });
      const waves = el.result.waves;
      for (let w = 0; w < waves.length; w++) {
        if (waves.length > 1) {
          $<HTMLSelectElement>(el, 'select')!.value = waves[w]!.id;
          $<HTMLSelectElement>(el, 'select')!.dispatchEvent(new Event('change'));
          await el.updateComplete;
        }
        const truth = trueSizes(generated).get(waves[w]!.id)!;
        const min = el.result.minGroupSize;
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
