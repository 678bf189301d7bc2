// `npm run build`: JavaScript (rollup), types (tsc), custom-elements.json (analyzer) and JSON
// Schemas for every package. Each step's output lands in the package's own folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });

const packages = ['core', 'selfscan', 'network-circle', 'hope-scale', 'reflection-card', 'workability', 'goesting'];
/** Packages whose `model` entry exports JSON-Schema-able zod schemas, by export name. */
const schemaExports = {
  selfscan: 'selfscanSchemas',
  'network-circle': 'networkCircleSchemas',
  'hope-scale': 'hopeScaleSchemas',
  'reflection-card': 'reflectionCardSchemas',
  workability: 'workabilitySchemas',
};

for (const pkg of packages) rmSync(join(root, 'packages', pkg, 'dist'), { recursive: true, force: true });

run(bin('rollup'), ['-c', '--silent']);
run(bin('tsc'), ['--build']);

// Widgets inherit attributes, properties and events from core's base classes; analysing those
// files with each widget puts the inherited API in the widget's manifest and its docs tables.
const coreBases = ['../core/src/goesting-element.ts', '../core/src/form-element.ts'];
for (const pkg of ['core', 'selfscan', 'network-circle', 'hope-scale', 'reflection-card', 'workability']) {
  const globs = ['src/**/*.ts', ...(pkg === 'core' ? [] : coreBases)];
  run(bin('custom-elements-manifest'), ['analyze', '--litelement', '--globs', ...globs, '--exclude', 'src/model/**', 'src/locales/**', '--quiet'], join(root, 'packages', pkg));
}

const { toJsonSchemaDocuments } = await import(join(root, 'packages/core/dist/build/json-schema.js'));
for (const [pkg, exportName] of Object.entries(schemaExports)) {
  const model = await import(join(root, 'packages', pkg, 'dist/model/index.js'));
  const dir = join(root, 'packages', pkg, 'dist', 'schemas');
  mkdirSync(dir, { recursive: true });
  const documents = toJsonSchemaDocuments(model[exportName], `https://goesting.dev/schemas/${pkg}`);
  for (const [name, doc] of Object.entries(documents)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc, null, 2) + '\n');
  console.log(`schemas: ${Object.keys(documents).length} written to packages/${pkg}/dist/schemas`);
}
