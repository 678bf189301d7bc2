import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '@goesting/core/define-provider.js';
import { CoreTestElement } from './test-element.js';

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('localisation', () => {
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
