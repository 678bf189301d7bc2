// The model tests of every widget package (packages/*/test/model.test.ts) run here once more, in
// plain Node with no DOM, as a back end runs the model: they are written once, with describe/it
// and chai's expect, and run in Chromium (web-test-runner) and here alike.
import * as nodeTest from 'node:test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

nodeTest.test('nothing under a package\'s src/model imports from outside it (no view, no widget texts)', () => {
  const outside = workspaces.flatMap((dir) => {
    const model = new URL(`${dir}/src/model/`, ROOT);
    if (!existsSync(model)) return [];
    return readdirSync(model, { recursive: true })
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(new URL(name, model), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.\.\/[^']+)'/g)].filter(([, target]) => target.match(/^(?:\.\.\/)+/)[0].length / 3 >= name.split('/').length).map(([, target]) => `${dir}/src/model/${name} → ${target}`));
  });
  if (outside.length) throw new Error(`model files import from outside src/model:\n${outside.join('\n')}`);
});

nodeTest.test('every widget package with a model has a model test', () => {
  if (files.length < 5) throw new Error(`only ${files.length} model test files found: ${files.join(', ')}`);
});

for (const output of Object.keys(bundled.metafile.outputs)) {
  // Each test file is one module; importing it declares its suites at the top level of this file.
  await import(pathToFileURL(output).href);
}
