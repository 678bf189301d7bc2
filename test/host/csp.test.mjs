// Item: a strict Content Security Policy, sent as a response header with every file. Nothing inline
// is allowed (no script, no style attribute, no <style>), no eval, and Trusted Types are required for
// every script sink. Every widget must render, take a saved value, be answered and finished, show
// its error state and export, without a single violation report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve, useHost } from './harness.mjs';
import { WIDGETS, heard, hostilePages } from './widgets.mjs';

export const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

describe('a page with a strict Content Security Policy', () => {
  const host = useHost({ files: hostilePages(), headers: () => ({ 'content-security-policy': POLICY }) });

  it('the policy is in force: an inline style attribute set by the page is refused and reported', async () => {
    const { page } = await host.open('/test/host/pages/hostile/csp.html');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.querySelector('h1').setAttribute('style', 'color: red'));
    await page.waitForFunction(() => window.heard.violations.length > 0);
    assert.match((await heard(page)).violations[0], /^style-src-attr/);
    await page.close();
  });

  for (const w of WIDGETS) {
    it(`<${w.tag}> renders, is answered, finished and exported with no violation`, async () => {
      const { page, seen } = await host.open('/test/host/pages/hostile/csp.html');
      const widget = page.locator(w.tag);
      await widget.locator('h2').first().waitFor();
      // A saved value from the host, validated on arrival.
      await page.evaluate(({ tag, value }) => (document.querySelector(tag).value = value), { tag: w.tag, value: w.saved });
      assert.equal(await w.showsSaved(widget), true);
      await w.complete(widget);
      // The JSON export: a blob link, downloaded.
      const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: /JSON/ }).first().click()]);
      assert.match(download.suggestedFilename(), /\.json$/);
      // Another language, loaded on demand.
      await page.evaluate(() => document.querySelector('goesting-provider').setAttribute('locale', 'en'));
      await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('.root')?.lang === 'en', w.tag);
      // The error state: invalid JSON from the host.
      await page.evaluate((tag) => (document.querySelector(tag).value = '{not json'), w.tag);
      await widget.locator('[role=alert]').waitFor();
      const { events, violations } = await heard(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(
        [...new Set(events.filter((e) => e.widget === w.widget).map((e) => e.type))].sort(),
        ['goesting-change', 'goesting-complete', 'goesting-error'],
      );
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    });
  }

  it("with a Trusted Types allow-list, Lit's one policy (lit-html) is all the widgets need", async () => {
    const listed = await serve({ files: hostilePages(), headers: () => ({ 'content-security-policy': `${POLICY}; trusted-types lit-html` }) });
    try {
      const { page, seen } = await host.open(`${listed.origin}/test/host/pages/hostile/csp.html`);
      for (const w of WIDGETS) await w.complete(page.locator(w.tag));
      const { events, violations } = await heard(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(events.filter((e) => e.type === 'goesting-complete').map((e) => e.widget), WIDGETS.map((w) => w.widget));
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(seen.pageErrors, []);
      await page.close();
    } finally {
      await listed.close();
    }
  });

  it('a network circle PNG, which needs a blob: image the policy forbids, comes as SVG with a spoken reason', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/csp.html');
    const widget = page.locator('goesting-network-circle');
    await WIDGETS.find((w) => w.widget === 'network-circle').answer(widget);
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Downloaden als PNG' }).click()]);
    assert.match(download.suggestedFilename(), /^netwerkcirkel-.*\.svg$/);
    assert.match(await widget.locator('[role=status]').last().textContent(), /Een PNG maken lukt niet op deze website/);
    // The one thing the policy refuses is the image the PNG would be drawn from.
    const { violations } = await heard(page);
    assert.ok(violations.length > 0 && violations.every((v) => v.startsWith('img-src: blob')), violations.join('\n'));
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });
});
