import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { errorDetailSchema, type GoestingErrorDetail } from '@goesting/core';
import { html as template, type PropertyValues } from 'lit';
import { CoreTestElement } from './test-element.js';
import { failOnPageErrors, quietly, record } from './helpers.js';

const alert = (el: Element) => el.shadowRoot!.querySelector('[role=alert]');

describe('error state with many issues', () => {
  failOnPageErrors();

  for (const [lang, more] of [
    ['nl-BE', 'en nog 49.990 andere'],
    ['nl-NL', 'en nog 49.990 andere'],
    ['fr-BE', 'et 49 990 autres'],
    ['en', 'and 49,990 more'],
  ] as const) {
    it(`lists the first ten issues and counts the rest (${lang}), while the event carries them all`, async () => {
      const el = await fixture<CoreTestElement>(html`<core-test-element lang=${lang}></core-test-element>`);
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.report(50_000);
        await el.updateComplete;
      });
      const items = [...alert(el)!.querySelectorAll('li')];
      expect(items).to.have.length(11);
      expect(items[0]!.textContent).to.contain('answers.x');
      expect(items[10]!.textContent!.replace(/\s/g, ' ')).to.equal(more.replace(/\s/g, ' '));
      expect((errors[0]!.detail as GoestingErrorDetail).issues).to.have.length(50_000);
    });
  }

  it('lists every issue when there are ten or fewer', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    await quietly(async () => {
      el.report(10);
      await el.updateComplete;
    });
    expect(alert(el)!.querySelectorAll('li')).to.have.length(10);
    expect(alert(el)!.textContent).to.not.contain('en nog');
  });
});

type Stage = 'render' | 'willUpdate' | 'updated' | 'commit';

/** A widget whose update throws at one stage while `broken` is set, with a text field the user types in. */
class FragileElement extends CoreTestElement {
  static override properties = { typed: { state: true }, broken: { attribute: false } };
  declare typed: string;
  declare broken: Stage | undefined;
  constructor() {
    super();
    this.typed = '';
  }
  get value() {
    return { typed: this.typed };
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.broken === 'willUpdate') throw new Error('willUpdate broke');
  }
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.broken === 'updated') throw new Error('updated broke');
  }
  protected override renderContent() {
    if (this.broken === 'render') throw new TypeError('render broke');
    // A Symbol cannot be written as text: Lit throws while committing the template.
    const note = this.broken === 'commit' ? Symbol('note') : '';
    return template`<label>Naam <input .value=${this.typed} @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)} /></label><p class="note">${note}</p>`;
  }
}
customElements.define('fragile-test-element', FragileElement);

describe('a render that throws', () => {
  failOnPageErrors();
  let rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  for (const stage of ['render', 'willUpdate', 'updated', 'commit'] as const) {
    it(`in ${stage} shows the error state, sends goesting-error and keeps what the user typed`, async () => {
      const el = await fixture<FragileElement>(html`<fragile-test-element lang="nl-BE"></fragile-test-element>`);
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'Sara';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.broken = stage;
        await el.updateComplete;
        await nextFrame();
        await el.updateComplete;
      });
      expect(rejections, 'unhandled rejections').to.deep.equal([]);
      expect(errors).to.have.length(1);
      const detail = errors[0]!.detail as GoestingErrorDetail;
      expect(errorDetailSchema('core-test').safeParse(detail).success).to.equal(true);
      expect(detail.code).to.equal('render-failed');
      expect(detail.issues[0]!.message).to.match(/broke|Symbol/);
      expect(alert(el)!.textContent).to.contain('Er ging iets mis bij het tonen van dit formulier.').and.contain('Wat je al invulde, blijft bewaard.');
      expect(el.value).to.deep.equal({ typed: 'Sara' });
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Sara');
      await expect(el).to.be.accessible();

      el.broken = undefined;
      await el.updateComplete;
      await el.updateComplete;
      expect(alert(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Sara');
    });
  }

  it('shows the error state alone when the very first render throws', async () => {
    const el = document.createElement('fragile-test-element') as FragileElement;
    el.broken = 'render';
    el.lang = 'en';
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      await nextFrame();
      await el.updateComplete;
    });
    expect(rejections).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(alert(el)!.textContent).to.contain('Something went wrong while showing this form.');
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
  });
});
