// `npm run bench:plan`: how fast `<goesting-plan>` shows a large plan and takes one edit, in
// Chromium with the built CDN module (production Lit, minified): a plan of 100 actions with a
// network circle of 150 people. The plan paints its top and first actions in the first frame and
// adds the rest after it; the figures are that first frame (script, style and layout, until the
// browser may paint), the longest of the frames after it, the time until everything is in place,
// and one edit. Prints figures against one frame
// (16.7 ms); asserts nothing. Run `npm run build` first.
import { startHost } from '../test/host/harness.mjs';

const RUNS = 21;
const FRAME = 16.7;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, values) => console.log(`${label.padEnd(78)} median ${median(values).toFixed(2).padStart(8)} ms   (goal ≤ ${FRAME} ms, one frame; ${values.length} runs)`);

/** A circle of `count` people in five life areas, some who can help, some to ask first, some not to contact. */
function circle(count) {
  const sectors = ['family', 'friends', 'community', 'work', 'professionals'];
  return {
    schemaVersion: 1,
    completed: true,
    people: Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      label: `Persoon ${i + 1}`,
      sector: sectors[i % sectors.length],
      ring: ['very-close', 'close', 'further'][i % 3],
      gives: [],
      receives: [],
      ...(i % 4 === 0 ? { canHelp: true } : {}),
      mayContact: ['yes', 'ask', 'no'][i % 3],
    })),
  };
}

/** A plan of `count` actions spread over the client and 30 people of the circle. */
function plan(count) {
  const people = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, label: `Persoon ${i * 3 + 1}`, role: i % 5 === 4 ? 'professional' : 'network', circle: `p${i * 3}` }));
  return {
    schemaVersion: 1,
    question: 'Ik wil weer zelf mijn geld regelen.',
    goals: ['Een overzicht', 'Een budget'],
    strengths: { own: 'Ik hou vol.', around: 'Mijn familie helpt.' },
    worries: '',
    people,
    actions: Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      what: `Actie nummer ${i + 1} van het plan`,
      who: i % 3 === 0 ? ['client'] : ['client', `m${i % 30}`],
      ...(i % 2 ? { by: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` } : {}),
      ...(i % 5 === 0 ? { needs: 'Een lift naar de stad' } : {}),
    })),
    backup: [{ id: 'b1', what: 'Ik bel mijn zus.', who: ['client'] }],
    date: '2026-11-02',
    reviewDate: '2026-11-30',
    completed: false,
  };
}

const host = await startHost();
try {
  const { page } = await host.open('/test/host/pages/bench.html');
  await page.addScriptTag({ type: 'module', url: '/packages/goesting/dist/goesting-plan.js' });
  await page.waitForFunction(() => customElements.get('goesting-plan'));
  const figures = await page.evaluate(
    async ({ runs, value, network }) => {
      const stage = document.querySelector('#stage');
      const firstRender = [];
      const allInPlace = [];
      const laterSteps = [];
      const edit = [];
      for (let i = 0; i < runs + 1; i++) {
        stage.replaceChildren();
        const el = document.createElement('goesting-plan');
        el.setAttribute('lang', 'nl-BE');
        // The first render, through Lit's public controller hook: what the first frame shows.
        const firstUpdate = new Promise((resolve) => el.addController({ hostUpdated: resolve }));
        // Every later step, with its style and layout, as the browser does them before it paints.
        const steps = [];
        let stepStart = 0;
        el.addController({
          hostUpdate: () => (stepStart = performance.now()),
          hostUpdated: () => {
            void el.shadowRoot.querySelector('.action-list').getBoundingClientRect();
            steps.push(performance.now() - stepStart);
          },
        });
        let start = performance.now();
        el.network = network;
        el.value = value;
        stage.append(el);
        await firstUpdate;
        void el.shadowRoot.querySelector('.action-list').getBoundingClientRect();
        firstRender.push(performance.now() - start);
        await el.updateComplete;
        void el.shadowRoot.querySelector('.action-list').getBoundingClientRect();
        if (el.shadowRoot.querySelectorAll('.action-list > li').length !== value.actions.length) throw new Error('not every action is in place');
        allInPlace.push(performance.now() - start);
        laterSteps.push(Math.max(...steps.slice(1)));
        // One edit: the user opens an action (its editor lists the circle) and types in it.
        el.shadowRoot.querySelector('[data-action="a50"] .disclosure').click();
        await el.updateComplete;
        // The opened editor is on screen before the user types in it.
        void el.shadowRoot.querySelector('#action-a50-what').getBoundingClientRect();
        const field = el.shadowRoot.querySelector('#action-a50-what');
        start = performance.now();
        field.value = `Actie nummer 51, aangepast ${i}`;
        field.dispatchEvent(new Event('input'));
        await el.updateComplete;
        void el.shadowRoot.querySelector('.balance').getBoundingClientRect();
        edit.push(performance.now() - start);
      }
      return { firstRender: firstRender.slice(1), allInPlace: allInPlace.slice(1), laterSteps: laterSteps.slice(1), edit: edit.slice(1) };
    },
    { runs: RUNS, value: plan(100), network: circle(150) },
  );
  const empty = await page.evaluate(async (runs) => {
    const stage = document.querySelector('#stage');
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
      stage.replaceChildren();
      const el = document.createElement('goesting-plan');
      el.setAttribute('lang', 'nl-BE');
      const start = performance.now();
      stage.append(el);
      await el.updateComplete;
      void el.shadowRoot.querySelector('.part').getBoundingClientRect();
      times.push(performance.now() - start);
    }
    return times.slice(1);
  }, RUNS);
  line('Chromium: an empty plan → first complete render (what every plan costs)', empty);
  line('Chromium: plan of 100 actions, circle of 150 people → first frame (top, 10 actions)', figures.firstRender);
  line('Chromium: the same plan → the longest frame after it, adding 40 actions', figures.laterSteps);
  console.log(`${'Chromium: the same plan → everything in place, over the frames after the first'.padEnd(78)} median ${median(figures.allInPlace).toFixed(2).padStart(8)} ms   (the page responds in between)`);
  line('Chromium: the same plan → one edit of an open action, rendered', figures.edit);
} finally {
  await host.close();
}
