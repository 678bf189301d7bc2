// What npm publishes: every workspace package passes publint and "are the types wrong" with no
// problems, and its tarball holds exactly the built code, types, schemas, manifest, README and
// licence. Runs on the built packages (`npm run build`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';

const root = new URL('../..', import.meta.url).pathname;
const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
// Private workspaces (the reference portal) are never published.
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces.filter((dir) => !manifest(dir).private);

/** Files a tarball may hold: built JavaScript, its types, JSON Schemas, the manifest, README and licence. */
const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\/.+\.js$/, /^dist\/.+\.d\.ts$/, /^dist\/schemas\/[\w-]+\.json$/];

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

      it('packs exactly its code, types, schemas, manifest, README and licence', () => {
        const files = packedFiles(dir);
        assert.deepEqual(files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))), []);
        for (const needed of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(needed), needed);
        assert.ok(files.some((file) => file.endsWith('.d.ts')), 'types');
        if (pkg.customElements) assert.ok(files.includes('custom-elements.json'), 'custom-elements.json');
        if (pkg.exports['./schemas/*']) assert.ok(files.some((file) => file.startsWith('dist/schemas/')), 'schemas');
        assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/')), 'no sources or tests');
      });
    });
  }
});
