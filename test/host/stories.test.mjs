// Every Storybook story and docs page, as built by `storybook build` into storybook-static/:
// each renders in Chromium with no console error and no page error, and axe finds no WCAG
// violation in what it shows.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useHost } from './harness.mjs';

const STATIC = new URL('../../storybook-static/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

assert.ok(existsSync(new URL('index.json', STATIC)), 'storybook-static/index.json is missing: run `npm run build-storybook` first');
const entries = Object.values(JSON.parse(readFileSync(new URL('index.json', STATIC), 'utf8')).entries);

// Several pages at a time: most of a page's time is Storybook starting up, not work for the CPU.
describe('the Storybook site', { concurrency: 3 }, () => {
  const host = useHost();
  let context;
  before(async () => {
    context = await host.browser.newContext();
  });

  it('has a story or docs page for every widget', () => {
    const titles = new Set(entries.map((entry) => entry.title));
    for (const widget of ['Widgets/Self-scan', 'Widgets/Network circle', 'Widgets/Hope scale', 'Widgets/Reflection card', 'Widgets/Workability check', 'Widgets/Workability report', 'Widgets/Plan', 'Widgets/Alliance check']) assert.ok(titles.has(widget), widget);
  });

  for (const entry of entries) {
    it(`${entry.type} ${entry.id}: renders with no console error and no axe violation`, async () => {
      const { page, seen } = await host.open(`/storybook-static/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`, context);
      try {
        const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
        await page.waitForFunction((selector) => document.querySelector(selector)?.childElementCount > 0, root);
        // Let the widgets load their language and draw, as a reader would see them.
        await page.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('goesting-') || el.shadowRoot?.childElementCount > 0));
        // Storybook's accessibility panel runs its own axe after each story, which takes over
        // `window.axe` and may not run twice at once: wait until the story's render, that run
        // included, has finished.
        if (entry.type === 'story') await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished');
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(
          async ([selector, tags]) => {
            // Storybook's own controls table is not ours to fix; everything else on the page is checked.
            const context = { include: [[selector]], exclude: [['.docblock-argstable']] };
            const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          },
          [root, WCAG],
        );
        assert.deepEqual({ consoleErrors: seen.consoleErrors, pageErrors: seen.pageErrors, violations }, { consoleErrors: [], pageErrors: [], violations: [] });
      } finally {
        await page.close();
      }
    });
  }
});
