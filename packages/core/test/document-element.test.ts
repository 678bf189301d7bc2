import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { GoestingDocumentElement, LazyModule, parsedInput, type Parsed, type StorageAdapter } from '@goesting/core';
import { failOnPageErrors, quietly, record } from './helpers.js';

interface TallyValue {
  schemaVersion: 1;
  list: string;
  counts: Record<string, number>;
  completed: boolean;
}
interface TallyResult {
  total: number;
}

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'tally-test': { value: TallyValue; result: TallyResult };
  }
}

const invalid = (path: string, code: string): Parsed<never> => ({ ok: false, code: 'invalid-config', issues: [{ path, code, message: code }] });

/** A list of names, as a host would give a question list. */
function parseNames(input: unknown): Parsed<string[]> {
  const names = typeof input === 'string' ? input.split(',') : input;
  return Array.isArray(names) && names.length && names.every((n) => typeof n === 'string' && /^[a-z]+$/.test(n)) ? { ok: true, data: names } : invalid('names', 'names');
}

let loads = 0;
const extra = new LazyModule(async () => {
  loads++;
  return { label: 'extra part' };
});

/** A small document widget on the layer: counts per name, for the names the host gives. */
class TallyTest extends GoestingDocumentElement<'tally-test'> {
  protected readonly widget = 'tally-test';
  protected readonly schemaVersion = 1;
  static override inputRules = { ...GoestingDocumentElement.inputRules, size: ['small', 'large'] };

  @parsedInput({ parse: parseNames, fallback: () => ['a', 'b'] })
  names!: string[];

  size = 'small';
  showExtra = false;
  replaced: string[] = [];

  protected parseValue(input: unknown): Parsed<TallyValue> {
    const doc = (typeof input === 'string' ? JSON.parse(input) : input) as TallyValue;
    if (doc?.list !== this.names.join(',')) return { ok: false, code: 'invalid-value', issues: [{ path: 'list', code: 'other_instrument', message: 'another list' }] };
    return { ok: true, data: doc };
  }
  protected emptyValue(): TallyValue {
    return { schemaVersion: 1, list: this.names.join(','), counts: {}, completed: false };
  }
  get result(): TallyResult {
    return { total: Object.values(this.value.counts).reduce((a, b) => a + b, 0) };
  }
  protected override valueReplaced(_doc: TallyValue | undefined, from: string): void {
    this.replaced.push(from);
  }
  protected override modulesNeeded() {
    return this.showExtra ? [extra] : [];
  }
  add(name: string): void {
    this.commit({ ...this.value, counts: { ...this.value.counts, [name]: (this.value.counts[name] ?? 0) + 1 } });
  }
  finish(): void {
    this.complete({ ...this.value, completed: true });
    this.focusAfterRender('#done');
  }
  say(text: string): void {
    this.announce(text);
  }
  protected renderContent() {
    return html`${this.names.map((n) => html`<button type="button" id=${n} @click=${() => this.add(n)}>${n}: ${this.value.counts[n] ?? 0}</button>`)}
      ${this.isComplete() ? html`<h3 id="done" tabindex="-1">Klaar</h3>` : html`<button type="button" id="finish" @click=${() => this.finish()}>Klaar</button>`}
      ${this.showExtra && extra.value ? html`<p id="extra">${extra.value.label}</p>` : ''}`;
  }
}
TallyTest.define('tally-test');

let lateLoads = 0;
const late = new LazyModule(async () => {
  lateLoads++;
  return { label: 'late part' };
});

/** Needs `late` only once `wanted` is set, like a report that needs its focus plan's view once it has an aggregate. */
class LateTest extends TallyTest {
  wanted = false;
  protected override modulesNeeded() {
    return this.wanted ? [late] : [];
  }
  protected override renderContent() {
    return html`${super.renderContent()} ${this.wanted && late.value ? html`<p id="late">${late.value.label}</p>` : ''}`;
  }
}
LateTest.define('late-test');

const mount = () => fixture<TallyTest>(html`<tally-test lang="nl-BE"></tally-test>`);
const $ = (el: TallyTest, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const liveRegion = (el: TallyTest) => $(el, '.root > [role=status]')!;
const memory = (): StorageAdapter & { data: Map<string, unknown> } => {
  const data = new Map<string, unknown>();
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
};

describe('the document-widget layer', () => {
  failOnPageErrors();

  it('reports a parsed input under its own name, keeps the last valid one, and clears the error once it is fixed', async () => {
    const el = await mount();
    el.names = ['x', 'y'];
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.setAttribute('names', 'X!');
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues[0].path).to.equal('names');
    expect(el.names).to.deep.equal(['x', 'y']);
    expect($(el, '[role=alert]')).to.not.equal(null);
    el.setAttribute('names', 'p,q');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.names).to.deep.equal(['p', 'q']);
    el.removeAttribute('names');
    await el.updateComplete;
    expect(el.names).to.deep.equal(['a', 'b']);
  });

  it('commits a user edit as goesting-change, input, change and the draft, with the typed document', async () => {
    const el = await mount();
    const storage = memory();
    el.storage = storage;
    const changes = record(el, 'goesting-change');
    const inputs = record(el, 'input');
    const natives = record(el, 'change');
    $(el, '#a')!.click();
    await el.updateComplete;
    expect(changes.map((e) => e.detail)).to.deep.equal([{ widget: 'tally-test', schemaVersion: 1, value: { schemaVersion: 1, list: 'a,b', counts: { a: 1 }, completed: false } }]);
    expect([inputs.length, natives.length]).to.deep.equal([1, 1]);
    await waitUntil(() => storage.data.has('goesting:tally-test:draft'), 'the draft is written');
    expect(storage.data.get('goesting:tally-test:draft')).to.deep.equal(el.value);
  });

  it('sends nothing when the host sets the value, and completes with the result and focus on what follows', async () => {
    const el = await mount();
    const events = [...['goesting-change', 'goesting-complete', 'input', 'change'].map((name) => record(el, name))];
    el.value = { schemaVersion: 1, list: 'a,b', counts: { b: 2 }, completed: false };
    await el.updateComplete;
    expect(events.flat()).to.have.length(0);
    expect(el.replaced).to.deep.equal(['host']);
    const complete = oneEvent(el, 'goesting-complete');
    $(el, '#finish')!.click();
    expect((await complete).detail.result).to.deep.equal({ total: 2 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('done');
  });

  it('takes a value set before the list it belongs to without an error, and reports one whose list never comes', async () => {
    const el = await mount();
    const errors = record(el, 'goesting-error');
    el.value = { schemaVersion: 1, list: 'x,y', counts: { x: 1 }, completed: false };
    el.names = ['x', 'y'];
    await el.updateComplete;
    expect(errors).to.have.length(0);
    expect(el.value.counts).to.deep.equal({ x: 1 });
    await quietly(async () => {
      el.value = { schemaVersion: 1, list: 'p,q', counts: { p: 1 }, completed: false };
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(el.value.counts).to.deep.equal({ x: 1 });
    el.names = ['p', 'q'];
    await el.updateComplete;
    expect(el.value.counts).to.deep.equal({ p: 1 });
    expect($(el, '[role=alert]')).to.equal(null);
  });

  it('keeps a simple choice that a rule refuses, and tries a refused value again when a choice changes', async () => {
    const el = await mount();
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.size = 'huge';
      el.requestUpdate('size', 'small');
      await el.updateComplete;
    });
    expect(el.size).to.equal('small');
    expect(errors[0]!.detail.issues[0]).to.deep.include({ path: 'size', code: 'invalid_value' });
  });

  it('restores a draft unless the host set a value, and reset() clears the document and the draft', async () => {
    const storage = memory();
    storage.data.set('goesting:tally-test:draft', { schemaVersion: 1, list: 'a,b', counts: { a: 3 }, completed: false });
    const el = document.createElement('tally-test') as TallyTest;
    el.storage = storage;
    document.body.append(el);
    await waitUntil(() => el.value.counts['a'] === 3, 'the draft comes back');
    expect(el.replaced).to.deep.equal(['draft']);
    el.reset();
    await el.updateComplete;
    expect(el.value.counts).to.deep.equal({});
    await waitUntil(() => !storage.data.has('goesting:tally-test:draft'), 'the draft is removed');
    el.remove();

    const hostSet = document.createElement('tally-test') as TallyTest;
    storage.data.set('goesting:tally-test:draft', { schemaVersion: 1, list: 'a,b', counts: { a: 3 }, completed: false });
    hostSet.storage = storage;
    hostSet.value = { schemaVersion: 1, list: 'a,b', counts: { b: 1 }, completed: false };
    document.body.append(hostSet);
    await hostSet.updateComplete;
    expect(hostSet.value.counts).to.deep.equal({ b: 1 });
    hostSet.remove();
  });

  it('announces the same message twice when it is said twice', async () => {
    const el = await mount();
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(liveRegion(el).textContent!.trim()));
    observer.observe(liveRegion(el), { childList: true, characterData: true, subtree: true });
    el.say('Opgeslagen');
    await waitUntil(() => liveRegion(el).textContent!.trim() === 'Opgeslagen', 'the first announcement');
    el.say('Opgeslagen');
    await waitUntil(() => seen.filter((t) => t === 'Opgeslagen').length === 2, 'the second announcement');
    observer.disconnect();
    expect(seen.filter((t) => t === '').length).to.be.greaterThan(0);
  });

  it('renders a module loaded on demand once it is there, loading it once for every instance', async () => {
    const [first, second] = await Promise.all([mount(), mount()]);
    first.showExtra = second.showExtra = true;
    first.requestUpdate();
    second.requestUpdate();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect($(first, '#extra')?.textContent).to.equal('extra part');
    expect($(second, '#extra')?.textContent).to.equal('extra part');
    expect(loads).to.equal(1);
  });

  it('renders a module that an input set during an update needs, though that update had already started', async () => {
    const el = await fixture<LateTest>(html`<late-test></late-test>`);
    // The first input starts an update; the second, a microtask later, joins it before it renders.
    el.names = ['x'];
    await Promise.resolve();
    el.wanted = true;
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '#late')?.textContent).to.equal('late part');
    expect(lateLoads).to.equal(1);
  });

  it('submits the document as JSON under its name and restores it from the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tally-test name="tally"></tally-test></form>`);
    const el = form.querySelector('tally-test') as TallyTest;
    $(el, '#b')!.click();
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('tally') as string)).to.deep.equal(el.value);
    form.reset();
    await el.updateComplete;
    expect(el.value.counts).to.deep.equal({});
  });
});
