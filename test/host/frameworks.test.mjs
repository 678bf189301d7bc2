// Host apps built with React 19, Vue 3 and Angular (test/frameworks, `npm run build:frameworks`):
// each sets the widgets' rich properties as objects, listens to goesting-complete with a typed
// handler, and submits a native form that holds a widget. Driven in Chromium like a user would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultInstrument, emptySelfscanValue } from '@goesting/selfscan/model';
import { completeSelfscanByKeyboard, useHost } from './harness.mjs';
import { startPortal } from '../frameworks/server/server.mjs';

/** The text of an output once the app has rendered it: frameworks render after the event, not in it. */
async function outputText(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.textContent !== '', selector);
  return page.locator(selector).textContent();
}

/** Each app's built page: Vite writes dist/, the Angular CLI dist/browser/. */
const FRAMEWORKS = { react: 'react/dist', vue: 'vue/dist', angular: 'angular/dist/browser' };

describe('widgets inside framework apps', () => {
  const host = useHost();

  for (const [framework, dist] of Object.entries(FRAMEWORKS)) {
    it(`${framework}: sets objects as properties on the self-scan and the workability check, hears completion through typed handlers, and submits with the form`, async () => {
      const { page, seen } = await host.open(`/test/frameworks/${dist}/index.html`);
      const scan = page.locator('goesting-selfscan');
      // Properties, not attributes: the app's own title (strings), the earlier scan (history) and the draft (value).
      assert.equal(await scan.locator('h2').first().textContent(), 'Zelfscan van ons team');
      const state = await scan.evaluate((el) => ({
        history: el.history.length,
        answered: Object.keys(el.value.answers).length,
        dataInAttributes: el.getAttributeNames().filter((name) => ['value', 'history', 'strings'].includes(name)),
      }));
      assert.deepEqual(state, { history: 1, answered: 16, dataInAttributes: [] });

      // Not finished yet: `required` holds the form back.
      await page.getByRole('button', { name: 'Versturen' }).click();
      assert.equal(await scan.evaluate((el) => el.matches(':invalid') && el.shadowRoot.activeElement !== null), true);
      assert.equal(await page.locator('#submitted').textContent(), '');

      await scan.focus();
      await completeSelfscanByKeyboard(page);
      const pillars = JSON.parse(await outputText(page, '#pillars'));
      assert.deepEqual(Object.keys(pillars), ['expertise', 'alliance', 'hope', 'reflection']);
      // The comparison with the earlier scan, handed over as an object, is in the result.
      assert.match(await scan.locator('.result').textContent(), /Vorige scan \(15 januari 2026\)/);
      assert.deepEqual(await scan.evaluate((el) => el.result.pillars), pillars);

      await page.getByRole('button', { name: 'Versturen' }).click();
      const submitted = JSON.parse(await outputText(page, '#submitted'));
      assert.equal(submitted.completed, true);
      assert.equal(Object.keys(submitted.answers).length, 16);

      // The workability check: the portal's title and thresholds as objects, its team key as an attribute.
      const check = page.locator('goesting-workability-check');
      assert.equal(await check.locator('h2').first().textContent(), 'Werkbaar werk in ons team');
      assert.deepEqual(await check.evaluate((el) => el.thresholds), { orange: 2.4, red: 3.1 });
      const statements = check.locator('fieldset.item');
      for (let i = 0; i < (await statements.count()); i++) await statements.nth(i).locator('label.option').nth(1).click();
      await check.locator('button.primary').click();
      assert.deepEqual(JSON.parse(await outputText(page, '#werkbaar')), { werkbaar: true, team: 'onthaal' });

      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual([...new Set(seen.requests.map((u) => new URL(u).origin))], [host.origin]);
      await page.close();
    });
  }
});

describe('a server-rendered page', () => {
  const quick = defaultInstrument('quick');
  /** The portal resumes from a saved scan with every answer given. */
  const host = useHost({ start: () => startPortal({ ...emptySelfscanValue(quick), answers: Object.fromEntries(quick.items.map((item) => [item.id, 4])) }) });

  it('hydrates the widget with the answers the server wrote, and posts the result back to the server', async () => {
    const { page, seen } = await host.open('/');
    const scan = page.locator('goesting-selfscan');
    await page.waitForFunction(() => Object.keys(document.querySelector('goesting-selfscan').value.answers).length === 16);
    assert.equal(await scan.getAttribute('value'), null);
    const completed = page.evaluate(() => new Promise((resolve) => document.addEventListener('goesting-complete', (e) => resolve(e.detail.result.pillars), { once: true })));
    await scan.focus();
    await completeSelfscanByKeyboard(page);
    const pillars = await completed;
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.waitForURL(`${host.origin}/scan`);
    assert.equal(await page.locator('#pillars li').count(), 4);
    assert.equal(host.server.received.length, 1);
    assert.deepEqual(host.server.received[0].result.pillars, pillars);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });
});
