import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { completeSelfscanByKeyboard, hearCompletions, useHost, requestedFiles, isCdnChunk } from './harness.mjs';

const schema = (name) => JSON.parse(readFileSync(new URL(`../../packages/selfscan/dist/schemas/${name}.json`, import.meta.url)));

describe('the CDN bundle in a plain HTML page', () => {
  const host = useHost();

  it('gives a working Flemish self-scan, completed by keyboard, heard on document', async () => {
    const { page, seen } = await host.open('/test/host/pages/cdn.html');
    const completions = await hearCompletions(page);
    const heading = page.locator('goesting-selfscan h2');
    assert.equal(await heading.textContent(), 'Zelfscan: de vier pijlers');
    await page.locator('goesting-selfscan').focus();
    await completeSelfscanByKeyboard(page);
    const received = await completions();
    assert.equal(received.length, 1);
    const detail = received[0];
    assert.equal(detail.widget, 'selfscan');
    assert.equal(Object.keys(detail.value.answers).length, 16);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema('selfscan-complete-event'));
    assert.ok(validate(detail), JSON.stringify(validate.errors));
    assert.match(await page.locator('goesting-selfscan #result-heading').textContent(), /Je resultaat/);

    const origins = new Set(seen.requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins], [host.origin], 'requests only to the page itself');
    // The loader, then the self-scan's module and the chunks it imports: no other widget, no other language.
    assert.deepEqual(requestedFiles(seen), ['/test/host/pages/cdn.html', '/packages/goesting/dist/goesting.js', '/packages/goesting/dist/goesting-selfscan.js']);
    const chunks = seen.requests.map((u) => new URL(u).pathname).filter(isCdnChunk);
    assert.ok(chunks.length > 0, 'shared code comes as chunks');
    assert.deepEqual(chunks.filter((p) => /\/(?:[a-z]+-)?(?:en|fr-BE|nl-NL)-[\w-]{8}\.js$/.test(p)), [], 'no other language');
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });

  it('can be answered by touch on a 360 px phone screen, without sideways scrolling', async () => {
    const context = await host.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const { page, seen } = await host.open('/test/host/pages/cdn.html', context);
    const scan = page.locator('goesting-selfscan');
    await scan.locator('fieldset.item').first().locator('label.option').nth(2).tap();
    await scan.locator('fieldset.item').nth(1).locator('label.flag').tap();
    const state = await page.evaluate(() => {
      const el = document.querySelector('goesting-selfscan');
      return { answers: Object.values(el.value.answers), flags: el.value.flags.length, width: document.documentElement.scrollWidth };
    });
    assert.deepEqual(state, { answers: [3], flags: 1, width: 360 });
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });

  it('shows the chosen answer in Windows high-contrast (forced colours) mode', async () => {
    const { page } = await host.open('/test/host/pages/cdn.html');
    await page.emulateMedia({ forcedColors: 'active' });
    const options = page.locator('goesting-selfscan fieldset.item').first().locator('label.option');
    await options.nth(1).click();
    const background = (i) => options.nth(i).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(await background(1), await background(0));
    await page.close();
  });

  it('prints the result without buttons', async () => {
    const { page } = await host.open('/test/host/pages/cdn.html');
    await page.evaluate(async () => {
      // The loader defines the tag once its module is in; a host script waits for that before using the element.
      await customElements.whenDefined('goesting-selfscan');
      const el = document.querySelector('goesting-selfscan');
      const answers = Object.fromEntries(el.instrument.items.map((item) => [item.id, 3]));
      el.value = { schemaVersion: 1, instrument: 'goesting-selfscan-quick@1', answers, flags: [], energy: {}, completed: true, date: '2026-10-01' };
      await el.updateComplete;
    });
    const scan = page.locator('goesting-selfscan');
    await scan.locator('.heatmap').waitFor();
    assert.equal(await scan.locator('.actions').isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await scan.locator('.actions').isVisible(), false);
    assert.equal(await scan.locator('.heatmap').isVisible(), true);
    assert.equal(await scan.locator('svg.radar').isVisible(), true);
    await page.close();
  });

  it('keeps answers in a session draft across a page reload when the page opts in', async () => {
    const { page, seen } = await host.open('/test/host/pages/draft.html');
    const scan = page.locator('goesting-selfscan');
    await scan.locator('fieldset.item').first().locator('label.option').nth(3).click();
    await scan.locator('fieldset.item').nth(1).locator('label.option').nth(5).click();
    await page.reload();
    await scan.locator('fieldset.item').first().waitFor();
    await page.waitForFunction(() => Object.keys(document.querySelector('goesting-selfscan').value.answers).length === 2);
    const checked = await scan.locator('fieldset.item').first().locator('input[type=radio]').nth(3).isChecked();
    assert.equal(checked, true);
    assert.equal(await scan.locator('fieldset.item').nth(1).locator('input[type=radio]').nth(5).isChecked(), true);
    assert.deepEqual(seen.pageErrors, []);
    await page.close();
  });

  it('stores nothing in any storage and reflects no answer into attributes without an opt-in', async () => {
    const { page } = await host.open('/test/host/pages/cdn.html');
    const scan = page.locator('goesting-selfscan');
    await scan.locator('fieldset.item').first().locator('label.option').nth(4).click();
    const state = await page.evaluate(() => ({
      session: sessionStorage.length,
      local: localStorage.length,
      cookies: document.cookie,
      html: document.querySelector('goesting-selfscan').outerHTML,
      answers: Object.keys(document.querySelector('goesting-selfscan').value.answers).length,
    }));
    assert.deepEqual(state, { session: 0, local: 0, cookies: '', html: '<goesting-selfscan></goesting-selfscan>', answers: 1 });
    await page.close();
  });
});
