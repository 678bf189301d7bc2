import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { StagedList } from '../src/index.js';

/** A list of `items`, staged as a widget stages its long lists. */
class StagedItems extends LitElement {
  static override properties = { items: { attribute: false } };
  items: string[] = [];
  readonly list = new StagedList(this, 10, 20);
  renders = 0;

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.list.settled;
    return super.getUpdateComplete();
  }

  protected override render() {
    this.renders++;
    return litHtml`<ol>${this.items.slice(0, this.list.limit(this.items.length)).map((item) => litHtml`<li>${item}</li>`)}</ol>${this.list.done ? litHtml`<p>after the list</p>` : ''}`;
  }
}
customElements.define('staged-items', StagedItems);

const items = (count: number) => Array.from({ length: count }, (_, i) => `item ${i + 1}`);
const lines = (el: StagedItems) => el.shadowRoot!.querySelectorAll('li').length;
const after = (el: StagedItems) => el.shadowRoot!.querySelector('p') !== null;
/** The number of lines when the browser is about to paint its next frame. */
const atNextFrame = (el: StagedItems) => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(lines(el))));

describe('StagedList', () => {
  it('paints the first items in the first frame and the rest after it; updateComplete waits for all', async () => {
    const el = document.createElement('staged-items') as StagedItems;
    el.items = items(55);
    document.body.append(el);
    const firstFrame = atNextFrame(el);
    const afterInFirstFrame = new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(after(el))));
    await el.updateComplete;
    expect(lines(el)).to.equal(55);
    expect(await firstFrame).to.equal(10);
    // What follows the list comes with its last items.
    expect(await afterInFirstFrame).to.equal(false);
    expect(after(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('li:last-child')!.textContent).to.equal('item 55');
    // 10, then 30, then 50, then all 55: four renders.
    expect(el.renders).to.equal(4);
    el.remove();
  });

  it('renders a short list at once', async () => {
    const el = await fixture<StagedItems>(html`<staged-items .items=${items(7)}></staged-items>`);
    expect(lines(el)).to.equal(7);
    expect(after(el)).to.equal(true);
    expect(el.renders).to.equal(1);
  });

  it('puts everything in place with the next render when asked, such as for an edit', async () => {
    const el = document.createElement('staged-items') as StagedItems;
    el.items = items(200);
    document.body.append(el);
    await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
    expect(lines(el)).to.equal(10);
    el.list.all();
    await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
    expect(lines(el)).to.equal(200);
    await el.updateComplete;
    el.remove();
  });

  it('starts again from the first items for a new list', async () => {
    const el = await fixture<StagedItems>(html`<staged-items .items=${items(40)}></staged-items>`);
    expect(lines(el)).to.equal(40);
    el.list.restart();
    el.items = items(80);
    const firstFrame = atNextFrame(el);
    await el.updateComplete;
    expect(await firstFrame).to.equal(10);
    expect(lines(el)).to.equal(80);
  });

  it('does not keep anyone waiting once out of the page', async () => {
    const el = document.createElement('staged-items') as StagedItems;
    el.items = items(90);
    document.body.append(el);
    await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
    el.remove();
    await el.updateComplete;
    expect(lines(el)).to.equal(90);
  });
});
