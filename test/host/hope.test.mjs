import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hearCompletions, useHost, requestedFiles } from './harness.mjs';

describe('a one-widget CDN file in a plain HTML page', () => {
  const host = useHost();

  it('gives a working hope scale on its own: keyboard on the 0–10 scale, completion heard on document', async () => {
    const { page, seen } = await host.open('/test/host/pages/hope.html');
    const completions = await hearCompletions(page);
    const scale = page.locator('goesting-hope-scale').first();
    await scale.locator('input[type=range]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await scale.locator('input[type=range]').getAttribute('aria-valuetext'), '9 van 10');
    await scale.locator('button.primary').click();
    const received = await completions();
    assert.equal(received.length, 1);
    assert.deepEqual(received[0].result.scales, { hope: 9 });
    assert.equal(await page.evaluate(() => customElements.get('goesting-selfscan')), undefined);
    assert.equal(await page.locator('goesting-hope-scale').nth(1).locator('fieldset.item').count(), 6);
    // The hope scale's module and the chunks it imports from the same folder, nothing else.
    assert.deepEqual(
      requestedFiles(seen),
      ['/test/host/pages/hope.html', '/packages/goesting/dist/goesting-hope-scale.js'],
    );
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });
});
