// `npm run bench:workability`: how fast the workability report is with 10,000 responses over
// 50 teams and 4 waves. Prints figures; asserts nothing. Run `npm run build` first: it measures
// the built model in Node and the CDN file (production Lit, minified) in Chromium.
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { serve } from '../test/host/harness.mjs';
import { chromeArgs, findChrome } from './chrome.mjs';
import { CONSTRUCTS, aggregateWorkability } from '../packages/workability/dist/model/index.js';

const RUNS = 31;
const RESPONSES = 10_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** mulberry32: the same data on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 5 departments of 10 teams: 50 teams, 4 waves; team sizes vary so some groups are small.
const random = prng(2026);
const teams = [
  ...Array.from({ length: 5 }, (_, d) => ({ id: `dept-${d}`, label: `Afdeling ${d + 1}` })),
  ...Array.from({ length: 50 }, (_, t) => ({ id: `team-${t}`, label: `Team ${t + 1}`, parent: `dept-${t % 5}` })),
];
const waves = ['2025-1', '2025-2', '2026-1', '2026-2'].map((id) => ({ id }));
const weights = Array.from({ length: 50 }, (_, t) => (t % 7 === 0 ? 0.05 : 0.5 + random()));
const total = weights.reduce((a, b) => a + b, 0);
const pickTeam = () => {
  let r = random() * total;
  for (let t = 0; t < 50; t++) if ((r -= weights[t]) <= 0) return `team-${t}`;
  return 'team-49';
};
const responses = Array.from({ length: RESPONSES }, () => ({
  team: pickTeam(),
  wave: waves[Math.floor(random() * 4)].id,
  scores: Object.fromEntries(CONSTRUCTS.map((c) => [c, Math.round((1 + random() * 3) * 3) / 3])),
}));

const line = (label, values, goal) =>
  console.log(`${label.padEnd(62)} median ${median(values).toFixed(2).padStart(7)} ms   (goal ≤ ${goal} ms, ${values.length} runs)`);

const node = [];
let aggregate;
for (let i = 0; i < RUNS + 1; i++) {
  const start = performance.now();
  aggregate = aggregateWorkability(responses, { teams, waves });
  node.push(performance.now() - start);
}
const hidden = aggregate.waves.flatMap((w) => w.groups).filter((g) => g.status !== 'shown').length;
console.log(`Workability report: ${RESPONSES} responses, 50 teams in 5 departments, 4 waves (${hidden} of ${aggregate.waves.length * 56} group figures hidden)`);
line('Node: aggregateWorkability (validation, sums, suppression)', node.slice(1), 50);

const server = await serve();
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/test/host/pages/workability-bench.html`);
  await page.waitForFunction(() => customElements.get('goesting-workability-report'));
  const figures = await page.evaluate(
    async ({ runs, responses, teams, waves }) => {
      const host = document.querySelector('#stage');
      const firstRender = [];
      for (let i = 0; i < runs + 1; i++) {
        host.replaceChildren();
        const el = document.createElement('goesting-workability-report');
        el.setAttribute('lang', 'nl-BE');
        el.teams = teams;
        el.waves = waves;
        el.responses = responses;
        const start = performance.now();
        host.append(el);
        await el.updateComplete;
        void el.shadowRoot.querySelector('table.heatmap').getBoundingClientRect();
        firstRender.push(performance.now() - start);
      }
      return firstRender.slice(1);
    },
    { runs: RUNS, responses, teams, waves },
  );
  line('Chromium: insert → first complete render (aggregation, style, layout)', figures, 100);
} finally {
  await browser.close();
  await server.close();
}
