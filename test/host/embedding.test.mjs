// Item: unusual places and moments. Inside another component's shadow root, inside an iframe,
// added by script after the bundle loaded, and in the page before the bundle loaded (upgraded later,
// with properties the host set meanwhile). Each widget works, and its events reach the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useHost } from './harness.mjs';
import { WIDGETS, heard, hostilePages } from './widgets.mjs';

/** Finishes every widget found under `root` (a page or a frame locator) and checks what `frame`'s document heard. */
async function finishAll(root, frame) {
  for (const w of WIDGETS) {
    const widget = root.locator(w.tag);
    assert.equal(await widget.locator('.root').getAttribute('lang'), 'fr-BE', `${w.tag} takes the provider's language`);
    await w.complete(widget);
  }
  const { events } = await heard(frame);
  for (const w of WIDGETS) {
    const mine = events.filter((e) => e.widget === w.widget);
    assert.ok(mine.some((e) => e.type === 'goesting-change'), `${w.tag}: change heard`);
    assert.equal(mine.filter((e) => e.type === 'goesting-complete').length, 1, `${w.tag}: one complete heard`);
    assert.ok(mine.every((e) => e.composed));
  }
  return events;
}

describe('widgets in unusual places and moments', () => {
  const host = useHost({ files: hostilePages() });

  it("inside another component's shadow root: they take the provider outside it, and the document hears them", async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/shadow.html');
    const inShadow = await page.evaluate((tags) => tags.map((tag) => document.querySelector('portal-card').shadowRoot.querySelector(tag)?.localName), WIDGETS.map((w) => w.tag));
    assert.deepEqual(inShadow, WIDGETS.map((w) => w.tag));
    const events = await finishAll(page, page);
    // Retargeted at the shadow root's host, as seen from the document.
    assert.ok(events.every((e) => e.target === 'portal-card'));
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });

  it("inside an iframe: they work and the iframe's document hears them", async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/iframe.html');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForFunction(() => customElements.get('goesting-provider') && window.heard);
    await finishAll(page.frameLocator('iframe'), frame);
    // Events stay in their own document: the outer page hears nothing and defines nothing.
    assert.deepEqual((await heard(page)).events, []);
    assert.equal(await page.evaluate(() => customElements.get('goesting-selfscan')), undefined);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });

  it('added by script after the loader ran: it defines each tag as it appears', async () => {
    // The page has loaded, so its module scripts ran: the loader found no tag and defined nothing.
    const { page, seen } = await host.open('/test/host/pages/hostile/late.html');
    assert.deepEqual(await page.evaluate(() => ['goesting-provider', 'goesting-selfscan'].filter((tag) => customElements.get(tag))), []);
    await page.evaluate(async (tags) => {
      const provider = document.createElement('goesting-provider');
      provider.setAttribute('locale', 'fr-BE');
      provider.append(...tags.map((tag) => document.createElement(tag)));
      document.querySelector('main').append(provider);
      await Promise.all(['goesting-provider', ...tags].map((tag) => customElements.whenDefined(tag)));
    }, WIDGETS.map((w) => w.tag));
    await finishAll(page, page);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });

  it('in the page before the loader loaded: upgraded with the properties the host set meanwhile', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/before.html');
    const set = WIDGETS.map((w) => ({ tag: w.tag, title: `Titre du portail (${w.widget})`, value: w.saved }));
    await page.evaluate((set) => {
      for (const { tag, title, value } of set) Object.assign(document.querySelector(tag), { strings: { title }, value });
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/packages/goesting/dist/goesting.js';
      document.head.append(script);
    }, set);
    for (const [i, w] of WIDGETS.entries()) {
      const widget = page.locator(w.tag);
      assert.equal(await widget.locator('h2').first().textContent(), set[i].title);
      assert.equal(await w.showsSaved(widget), true, `${w.tag} shows the value set before it was defined`);
    }
    assert.deepEqual((await heard(page)).events, [], 'values set by the host send no events');
    await finishAll(page, page);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });
});
