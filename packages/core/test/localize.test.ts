import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { runCatalogueTests } from './catalogue-suite.js';
import '@goesting/core/define-provider.js';
import { CoreTestElement } from './test-element.js';

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('localisation', () => {
  runCatalogueTests('core');
  runCatalogueTests('core', 'perspectives');
  runCatalogueTests('core', 'errors');
  runCatalogueTests('core', 'perspectives');

  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('defaults to Flemish Dutch on a page without a language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    expect(el.locale).to.equal('nl-BE');
    expect(text(el)).to.equal('Hallo');
  });

  it('follows the lang attribute of the element first', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-NL"></core-test-element>`);
    expect(el.locale).to.equal('nl-NL');
    expect(text(el)).to.equal('Hoi');
  });

  it('follows the provider before the page language', async () => {
    document.documentElement.lang = 'en';
    const provider = await fixture(html`<goesting-provider locale="fr-BE"><core-test-element></core-test-element></goesting-provider>`);
    const el = provider.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    expect(el.locale).to.equal('fr-BE');
    expect(text(el)).to.equal('Bonjour');
  });

  it('follows <html lang> and updates when it changes', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<CoreTestElement>(html`<core-test-element></core-test-element>`);
    expect(text(el)).to.equal('Hallo');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(text(el)).to.equal('Hello');
  });

  it('updates when its own lang attribute changes', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    el.setAttribute('lang', 'fr-BE');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
  });

  it('sets the language of its content so screen readers pronounce it right', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('nl-BE');
  });

  it('falls back to English for a string a catalogue lacks, and for unsupported page languages', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-NL"></core-test-element>`);
    expect(text(el)).to.equal('Hoi');
    el.text('onlyEnglish');
    await nextFrame();
    expect(el.text('onlyEnglish')).to.equal('Only in English');
    el.removeAttribute('lang');
    await nextFrame();
    expect(el.locale).to.equal('en');
  });

  it('fills in parameters', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    expect(el.text('count', { n: 3 } as never)).to.equal('3 stuks');
  });

  it('lets instance overrides win over provider overrides and the catalogue', async () => {
    const provider = await fixture(
      html`<goesting-provider .strings=${{ greeting: 'Dag allemaal', errorTitle: 'Oei' }}
        ><core-test-element lang="nl-BE" .strings=${{ greeting: 'Hallo team' }}></core-test-element
      ></goesting-provider>`,
    );
    const el = provider.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Hallo team');
    expect(el.text('errorTitle')).to.equal('Oei');
  });
});

describe('localisation without walking the page', () => {
  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('looks the locale up once, not by walking up the page for every text', async () => {
    const wrapper = await fixture(html`<section lang="fr-BE"><div><div><core-test-element></core-test-element></div></div></section>`);
    const el = wrapper.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    const closest = Element.prototype.closest;
    let walks = 0;
    Element.prototype.closest = function (this: Element, selector: string) {
      walks++;
      return closest.call(this, selector);
    } as typeof closest;
    try {
      for (let i = 0; i < 1000; i++) el.text('greeting');
    } finally {
      Element.prototype.closest = closest;
    }
    expect(el.text('greeting')).to.equal('Bonjour');
    expect(walks).to.equal(0);
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture(html`<section lang="fr-BE"><div><core-test-element></core-test-element></div></section>`);
    const el = wrapper.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
    wrapper.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(text(el)).to.equal('Hello');
  });

  it('follows its own lang at once, and the provider when its locale changes', async () => {
    document.documentElement.lang = 'nl-BE';
    const provider = await fixture<HTMLElement & { locale?: string }>(html`<goesting-provider locale="fr-BE"><core-test-element></core-test-element></goesting-provider>`);
    const el = provider.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
    provider.locale = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
    el.setAttribute('lang', 'nl-BE');
    expect(el.locale).to.equal('nl-BE');
    el.removeAttribute('lang');
    expect(el.locale).to.equal('en');
  });

  it('makes one number and one date formatter per locale and option set, not one per call', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    const { NumberFormat, DateTimeFormat } = Intl;
    let made = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, { construct: (target, args) => (made++, new target(...(args as []))) });
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, { construct: (target, args) => (made++, new target(...(args as []))) });
    const l = el.localize;
    const written: string[] = [];
    try {
      for (let i = 0; i < 100; i++) written.push(l.number(3.25, 3), l.difference(-0.5, 3), l.date('2025-03-14'));
      el.setAttribute('lang', 'en');
      written.push(l.number(3.25, 3), l.date('2025-03-14'));
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
    expect(written.slice(0, 3)).to.deep.equal(['3,250', '-0,500', '14 maart 2025']);
    expect(written.slice(-2)).to.deep.equal(['3.250', '14 March 2025']);
    // At most one of each kind per locale: the first calls may find them made already.
    expect(made).to.be.at.most(5);
  });
});
