// `npm run size`: prints what a browser downloads, in gzip KB, against the budgets in
// scripts/size-budgets.json; exits with 1 when one is exceeded. `--readme` writes the README's
// table of budgets. Run after `npm run build`; `npm test` checks the same budgets.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB, measure, readmeTable } from './sizes.mjs';
import { ROOT } from './workspaces.mjs';

const items = await measure();
let over = 0;
console.log('gzip size   budget   what');
for (const item of items) {
  const ok = item.size <= item.kb * KB;
  if (!ok) over++;
  console.log(`${(item.size / KB).toFixed(2).padStart(6)} KB ${String(item.kb).padStart(5)} KB   ${ok ? '' : 'OVER BUDGET: '}${item.name}`);
  for (const chunk of item.lazy) console.log(`${(chunk.size / KB).toFixed(1).padStart(6)} KB            loaded on demand: ${chunk.name}`);
}

if (process.argv.includes('--readme')) {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const table = await readmeTable(items);
  const pattern = /(<!-- size budgets -->\n)[\s\S]*?(\n<!-- \/size budgets -->)/;
  if (!pattern.test(readme)) throw new Error('README.md has no <!-- size budgets --> section');
  const updated = readme.replace(pattern, (_, start, end) => start + table + end);
  writeFileSync(file, updated);
  console.log('README.md: table of budgets written');
}

if (over) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
