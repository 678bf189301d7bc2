// Item: the library loaded twice, and in two versions, on one page. The first copy to define a tag
// keeps it; every later copy leaves it alone with one console warning per tag it could not define.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useHost } from './harness.mjs';
import { ALL_TAGS, WIDGETS, heard, hostilePages } from './widgets.mjs';

const OLDER = '0.0.9';
const bundle = (name) => readFileSync(new URL(`../../packages/goesting/dist/${name}`, import.meta.url), 'utf8');
const { VERSION } = await import('../../packages/core/dist/version.js');

/** The hope-scale CDN file as an older release would ship it: same code, another version string. */
function olderHopeScale() {
  const source = bundle('goesting-hope-scale.js');
  const literal = JSON.stringify(VERSION);
  assert.equal(source.split(literal).length - 1, 1, 'the version appears once in the bundle');
  return source.replace(literal, JSON.stringify(OLDER));
}

/** Every widget on the page is rendered in the provider's language, answered and finished. */
async function everyWidgetWorks(page) {
  for (const w of WIDGETS) {
    const widget = page.locator(w.tag);
    assert.equal(await widget.locator('.root').getAttribute('lang'), 'fr-BE', `${w.tag} follows the provider`);
    await w.complete(widget);
  }
  const { events } = await heard(page);
  for (const w of WIDGETS) {
    const mine = events.filter((e) => e.widget === w.widget);
    assert.ok(mine.some((e) => e.type === 'goesting-change'), `${w.tag}: change heard on document`);
    assert.equal(mine.filter((e) => e.type === 'goesting-complete').length, 1, `${w.tag}: one complete heard on document`);
  }
}

describe('the library loaded twice on one page', () => {
  const host = useHost({ files: { ...hostilePages(), '/test/host/pages/hostile/older/goesting-hope-scale.js': olderHopeScale() } });

  it('in the same version: no exception, one warning per tag naming it and the version, every widget works', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/twice.html');
    await everyWidgetWorks(page);
    const tags = ALL_TAGS;
    const goesting = seen.warnings.filter((m) => m.startsWith('[goesting]'));
    assert.equal(goesting.length, tags.length, goesting.join('\n'));
    for (const tag of tags) {
      const mine = goesting.filter((m) => m.includes(`<${tag}>`));
      assert.equal(mine.length, 1, tag);
      assert.match(mine[0], new RegExp(`already defined by goesting ${VERSION}; this copy \\(${VERSION}\\) is not registered\\. Load the library once\\.`));
    }
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });

  it('in two versions (an older one-widget file, then the full bundle): one warning per shared tag naming both versions, every widget works', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/versions.html');
    // The older file came first, so it owns its tags; the full bundle owns the rest.
    const owners = await page.evaluate(() =>
      Object.fromEntries(['goesting-provider', 'goesting-hope-scale', 'goesting-selfscan'].map((tag) => [tag, customElements.get(tag).goestingVersion])),
    );
    assert.deepEqual(owners, { 'goesting-provider': OLDER, 'goesting-hope-scale': OLDER, 'goesting-selfscan': VERSION });
    // Widgets of the newer copy still take their settings from the older copy's provider.
    await everyWidgetWorks(page);
    const goesting = seen.warnings.filter((m) => m.startsWith('[goesting]'));
    assert.deepEqual(
      goesting,
      ['goesting-provider', 'goesting-hope-scale'].map((tag) => `[goesting] <${tag}> is already defined by goesting ${OLDER}; this copy (${VERSION}) is not registered.`),
    );
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });
});
