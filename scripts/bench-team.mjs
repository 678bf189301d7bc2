// `npm run bench:team`: how fast a portal's back end ingests self-scans and releases the team
// mirror, and how fast `<goesting-selfscan-team>` renders a released aggregate. Prints figures;
// asserts nothing. Run `npm run build` first: it measures the built server entry in Node and the
// CDN file (production Lit, minified) in Chromium.
import { performance } from 'node:perf_hooks';
import { startHost } from '../test/host/harness.mjs';
import { line, prng } from './bench-figures.mjs';
import { defaultInstrument, parseTeamAggregate } from '../packages/selfscan/dist/model/index.js';
import { ingestSelfscan, releaseSelfscanTeam } from '../packages/selfscan/dist/server.js';

const RUNS = 21;
const PROFESSIONALS = 300;
const TEAMS = 40;
const DEPARTMENTS = 4;

const random = prng(2026);
const teams = [
  ...Array.from({ length: DEPARTMENTS }, (_, d) => ({ id: `dept-${d}`, label: `Afdeling ${d + 1}` })),
  ...Array.from({ length: TEAMS }, (_, t) => ({ id: `team-${t}`, label: `Team ${t + 1}`, parent: `dept-${t % DEPARTMENTS}` })),
];
const waves = ['2025-1', '2025-2', '2026-1', '2026-2'].map((id) => ({ id, label: `Ronde ${id}` }));
// 300 professionals over 40 teams of unequal size: a few teams are small enough to be hidden.
const teamOf = Array.from({ length: PROFESSIONALS }, (_, p) => `team-${p % 9 === 0 ? Math.floor(random() * 5) : 5 + Math.floor(random() * (TEAMS - 5))}`);
const instruments = [defaultInstrument('full'), defaultInstrument('quick')];

const detailFor = (instrument) => ({
  widget: 'selfscan',
  schemaVersion: 1,
  value: {
    schemaVersion: 1,
    instrument: `${instrument.id}@${instrument.version}`,
    answers: Object.fromEntries(instrument.items.map((item) => [item.id, random() < 0.05 ? 'na' : 1 + Math.floor(random() * 5)])),
    flags: instrument.items.filter(() => random() < 0.05).map((item) => item.id),
    energy: { expertise: 1 + Math.floor(random() * 5), alliance: 1 + Math.floor(random() * 5), hope: 1 + Math.floor(random() * 5), reflection: 1 + Math.floor(random() * 5) },
    completed: true,
  },
});

// Ingest: one scan at a time, as the portal receives them; every professional once per wave (most answer).
const details = [];
for (const wave of waves) for (let p = 0; p < PROFESSIONALS; p++) if (random() < 0.9) details.push({ detail: detailFor(instruments[p % 4 === 0 ? 1 : 0]), team: teamOf[p], wave: wave.id });
const perRecord = [];
let records = [];
for (let run = 0; run < RUNS; run++) {
  const out = [];
  const start = performance.now();
  for (const { detail, team, wave } of details) out.push(ingestSelfscan(detail, { team, teams, wave, waves, day: '2026-03-02' }));
  perRecord.push(((performance.now() - start) * 1000) / details.length);
  records = out.map((ingested, i) => ({ id: i + 1, ...ingested.data }));
}
line(`Node: ingestSelfscan, per scan (validate, re-score, minimal record; ${details.length} scans)`, perRecord, undefined, 'µs');

// A ledger as a portal builds it: a release after each of the first three waves, and two while the fourth runs (half, then 80 % of its scans in).
const ledger = [];
const inWave = (k) => records.filter((r) => r.wave === waves[k].id);
const earlier = [
  inWave(0),
  [...inWave(0), ...inWave(1)],
  [...inWave(0), ...inWave(1), ...inWave(2)],
  [...inWave(0), ...inWave(1), ...inWave(2), ...inWave(3).slice(0, inWave(3).length / 2)],
  [...inWave(0), ...inWave(1), ...inWave(2), ...inWave(3).slice(0, Math.round(inWave(3).length * 0.8))],
];
earlier.forEach((cut, k) => {
  const released = releaseSelfscanTeam(cut, { release: `r${k + 1}`, teams, waves: waves.slice(0, Math.min(k + 1, 4)), ledger });
  ledger.push(...released.data.entries);
});
const times = [];
let released;
for (let run = 0; run < RUNS + 1; run++) {
  const start = performance.now();
  released = releaseSelfscanTeam(records, { release: 'r6', teams, waves, ledger });
  times.push(performance.now() - start);
}
const groups = released.data.aggregate.waves.flatMap((w) => w.groups);
console.log(
  `\n${PROFESSIONALS} professionals in ${TEAMS} teams (${DEPARTMENTS} departments), ${waves.length} waves, ${records.length} scans, ${ledger.length} ledger entries of 5 earlier releases: ` +
    `${groups.filter((g) => g.status !== 'shown').length} of ${groups.length} group figures hidden (${groups.filter((g) => g.status === 'held').length} held back by the ledger)`,
);
line('Node: releaseSelfscanTeam (spread per cell, energy, talk; every anonymity rule)', times.slice(1));
const aggregate = released.data.aggregate;
console.log(`Released aggregate: ${(JSON.stringify(aggregate).length / 1024).toFixed(1)} KB of JSON`);
// What every page that shows the mirror does first: check the document against its schema.
const parses = [];
for (let run = 0; run < RUNS + 1; run++) {
  const start = performance.now();
  parseTeamAggregate(aggregate);
  parses.push(performance.now() - start);
}
line('Node: parseTeamAggregate of that aggregate (what the element checks first)', parses.slice(1));

const host = await startHost();
try {
  const { page } = await host.open('/test/host/pages/bench.html');
  await page.addScriptTag({ type: 'module', url: '/packages/goesting/dist/goesting-selfscan-team.js' });
  await page.waitForFunction(() => customElements.get('goesting-selfscan-team'));
  const team = groups.find((g) => g.status === 'shown' && g.id.startsWith('team-')).id;
  const figures = await page.evaluate(
    async ({ runs, aggregate, team }) => {
      const stage = document.querySelector('#stage');
      const firstRender = [];
      for (let i = 0; i < runs + 1; i++) {
        stage.replaceChildren();
        const el = document.createElement('goesting-selfscan-team');
        el.setAttribute('lang', 'nl-BE');
        el.setAttribute('group', team);
        const start = performance.now();
        el.aggregate = aggregate;
        stage.append(el);
        await el.updateComplete;
        void el.shadowRoot.querySelector('table').getBoundingClientRect();
        firstRender.push(performance.now() - start);
      }
      return firstRender.slice(1);
    },
    { runs: RUNS, aggregate, team },
  );
  console.log('');
  line(`Chromium: released team mirror (44 groups × 4 waves) → first complete render of one team, its check included`, figures);
} finally {
  await host.close();
}
