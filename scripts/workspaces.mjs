// The packages, as the root package.json's `workspaces` lists them: the one list that the build,
// the sizes, Storybook and the tests read. Everything else about a package comes from its own
// folder: its package.json `exports` (and their `goesting-source` condition), `customElements`,
// and the `define*.ts` modules that register its tags.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;

/** The export condition under which every package's `exports` point at its TypeScript sources. */
export const SOURCE_CONDITION = 'goesting-source';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every workspace: `dir` (such as `packages/selfscan`), `path`, `name`, its `manifest`
 * (package.json), and for packages with sources, `built` (rollup builds its `src`).
 */
export const workspaces = readJson(join(ROOT, 'package.json')).workspaces.map((dir) => {
  const path = join(ROOT, dir);
  const manifest = readJson(join(path, 'package.json'));
  return { dir, path, name: manifest.name, manifest, built: !manifest.private && existsSync(join(path, 'src')) };
});

/** The workspaces whose `src` is built into `dist`. */
export const builtPackages = workspaces.filter((w) => w.built);

/** The workspaces that ship custom elements, with the tags each `define*.ts` module registers. */
export const elementPackages = builtPackages
  .filter((w) => w.manifest.customElements)
  .map((w) => {
    const src = join(w.path, 'src');
    const defines = readdirSync(src)
      .filter((file) => /^define(-[\w-]+)?\.ts$/.test(file))
      .map((file) => ({ file, tags: [...readFileSync(join(src, file), 'utf8').matchAll(/\.define\(\s*'(goesting-[\w-]+)'\s*\)/g)].map((m) => m[1]) }));
    return { ...w, defines };
  });
