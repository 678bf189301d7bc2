// `npm run bench`: rendering figures from Chromium on this machine, printed, not asserted.
// Uses the built CDN bundle (production Lit, minified), so run `npm run build` first.
import { launch, serve } from '../test/host/harness.mjs';

const RUNS = 41;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/test/host/pages/bench.html`);
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
    console.log(`${label.padEnd(58)} median ${median(values).toFixed(2).padStart(6)} ms   (goal ≤ ${goal} ms, ${values.length} runs)`);
  console.log('<goesting-selfscan variant="full">, Chromium, production build');
  line('insert → first complete render (incl. style and layout)', figures.firstRender.slice(1), 16);
  line('one answer → updated render (incl. style and layout)', figures.oneAnswer.slice(1), 4);
} finally {
  await browser.close();
  await server.close();
}
