import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { GoestingHopeScale, changeEventSchema, completeEventSchema, defaultPack, emptyHopeValue, errorEventSchema, valueSchema, type HopePack, type HopeValue } from '../src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { catchDownloads, expectRefused, failOnPageErrors, quietly, readdElement, record } from '../../core/test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: GoestingHopeScale, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: GoestingHopeScale, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: GoestingHopeScale, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;

/** The adult published structure with invented texts, as an organisation's licensed pack would be. */
const licensed: HopePack = {
  id: 'licensed-adult',
  version: 3,
  title: 'Vragenlijst van de organisatie',
  scale: { min: 1, max: 8, labels: { '1': 'helemaal niet waar', '8': 'helemaal waar' } },
  items: Array.from({ length: 12 }, (_, i) => ({ id: `q${i + 1}`, text: `Verzonnen uitspraak ${i + 1}` })),
  subscales: [
    { id: 'agency', label: 'Wilskracht', items: ['q2', 'q9', 'q10', 'q12'] },
    { id: 'pathways', label: 'Wegen', items: ['q1', 'q4', 'q6', 'q8'] },
  ],
};

const mount = (template = html`<goesting-hope-scale lang="nl-BE"></goesting-hope-scale>`) => fixture<GoestingHopeScale>(template);

async function answerAll(el: GoestingHopeScale, pick: (index: number) => number) {
  $$<HTMLFieldSetElement>(el, 'fieldset.item').forEach((fieldset, i) => fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[pick(i)]!.click());
  await el.updateComplete;
}

const scalingDoc = (value: number, date: string): HopeValue => ({ ...emptyHopeValue('scaling'), scales: { hope: value }, completed: true, date });

describe('<goesting-hope-scale> scaling mode', () => {
  it('is accessible and asks one 0–10 question with labelled ends', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const range = $<HTMLInputElement>(el, 'input[type=range]')!;
    expect(range.min).to.equal('0');
    expect(range.max).to.equal('10');
    expect($(el, 'label.question')!.textContent).to.equal('Hoeveel hoop heb je op dit moment?');
    expect(range.getAttribute('aria-valuetext')).to.equal('nog niet gekozen');
    expect($(el, '.end.low')!.textContent).to.contain('helemaal geen hoop');
  });

  it('is operated with arrow keys, Home and End, announcing the value, then asks the follow-up prompts', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    $<HTMLInputElement>(el, 'input[type=range]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value.scales['hope']).to.equal(6);
    expect($(el, 'input[type=range]')!.getAttribute('aria-valuetext')).to.equal('6 van 10');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.value.scales['hope']).to.equal(0);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.value.scales['hope']).to.equal(10);
    expect(changes.length).to.equal(3);
    expect(changeEventSchema.safeParse(changes[2]!.detail).success).to.equal(true);
    expect($$(el, 'textarea').map((t) => t.labels![0]!.textContent)).to.deep.equal(['Wat maakt dat het een 10 is, en geen lager cijfer?', 'Wat helpt je om het zo te houden?']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($$(el, 'textarea')[1]!.labels![0]!.textContent).to.equal('Hoe zou een 10 eruitzien? Wat zou er dan anders zijn?');
    await expect(el).to.be.accessible();
  });

  it('keeps short free-text answers with a counter', async () => {
    const el = await mount();
    el.value = { ...emptyHopeValue('scaling'), scales: { hope: 4 } };
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    area.value = 'Mijn zus helpt me.';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.value.followUps['hope.why']).to.equal('Mijn zus helpt me.');
    expect($(el, '.counter')!.textContent).to.equal('18 van 500 tekens');
  });

  it('takes several own scales, with no good or bad colours', async () => {
    const el = await mount();
    el.scales = [{ id: 'home', question: 'Hoop op een eigen woning' }, { id: 'work', question: { 'nl-BE': 'Hoop op werk', en: 'Hope for work' }, low: 'geen', high: 'veel' }];
    await el.updateComplete;
    expect($$(el, 'input[type=range]')).to.have.length(2);
    expect($$(el, 'label.question').map((l) => l.textContent)).to.deep.equal(['Hoop op een eigen woning', 'Hoop op werk']);
    const colours = new Set($$(el, 'input[type=range]').map((r) => getComputedStyle(r).accentColor));
    expect(colours.size).to.equal(1);
  });

  it('shows very low hope with neutral words, and completes with a valid event', async () => {
    const el = await mount();
    el.value = { ...emptyHopeValue('scaling'), scales: { hope: 1 } };
    await el.updateComplete;
    setTimeout(() => button(el, 'Klaar').click());
    const { detail } = await oneEvent(el, 'goesting-complete');
    expect(completeEventSchema.safeParse(detail).success).to.equal(true);
    expect(detail.result.low).to.equal(true);
    await el.updateComplete;
    expect($(el, '.low-hope')!.textContent).to.contain('praten met iemand die je vertrouwt');
    expect($(el, '[role=alert]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-hope-scale> goal-hope mode', () => {
  it('asks an optional goal and six statements on an 8-point false–true scale', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    await expect(el).to.be.accessible();
    expect($(el, '#goal')).to.not.equal(null);
    const items = $$(el, 'fieldset.item');
    expect(items).to.have.length(6);
    expect([...items[0]!.querySelectorAll('label.option')].map((o) => o.textContent!.trim())).to.have.length(8);
    expect(items[0]!.querySelector('label.option')!.textContent!.trim()).to.equal('helemaal niet waar');
  });

  it('scores willpower and ways (3–24) and the total (6–48), with prompts for the lower subscale', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    // Adult order: ways on odd positions, willpower on even ones.
    await answerAll(el, (i) => (i % 2 ? 7 : 1));
    button(el, 'Klaar').click();
    await el.updateComplete;
    const text = $(el, 'dl.scores')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Wilskracht 24 (tussen 3 en 24)').and.contain('Wegen 6 (tussen 3 en 24)').and.contain('Totaal 30 (tussen 6 en 48)');
    expect($(el, '.result ul')!.textContent).to.contain('Welke kleine stap');
    await expect(el).to.be.accessible();
  });

  it('offers a youth variant: 6-point frequency scale with friendly icons', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope" variant="youth"></goesting-hope-scale>`);
    const options = [...$$(el, 'fieldset.item')[0]!.querySelectorAll('label.option')];
    expect(options).to.have.length(6);
    expect(options[0]!.textContent).to.contain('nooit');
    expect(options[0]!.querySelector('.icon[aria-hidden=true]')).to.not.equal(null);
    await answerAll(el, () => 5);
    expect(el.result.total).to.deep.include({ score: 36, min: 6, max: 36 });
    await expect(el).to.be.accessible();
  });

  it('renders and scores a licensed pack with the adult structure, fillers ignored', async () => {
    const el = await mount();
    el.pack = licensed;
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Vragenlijst van de organisatie');
    expect($$(el, 'fieldset.item')).to.have.length(12);
    await answerAll(el, () => 7);
    const result = el.result;
    expect(result.subscales.map((s) => [s.id, s.score, s.min, s.max])).to.deep.equal([
      ['agency', 32, 4, 32],
      ['pathways', 32, 4, 32],
    ]);
    expect(result.total).to.deep.include({ score: 64, min: 8, max: 64 });
  });

  it('gives no score, with the reason, while statements are open', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    $$(el, 'fieldset.item')[0]!.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.equal('Nog 5 zinnen te beantwoorden.');
    button(el, 'Klaar').click();
    await el.updateComplete;
    expect($(el, 'dl.scores')!.textContent).to.contain('geen score: 3 zinnen nog niet beantwoord');
  });
});

describe('<goesting-hope-scale> with the professional\'s hope beside the client\'s', () => {
  const cells = (el: GoestingHopeScale) => [...el.shadowRoot!.querySelectorAll('.comparison tbody td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

  it('asks the professional after the client, by keyboard, and shows both side by side, the client first, never averaged', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" professional></goesting-hope-scale>`);
    const ranges = $$<HTMLInputElement>(el, 'input[type=range]');
    expect(ranges.map((r) => r.id)).to.deep.equal(['scale-hope', 'professional-hope']);
    expect($(el, '#professional-title')!.textContent).to.equal('De hoop van de hulpverlener');
    expect($(el, 'label[for=professional-hope]')!.textContent).to.equal('Hoeveel hoop heb jij voor je cliënt op dit moment?');
    ranges[0]!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowLeft' });
    ranges[1]!.focus();
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value.scales['hope']).to.equal(9);
    expect(el.value.perspectives).to.deep.equal({ professional: { hope: 3, completed: false } });
    await expect(el).to.be.accessible();
    const completes = record(el, 'goesting-complete');
    button(el, 'Klaar').click();
    await el.updateComplete;
    expect(completes).to.have.length(1);
    expect(completeEventSchema.safeParse(completes[0]!.detail).success).to.equal(true);
    expect(completes[0]!.detail.value.perspectives.professional).to.include({ hope: 3, completed: true });
    expect([...el.shadowRoot!.querySelectorAll('.comparison thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Vraag', 'Cliënt', 'Hulpverlener', 'Verschil']);
    // 9 and 3: six points apart, marked as a place to talk; no 6 (their average) anywhere.
    expect(cells(el)).to.deep.equal(['9 van 10', '3 van 10', '6 punten Hier kijken jullie anders naar. Een goed punt om samen over te praten.']);
    expect(el.result.perspectives![0]).to.deep.include({ difference: 6, higher: 'client', starter: true });
    expect($(el, '.result')!.textContent).not.to.contain('6 van 10');
    await expect(el).to.be.accessible();
  });

  it('shows the professional\'s hope beside the client\'s goal-hope total, which is on another scale, without a difference', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope" professional></goesting-hope-scale>`);
    const goal = $<HTMLInputElement>(el, '#goal')!;
    goal.value = 'Een eigen woning';
    goal.dispatchEvent(new Event('input'));
    await answerAll(el, () => 5);
    expect($(el, 'label[for=professional-hope]')!.textContent).to.equal('Hoeveel hoop heb jij dat je cliënt dit doel bereikt: Een eigen woning?');
    const range = $<HTMLInputElement>(el, '#professional-hope')!;
    range.value = '7';
    range.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Klaar').click();
    await el.updateComplete;
    expect(cells(el)).to.deep.equal(['36 (tussen 6 en 48)', '7 van 10', '–']);
    expect(el.result.perspectives![0]).to.deep.include({ id: 'goal', difference: null, starter: false });
  });

  it('shows a saved professional\'s hope in the result even without the attribute, and refuses one off the scale or another perspective', async () => {
    const el = await mount();
    const saved: HopeValue = { ...scalingDoc(4, '2026-11-20'), perspectives: { professional: { hope: 5, completed: true, date: '2026-11-20' } } };
    el.value = saved;
    await el.updateComplete;
    expect(cells(el)).to.deep.equal(['4 van 10', '5 van 10', '1 punt']);
    await expectRefused(el, 'invalid-value', () => (el.value = { ...saved, perspectives: { professional: { hope: 11, completed: true } } }), errorEventSchema);
    await expectRefused(el, 'invalid-value', () => (el.value = { ...saved, perspectives: { client: { hope: 5, completed: true } } }), errorEventSchema);
    expect(el.value).to.deep.equal(saved);
  });
});

describe('<goesting-hope-scale> events', () => {
  it('fires nothing when the host sets pack, scales, history or value, and one change per user edit', async () => {
    const el = await mount();
    const events = ['goesting-change', 'goesting-complete', 'input', 'change'].map((type) => record(el, type));
    el.scales = [{ id: 'home' }, { id: 'work' }];
    el.history = [{ ...emptyHopeValue('scaling'), scales: { home: 3 }, completed: true, date: '2026-01-01' }];
    el.value = { ...emptyHopeValue('scaling'), scales: { home: 5 } };
    el.pack = licensed;
    el.pack = undefined;
    await el.updateComplete;
    expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0, 0]);
    const range = $<HTMLInputElement>(el, 'input[type=range]')!;
    range.value = '7';
    range.dispatchEvent(new Event('input'));
    range.dispatchEvent(new Event('change'));
    expect(events.map((list) => list.length)).to.deep.equal([1, 0, 1, 1]);
    expect(events[0]![0]!.detail.value.scales).to.deep.equal({ home: 7 });
  });
});

describe('<goesting-hope-scale> with the keyboard only', () => {
  it('completes goal-hope with Tab, arrow keys and Enter, and lands on the result', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    const complete = record(el, 'goesting-complete');
    $<HTMLInputElement>(el, '#goal')!.focus();
    await sendKeys({ type: 'Werk vinden' });
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      // The first arrow press on a radio group checks the next choice: 2, then 3.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
    }
    await el.updateComplete;
    expect(Object.values(el.value.answers)).to.deep.equal([3, 3, 3, 3, 3, 3]);
    expect(el.value.goal).to.equal('Werk vinden');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail.result.total.score).to.equal(18);
    expect(el.shadowRoot!.activeElement!.id).to.equal('result-title');
    expect($(el, '.result')!.textContent).to.contain('Mijn doel: Werk vinden');
    await expect(el).to.be.accessible();
  });
});

describe('<goesting-hope-scale> result', () => {
  it('shows the answers to the follow-up questions with the questions as they were asked', async () => {
    const el = await mount();
    el.value = { ...scalingDoc(4, '2026-11-01'), followUps: { 'hope.why': 'Mijn zus.', 'hope.next': '', 'hope.notice': 'De buurvrouw.' } };
    await el.updateComplete;
    const pairs = $$(el, 'dl.follow-ups dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(pairs).to.deep.equal([
      ['Wat maakt dat het een 4 is, en geen lager cijfer?', 'Mijn zus.'],
      ['Wie zou als eerste merken dat het een 5 is?', 'De buurvrouw.'],
    ]);
    await expect(el).to.be.accessible();
  });

  for (const [lang, finish, title, will] of [
    ['nl-NL', 'Klaar', 'Hoop', 'Wilskracht 15'],
    ['fr-BE', 'Terminé', 'Espoir', 'Volonté 15'],
    ['en', 'Done', 'Hope', 'Willpower 15'],
  ] as const) {
    it(`speaks ${lang}, from the questions to the result`, async () => {
      const el = await mount(html`<goesting-hope-scale lang=${lang} mode="goal-hope"></goesting-hope-scale>`);
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal(title);
      await answerAll(el, () => 4);
      button(el, finish).click();
      await el.updateComplete;
      expect($(el, 'dl.scores')!.textContent!.replace(/\s+/g, ' ')).to.contain(will);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<goesting-hope-scale> over time', () => {
  for (const count of [0, 1, 30]) {
    it(`shows ${count} earlier results as a trend chart with a table`, async () => {
      const el = await mount(html`<goesting-hope-scale lang="nl-BE" readonly></goesting-hope-scale>`);
      el.history = Array.from({ length: count }, (_, i) => scalingDoc(i % 11, `2024-${String((i % 12) + 1).padStart(2, '0')}-01`));
      el.value = scalingDoc(6, '2026-11-01');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      if (count === 0) {
        expect($(el, 'svg.trend')).to.equal(null);
        expect($(el, '.result')!.textContent).to.contain('Nog geen eerdere metingen.');
        return;
      }
      expect($(el, 'svg.trend')!.getAttribute('aria-label')).to.contain('6');
      expect($$(el, 'svg.trend .series circle')).to.have.length(count + 1);
      expect($$(el, 'table tbody tr')).to.have.length(count + 1);
      // Date labels along the bottom never overlap, however many measurements there are.
      const labels = $$<SVGTextElement>(el, 'svg.trend .axes text').filter((t) => !/^\d+$/.test(t.textContent!)).map((t) => t.getBBox());
      labels.slice(1).forEach((box, i) => expect(box.x, `label ${i + 1}`).to.be.greaterThan(labels[i]!.x + labels[i]!.width));
    });
  }

  it('names each subscale line in a legend in goal-hope mode', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope" readonly></goesting-hope-scale>`);
    const doc = (answer: number, date: string): HopeValue => ({ ...emptyHopeValue('goal-hope', defaultPack('adult')), answers: Object.fromEntries(defaultPack('adult').items.map((item) => [item.id, answer])), completed: true, date });
    el.history = [doc(2, '2026-01-01'), doc(5, '2026-06-01')];
    el.value = doc(7, '2026-11-01');
    await el.updateComplete;
    expect($$(el, 'svg.trend .legend text').map((t) => t.textContent)).to.deep.equal(['Wilskracht', 'Wegen']);
    expect($$(el, 'table tbody tr').map((tr) => tr.lastElementChild!.textContent)).to.deep.equal(['12', '30', '42']);
  });
});

describe('<goesting-hope-scale> with invalid input', () => {
  failOnPageErrors();

  const refused = (el: Parameters<typeof expectRefused>[0], code: string, set: () => void) => expectRefused(el, code, set, errorEventSchema);

  async function started() {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    await answerAll(el, () => 3);
    return el;
  }

  it('refuses packs with duplicate item ids, unknown subscale items or max below min', async () => {
    const el = await started();
    await refused(el, 'invalid-instrument', () => (el.pack = { ...licensed, items: [...licensed.items, licensed.items[0]] }));
    await refused(el, 'invalid-instrument', () => (el.pack = { ...licensed, subscales: [{ id: 'x', items: ['q1', 'nope'] }] }));
    const detail = await refused(el, 'invalid-instrument', () => (el.pack = { ...licensed, scale: { min: 8, max: 1 } }));
    expect(detail.issues[0]!.path).to.equal('scale.max');
  });

  it('refuses an answer outside the scale and keeps the answers', async () => {
    const el = await started();
    const detail = await refused(el, 'invalid-value', () => (el.value = { ...el.value, answers: { 'will-1': 9 } }));
    expect(detail.issues[0]).to.deep.include({ path: 'answers.will-1', code: 'out_of_scale' });
    expect(Object.keys(el.value.answers)).to.have.length(6);
  });

  it('refuses an unknown mode or variant, keeps the previous one, and never saves it', async () => {
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" mode="goal-hope"></goesting-hope-scale>`);
    const detail = await refused(el, 'invalid-config', () => el.setAttribute('mode', 'goal_hope'));
    expect(detail.issues[0]).to.deep.include({ path: 'mode', code: 'invalid_value' });
    expect(el.mode).to.equal('goal-hope');
    await refused(el, 'invalid-config', () => (el.variant = 'ful' as never));
    expect(el.variant).to.equal('adult');
    expect(el.value.mode).to.equal('goal-hope');
    expect(valueSchema.safeParse(el.value).success).to.equal(true);
    expect($$(el, 'fieldset.item')).to.have.length(6);
    el.removeAttribute('mode');
    await el.updateComplete;
    expect(el.value.mode).to.equal('scaling');
    expect(valueSchema.safeParse(el.value).success).to.equal(true);
  });

  it('refuses a pack whose scale has 200,000 or 2^32 points at once, and keeps the answers', async () => {
    const el = await started();
    const started_ = performance.now();
    const detail = await refused(el, 'invalid-instrument', () => (el.pack = { ...licensed, scale: { min: 1, max: 200_000 } }));
    expect(detail.issues.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`)).to.include('scale.max too_big');
    await refused(el, 'invalid-instrument', () => (el.pack = JSON.stringify({ ...licensed, scale: { min: 0, max: 2 ** 32 } })));
    expect(performance.now() - started_).to.be.below(3000);
    expect(Object.keys(el.value.answers)).to.have.length(6);
  });

  it('keeps the answers when an invalid pack is set after they were given', async () => {
    const el = await mount();
    el.pack = licensed;
    await el.updateComplete;
    await answerAll(el, () => 4);
    const answered = JSON.stringify(el.value);
    await quietly(async () => {
      el.pack = { ...licensed, items: [] };
      await el.updateComplete;
    });
    expect(JSON.stringify(el.value)).to.equal(answered);
    el.pack = licensed;
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.equal(answered);
    expect($$(el, 'input[type=radio]:checked')).to.have.length(12);
  });

  it('refuses answers made with another pack, and reads them once that pack is set', async () => {
    const el = await started();
    const licensedDoc: HopeValue = { ...emptyHopeValue('goal-hope', licensed), answers: { q1: 7, q2: 6 } };
    const detail = await refused(el, 'invalid-value', () => (el.value = licensedDoc));
    expect(detail.issues[0]).to.deep.include({ path: 'pack', code: 'other_instrument' });
    expect($(el, '[role=alert]')!.textContent).to.contain('ingevuld met een andere vragenlijst');
    expect(Object.keys(el.value.answers)).to.have.length(6);
    el.pack = licensed;
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.value.answers).to.deep.equal({ q1: 7, q2: 6 });
    expect($$(el, 'input[type=radio]:checked')).to.have.length(2);
  });

  it('shows its texts as text, refusing overrides that are not', async () => {
    const el = await mount();
    const lookalike = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
    const detail = await refused(el, 'invalid-config', () => (el.strings = { title: lookalike, finish: Symbol('x') } as never));
    expect(detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['strings.title', 'strings.finish']);
    expect($(el, 'h2')!.textContent).to.equal('Hoop');
    expect(button(el, 'Klaar')).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('shows markup in pack texts as text', async () => {
    const el = await mount();
    el.pack = { ...licensed, title: '<b>Titel</b>', items: licensed.items.map((item, i) => (i ? item : { ...item, text: '<img src=x onerror=alert(1)>' })) };
    await el.updateComplete;
    expect($(el, 'legend')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect($(el, 'h2')!.textContent).to.equal('<b>Titel</b>');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });
});

/** A hope scale whose own rendering breaks once `broken` is set, as a bug in a later version might. */
class BrokenHopeScale extends GoestingHopeScale {
  broken = false;
  protected override renderContent() {
    if (this.broken) throw new Error('broken');
    return super.renderContent();
  }
}
customElements.define('broken-hope-scale', BrokenHopeScale);

describe('<goesting-hope-scale> when its render throws', () => {
  failOnPageErrors();

  it('shows the error state, sends goesting-error and keeps the answers', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<BrokenHopeScale>(html`<broken-hope-scale lang="nl-BE"></broken-hope-scale>`);
      const range = $<HTMLInputElement>(el, 'input[type=range]')!;
      range.value = '7';
      range.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.broken = true;
        el.requestUpdate();
        await el.updateComplete;
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errorEventSchema.safeParse(errors[0]!.detail).success).to.equal(true);
      expect(errors[0]!.detail.code).to.equal('render-failed');
      expect($(el, '[role=alert]')!.textContent).to.contain('Er ging iets mis bij het tonen van dit formulier.');
      expect(el.value.scales['hope']).to.equal(7);
      expect($<HTMLInputElement>(el, 'input[type=range]')!.value).to.equal('7');
      await nextFrame();
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<goesting-hope-scale> drafts and export', () => {
  afterEach(() => sessionStorage.clear());

  it('stores nothing without an opt-in, and keeps a session draft across re-adding', async () => {
    const plain = await mount();
    plain.value = { ...emptyHopeValue('scaling'), scales: { hope: 4 } };
    const range = $<HTMLInputElement>(plain, 'input[type=range]')!;
    range.value = '6';
    range.dispatchEvent(new Event('change'));
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const el = await mount(html`<goesting-hope-scale lang="nl-BE" storage="session"></goesting-hope-scale>`);
    const own = $<HTMLInputElement>(el, 'input[type=range]')!;
    own.value = '8';
    own.dispatchEvent(new Event('change'));
    const again = await readdElement(el, (again) => again.value.scales['hope'] !== undefined);
    expect(again.value.scales['hope']).to.equal(8);
  });

  it('offers the result as JSON', async () => {
    const el = await mount();
    el.value = scalingDoc(7, '2026-10-10');
    await el.updateComplete;
    const { files } = await catchDownloads(() => button(el, 'Downloaden als JSON').click());
    expect(files[0]!.name).to.equal('hoop-2026-10-10.json');
    const file = JSON.parse(files[0]!.text);
    expect(file.result.scales).to.deep.equal({ hope: 7 });
  });
});

runFormControlTests({
  tag: 'goesting-hope-scale',
  complete: async (element) => {
    const range = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    range.value = '7';
    range.dispatchEvent(new Event('change'));
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  },
  editOnce: async (element) => {
    const range = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    range.value = '3';
    range.dispatchEvent(new Event('change'));
    await element.updateComplete;
  },
});
