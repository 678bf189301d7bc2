// Writes custom-elements.json, and from it the JSX types in dist/react.d.ts, for every package
// the root `workspaces` list names whose package.json has a `customElements` field. The analyzer
// runs in each package's folder with the root custom-elements-manifest.config.mjs. A package's
// elements extend classes of the packages it depends on (core's base elements) and inherit their
// API from those packages' manifests, so those are written first; the others run side by side.
// Run after rollup and tsc: the manifest names the built modules, and the JSX types replace the
// empty ones tsc wrote for src/react.ts.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, builtPackages } from './workspaces.mjs';
const CONFIG = join(ROOT, 'custom-elements-manifest.config.mjs');
const ANALYZER = join(ROOT, 'node_modules', '.bin', 'custom-elements-manifest');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const packages = builtPackages.map(({ dir, manifest }) => ({ dir, json: manifest })).filter(({ json }) => json.customElements);

async function analyze({ dir, json }) {
  const { stderr } = await promisify(execFile)(ANALYZER, ['analyze', '--config', CONFIG], { cwd: join(ROOT, dir) });
  // The analyzer reports a config that fails to load on stderr and goes on with its defaults.
  if (stderr.trim()) throw new Error(`${dir}: the analyzer reported a problem:\n${stderr}`);
  const manifest = readJson(join(ROOT, dir, json.customElements));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
  console.log(`manifest: ${dir}/${json.customElements}${tags.length ? `, JSX types for ${tags.map((tag) => `<${tag}>`).join(', ')} in ${dir}/dist/react.d.ts` : ''}`);
}

const pending = new Map(packages.map((pkg) => [pkg.json.name, pkg]));
while (pending.size) {
  const ready = [...pending.values()].filter(({ json }) => !Object.keys(json.dependencies ?? {}).some((name) => pending.has(name)));
  if (!ready.length) throw new Error(`packages that depend on each other: ${[...pending.keys()].join(', ')}`);
  await Promise.all(ready.map(analyze));
  for (const { json } of ready) pending.delete(json.name);
}
