import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useHost } from './harness.mjs';
import { networkCircle } from './documents.mjs';

describe('the network circle in a plain HTML page', () => {
  const host = useHost();

  for (const count of [12, 40]) {
    it(`prints a circle of ${count} people on one A4 page, names replaced by initials on request`, async () => {
      const { page, seen } = await host.open('/test/host/pages/network.html');
      await page.evaluate(async (value) => {
        const el = document.querySelector('goesting-network-circle');
        el.value = value;
        await el.updateComplete;
      }, networkCircle(count));
      const widget = page.locator('goesting-network-circle');
      await widget.locator('.actions input[type=checkbox]').check();
      assert.equal(await widget.locator('g.person text').first().textContent(), 'M.');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      assert.equal(pages.length, 1, `${pages.length} pages`);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    });
  }

  it('is dragged with a real mouse and with touch', async () => {
    const context = await host.browser.newContext({ hasTouch: true, viewport: { width: 900, height: 1200 } });
    const { page, seen } = await host.open('/test/host/pages/network.html', context);
    await page.evaluate(async (value) => {
      const el = document.querySelector('goesting-network-circle');
      el.value = value;
      await el.updateComplete;
    }, networkCircle(3));
    const where = (id) => page.evaluate((id) => document.querySelector('goesting-network-circle').value.people.find((p) => p.id === id), id);
    const centreOf = async (selector) => {
      const box = await page.locator('goesting-network-circle').locator(selector).boundingBox();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    // Mouse: drag p0 (family, very close) to the bottom of the circle (community, further).
    const from = await centreOf('g.person[data-id="p0"] circle');
    const svg = await page.locator('goesting-network-circle').locator('svg.drawing').boundingBox();
    const bottom = { x: svg.x + svg.width / 2 + 5, y: svg.y + svg.height * 0.88 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(bottom.x, bottom.y, { steps: 8 });
    await page.mouse.up();
    assert.deepEqual(await where('p0').then((p) => [p.sector, p.ring]), ['community', 'further']);
    // Touch: a tap opens the form for that person.
    const tap = await centreOf('g.person[data-id="p1"] circle');
    await page.touchscreen.tap(tap.x, tap.y);
    await page.locator('goesting-network-circle').locator('#field-label').waitFor();
    assert.equal(await page.locator('goesting-network-circle').locator('#field-label').inputValue(), 'Sarah');
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});
