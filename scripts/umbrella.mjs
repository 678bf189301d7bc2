// The `goesting` package's own list of widgets, derived from the workspaces: its `src/index.ts`
// (define every tag, export core and each package's named exports), its dependencies and its
// TypeScript references. `npm run build` writes them first, so a new widget package only touches
// its own folder and the root `workspaces` list; `node scripts/umbrella.mjs --check` reports files
// that differ from what the workspaces give.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementPackages, workspaces } from './workspaces.mjs';

const UMBRELLA = 'goesting';

/** The fewest define modules of a package that register all its tags: one that defines several first. */
const defineModules = (pkg) => {
  const covered = new Set();
  return [...pkg.defines]
    .sort((a, b) => b.tags.length - a.tags.length || a.file.localeCompare(b.file))
    .filter(({ tags }) => {
      if (tags.every((tag) => covered.has(tag))) return false;
      tags.forEach((tag) => covered.add(tag));
      return true;
    })
    .map(({ file }) => `${pkg.name}/${file.replace(/\.ts$/, '.js')}`);
};

/**
 * What a widget package names in its own index (`export { A, type B } from './a.js'`): its
 * elements and texts. Its model (`export * from './model/index.js'`) stays in the package, where
 * each widget's `valueSchema` or `parseDocument` keeps its own name.
 */
const namedExports = (pkg) => {
  const source = readFileSync(join(pkg.path, 'src', 'index.ts'), 'utf8');
  return [...source.matchAll(/^export\s+(type\s+)?\{([^}]*)\}\s+from\s+'[^']+';/gm)].flatMap(([, allTypes, names]) =>
    names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => (allTypes && !name.startsWith('type ') ? `type ${name}` : name)),
  );
};

/** The files of the umbrella package, as the workspaces list gives them: path (in its folder) to text. */
export function umbrellaFiles() {
  const umbrella = workspaces.find((w) => w.name === UMBRELLA);
  const core = elementPackages.find((w) => w.name === '@goesting/core');
  const widgets = elementPackages.filter((w) => w !== core && w !== umbrella);
  const parts = [core, ...widgets];

  const index = [
    '// Written by `npm run build` from the root workspaces list (scripts/umbrella.mjs); edit that, not this file.',
    '/**',
    " * Every goesting widget, defined. `import 'goesting'` registers all tags; the same file, bundled",
    ' * with Lit and everything else, is the one-file CDN build `dist/goesting.bundle.js`.',
    ' */',
    ...parts.flatMap((pkg) => defineModules(pkg).map((specifier) => `import '${specifier}';`)),
    '',
    `export * from '${core.name}';`,
    ...widgets.map((pkg) => `export { ${namedExports(pkg).join(', ')} } from '${pkg.name}';`),
    '',
  ].join('\n');

  const manifest = structuredClone(umbrella.manifest);
  manifest.dependencies = Object.fromEntries(parts.map((pkg) => [pkg.name, pkg.manifest.version]));

  const tsconfig = JSON.parse(readFileSync(join(umbrella.path, 'tsconfig.json'), 'utf8'));
  tsconfig.references = parts.map((pkg) => ({ path: `../${pkg.dir.split('/').pop()}` }));

  const json = (value) => JSON.stringify(value, null, 2) + '\n';
  return { dir: umbrella.path, files: { 'src/index.ts': index, 'package.json': json(manifest), 'tsconfig.json': json(tsconfig) } };
}

/** The umbrella's files that differ from what the workspaces give. */
export function staleUmbrellaFiles() {
  const { dir, files } = umbrellaFiles();
  return Object.entries(files)
    .filter(([file, text]) => readFileSync(join(dir, file), 'utf8') !== text)
    .map(([file]) => file);
}

/** Writes the umbrella's files that differ; returns their names. */
export function writeUmbrellaFiles() {
  const { dir, files } = umbrellaFiles();
  const stale = staleUmbrellaFiles();
  for (const file of stale) writeFileSync(join(dir, file), files[file]);
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleUmbrellaFiles();
    if (stale.length) {
      console.error(`packages/goesting: ${stale.join(', ')} differ from the workspaces list; run npm run build`);
      process.exit(1);
    }
  } else {
    for (const file of writeUmbrellaFiles()) console.log(`packages/goesting/${file} written from the workspaces list`);
  }
}
