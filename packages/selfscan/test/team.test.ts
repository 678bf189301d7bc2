import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define-team.js';
import { CELLS, GoestingSelfscanTeam, PILLARS, TEAM_CSV_COLUMNS, teamAggregateSchema, teamErrorEventSchema, type TeamAggregate } from '../src/index.js';
import { releaseSelfscanTeam, type TeamReleaseOptions } from '../src/server.js';
import { conversationStarters } from '../src/render-team.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';
import { catchDownloads, failOnPageErrors, quietly, record } from '../../core/test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The visible text of a table row, cell by cell. */
const row = (el: Element, selector: string) => [...$(el, selector)!.children].map(text);

type Scores = [number | null, number | null, number | null, number | null];
type Person = Record<(typeof PILLARS)[number], Scores>;

let nextId = 1;
/** A stored record as `ingestSelfscan` makes it: a score per cell (self, client, organisation, environment per pillar), energy, talk. */
function stored(person: Person, keys: { team?: string; wave?: string } = {}, energy: Record<string, number> = {}, talk: string[] = []) {
  const cells = Object.fromEntries(PILLARS.flatMap((p) => person[p].map((score, i) => [CELLS[PILLARS.indexOf(p) * 4 + i]!, score])));
  return { id: nextId++, ...keys, cells, energy, talk };
}

/** Someone whose every cell has the same score. */
const even = (score: number): Person => ({ expertise: [score, score, score, score], alliance: [score, score, score, score], hope: [score, score, score, score], reflection: [score, score, score, score] });
const people = (count: number, keys: { team?: string; wave?: string }, score = 4) => Array.from({ length: count }, (_, i) => stored(even(score - (i % 3) * 0.5), keys, { expertise: 4 }));

/** What the portal's back end does: release a team aggregate of stored records. */
function released(records: unknown[], options: Partial<TeamReleaseOptions> = {}): TeamAggregate {
  const release = releaseSelfscanTeam(records, { release: 'r1', ...options });
  if (!release.ok) throw new Error(JSON.stringify(release.issues));
  expect(teamAggregateSchema.safeParse(release.data.aggregate).success).to.equal(true);
  return release.data.aggregate;
}

/**
 * Six colleagues of Team Zes, written out by hand. Per pillar: self, client, organisation,
 * environment. A cell score may lie between two answers (the mean of its statements); `null` is
 * a cell with too few answers.
 */
const SIX: { person: Person; energy: Record<string, number>; talk: string[] }[] = [
  { person: { expertise: [4, 5, 3, 2], alliance: [5, 5, 4, 3], hope: [3, 4, 2, 1], reflection: [2, 3, null, 4] }, energy: { expertise: 4, alliance: 5, hope: 2, reflection: 3 }, talk: ['expertise.self', 'hope.environment'] },
  { person: { expertise: [2, 4, 3, 3], alliance: [4, 5, 4, 2], hope: [3, 3, 2, 2], reflection: [1, 2, 3, 4] }, energy: { expertise: 3, alliance: 4, hope: 2 }, talk: ['hope.environment'] },
  { person: { expertise: [5, 4, 2.5, 1], alliance: [4, 4, 3, 3], hope: [4, 4, 3, 2], reflection: [2, 2, 2, 5] }, energy: { expertise: 5, alliance: 4, hope: 3, reflection: 2 }, talk: ['hope.environment', 'reflection.organisation'] },
  { person: { expertise: [1, 3, 4, 2], alliance: [5, 4, 5, 3], hope: [2, 3, 1, 1], reflection: [3, 3, 3, 4] }, energy: { alliance: 5, hope: 1 }, talk: [] },
  { person: { expertise: [3, 5, 3, 2], alliance: [3, 5, 4, 4], hope: [3, 4, 3, 2], reflection: [2, 1, null, 3] }, energy: { expertise: 4, alliance: 4, hope: 2, reflection: 3 }, talk: ['expertise.self'] },
  { person: { expertise: [4, 4, 2, 1.5], alliance: [5, 5, 5, 2], hope: [5, 4, 2, 1], reflection: [1, 2, 4, 5] }, energy: { expertise: 4, alliance: 5, hope: 2, reflection: 2 }, talk: ['hope.environment'] },
];
const teamZes = () => released(SIX.map((p) => stored(p.person, { team: 'zes' }, p.energy, p.talk)), { teams: [{ id: 'zes', label: 'Team Zes' }] });

const DEPT = [{ id: 'noord', label: 'Afdeling Noord' }, { id: 'zeven', label: 'Team Zeven', parent: 'noord' }, { id: 'vijf', label: 'Team Vijf', parent: 'noord' }, { id: 'vier', label: 'Team Vier', parent: 'noord' }];
const department = () => released([...people(7, { team: 'zeven' }), ...people(5, { team: 'vijf' }), ...people(4, { team: 'vier' })], { teams: DEPT });

async function mount(aggregate: unknown, attrs: Partial<GoestingSelfscanTeam> = {}) {
  const el = await fixture<GoestingSelfscanTeam>(html`<goesting-selfscan-team lang="nl-BE"></goesting-selfscan-team>`);
  Object.assign(el, attrs);
  el.aggregate = aggregate;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

async function download(el: GoestingSelfscanTeam, name: string): Promise<{ name: string; body: string }> {
  const [file] = (await catchDownloads(() => button(el, name).click())).files;
  return { name: file!.name, body: file!.text };
}

/** Picks a group in the group picker, as a user does. */
async function pickGroup(el: GoestingSelfscanTeam, id: string) {
  const select = $<HTMLSelectElement>(el, 'select[name=group]')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<goesting-selfscan-team>', () => {
  failOnPageErrors();

  it('is accessible and shows a team of 12 with the spread per cell, energy beside strength and conversation starters', async () => {
    const el = await mount(released([...people(12, { team: 'twaalf' })], { teams: [{ id: 'twaalf', label: 'Team Twaalf' }] }), { group: 'twaalf' });
    await expect(el).to.be.accessible();
    expect(text($(el, 'h2'))).to.equal('Teamspiegel: de vier pijlers');
    expect(text($(el, '.intro'))).to.equal('Hier zie je de zelfscans van een team samen. Je ziet nooit het resultaat van één persoon. Een groep met minder dan 5 zelfscans toont geen cijfers.');
    expect(text($(el, '#mirror-title'))).to.equal('Team Twaalf');
    expect(text($(el, '[part=mirror] .n'))).to.equal('12 zelfscans');
    expect($$(el, '[part=spread-cell]')).to.have.length(16);
    expect($$(el, 'table.spread-table tbody tr')).to.have.length(16);
    expect($$(el, '[part=pillars] tbody tr')).to.have.length(4);
    expect($$(el, '[part=starters] li').length).to.be.within(1, 6);
  });

  it('shows the spread per cell of a hand-computed team of six, on screen and in the CSV', async () => {
    const el = await mount(teamZes(), { group: 'zes' });
    // Grid: the mean, the counts per band as text, and how many want to talk about it.
    const self = $(el, '[part=spread-cell][data-cell="expertise.self"]')!;
    expect(text(self.querySelector('.mean'))).to.equal('3,2');
    expect(text(self.querySelector('.counts'))).to.equal('2 · 1 · 3');
    expect(text(self.querySelector('.visually-hidden'))).to.equal('nooit of zelden: 2, soms: 1, vaak of altijd: 3');
    expect(text(self.querySelector('.talk'))).to.equal('2 willen erover praten');
    expect([...self.querySelectorAll<HTMLElement>('.bar .band')].map((b) => [b.className, b.style.getPropertyValue('--count')])).to.deep.equal([
      ['band band-low', '2'],
      ['band band-middle', '1'],
      ['band band-high', '3'],
    ]);
    // Table: cell, with a score, never or seldom, sometimes, often or always, mean, talk.
    expect(row(el, 'table.spread-table tr[data-cell="expertise.self"]')).to.deep.equal(['Professionele expertise inzetten: jezelf', '6', '2', '1', '3', '3,2', '2']);
    expect(row(el, 'table.spread-table tr[data-cell="expertise.organisation"]')).to.deep.equal(['Professionele expertise inzetten: de organisatie', '6', '1', '4', '1', '2,9', '0']);
    expect(row(el, 'table.spread-table tr[data-cell="hope.environment"]')).to.deep.equal(['Hoop en verwachting creëren: de omgeving', '6', '6', '0', '0', '1,5', '4']);
    expect(row(el, 'table.spread-table tr[data-cell="reflection.organisation"]')).to.deep.equal(['Professionele reflectie organiseren: de organisatie', '4', '1', '2', '1', '3,0', '1']);
    expect(row(el, 'table.spread-table tr[data-cell="alliance.other"]')).to.deep.equal(['Een werkalliantie aangaan: de cliënt', '6', '0', '0', '6', '4,7', '0']);
    // Strength beside energy.
    expect(row(el, '[part=pillars] tr[data-pillar=alliance]')).to.deep.equal(['Een werkalliantie aangaan', '4,0', '4,5', '6 van 6']);
    expect(row(el, '[part=pillars] tr[data-pillar=hope]')).to.deep.equal(['Hoop en verwachting creëren', '2,7', '2,0', '6 van 6']);
    expect(row(el, '[part=pillars] tr[data-pillar=expertise]')).to.deep.equal(['Professionele expertise inzetten', '3,0', '4,0', '5 van 6']);
    // Strengths, growth points and what colleagues want to talk about.
    expect($$(el, 'ul.strengths li').map(text)).to.deep.equal(['Een werkalliantie aangaan: de cliënt (4,7)', 'Een werkalliantie aangaan: jezelf (4,3)', 'Professionele expertise inzetten: de cliënt (4,2)']);
    expect($$(el, 'ul.growthPoints li').map(text)).to.deep.equal(['Hoop en verwachting creëren: de omgeving (1,5)', 'Professionele reflectie organiseren: jezelf (1,8)', 'Professionele expertise inzetten: de omgeving (1,9)']);
    expect($$(el, '[part=talk] li').map(text)).to.deep.equal([
      'Hoop en verwachting creëren: de omgeving (4 van 6)',
      'Professionele expertise inzetten: jezelf (2 van 6)',
      'Professionele reflectie organiseren: de organisatie (1 van 6)',
    ]);
    // The CSV holds the same numbers, as released (two decimals); the apostrophe keeps "@organisation" from running as a formula.
    const csv = (await download(el, 'Downloaden als CSV')).body.trim().split('\r\n');
    expect(csv[0]).to.equal(TEAM_CSV_COLUMNS.join(','));
    expect(csv.find((r) => r.startsWith(',zes,') && r.includes(',expertise.self,'))).to.equal(",zes,Team Zes,'@organisation,shown,6,expertise.self,expertise,self,6,2,1,3,3.17,2,3.04,4,5");
    expect(csv.find((r) => r.startsWith(',zes,') && r.includes(',reflection.organisation,'))).to.equal(",zes,Team Zes,'@organisation,shown,6,reflection.organisation,reflection,organisation,4,1,2,1,3,1,2.75,2.5,4");
    expect(csv.find((r) => r.startsWith(',zes,') && r.includes(',hope.environment,'))).to.equal(",zes,Team Zes,'@organisation,shown,6,hope.environment,hope,environment,6,6,0,0,1.5,4,2.67,2,6");
    // Per wave and group one row per cell: the organisation and Team Zes, 16 cells each.
    expect(csv).to.have.length(1 + 2 * 16);
    await expect(el).to.be.accessible();
  });

  it('offers a few warm conversation starters drawn from the figures', async () => {
    const el = await mount(teamZes(), { group: 'zes' });
    expect($$(el, '[part=starters] li').map((li) => li.dataset['kind'])).to.deep.equal(['strength', 'talk', 'spread', 'energy', 'growth', 'growth']);
    const items = $$(el, '[part=starters] li').map(text);
    expect(items[0]).to.equal('Wat goed gaat: Dit doen we vaak: “Een werkalliantie aangaan: de cliënt”. Vertel over een moment waarop het goed lukte. Wat hielp je toen?');
    expect(items[1]).to.contain('Een aantal collega’s wil praten over “Hoop en verwachting creëren: de omgeving”.');
    expect(items[2]).to.contain('Over “Professionele expertise inzetten: jezelf” antwoorden we heel verschillend.');
    expect(items[3]).to.contain('Bij “Hoop en verwachting creëren” is de goesting lager dan de sterkte.');
    // The growth point hope.environment already came up as something to talk about: the next two follow.
    expect(items[4]).to.contain('“Professionele reflectie organiseren: jezelf” kan nog groeien. Wanneer en met wie');
    expect(items[5]).to.contain('“Professionele expertise inzetten: de omgeving” kan nog groeien. Welke kennis');
    expect(conversationStarters(el.aggregate!.waves[0]!.groups[1]!.figures!).map((s) => s.cell ?? s.pillar)).to.deep.equal([
      'alliance.other',
      'hope.environment',
      'expertise.self',
      'hope',
      'reflection.self',
      'expertise.environment',
    ]);
  });

  it('shows a team of 4 as limited insight, with questions to talk about and no number anywhere', async () => {
    const aggregate = released(people(4, { team: 'vier' }), { teams: [{ id: 'vier', label: 'Team Vier' }] });
    const el = await mount(aggregate, { group: 'vier' });
    const mirror = $(el, '[part=mirror]')!;
    expect(mirror.dataset['status']).to.equal('limited');
    expect(text(mirror.querySelector('p.status'))).to.equal('Beperkt inzicht: te weinig zelfscans om cijfers te tonen.');
    expect(mirror.querySelectorAll('[part=starters] li')).to.have.length(4);
    expect($$(el, '[part=spread], [part=spread-table], [part=pillars], [part=talk]')).to.deep.equal([]);
    // The only digits on the page are those of the rule: the intro and the explanation of hidden groups.
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const digits: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\d/.test(node.textContent!) && !node.parentElement!.closest('.intro, [part=hidden] > p')) digits.push(node.textContent!);
    expect(digits).to.deep.equal([]);
    expect(text($(el, '[part=hidden] p'))).to.equal('Een groep toont pas cijfers vanaf 5 zelfscans. Bij 3 of 4 zelfscans zie je alleen “beperkt inzicht”, bij 1 of 2 alleen “te weinig zelfscans”.');
    expect(el.shadowRoot!.innerHTML).not.to.match(/"n"|figures|data-cell/);
    // The exports hold the same: a status, no numbers.
    const csv = (await download(el, 'Downloaden als CSV')).body.trim().split('\r\n');
    expect(csv.slice(1)).to.deep.equal([`,'@organisation,,,limited${','.repeat(13)}`, `,vier,Team Vier,'@organisation,limited${','.repeat(13)}`]);
    const json = JSON.parse((await download(el, 'Downloaden als JSON')).body) as TeamAggregate;
    expect(json.waves[0]!.groups.map((g) => [g.id, g.status, 'figures' in g])).to.deep.equal([
      ['@organisation', 'limited', false],
      ['vier', 'limited', false],
    ]);
    expect(JSON.stringify(json)).not.to.match(/"cells"|"bands"|"mean"/);
    await expect(el).to.be.accessible();
  });

  it('hides the team of 5 beside 7 and 4 in a department of 16, explains why in words, and keeps its figures out of the DOM', async () => {
    const el = await mount(department());
    expect(row(el, 'table.groups tr[data-group=noord]')).to.deep.equal(['Afdeling Noord', '16']);
    expect(row(el, 'table.groups tr[data-group=zeven]')).to.deep.equal(['Team Zeven', '7']);
    expect(row(el, 'table.groups tr[data-group=vijf]')).to.deep.equal(['Team Vijf', 'Verborgen om een kleinere groep te beschermen']);
    expect(row(el, 'table.groups tr[data-group=vier]')).to.deep.equal(['Team Vier', 'Beperkt inzicht: te weinig zelfscans om cijfers te tonen.']);
    expect(text($(el, '[part=hidden] li[data-group=vijf]'))).to.equal(
      'Team Vijf toont geen cijfers. Anders kan iedereen de cijfers van Team Vier uitrekenen: de cijfers van Afdeling Noord min die van de andere getoonde groepen.',
    );
    expect($$<HTMLOptionElement>(el, 'select[name=group] option').map((o) => o.textContent!.trim())).to.deep.equal([
      'Hele organisatie',
      'Afdeling Noord',
      'Team Zeven',
      'Team Vijf (verborgen)',
      'Team Vier (beperkt inzicht)',
    ]);
    await pickGroup(el, 'vijf');
    expect(text($(el, '#mirror-title'))).to.equal('Team Vijf');
    expect(text($(el, '[part=mirror] p.status'))).to.equal('Verborgen om een kleinere groep te beschermen');
    expect(text($(el, '[part=mirror]'))).not.to.match(/\d/);
    const json = JSON.parse((await download(el, 'Downloaden als JSON')).body) as TeamAggregate;
    expect(json).to.deep.equal(el.aggregate);
    for (const g of json.waves[0]!.groups) if (g.id === 'vijf' || g.id === 'vier') expect(g).not.to.have.property('figures');
    const csv = (await download(el, 'Downloaden als CSV')).body.trim().split('\r\n');
    expect(csv.filter((r) => r.startsWith(',vijf,'))).to.deep.equal([`,vijf,Team Vijf,noord,protected${','.repeat(13)}`]);
    await expect(el).to.be.accessible();
  });

  it('lets the user pick the group and the wave with the keyboard, and shows the trend per pillar', async () => {
    const waves = [{ id: 'w1', label: 'Voorjaar 2025' }, { id: 'w2', label: 'Najaar 2025' }, { id: 'w3', label: 'Voorjaar 2026' }];
    const el = await mount(
      released([...people(6, { team: 'a', wave: 'w1' }, 3), ...people(6, { team: 'a', wave: 'w2' }, 4), ...people(3, { team: 'a', wave: 'w3' }), ...people(6, { team: 'b', wave: 'w3' })], {
        teams: [{ id: 'a', label: 'Team A' }, { id: 'b', label: 'Team B' }],
        waves,
      }),
      { group: 'a' },
    );
    expect(text($(el, '#mirror-title'))).to.equal('Team A · Voorjaar 2026');
    expect($(el, '[part=mirror]')!.dataset['status']).to.equal('limited');
    await waitUntil(() => $(el, '[part=trend] table'), 'the trend loads');
    const trend = $$(el, 'table.trend-table tbody tr').map((r) => [...r.children].map(text));
    expect(trend).to.have.length(8);
    expect(trend[0]).to.deep.equal(['Professionele expertise inzetten: sterkte', '2,5', '3,5', 'Beperkt inzicht: te weinig zelfscans om cijfers te tonen.']);
    expect(trend[1]).to.deep.equal(['Professionele expertise inzetten: goesting', '4,0', '4,0', 'Beperkt inzicht: te weinig zelfscans om cijfers te tonen.']);
    expect($$(el, '[part=trend] svg[role=img]')).to.have.length(2);
    expect($(el, '[part=trend] svg')!.getAttribute('aria-label')).to.contain('Professionele expertise inzetten: Voorjaar 2025 2,5, Najaar 2025 3,5');
    // The wave picker, by keyboard: one up is Najaar 2025, where Team A shows its figures.
    $<HTMLSelectElement>(el, '.pickers select')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text($(el, '#mirror-title'))).to.equal('Team A · Najaar 2025');
    expect(text($(el, '[part=mirror] .n'))).to.equal('6 zelfscans');
    // The group picker, by keyboard: up from Team A to the whole organisation (Team B had no self-scans then and is not listed).
    $<HTMLSelectElement>(el, 'select[name=group]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text($(el, '#mirror-title'))).to.equal('Hele organisatie · Najaar 2025');
    await expect(el).to.be.accessible();
    // Team B shows figures in no wave (protected in the last): it has no trend to draw.
    $<HTMLSelectElement>(el, '.pickers select')!.value = 'w3';
    $<HTMLSelectElement>(el, '.pickers select')!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await pickGroup(el, 'b');
    expect($(el, '[part=mirror]')!.dataset['status']).to.equal('protected');
    expect($(el, '[part=trend]')).to.equal(null);
  });

  it('exposes nothing but the released figures: no record keys, scores per person, talk lists or days', async () => {
    const el = await mount(department(), { group: 'zeven' });
    for (const id of ['noord', 'zeven', 'vijf', 'vier']) await pickGroup(el, id);
    const exposed = JSON.stringify(el.aggregate) + el.shadowRoot!.innerHTML + [...el.attributes].map((a) => a.value).join(' ');
    expect(exposed).not.to.match(/"day"|"talk":\[|"id":\d|\d{4}-\d{2}-\d{2}/);
  });

  it('defines only its own tag through define-team.js', () => {
    expect(customElements.get('goesting-selfscan-team')).to.equal(GoestingSelfscanTeam);
    expect(customElements.get('goesting-selfscan')).to.equal(undefined);
  });

  it('says that no team mirror has been released yet, without an error', async () => {
    const el = await fixture<GoestingSelfscanTeam>(html`<goesting-selfscan-team lang="nl-BE"></goesting-selfscan-team>`);
    expect(text($(el, '.no-mirror'))).to.equal('Er is nog geen teamspiegel vrijgegeven.');
    expect($(el, '[role=alert]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the aggregate as JSON text too, and never writes it into an attribute', async () => {
    const aggregate = teamZes();
    const el = await mount(JSON.stringify(aggregate), { group: 'zes' });
    expect(text($(el, '[part=mirror] .n'))).to.equal('6 zelfscans');
    expect(el.aggregate).to.deep.equal(aggregate);
    expect([...el.attributes].map((a) => a.name)).to.deep.equal(['lang']);
  });

  for (const [name, change, code, path] of [
    ['a newer version', (doc: TeamAggregate) => ({ ...doc, schemaVersion: 2 }), 'unsupported-version', 'schemaVersion'],
    ['a group shown below the minimum', (doc: TeamAggregate) => ({ ...doc, minGroupSize: 7 }), 'invalid-value', 'waves[0].groups[0].figures'],
    ['figures in a hidden group', (doc: TeamAggregate) => ({ ...doc, waves: [{ ...doc.waves[0]!, groups: doc.waves[0]!.groups.map((g) => ({ ...g, status: 'limited' })) }] }), 'invalid-value', 'waves[0].groups[0].figures'],
    ['self-scan records instead of an aggregate', () => SIX.map((p) => stored(p.person, { team: 'zes' })), 'invalid-value', ''],
    ['broken JSON', () => '{"waves": [', 'invalid-json', ''],
  ] as const) {
    it(`refuses ${name} with the error state and goesting-error, and keeps the last valid mirror`, async () => {
      const good = teamZes();
      const el = await mount(good, { group: 'zes' });
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.aggregate = change(good);
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal(code);
      expect(errors[0]!.detail.widget).to.equal('selfscan-team');
      expect(errors[0]!.detail.issues.map((i: { path: string }) => i.path)).to.include(path);
      expect(teamErrorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
      const alert = text($(el, '[role=alert]'));
      expect(alert).to.contain('Er is iets mis met de gegevens van deze teamspiegel');
      expect(alert).to.contain('Een teamspiegel die al zichtbaar was, blijft staan.');
      expect(alert).not.to.contain('formulier');
      expect(el.aggregate).to.deep.equal(good);
      expect(text($(el, '[part=mirror] .n'))).to.equal('6 zelfscans');
      await expect(el).to.be.accessible();
      el.aggregate = good;
      await el.updateComplete;
      expect($(el, '[role=alert]')).to.equal(null);
    });
  }

  it('says how many stored self-scans the portal could not count, and what it noted about the settings', async () => {
    const records = [...people(6, { team: 'a' }), { id: 'x', cells: { 'expertise.self': 9 } }, { id: 'y', cells: { 'expertise.mood': 3 } }, 'not a record'];
    const el = await mount(released(records, { minGroupSize: 3 }));
    expect(text($(el, '.rejected'))).to.equal('3 bewaarde zelfscans zijn niet meegeteld omdat ze niet geldig zijn. score buiten 1 tot 5: 1 · onbekende cel: 1 · verkeerd type gegevens: 1');
    expect(text($(el, '.notes li'))).to.equal('de minimale groepsgrootte 3 is te klein; de teamspiegel gebruikt 5');
  });

  it('speaks Dutch as written in the Netherlands, Belgian French and English, and takes text overrides', async () => {
    const nl = await mount(teamZes(), { group: 'zes' });
    nl.setAttribute('lang', 'nl-NL');
    await waitUntil(() => text($(nl, '[part=pillars] h4')) === 'Sterkte en energie per pijler', 'the Dutch (Netherlands) texts load');
    expect(text($(nl, '[part=pillars] thead th:nth-child(3)'))).to.equal('Energie (1–5)');
    expect(text($(nl, '#mirror-title'))).to.equal('Team Zes');
    const fr = await mount(teamZes(), { group: 'zes' });
    fr.setAttribute('lang', 'fr-BE');
    await waitUntil(() => text($(fr, 'h2')) === 'Miroir d’équipe : les quatre piliers', 'the French texts load');
    expect(row(fr, 'table.spread-table tr[data-cell="expertise.self"]')).to.deep.equal(['Mobiliser son expertise professionnelle : vous-même', '6', '2', '1', '3', '3,2', '2']);
    expect(text($(fr, '[part=mirror] .n'))).to.equal('6 autoévaluations');
    const en = await mount(teamZes(), { group: 'zes' });
    en.setAttribute('lang', 'en');
    await waitUntil(() => text($(en, 'h2')) === 'Team mirror: the four pillars', 'the English texts load');
    expect(row(en, 'table.spread-table tr[data-cell="expertise.self"]')).to.deep.equal(['Using professional expertise: you yourself', '6', '2', '1', '3', '3.2', '2']);
    expect(text($(en, '[part=spread-cell][data-cell="expertise.self"] .visually-hidden'))).to.equal('never or rarely: 2, sometimes: 1, often or always: 3');
    en.strings = { title: 'Our team mirror' };
    await en.updateComplete;
    expect(text($(en, 'h2'))).to.equal('Our team mirror');
    await expect(en).to.be.accessible();
  });

  it('takes language and theme from a provider', async () => {
    await import('@goesting/core/define-provider.js');
    const wrapper = await fixture(html`<goesting-provider locale="en" theme="dark"><goesting-selfscan-team .aggregate=${teamZes()} group="zes"></goesting-selfscan-team></goesting-provider>`);
    const el = wrapper.querySelector('goesting-selfscan-team')!;
    await waitUntil(() => text($(el, 'h2')) === 'Team mirror: the four pillars', 'the provider’s language applies');
    expect(el.dataset['goestingTheme']).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('stays accessible in the dark theme', async () => {
    const el = await fixture<GoestingSelfscanTeam>(
      html`<goesting-selfscan-team lang="nl-BE" theme="dark" group="zes" style="display:block;background:#14171c;color:#e8eaed" .aggregate=${teamZes()}></goesting-selfscan-team>`,
    );
    await el.updateComplete;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen: only the tables scroll sideways', async () => {
    const wrapper = await fixture(html`<div style="width:320px"><goesting-selfscan-team lang="nl-BE" group="zeven" .aggregate=${department()}></goesting-selfscan-team></div>`);
    const el = wrapper.querySelector('goesting-selfscan-team')!;
    await el.updateComplete;
    await el.updateComplete;
    await pickGroup(el, 'noord');
    const right = el.getBoundingClientRect().right;
    const outside = $$(el, '*').filter((n) => !n.parentElement?.closest('.table-scroll') && n.getBoundingClientRect().right > right + 0.5);
    expect(outside.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
    // Text for screen readers inside a table that scrolls stays inside the scroll area, so it never widens the page.
    for (const hidden of $$(el, '.table-scroll .visually-hidden')) expect(hidden.offsetParent?.classList.contains('table-scroll')).to.equal(true);
    expect(el.scrollWidth).to.equal(el.clientWidth);
  });

  it('prints the mirror without its pickers and buttons, and opens the print dialog', async () => {
    const el = await mount(department(), { group: 'zeven' });
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.pickers')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'table.spread-grid')!).display).to.equal('table');
      expect(getComputedStyle($(el, '.bar .band')!).printColorAdjust).to.equal('exact');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      button(el, 'Afdrukken').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('keeps the three bands apart in forced colours (Windows high contrast) by pattern, not by colour', async () => {
    const el = await mount(teamZes(), { group: 'zes' });
    const forced = el.shadowRoot!.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const declared = (selector: string, property: string) =>
      forced.filter((rule) => rule.selectorText.split(',').map((s) => s.trim()).includes(selector)).map((rule) => rule.style.getPropertyValue(property)).find(Boolean);
    expect(declared('.band', 'forced-color-adjust')).to.equal('none');
    const backgrounds = ['.band-low', '.band-middle', '.band-high'].map((band) => declared(band, 'background-image') || declared(band, 'background-color'));
    expect(backgrounds.every(Boolean), JSON.stringify(backgrounds)).to.equal(true);
    expect(new Set(backgrounds).size).to.equal(3);
  });

  runCatalogueTests('selfscan', 'team');

  it('names pillars and dimensions exactly as the self-scan does, in every language', async () => {
    for (const locale of ['nl-BE', 'nl-NL', 'fr-BE', 'en']) {
      const scan = (await import(`../src/locales/${locale}.ts`)).default as Record<string, unknown>;
      const team = (await import(`../src/locales/team-${locale}.ts`)).default as Record<string, unknown>;
      for (const key of Object.keys(team).filter((k) => /^(pillar|dimension)\./.test(k))) expect(team[key], `${locale} ${key}`).to.equal(scan[key]);
    }
  });
});

describe('<goesting-selfscan-team> from results to action: the focus plan', () => {
  const WAVES = [{ id: 'w1', label: 'Voorjaar 2025' }, { id: 'w2', label: 'Najaar 2025' }];
  /** Team Zes in two waves; in the second, everyone scores hope in the environment one higher (at most 5). */
  const lifted = (person: Person): Person => ({ ...person, hope: [person.hope[0], person.hope[1], person.hope[2], Math.min(5, (person.hope[3] ?? 1) + 1)] });
  const twoWaves = () =>
    released(
      [...SIX.map((p) => stored(p.person, { team: 'zes', wave: 'w1' }, p.energy, p.talk)), ...SIX.map((p) => stored(lifted(p.person), { team: 'zes', wave: 'w2' }, p.energy, p.talk)), ...people(3, { team: 'drie', wave: 'w2' }), ...people(5, { team: 'vijf', wave: 'w2' })],
      // Team Vijf is hidden to protect Team Drie (the organisation minus Team Zes and Team Vijf would be Team Drie).
      { teams: [{ id: 'zes', label: 'Team Zes' }, { id: 'drie', label: 'Team Drie' }, { id: 'vijf', label: 'Team Vijf' }], waves: WAVES },
    );
  const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
  async function tabTo(el: GoestingSelfscanTeam, matches: (focused: HTMLElement) => boolean) {
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = active(el);
      if (focused && matches(focused)) return focused;
    }
    throw new Error('not reached by Tab');
  }
  async function press(el: GoestingSelfscanTeam, key: string) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }

  it('lets the team choose a growth cell as focus point and write an action with a role, by keyboard alone', async () => {
    const aggregate = twoWaves();
    const el = await mount(aggregate, { group: 'zes' });
    const changes = record(el, 'goesting-change');
    await expect(el).to.be.accessible();
    const select = (await tabTo(el, (f) => f.id === 'focus-choose-select')) as HTMLSelectElement;
    const zes = aggregate.waves[1]!.groups.find((g) => g.id === 'zes')!.figures!;
    // The team's growth points come first, the lowest first, as the mirror lists them.
    expect((select.querySelector('optgroup') as HTMLOptGroupElement).label).to.equal('Groeipunten');
    expect([...select.querySelectorAll('optgroup:first-child option')].map((o) => (o as HTMLOptionElement).value)).to.deep.equal(zes.growthPoints);
    const target = zes.growthPoints[0]!;
    expect(select.value).to.equal(target);
    await tabTo(el, (f) => f.id === 'focus-choose-add');
    await press(el, 'Enter');
    const [pillar, dimension] = target.split('.');
    expect(text(active(el)!)).to.match(/^Focuspunt 1: .+ groeipunt$/);
    expect(text($(el, '.focus-point .figure')!)).to.equal(`Cijfer bij Najaar 2025: gemiddeld ${zes.cells[target as 'hope.other'].mean!.toFixed(1).replace('.', ',')} op 5`);
    await tabTo(el, (f) => f.id === 'focus-p0-new-what');
    await sendKeys({ type: 'Elke maand een casus samen bespreken' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-owner');
    await sendKeys({ type: 'teamcoach' });
    await tabTo(el, (f) => f.id === 'focus-p0-new-add');
    await press(el, 'Enter');
    expect(el.focusPlan).to.deep.equal({
      schemaVersion: 1,
      report: 'selfscan-team',
      group: 'zes',
      wave: 'w2',
      points: [{ group: 'zes', target, actions: [{ id: 'a1', what: 'Elke maand een casus samen bespreken', owner: 'teamcoach' }] }],
    });
    expect(changes.at(-1)!.detail).to.deep.equal({ widget: 'selfscan-team', schemaVersion: 1, value: el.focusPlan });
    // A point on a cell opens reflection or intervision cards on it.
    const reflects = record(el, 'goesting-reflect');
    await tabTo(el, (f) => text(f).startsWith('Intervisiekaart openen'));
    await press(el, 'Enter');
    expect(reflects.map((e) => e.detail)).to.deep.equal([{ widget: 'selfscan-team', schemaVersion: 1, cell: { pillar, dimension }, purpose: 'intervision' }]);
    await expect(el).to.be.accessible();
  });

  it('carries the plan of the wave before into this wave, each cell beside the change of the team mean', async () => {
    const aggregate = twoWaves();
    const plan = { schemaVersion: 1, report: 'selfscan-team', group: 'zes', wave: 'w1', points: [{ group: 'zes', target: 'hope.environment', actions: [{ id: 'a1', what: 'Buurtwerk uitnodigen op het teamoverleg', owner: 'het hele team' }] }] };
    const el = await mount(aggregate, { group: 'zes', focusPlan: plan as never });
    // Hand-worked: hope × environment of the six was 1, 2, 2, 1, 2, 1 → 1.5; one higher each in the second wave → 2.5.
    expect(text($(el, '.focus-earlier > li[data-target="hope.environment"] dl')!)).to.equal(
      'Toen (Voorjaar 2025) gemiddeld 1,5 op 5 Nu (Najaar 2025) gemiddeld 2,5 op 5 Verschil +1,0',
    );
    await tabTo(el, (f) => f.id === 'focus-carry');
    await press(el, 'Enter');
    expect(el.focusPlan).to.deep.include({ wave: 'w2', points: [] });
    expect(el.focusPlan!.previous!.wave).to.equal('w1');
    expect(el.focusPlan!.previous!.points[0]!.actions[0]!.status).to.equal('open');
    await expect(el).to.be.accessible();
  });

  it('gives a hidden group no focus plan, and points to the group the plan is for while another is shown', async () => {
    const el = await mount(twoWaves(), { focusGroup: 'drie' } as Partial<GoestingSelfscanTeam>);
    await pickGroup(el, 'drie');
    expect(text($(el, '.focus-unavailable')!)).to.equal('Team Drie toont geen cijfers in deze meting. Daarom kan je hier voor deze groep geen focuspunten kiezen.');
    expect($(el, '#focus-choose-select')).to.equal(null);
    el.focusGroup = 'zes';
    await pickGroup(el, '@organisation');
    expect(text($(el, '.focus-elsewhere')!)).to.equal('Het focusplan hoort bij Team Zes. Team Zes tonen');
    button(el, 'Team Zes tonen').click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select[name=group]')!.value).to.equal('zes');
    expect($(el, '#focus-choose-select')).not.to.equal(null);
  });

  it('refuses a focus plan of another report or with a cell the mirror does not have, and keeps the last valid one', async () => {
    const el = await mount(twoWaves(), { group: 'zes' });
    const good = { schemaVersion: 1, report: 'selfscan-team', group: 'zes', wave: 'w2', points: [{ group: 'zes', target: 'alliance.other', actions: [] }] };
    el.focusPlan = good as never;
    await el.updateComplete;
    for (const bad of [{ ...good, report: 'workability-report' }, { ...good, points: [{ group: 'zes', target: 'workload', actions: [] }] }]) {
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.focusPlan = bad as never;
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect($(el, '[role=alert]')).not.to.equal(null);
      expect(el.focusPlan).to.deep.equal(good);
    }
  });
});
