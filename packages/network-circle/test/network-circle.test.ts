import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import {
  changeEventSchema,
  completeEventSchema,
  emptyNetworkValue,
  errorEventSchema,
  peopleFromCsv,
  slotPosition,
  type GoestingNetworkCircle,
  type NetworkValue,
  type Person,
} from '../src/index.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { catchDownloads, expectRefused, failOnPageErrors, quietly, readdElement, record } from '../../core/test/helpers.js';
import { familyNetwork } from '../../../stories/network-circle/documents.js';

const $ = <T extends Element = HTMLElement>(el: GoestingNetworkCircle, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: GoestingNetworkCircle, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const button = (el: GoestingNetworkCircle, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name)!;
const node = (el: GoestingNetworkCircle, id: string) => $<SVGGElement>(el, `g.person[data-id="${id}"]`)!;

const person = (id: string, sector: string, ring: string, extra: Partial<Person> = {}): Person => ({ id, label: id, sector, ring, gives: [], receives: [], ...extra });
const family: NetworkValue = {
  ...emptyNetworkValue(),
  people: [
    person('mama', 'family', 'very-close', { gives: ['emotional', 'practical', 'company'], receives: ['company'], quality: 'positive', canHelp: true, helpWith: 'koken' }),
    person('Tom', 'family', 'close', { gives: ['advice'], quality: 'stressful', frequency: 'monthly' }),
    person('buurvrouw', 'community', 'further', { gives: ['practical'], mayContact: 'ask' }),
    person('CAW', 'professionals', 'close', { gives: ['advice'] }),
  ],
};

/** The bounding box (getBBox) of a text in the drawing's own units, also for a label inside a moved person. */
function drawingBox(text: SVGGraphicsElement) {
  const box = text.getBBox();
  const toDrawing = text.ownerSVGElement!.getScreenCTM()!.inverse().multiply(text.getScreenCTM()!);
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(toDrawing));
  return { left: corners[0]!.x, top: corners[0]!.y, right: corners[1]!.x, bottom: corners[1]!.y };
}

const mount = (value?: NetworkValue) =>
  fixture<GoestingNetworkCircle>(html`<goesting-network-circle lang="nl-BE" .value=${value}></goesting-network-circle>`);


async function addByForm(el: GoestingNetworkCircle, label: string, sector = 'friends', ring = 'close') {
  button(el, 'Persoon toevoegen').click();
  await el.updateComplete;
  const input = $<HTMLInputElement>(el, '#field-label')!;
  input.value = label;
  input.dispatchEvent(new Event('input'));
  const pick = (id: string, value: string) => {
    const select = $<HTMLSelectElement>(el, id)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  pick('#field-sector', sector);
  pick('#field-ring', ring);
  await el.updateComplete;
  button(el, 'Bewaren').click();
  await el.updateComplete;
}

describe('<goesting-network-circle>', () => {
  it('is accessible when empty, filled, as a list and with the editor open', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.value = family;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'list';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Persoon toevoegen').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws the client in the middle of 3 rings and 5 sectors, with a text summary', async () => {
    const el = await mount(family);
    expect($$(el, '.grid circle')).to.have.length(3);
    expect($$(el, '.grid line')).to.have.length(5);
    expect($$(el, '.sector-label').map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '))).to.deep.equal([
      'Familie en huisgenoten',
      'Vrienden en kennissen',
      'Buren en buurt',
      'Werk, school en vrije tijd',
      'Hulpverleners en diensten',
    ]);
    expect($(el, '#drawing-summary')!.textContent).to.contain('4 personen in de cirkel').and.contain('Familie en huisgenoten: 2, waarvan 1 heel dichtbij');
    expect(node(el, 'Tom').getAttribute('aria-label')).to.equal('Tom: Familie en huisgenoten, dichtbij, relatie belastend');
    expect($(el, '.tie.stressful')).to.not.equal(null);
  });

  it('lays out the typical family without a label overlapping another label or a ring or sector name', async () => {
    // The drawing inherits the page's font: a narrow one, the page default and a wide one.
    for (const font of ['Liberation Sans Narrow, Arial Narrow, sans-serif', 'inherit', 'DejaVu Sans, Verdana, sans-serif']) {
      const el = await fixture<GoestingNetworkCircle>(html`<goesting-network-circle lang="nl-BE" style="font-family: ${font}" .value=${familyNetwork}></goesting-network-circle>`);
      await el.updateComplete;
      const texts = $$<SVGTextElement>(el, 'g.person text, .ring-label, .sector-label');
      expect(texts, font).to.have.length(familyNetwork.people.length + 3 + 5);
      const boxes = texts.map((text) => ({ name: text.textContent!.trim(), ...drawingBox(text) }));
      const apart = (a: ReturnType<typeof drawingBox>, b: ReturnType<typeof drawingBox>) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i]!, boxes[j]!), `${font}: "${boxes[i]!.name}" and "${boxes[j]!.name}"`).to.equal(true);
      }
      // Nor does a label cover someone else's circle.
      for (const circle of $$<SVGCircleElement>(el, 'g.person > circle:first-child')) {
        const owner = circle.parentElement!.querySelector('text')!;
        for (const text of texts) if (text !== owner) expect(apart(drawingBox(circle), drawingBox(text)), `${font}: "${text.textContent}" over a circle`).to.equal(true);
      }
    }
  });

  it('adds a person with the form, only with a label, and fires a valid goesting-change', async () => {
    const el = await mount();
    const changes = record(el, 'goesting-change');
    button(el, 'Persoon toevoegen').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-label');
    button(el, 'Bewaren').click();
    await el.updateComplete;
    expect($(el, '.field-error')!.textContent).to.equal('Vul een voornaam, initialen of rol in.');
    expect(changes).to.have.length(0);
    await addByForm(el, 'Lotte', 'friends', 'very-close');
    expect(changes).to.have.length(1);
    expect(changeEventSchema.safeParse(changes[0]!.detail).success).to.equal(true);
    expect(el.value.people[0]).to.deep.include({ label: 'Lotte', sector: 'friends', ring: 'very-close' });
    expect(node(el, el.value.people[0]!.id).getAttribute('aria-label')).to.contain('Lotte: Vrienden en kennissen, heel dichtbij');
  });

  it('moves a person with the keyboard: space, arrows, enter; escape cancels', async () => {
    const el = await mount(family);
    node(el, 'Tom').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('Tom: Vrienden en kennissen, heel dichtbij');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.people.find((p) => p.id === 'Tom')).to.deep.include({ sector: 'friends', ring: 'very-close' });
    expect(el.shadowRoot!.activeElement).to.equal(node(el, 'Tom'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.value.people.find((p) => p.id === 'Tom')!.ring).to.equal('very-close');
  });

  it('moves focus between people with the arrow keys, one tab stop for the drawing', async () => {
    const el = await mount(family);
    expect($$(el, 'g.person[tabindex="0"]')).to.have.length(1);
    node(el, 'mama').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(node(el, 'Tom'));
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(node(el, 'CAW'));
  });

  it('moves a person by dragging with the pointer', async () => {
    const el = await mount(family);
    const svg = $<SVGSVGElement>(el, 'svg.drawing')!;
    const target = slotPosition(2, 3, 0, 1, 3, 5); // further, work
    const matrix = svg.getScreenCTM()!;
    const toScreen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
    const start = node(el, 'Tom').getBoundingClientRect();
    const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 - 8 };
    const to = toScreen(target.x, target.y);
    const changes = record(el, 'goesting-change');
    const fire = (type: string, x: number, y: number) =>
      node(el, 'Tom').dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, bubbles: true, composed: true, button: 0, isPrimary: true }));
    fire('pointerdown', from.x, from.y);
    for (let i = 1; i <= 5; i++) fire('pointermove', from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
    expect($(el, 'path.target')!.getAttribute('d')).to.not.equal('');
    fire('pointerup', to.x, to.y);
    await el.updateComplete;
    expect(el.value.people.find((p) => p.id === 'Tom')).to.deep.include({ sector: 'work', ring: 'further' });
    expect(changes).to.have.length(1);
    expect($(el, 'path.target')!.getAttribute('d')).to.equal('');
  });

  it('undoes and redoes every change, with buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const el = await mount(family);
    node(el, 'CAW').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.value.people.map((p) => p.id)).to.not.include('CAW');
    button(el, 'Ongedaan maken').click();
    await el.updateComplete;
    expect(el.value.people.map((p) => p.id)).to.include('CAW');
    button(el, 'Opnieuw doen').click();
    await el.updateComplete;
    expect(el.value.people.map((p) => p.id)).to.not.include('CAW');
    node(el, 'mama').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value.people).to.have.length(4);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value.people).to.have.length(3);
  });

  it('shows and edits the same people in the list view', async () => {
    const el = await mount(family);
    button(el, 'Lijst').click();
    await el.updateComplete;
    const rows = $$(el, 'table.people-list tbody tr');
    expect(rows).to.have.length(4);
    expect(rows[0]!.textContent).to.contain('mama').and.contain('steun en troost, praktische hulp, gezelschap').and.contain('koken');
    expect(rows[1]!.textContent).to.contain('belastend').and.contain('maandelijks');
    $<HTMLButtonElement>(el, '#edit-Tom')!.click();
    await el.updateComplete;
    const ring = $<HTMLSelectElement>(el, '#field-ring')!;
    ring.value = 'further';
    ring.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Bewaren').click();
    await el.updateComplete;
    expect(el.value.people.find((p) => p.id === 'Tom')!.ring).to.equal('further');
    expect(el.shadowRoot!.activeElement!.id).to.equal('edit-Tom');
    $$<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-label') === 'Verwijderen: buurvrouw')!.click();
    await el.updateComplete;
    expect($$(el, 'table.people-list tbody tr')).to.have.length(3);
  });

  it('describes the network in words and numbers', async () => {
    const el = await mount(family);
    const text = $(el, '.indicators')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('3 uit je eigen netwerk, 1 hulpverleners of diensten.');
    expect(text).to.contain('Met 1 persoon gaat steun in twee richtingen: mama.');
    expect(text).to.contain('1 belastende relatie: Tom.');
    expect(text).to.contain('1 persoon kan helpen met je plan: mama.');
    expect(text).to.contain('Nog niemand bij: Vrienden en kennissen, Werk, school en vrije tijd.');
    expect(text).to.contain('Geeft veel soorten steun: mama.');
    const familyRow = $$(el, 'table.counts tbody tr')[0]!;
    expect([...familyRow.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['1', '1', '0', '2']);
  });

  it('marks added, removed and moved people against history', async () => {
    const el = await mount();
    el.history = [{ ...family, date: '2026-03-01', people: [...family.people.slice(0, 3).map((p) => (p.id === 'Tom' ? { ...p, ring: 'further' } : p)), person('opa', 'family', 'close')] }];
    el.value = family;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(node(el, 'CAW').classList.contains('added')).to.equal(true);
    expect(node(el, 'CAW').getAttribute('aria-label')).to.contain('(nieuw)');
    expect(node(el, 'Tom').classList.contains('moved')).to.equal(true);
    expect(node(el, 'Tom').getAttribute('aria-label')).to.contain('verplaatst, was: Familie en huisgenoten, verder weg');
    expect($(el, 'g.person.removed')!.textContent).to.contain('opa');
    const changes = $(el, '.changes')!.textContent!.replace(/\s+/g, ' ');
    expect(changes).to.contain('Vergeleken met de cirkel van 1 maart 2026').and.contain('Nieuw: CAW').and.contain('Niet meer in de cirkel: opa').and.contain('Verplaatst: Tom');
  });

  it('exports CSV, JSON, SVG and PNG without any request', async () => {
    const el = await mount(family);
    const { files } = await catchDownloads(() => {
      button(el, 'Downloaden als CSV').click();
      button(el, 'Downloaden als JSON').click();
      button(el, 'Downloaden als SVG').click();
      button(el, 'Downloaden als PNG').click();
    }, 4);
    expect(files.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'))).to.deep.equal(['netwerkcirkel-DAY.csv', 'netwerkcirkel-DAY.json', 'netwerkcirkel-DAY.svg', 'netwerkcirkel-DAY.png']);
    expect(peopleFromCsv(files[0]!.text)).to.deep.equal(family.people);
    expect(JSON.parse(files[1]!.text).people).to.deep.equal(family.people);
    expect(files[2]!.text).to.contain('<svg').and.contain('buurvrouw').and.not.contain('tabindex');
    expect(files[3]!.blob.type).to.equal('image/png');
    expect(files[3]!.blob.size).to.be.greaterThan(1000);
  });

  it('revokes the PNG file once the browser has it', async () => {
    const el = await mount(family);
    const { files, links, revoked } = await catchDownloads(() => button(el, 'Downloaden als PNG').click());
    expect(files[0]!.name).to.match(/\.png$/);
    await waitUntil(() => revoked.includes(links[0]!.href), 'the PNG object URL is revoked');
  });

  it('offers image downloads only where the drawing is shown', async () => {
    const el = await mount(family);
    expect(button(el, 'Downloaden als PNG')).to.not.equal(undefined);
    el.view = 'list';
    await el.updateComplete;
    expect(button(el, 'Downloaden als PNG')).to.equal(undefined);
    expect(button(el, 'Downloaden als CSV')).to.not.equal(undefined);
  });

  it('keeps the arrow towards a person outside that person', async () => {
    const el = await mount(family);
    const tie = $<SVGLineElement>(el, '.tie')!;
    const circle = node(el, 'mama').getAttribute('transform')!.match(/translate\(([\d.]+) ([\d.]+)\)/)!.slice(1).map(Number);
    const gap = Math.hypot(Number(tie.getAttribute('x1')) - circle[0]!, Number(tie.getAttribute('y1')) - circle[1]!);
    expect(gap).to.be.closeTo(22, 0.5);
  });

  it('shows initials instead of names when asked', async () => {
    const el = await mount({
      ...emptyNetworkValue(),
      people: [person('a', 'family', 'close', { label: 'Anna Maria' }), person('b', 'family', 'close', { label: 'Dirk (papa van de kinderen)' })],
    });
    const toggle = $$<HTMLInputElement>(el, '.actions input[type=checkbox]')[0]!;
    toggle.click();
    await el.updateComplete;
    expect(node(el, 'a').querySelector('text')!.textContent).to.equal('A.M.');
    expect(node(el, 'b').querySelector('text')!.textContent).to.equal('D.P.V.');
  });

  it('completes with valid indicators and fires nothing for host sets', async () => {
    const el = await mount();
    const events = record(el, 'goesting-change');
    el.value = family;
    el.history = [family];
    el.config = undefined;
    await el.updateComplete;
    expect(events).to.have.length(0);
    setTimeout(() => button(el, 'Klaar').click());
    const { detail } = await oneEvent(el, 'goesting-complete');
    expect(completeEventSchema.safeParse(detail).success).to.equal(true);
    expect(detail.result.total).to.equal(4);
  });

  it('says on screen and to screen readers that the circle is finished, and keeps focus on the button', async () => {
    const el = await mount(family);
    const finish = button(el, 'Klaar');
    finish.focus();
    const completed = oneEvent(el, 'goesting-complete');
    await sendKeys({ press: 'Enter' });
    await completed;
    await el.updateComplete;
    await el.updateComplete;
    const message = 'Je netwerkcirkel is klaar. Je kan hem nog aanpassen, afdrukken of downloaden.';
    expect($(el, '[role=status]')!.textContent).to.equal(message);
    const note = $(el, '.finished')!;
    expect(note.textContent!.trim()).to.equal(message);
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Klaar'));
    await expect(el).to.be.accessible();
    node(el, 'CAW').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect($(el, '.finished')).to.equal(null);
  });

  it('keeps the finished note when the host hands back the finished circle', async () => {
    const el = await mount(family);
    el.addEventListener('goesting-complete', (e) => (el.value = structuredClone((e as CustomEvent).detail.value)));
    button(el, 'Klaar').click();
    await el.updateComplete;
    expect($(el, '.finished')).to.not.equal(null);
    el.value = { ...family, people: family.people.slice(1) };
    await el.updateComplete;
    expect($(el, '.finished')).to.equal(null);
  });

  it('words the finished message in every language', async () => {
    const expected = {
      'nl-NL': 'Je netwerkcirkel is klaar. Je kunt hem nog aanpassen, afdrukken of downloaden.',
      'fr-BE': 'Votre cercle du réseau est terminé. Vous pouvez encore le modifier, l’imprimer ou le télécharger.',
      en: 'Your network circle is finished. You can still change, print or download it.',
    };
    for (const [lang, message] of Object.entries(expected)) {
      const el = await fixture<GoestingNetworkCircle>(html`<goesting-network-circle lang=${lang} .value=${family}></goesting-network-circle>`);
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.actions button.primary')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '.finished')!.textContent!.trim(), lang).to.equal(message);
    }
  });

  it('takes own rings and sectors: 2 rings, 8 sectors with labels', async () => {
    const el = await mount();
    el.config = {
      rings: [{ id: 'in', label: 'Binnen' }, { id: 'out', label: { 'nl-BE': 'Buiten', en: 'Outside' } }],
      sectors: Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, label: `Domein ${i + 1}`, formal: i === 7 })),
    };
    el.value = { ...emptyNetworkValue(), people: [person('x', 's7', 'out')] };
    await el.updateComplete;
    expect($$(el, '.grid circle')).to.have.length(2);
    expect($$(el, '.sector-label')).to.have.length(8);
    expect(node(el, 'x').getAttribute('aria-label')).to.equal('x: Domein 8, Buiten');
    await expect(el).to.be.accessible();
  });

  it('speaks another language through lang', async () => {
    const el = await fixture<GoestingNetworkCircle>(html`<goesting-network-circle lang="en" .value=${family}></goesting-network-circle>`);
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.not.equal('Netwerkcirkel');
    el.setAttribute('lang', 'fr-BE');
    await nextFrame();
    await el.updateComplete;
    expect($(el, '.sector-label')!.textContent).to.not.equal('Familie en huisgenoten');
  });
});

describe('<goesting-network-circle> with invalid or hostile input', () => {
  failOnPageErrors();

  const refused = (el: Parameters<typeof expectRefused>[0], code: string, set: () => void) => expectRefused(el, code, set, errorEventSchema);

  it('refuses an unknown sector and keeps the circle', async () => {
    const el = await mount(family);
    const detail = await refused(el, 'invalid-value', () => (el.value = { ...family, people: [person('z', 'mars', 'close')] }));
    expect($(el, '[role=alert]')!.textContent).to.contain('onbekend levensdomein "mars"');
    expect(detail.issues[0]!.path).to.equal('people[0].sector');
    expect($$(el, 'g.person')).to.have.length(4);
  });

  it('still reports people in an unknown sector or ring after an invalid value', async () => {
    const el = await mount(family);
    await refused(el, 'invalid-json', () => el.setAttribute('value', '{"people": ['));
    let detail = await refused(el, 'invalid-value', () => (el.value = { ...family, people: [person('z', 'mars', 'close')] }));
    expect(detail.issues.map((i) => i.path)).to.deep.equal(['people[0].sector']);
    expect($(el, '[role=alert]')!.textContent).to.contain('onbekend levensdomein "mars"');
    detail = await refused(el, 'invalid-value', () => (el.value = { ...family, people: [person('z', 'family', 'far-away')] }));
    expect(detail.issues.map((i) => i.path)).to.deep.equal(['people[0].ring']);
    expect($(el, '[role=alert]')!.textContent).to.contain('onbekende afstand "far-away"').and.not.contain('mars');
    expect($$(el, 'g.person')).to.have.length(4);
  });

  it('refuses duplicate ids and 10,000-character names', async () => {
    const el = await mount(family);
    await refused(el, 'invalid-value', () => (el.value = { ...family, people: [family.people[0]!, family.people[0]!] }));
    await refused(el, 'invalid-value', () => (el.value = { ...family, people: [person('long', 'family', 'close', { label: 'x'.repeat(10_000) })] }));
  });

  it('refuses an invalid config and bad JSON', async () => {
    const el = await mount(family);
    await refused(el, 'invalid-config', () => (el.config = { rings: [{ id: 'only' }], sectors: [] }));
    el.config = undefined;
    await el.updateComplete;
    await refused(el, 'invalid-json', () => el.setAttribute('value', '{"people": ['));
  });

  it('refuses an unknown view, keeping the view shown and what the user typed', async () => {
    const el = await mount(family);
    el.view = 'list';
    await el.updateComplete;
    button(el, 'Persoon toevoegen').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#field-label')!;
    input.value = 'Noor';
    input.dispatchEvent(new Event('input'));
    const detail = await refused(el, 'invalid-config', () => el.setAttribute('view', 'grid'));
    expect(detail.issues).to.deep.equal([{ path: 'view', code: 'invalid_value', message: 'Not one of the allowed values: drawing, list.', params: { values: 'drawing, list', found: 'grid' } }]);
    expect($(el, '[role=alert]')!.textContent).to.contain('geen toegelaten waarde').and.not.contain('ringen');
    expect(el.view).to.equal('list');
    expect($(el, 'table.people-list')).to.not.equal(null);
    expect($<HTMLInputElement>(el, '#field-label')!.value).to.equal('Noor');
    el.view = 'drawing';
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect($(el, 'svg.drawing')).to.not.equal(null);
    await refused(el, 'invalid-config', () => ((el as unknown as { view: unknown }).view = 42));
    expect(el.view).to.equal('drawing');
    expect($(el, 'svg.drawing')).to.not.equal(null);
    el.removeAttribute('view');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
  });

  it('shows markup in names as text', async () => {
    const el = await mount({ ...emptyNetworkValue(), people: [person('m', 'family', 'close', { label: '<img src=x onerror=alert(1)>' })] });
    expect(node(el, 'm').querySelector('text')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    el.view = 'list';
    await el.updateComplete;
    expect($(el, 'tbody th')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<goesting-network-circle> drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('stores nothing without an opt-in, and keeps a session draft across re-adding', async () => {
    const plain = await mount();
    await addByForm(plain, 'Sam');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const el = await fixture<GoestingNetworkCircle>(html`<goesting-network-circle lang="nl-BE" storage="session"></goesting-network-circle>`);
    await addByForm(el, 'Noor');
    const again = await readdElement(el, (again) => again.value.people.length > 0);
    expect(again.value.people.map((p) => p.label)).to.deep.equal(['Noor']);
  });
});

runFormControlTests({
  tag: 'goesting-network-circle',
  complete: async (element) => {
    element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  },
  editOnce: async (element) => addByForm(element as GoestingNetworkCircle, 'Kim'),
});
