// Sizes, inside `npm test`: every entry, the CDN loader, a page per widget through the loader and
// the one-file bundle stay within their budgets in scripts/size-budgets.json, and the README's
// table of budgets is the one made from that file. Runs on the built packages (`npm run build`).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KB, measure, readmeTable } from '../../scripts/sizes.mjs';

describe('sizes', () => {
  let items;
  before(async () => {
    items = await measure();
  });

  it('measures every kind: package entries, the loader, a page per widget and the one-file bundle', () => {
    for (const kind of ['entry', 'loader', 'page', 'bundle']) assert.ok(items.some((item) => item.kind === kind), kind);
    assert.ok(items.filter((item) => item.kind === 'page').length >= 6, 'a page for every widget tag');
  });

  it('keeps every size within its budget', () => {
    const over = items.filter((item) => item.size > item.kb * KB).map((item) => `${item.name}: ${(item.size / KB).toFixed(2)} KB > ${item.kb} KB`);
    assert.deepEqual(over, []);
  });

  it('has the README table of budgets made from scripts/size-budgets.json (npm run size -- --readme)', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /<!-- size budgets -->\n([\s\S]*?)\n<!-- \/size budgets -->/.exec(readme);
    assert.ok(section, 'README.md has a size budgets section');
    assert.equal(section[1], await readmeTable(items));
  });
});
