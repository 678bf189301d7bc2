// `npm run bench:workability`: how fast a portal's back end ingests and releases workability
// results, and how fast the report renders a released aggregate. Prints figures; asserts nothing.
// Run `npm run build` first: it measures the built server entry in Node and the CDN file
// (production Lit, minified) in Chromium.
import { performance } from 'node:perf_hooks';
import { startHost } from '../test/host/harness.mjs';
import { line, prng } from './bench-figures.mjs';
import { PULSE_ITEMS } from '../packages/workability/dist/model/index.js';
import { ingestWorkability, releaseWorkability } from '../packages/workability/dist/server.js';

const RUNS = 21;

/** Departments of ten teams; team sizes vary so some groups are small. */
function organisation(teamCount, seed) {
  const random = prng(seed);
  const departments = teamCount / 10;
  const teams = [
    ...Array.from({ length: departments }, (_, d) => ({ id: `dept-${d}`, label: `Afdeling ${d + 1}` })),
    ...Array.from({ length: teamCount }, (_, t) => ({ id: `team-${t}`, label: `Team ${t + 1}`, parent: `dept-${t % departments}` })),
  ];
  const weights = Array.from({ length: teamCount }, (_, t) => (t % 7 === 0 ? 0.05 : 0.5 + random()));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickTeam = () => {
    let r = random() * total;
    for (let t = 0; t < teamCount; t++) if ((r -= weights[t]) <= 0) return `team-${t}`;
    return `team-${teamCount - 1}`;
  };
  return { teams, pickTeam, random };
}

const waves = ['2025-1', '2025-2', '2026-1', '2026-2'].map((id) => ({ id, label: `Meting ${id}` }));
const detailFor = (team, wave, random) => ({
  widget: 'workability-check',
  schemaVersion: 1,
  value: { schemaVersion: 1, variant: 'pulse', answers: Object.fromEntries(PULSE_ITEMS.map((item) => [item.id, 1 + Math.floor(random() * 4)])), completed: true },
  result: { team, wave },
});

/**
 * Ingests `count` checks over four waves, then builds a ledger of ten earlier releases: the three
 * closed waves released again each time, the live fourth wave growing from half to all of its answers.
 */
function scenario(count, teamCount, seed) {
  const { teams, pickTeam, random } = organisation(teamCount, seed);
  const records = [];
  for (let i = 0; i < count; i++) {
    const ingested = ingestWorkability(detailFor(pickTeam(), waves[Math.floor(random() * 4)].id, random), { teams, waves, day: '2026-03-02' });
    records.push({ id: i + 1, ...ingested.data });
  }
  const closed = records.filter((r) => r.wave !== waves[3].id);
  const live = records.filter((r) => r.wave === waves[3].id);
  const ledger = [];
  for (let k = 1; k <= 10; k++) {
    const released = releaseWorkability([...closed, ...live.slice(0, Math.round((live.length * (10 + k)) / 20))], { release: `r${k}`, teams, waves, ledger });
    ledger.push(...released.data.entries);
  }
  return { teams, records, ledger };
}

// Ingest: one record at a time, as the portal receives them.
{
  const { teams, pickTeam, random } = organisation(50, 7);
  const details = Array.from({ length: 2000 }, () => detailFor(pickTeam(), waves[0].id, random));
  for (const d of details.slice(0, 200)) ingestWorkability(d, { teams, waves });
  const perRecord = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const d of details) ingestWorkability(d, { teams, waves });
    perRecord.push(((performance.now() - start) * 1000) / details.length);
  }
  line('Node: ingestWorkability, per record (validate, re-score, minimal record)', perRecord, undefined, 'µs');
}

let aggregateForBrowser;
for (const [count, teamCount, goal] of [
  [10_000, 50, 50],
  [100_000, 500, 500],
]) {
  const { teams, records, ledger } = scenario(count, teamCount, 2026);
  const times = [];
  let released;
  for (let run = 0; run < (count > 10_000 ? 11 : RUNS) + 1; run++) {
    const start = performance.now();
    released = releaseWorkability(records, { release: 'r11', teams, waves, ledger });
    times.push(performance.now() - start);
  }
  const groups = released.data.aggregate.waves.flatMap((w) => w.groups);
  const hidden = groups.filter((g) => g.status !== 'shown').length;
  const held = groups.filter((g) => g.status === 'held').length;
  console.log(`\n${count} records, ${teamCount} teams, 4 waves, ${ledger.length} ledger entries of 10 earlier releases: ${hidden} of ${groups.length} group figures hidden (${held} held back by the ledger)`);
  line(`Node: releaseWorkability of ${count} records`, times.slice(1), goal);
  if (count === 10_000) aggregateForBrowser = released.data.aggregate;
}

const host = await startHost();
try {
  const { page } = await host.open('/test/host/pages/bench.html');
  await page.addScriptTag({ type: 'module', url: '/packages/goesting/dist/goesting-workability.js' });
  await page.waitForFunction(() => customElements.get('goesting-workability-report'));
  const figures = await page.evaluate(
    async ({ runs, aggregate }) => {
      const host = document.querySelector('#stage');
      const firstRender = [];
      for (let i = 0; i < runs + 1; i++) {
        host.replaceChildren();
        const el = document.createElement('goesting-workability-report');
        el.setAttribute('lang', 'nl-BE');
        const start = performance.now();
        el.aggregate = aggregate;
        host.append(el);
        await el.updateComplete;
        void el.shadowRoot.querySelector('table.heatmap').getBoundingClientRect();
        firstRender.push(performance.now() - start);
      }
      return firstRender.slice(1);
    },
    { runs: RUNS, aggregate: aggregateForBrowser },
  );
  console.log('');
  line('Chromium: released aggregate (50 teams × 4 waves) → first complete render', figures, 30);
} finally {
  await host.close();
}
