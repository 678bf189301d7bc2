// What npm publishes: every workspace package passes publint and "are the types wrong" with no
// problems, and its tarball holds exactly the built code, types, schemas, manifest, README and
// licence, with the source maps and the sources they point at; nothing a published file refers to
// is missing from it. Runs on the built packages (`npm run build`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { publint } from 'publint';

const root = new URL('../..', import.meta.url).pathname;
const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
// Private workspaces (the reference portal) are never published.
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces.filter((dir) => !manifest(dir).private);

/**
 * Files a tarball may hold: built JavaScript, its types, JSON Schemas, the manifest, README and
 * licence, the source maps of code and types, and the TypeScript sources those maps point at.
 */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/.+\.js(\.map)?$/,
  /^dist\/.+\.d\.ts(\.map)?$/,
  /^dist\/schemas\/[\w-]+\.json$/,
  /^src\/.+\.ts$/,
];

/** What the packed file `file` refers to: its source map, or the sources a map names without their text, as paths in the package. */
function references(dir, file) {
  const text = readFileSync(join(root, dir, file), 'utf8');
  const inPackage = (target) => normalize(join(dirname(file), target));
  if (file.endsWith('.map')) {
    const { sources, sourcesContent = [] } = JSON.parse(text);
    // A map that carries every source's text (the bundled CDN files) stands on its own.
    return sources.filter((_, i) => typeof sourcesContent[i] !== 'string').map(inPackage);
  }
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
  return map && !map[1].startsWith('data:') ? [inPackage(map[1])] : [];
}

function packedFiles(dir) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, dir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out)[0].files.map((file) => file.path);
}

describe('the published packages', () => {
  for (const dir of workspaces) {
    const pkg = manifest(dir);
    describe(pkg.name, () => {
      it('passes publint with no problems', async () => {
        const { messages } = await publint({ pkgDir: join(root, dir), strict: true, pack: 'npm' });
        assert.deepEqual(messages.map((m) => `${m.type} ${m.code} ${m.path?.join('.') ?? ''}`), []);
      });

      it('passes "are the types wrong" for ES module consumers', () => {
        const run = spawnSync(join(root, 'node_modules/.bin/attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: join(root, dir), encoding: 'utf8' });
        assert.equal(run.status, 0, run.stdout + run.stderr);
      });

      it('packs exactly its code, types, schemas, manifest, README and licence, with source maps and their sources', () => {
        const files = packedFiles(dir);
        assert.deepEqual(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))), []);
        for (const needed of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(needed), needed);
        assert.ok(files.some((file) => file.endsWith('.d.ts')), 'types');
        if (pkg.customElements) assert.ok(files.includes('custom-elements.json'), 'custom-elements.json');
        if (pkg.exports['./schemas/*']) assert.ok(files.some((file) => file.startsWith('dist/schemas/')), 'schemas');
        assert.ok(!files.some((file) => file.startsWith('test/') || file.includes('.test.')), 'no tests');
      });

      it('refers to nothing it does not ship: every source map and every source a map names is packed', () => {
        const files = packedFiles(dir);
        const packed = new Set(files);
        const missing = files.filter((file) => /\.(js|ts|map)$/.test(file)).flatMap((file) => references(dir, file).filter((target) => !packed.has(target)).map((target) => `${file} → ${target}`));
        assert.deepEqual(missing, []);
        assert.ok(files.some((file) => file.endsWith('.js.map')), 'source maps are packed');
      });
    });
  }
});

describe('the goesting package', () => {
  const umbrella = 'packages/goesting';
  const widgets = workspaces.filter((dir) => dir !== umbrella && manifest(dir).customElements);

  it('depends on, references and defines every package with elements that the workspaces list names', () => {
    const { dependencies } = manifest(umbrella);
    const { references } = JSON.parse(readFileSync(join(root, umbrella, 'tsconfig.json'), 'utf8'));
    const index = readFileSync(join(root, umbrella, 'src/index.ts'), 'utf8');
    assert.ok(widgets.length >= 6, 'core and at least five widget packages');
    for (const dir of widgets) {
      const { name, version } = manifest(dir);
      assert.equal(dependencies[name], version, `${name} is a dependency`);
      assert.ok(references.some(({ path }) => join(umbrella, path) === dir), `${dir} is referenced`);
      assert.match(index, new RegExp(`^import '${name}/define[\\w-]*\\.js';$`, 'm'), `${name} is defined`);
    }
    assert.deepEqual(Object.keys(dependencies).sort(), widgets.map((dir) => manifest(dir).name).sort(), 'nothing else is a dependency');
  });

  it('keeps its index, dependencies and references as the build writes them from the workspaces list', async () => {
    const { staleUmbrellaFiles } = await import(join(root, 'scripts/umbrella.mjs'));
    assert.deepEqual(staleUmbrellaFiles(), []);
  });
});
