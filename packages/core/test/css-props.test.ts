import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps, type CssProps } from '@goesting/core';

describe('cssProps', () => {
  const show = (container: HTMLElement, props: CssProps) => render(html`<span style=${cssProps(props)}></span>`, container);

  it('sets, changes and removes custom properties on the element', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    show(container, { '--level': '0.5', '--other': 'red' });
    const span = container.querySelector('span')!;
    expect(span.style.getPropertyValue('--level')).to.equal('0.5');
    expect(span.style.getPropertyValue('--other')).to.equal('red');
    show(container, { '--level': '1' });
    expect(span.style.getPropertyValue('--level')).to.equal('1');
    expect(span.style.getPropertyValue('--other')).to.equal('');
    show(container, { '--level': undefined });
    expect(span.style.getPropertyValue('--level')).to.equal('');
  });

  it('is refused outside a whole style attribute', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span title=${cssProps({ '--level': '1' })}></span>`, container)).to.throw(/style/);
  });
});
