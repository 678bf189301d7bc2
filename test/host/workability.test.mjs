import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, serve } from './harness.mjs';

describe('the workability CDN file in a plain HTML page', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives a check completed by keyboard and a report that hides the team protecting a smaller one', async () => {
    const { page, seen } = await open(browser, `${server.origin}/test/host/pages/workability.html`);
    await page.evaluate(() => {
      window.received = [];
      document.addEventListener('goesting-complete', (e) => window.received.push(e.detail));
    });
    const check = page.locator('goesting-workability-check');
    await check.locator('input[type=radio]').first().focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i % 3 ? 'ArrowRight' : 'Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const received = await page.evaluate(() => window.received);
    assert.equal(received.length, 1);
    assert.equal(received[0].widget, 'workability-check');
    assert.deepEqual([received[0].result.team, received[0].result.wave], ['team-a', 'w1']);
    assert.equal(await check.locator('#result-title').count(), 1);

    const report = page.locator('goesting-workability-report');
    await page.waitForFunction(() => window.reportReady);
    assert.equal(await report.locator('table.teams tr[data-group="team-b"]').getAttribute('data-status'), 'protected');
    assert.equal(await report.locator('table.teams tr[data-group="team-c"]').getAttribute('data-status'), 'limited');
    assert.match(await report.locator('[part=hidden] li').innerText(), /Team B toont geen cijfers/);
    assert.match(await report.locator('[part=reference]').innerText(), /Andere vragenlijst, niet rechtstreeks vergelijkbaar/);
    assert.deepEqual(seen.requests.map((u) => new URL(u).pathname), ['/test/host/pages/workability.html', '/packages/goesting/dist/goesting-workability.js']);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });
});
