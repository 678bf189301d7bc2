// Item: a host stylesheet with aggressive resets (`* { all: unset }`, hidden buttons and inputs, a
// 40 px root font, odd line height and letter case). Page rules cannot reach inside the shadow roots,
// but `all: unset` does hit the widget element itself, and inherited properties flow in: widgets
// must keep their own layout, stay usable, and take only the page's font family and text colour.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useHost } from './harness.mjs';
import { WIDGETS, heard, hostilePages } from './widgets.mjs';

/** Whether two boxes cover each other by more than a shared 1 px border (as joined toggle buttons do). */
const overlap = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1.5;

describe('a page whose stylesheet resets everything', () => {
  const host = useHost({ files: hostilePages() });

  for (const w of WIDGETS) {
    it(`<${w.tag}> keeps its layout, takes the page's font and colour, and can be finished`, async () => {
      const { page, seen } = await host.open('/test/host/pages/hostile/resets.html');
      const widget = page.locator(w.tag);
      const heading = widget.locator('h2').first();
      await heading.waitFor();

      // Inherited where intended: the page's font family and text colour (and its 40 px size) ...
      const text = await heading.evaluate((h) => {
        const style = getComputedStyle(h.closest('.root'));
        return { fontFamily: style.fontFamily, color: style.color, fontSize: style.fontSize, lineHeight: style.lineHeight, textTransform: style.textTransform, letterSpacing: style.letterSpacing, boxSizing: style.boxSizing };
      });
      const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      // ... but not the page's line height, letter case or spacing, nor the reset box model.
      assert.deepEqual(text, { fontFamily: body, color: 'rgb(90, 30, 10)', fontSize: '40px', lineHeight: '60px', textTransform: 'none', letterSpacing: 'normal', boxSizing: 'border-box' });

      // The answer controls are shown, inside the widget, and none covers another.
      const frame = await widget.locator('.root').boundingBox();
      const controls = w.answers(widget);
      const count = await controls.count();
      assert.ok(count > 0);
      const boxes = [];
      for (let i = 0; i < count; i++) {
        assert.equal(await controls.nth(i).isVisible(), true, `${w.tag} control ${i} is visible`);
        const box = await controls.nth(i).boundingBox();
        assert.ok(box.width >= 24 && box.height >= 24, `${w.tag} control ${i} is big enough to hit: ${JSON.stringify(box)}`);
        assert.ok(box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1, `${w.tag} control ${i} stays inside the widget`);
        boxes.forEach((other, j) => assert.ok(!overlap(box, other), `${w.tag} controls ${j} and ${i} overlap`));
        boxes.push(box);
      }
      assert.ok(frame.width <= (await page.evaluate(() => document.documentElement.clientWidth)), 'no sideways overflow');

      // Usable: answered and finished with the mouse (every click lands on its target).
      await w.complete(widget);
      const { events } = await heard(page);
      assert.equal(events.filter((e) => e.widget === w.widget && e.type === 'goesting-complete').length, 1);
      assert.deepEqual(seen.pageErrors, []);
      assert.deepEqual(seen.consoleErrors, []);
      await page.close();
    });
  }
});
