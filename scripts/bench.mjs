// `npm run bench`: rendering figures from Chromium on this machine, printed, not asserted.
// Uses the built CDN files (production Lit, minified), so run `npm run build` first.
import { startHost } from '../test/host/harness.mjs';
import { networkCircle } from '../test/host/documents.mjs';

const RUNS = 41;
const COLD_RUNS = 15;

/** A page with one self-scan and one script tag: the CDN loader or the one-file bundle. */
const coldPage = (script) => `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/packages/goesting/dist/${script}"></script></head>
<body><goesting-selfscan></goesting-selfscan></body></html>`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// --expose-gc lets the memory check collect garbage before each reading.
const host = await startHost({
  args: ['--js-flags=--expose-gc'],
  files: { '/bench/loader.html': coldPage('goesting.js'), '/bench/bundle.html': coldPage('goesting.bundle.js') },
});
try {
  // A cold page (new browser context, empty cache): from the start of the page to the self-scan's
  // first complete render, which includes fetching the script tag's file and what it imports.
  const cold = {};
  for (const kind of ['loader', 'bundle']) {
    cold[kind] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const context = await host.browser.newContext();
      const { page } = await host.open(`/bench/${kind}.html`, context);
      const ms = await page.evaluate(async () => {
        await customElements.whenDefined('goesting-selfscan');
        const el = document.querySelector('goesting-selfscan');
        await el.updateComplete;
        void el.shadowRoot.querySelector('nav').getBoundingClientRect();
        return performance.now();
      });
      cold[kind].push(ms);
      await context.close();
    }
  }

  const { page } = await host.open('/test/host/pages/bench.html');
  await page.addScriptTag({ type: 'module', url: '/packages/goesting/dist/goesting.bundle.js' });
  await page.waitForFunction(() => customElements.get('goesting-selfscan'));

  const figures = await page.evaluate(async (runs) => {
    const host = document.querySelector('#stage');
    const firstRender = [];
    const oneAnswer = [];
    for (let i = 0; i < runs; i++) {
      host.replaceChildren();
      const el = document.createElement('goesting-selfscan');
      el.setAttribute('variant', 'full');
      el.setAttribute('lang', 'nl-BE');
      const start = performance.now();
      host.append(el);
      await el.updateComplete;
      void el.shadowRoot.querySelector('nav').getBoundingClientRect();
      firstRender.push(performance.now() - start);

      const radio = el.shadowRoot.querySelectorAll('fieldset.item input[type=radio]')[(i % 5) + 6];
      const t0 = performance.now();
      radio.click();
      await el.updateComplete;
      void el.shadowRoot.querySelector('progress').getBoundingClientRect();
      oneAnswer.push(performance.now() - t0);
    }
    return { firstRender, oneAnswer };
  }, RUNS);

  const line = (label, values, goal) =>
    console.log(`${label.padEnd(58)} median ${median(values).toFixed(2).padStart(6)} ms   (${goal === undefined ? '' : `goal ≤ ${goal} ms, `}${values.length} runs)`);
  console.log('A cold page with one <goesting-selfscan>, Chromium, from this machine\'s own server');
  line('goesting.js (the loader): page start → first render', cold.loader);
  line('goesting.bundle.js (one file): page start → first render', cold.bundle);
  console.log('');
  console.log('<goesting-selfscan variant="full">, Chromium, production build');
  line('insert → first complete render (incl. style and layout)', figures.firstRender.slice(1), 16);
  line('one answer → updated render (incl. style and layout)', figures.oneAnswer.slice(1), 4);

  const network = await page.evaluate(async ({ runs, circles }) => {
    const host = document.querySelector('#stage');
    const settle = (el) => el.shadowRoot.querySelector('svg.drawing').getBoundingClientRect();
    const measure = async (value) => {
      const firstRender = [];
      const moveRender = [];
      const pointerMove = [];
      const count = value.people.length;
      for (let i = 0; i < runs; i++) {
        host.replaceChildren();
        const el = document.createElement('goesting-network-circle');
        el.setAttribute('lang', 'nl-BE');
        el.value = value;
        const start = performance.now();
        host.append(el);
        await el.updateComplete;
        settle(el);
        firstRender.push(performance.now() - start);

        const moved = { ...value, people: value.people.map((p, j) => (j === i % count ? { ...p, ring: 'further', sector: 'work' } : p)) };
        const t0 = performance.now();
        el.value = moved;
        await el.updateComplete;
        settle(el);
        moveRender.push(performance.now() - t0);

        const node = el.shadowRoot.querySelector('g.person');
        const box = node.getBoundingClientRect();
        const fire = (type, dx) => node.dispatchEvent(new PointerEvent(type, { clientX: box.x + 10 + dx, clientY: box.y + 10 + dx / 2, pointerId: 1, bubbles: true, composed: true, button: 0 }));
        fire('pointerdown', 0);
        for (let step = 1; step <= 20; step++) {
          const t1 = performance.now();
          fire('pointermove', step * 8);
          node.getBoundingClientRect();
          pointerMove.push(performance.now() - t1);
        }
        node.dispatchEvent(new PointerEvent('pointercancel', { pointerId: 1, bubbles: true, composed: true }));
      }
      return { firstRender, moveRender, pointerMove };
    };
    return { typical: await measure(circles.typical), large: await measure(circles.large) };
  }, { runs: 15, circles: { typical: networkCircle(150), large: networkCircle(1000) } });

  console.log('');
  console.log('<goesting-network-circle>, Chromium, production build');
  line('150 people: insert → first render of the drawing', network.typical.firstRender.slice(1), 16);
  line('150 people: one person moved → re-render', network.typical.moveRender.slice(1), 16);
  line('150 people: work per pointer-move while dragging', network.typical.pointerMove, 16);
  line('1,000 people: insert → first render', network.large.firstRender.slice(1), 200);
  line('1,000 people: one person moved → re-render', network.large.moveRender.slice(1), 200);
  console.log(`${'1,000 people: longest single step seen'.padEnd(58)} max    ${Math.max(...network.large.firstRender, ...network.large.moveRender).toFixed(2).padStart(6)} ms   (must stay under 200 ms)`);

  const heap = await page.evaluate(async () => {
    const host = document.querySelector('#stage');
    host.replaceChildren();
    const value = { schemaVersion: 1, completed: false, people: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, label: `P${i}`, sector: 'family', ring: 'close', gives: [], receives: [] })) };
    const readings = [];
    const collect = async () => {
      for (let i = 0; i < 3; i++) {
        globalThis.gc();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return performance.memory.usedJSHeapSize;
    };
    readings.push(await collect());
    for (let cycle = 1; cycle <= 500; cycle++) {
      const el = document.createElement('goesting-network-circle');
      el.value = value;
      host.append(el);
      await el.updateComplete;
      el.remove();
      if (cycle % 100 === 0) readings.push(await collect());
    }
    return readings;
  });
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`${'mount and remove 500 times: JS heap after 0…500 cycles'.padEnd(58)} ${heap.map(kb).join(' → ')}`);
  console.log(`${''.padEnd(58)} growth from cycle 100 to 500: ${kb(heap[5] - heap[1])}`);
} finally {
  await host.close();
}
