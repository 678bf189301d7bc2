// The model tests of every widget package (packages/*/test/model.test.ts) run here once more, in
// plain Node with no DOM, as a back end runs the model: they are written once, with describe/it
// and chai's expect, and run in Chromium (web-test-runner) and here alike.
import * as nodeTest from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url);
const workspaces = JSON.parse(readFileSync(new URL('package.json', ROOT))).workspaces;
const files = workspaces.map((dir) => `${dir}/test/model.test.ts`).filter((file) => existsSync(new URL(file, ROOT)));

// The suites use the names mocha gives them in the browser; here node:test provides them.
for (const name of ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach']) globalThis[name] = nodeTest[name];

const bundled = await build({
  entryPoints: files.map((file) => new URL(file, ROOT).pathname),
  bundle: true,
  outdir: new URL('test-results/node-models/', ROOT).pathname,
  outExtension: { '.js': '.mjs' },
  metafile: true,
  outbase: new URL('.', ROOT).pathname,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: new URL('tsconfig.base.json', ROOT).pathname,
  alias: { '@open-wc/testing': new URL('test/node/open-wc-testing.mjs', ROOT).pathname },
  external: ['chai', 'fast-check'],
  logLevel: 'error',
});

nodeTest.test('every widget package with a model has a model test', () => {
  if (files.length < 5) throw new Error(`only ${files.length} model test files found: ${files.join(', ')}`);
});

for (const output of Object.keys(bundled.metafile.outputs)) {
  // Each test file is one module; importing it declares its suites at the top level of this file.
  await import(pathToFileURL(output).href);
}
