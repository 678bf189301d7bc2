// `npm run build`: JavaScript (rollup), types (tsc), custom-elements.json and JSON Schemas for
// every package the root `workspaces` list names. Each step's output lands in the package's own
// folder. `--types` only checks and writes the types (`npm run typecheck`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, builtPackages } from './workspaces.mjs';
import { writeUmbrellaFiles } from './umbrella.mjs';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = ROOT) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

const typesOnly = process.argv.includes('--types');
// The umbrella's index, dependencies and references follow the workspaces list.
for (const file of writeUmbrellaFiles()) {
  console.log(`packages/goesting/${file} written from the workspaces list`);
  if (file === 'package.json') console.log('  its dependencies changed: run npm install, so package-lock.json follows');
}
if (!typesOnly) {
  for (const { path } of builtPackages) rmSync(join(path, 'dist'), { recursive: true, force: true });
  run(bin('rollup'), ['-c', '--silent']);
}
run(bin('tsc'), ['--build', ...builtPackages.map(({ dir }) => dir)]);
if (typesOnly) process.exit(0);
run(process.execPath, [join(ROOT, 'scripts', 'manifest.mjs')]);

// JSON Schemas of the documents and events, from each package's `model` entry: its `*Schemas` export.
const { toJsonSchemaDocuments } = await import(join(ROOT, 'packages/core/dist/build/json-schema.js'));
for (const { dir, path, manifest } of builtPackages) {
  if (!manifest.exports?.['./schemas/*']) continue;
  const model = await import(join(path, 'dist/model/index.js'));
  const [schemas, more] = Object.keys(model).filter((name) => name.endsWith('Schemas'));
  if (!schemas || more) throw new Error(`${dir}: its model must export exactly one *Schemas object`);
  const out = join(path, 'dist', 'schemas');
  mkdirSync(out, { recursive: true });
  const documents = toJsonSchemaDocuments(model[schemas], `https://goesting.dev/schemas/${manifest.name.replace(/^@goesting\//, '')}`);
  for (const [name, doc] of Object.entries(documents)) writeFileSync(join(out, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
  console.log(`schemas: ${Object.keys(documents).length} written to ${dir}/dist/schemas`);
}
