import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hearCompletions, useHost, requestedFiles } from './harness.mjs';

describe('the reflection card in a plain HTML page', () => {
  const host = useHost();

  it('opens from a self-scan growth point, tagged, and completes by keyboard with the event heard on document', async () => {
    const { page, seen } = await host.open('/test/host/pages/reflection.html');
    const completions = await hearCompletions(page);
    const reflect = page.locator('goesting-selfscan .growthPoints button.reflect').first();
    await reflect.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('goesting-reflection-card');
    await card.locator('#text-action').waitFor();
    const cell = await card.evaluate((el) => el.value.cell);
    const first = await page.evaluate(() => document.querySelector('goesting-selfscan').result.growthPoints[0]);
    assert.equal(`${cell.pillar}.${cell.dimension}`, first);
    await card.locator('#text-action').fill('Een huisbezoek dat anders liep dan gepland.');
    await card.locator('.step-list button').last().click();
    await card.locator('#action').fill('Volgende keer eerst vragen wat de cliënt wil.');
    await card.locator('button.primary', { hasText: 'Kaart afronden' }).click();
    const received = (await completions()).filter((detail) => detail.widget === 'reflection-card');
    assert.equal(received.length, 1);
    assert.equal(received[0].value.action.text, 'Volgende keer eerst vragen wat de cliënt wil.');
    // The loader, then the modules of the two tags on the page (and the chunks they import): no other widget.
    assert.deepEqual(requestedFiles(seen), [
      '/test/host/pages/reflection.html',
      '/packages/goesting/dist/goesting.js',
      '/packages/goesting/dist/goesting-selfscan.js',
      '/packages/goesting/dist/goesting-reflection-card.js',
    ]);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });
});
