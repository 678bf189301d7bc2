import { expect, fixture, html } from '@open-wc/testing';
import { CoreTestElement } from './test-element.js';

void CoreTestElement;

describe('theme base styles', () => {
  let reset: HTMLStyleElement;
  afterEach(() => reset?.remove());

  it('keep the widget readable when a page rule unsets the element itself', async () => {
    reset = document.createElement('style');
    reset.textContent = '.hostile, .hostile * { all: unset; } .hostile { font-family: serif; color: rgb(90, 30, 10); font-size: 20px; line-height: 3; letter-spacing: 4px; text-transform: uppercase; }';
    document.head.append(reset);
    const page = await fixture<HTMLElement>(html`<div class="hostile"><core-test-element></core-test-element></div>`);
    const el = page.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    const style = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect({ display: style.display, fontFamily: style.fontFamily, color: style.color, fontSize: style.fontSize }).to.deep.equal({
      display: 'block',
      fontFamily: 'serif',
      color: 'rgb(90, 30, 10)',
      fontSize: '20px',
    });
    expect({ lineHeight: style.lineHeight, letterSpacing: style.letterSpacing, textTransform: style.textTransform, boxSizing: style.boxSizing }).to.deep.equal({
      lineHeight: '30px',
      letterSpacing: 'normal',
      textTransform: 'none',
      boxSizing: 'border-box',
    });
  });

  it('apply a relative --goesting-font-size once', async () => {
    const page = await fixture<HTMLElement>(html`<div style="font-size: 10px"><core-test-element style="--goesting-font-size: 2em"></core-test-element></div>`);
    const el = page.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize).to.equal('20px');
  });
});
