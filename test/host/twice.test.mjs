// Item: the library loaded twice, and in two versions, on one page. The first copy to define a tag
// keeps it; every later copy leaves it alone with one console warning per tag it could not define.
// The CDN loader loads only tags that are not defined yet, so a copy that came first keeps its tags
// without a warning.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { useHost } from './harness.mjs';
import { WIDGETS, heard, hostilePages } from './widgets.mjs';

const OLDER = '0.0.9';
const DIST = new URL('../../packages/goesting/dist/', import.meta.url);
const { VERSION } = await import('../../packages/core/dist/version.js');

/** The CDN folder as an older release would ship it, served under `/older/`: same code, another version string. */
function olderRelease() {
  const literal = JSON.stringify(VERSION);
  const files = {};
  let found = 0;
  // The loader's modules and chunks; the one-file bundle is a copy of its own.
  for (const name of readdirSync(DIST, { recursive: true }).filter((n) => n.endsWith('.js') && n !== 'goesting.bundle.js' && n !== 'index.js')) {
    const source = readFileSync(new URL(name, DIST), 'utf8');
    found += source.split(literal).length - 1;
    files[`/test/host/pages/hostile/older/${name}`] = source.replace(literal, JSON.stringify(OLDER));
  }
  assert.equal(found, 1, 'the version appears once in the CDN folder');
  return files;
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
  const host = useHost({ files: { ...hostilePages(), ...olderRelease() } });

  it('in the same version (the loader, then the one-file bundle): no exception, one warning per tag naming it and the version, every widget works', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/twice.html');
    await everyWidgetWorks(page);
    // The loader loads the tags on the page, so each of those meets the bundle's copy once.
    const tags = ['goesting-provider', ...WIDGETS.map((w) => w.tag)];
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

  it('in two versions (an older hope scale, then the loader): the older copy keeps its tag, the loader defines the rest without a warning, every widget works', async () => {
    const { page, seen } = await host.open('/test/host/pages/hostile/versions.html');
    await page.waitForFunction(() => ['goesting-provider', 'goesting-hope-scale', 'goesting-selfscan'].every((tag) => customElements.get(tag)));
    const owners = await page.evaluate(() =>
      Object.fromEntries(['goesting-provider', 'goesting-hope-scale', 'goesting-selfscan'].map((tag) => [tag, customElements.get(tag).goestingVersion])),
    );
    assert.deepEqual(owners, { 'goesting-provider': VERSION, 'goesting-hope-scale': OLDER, 'goesting-selfscan': VERSION });
    // The older copy's widget still takes its settings from the newer copy's provider.
    await everyWidgetWorks(page);
    assert.deepEqual(seen.warnings.filter((m) => m.startsWith('[goesting]')), []);
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    await page.close();
  });
});
