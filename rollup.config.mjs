// One build for every package and for the CDN bundle.
// Packages: unbundled ESM (one file per source module) with lit, @lit/context, zod and the other
// @goesting packages external, so host apps share one copy. CDN: one minified file with everything.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const WIDGETS = ['selfscan', 'network-circle', 'hope-scale', 'reflection-card', 'workability'];
const PACKAGES = ['core', ...WIDGETS];
const ROOT = new URL('.', import.meta.url).pathname;

const tsFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

const typescript = () => [esbuild({ target: 'es2022', tsconfig: join(ROOT, 'tsconfig.base.json') }), minifyHTML({ failOnError: true })];

/** Resolves `@goesting/<pkg>[/sub]` to the package's source, so the bundle never needs a prior build. */
const workspaceSources = () => ({
  name: 'goesting-workspace-sources',
  resolveId(source) {
    const match = /^@goesting\/([^/]+)(?:\/(.+?))?(?:\.js)?$/.exec(source);
    if (!match) return null;
    const [, pkg, sub] = match;
    const file = sub ? (sub === 'model' ? 'model/index.ts' : `${sub}.ts`) : 'index.ts';
    return join(ROOT, 'packages', pkg, 'src', file);
  },
});

const isExternal = (id) => /^(lit|@lit\/|@lit-labs\/|zod|@goesting\/)/.test(id);

const packageBuilds = PACKAGES.map((pkg) => {
  const src = join(ROOT, 'packages', pkg, 'src');
  return {
    input: Object.fromEntries(tsFiles(src).map((file) => [relative(src, file).replace(/\.ts$/, ''), file])),
    external: isExternal,
    // As the packages' `sideEffects` say: only the define modules register anything. Without this,
    // rollup keeps bare imports of side-effect-free modules, which host bundlers warn about.
    treeshake: { moduleSideEffects: (id) => /\/src\/define(-[\w-]+)?\.ts$/.test(id) },
    plugins: typescript(),
    // No hoisted transitive imports: each module imports only what it uses, so a bundler that
    // honours `sideEffects` has no bare imports of side-effect-free modules to warn about.
    output: { dir: join(ROOT, 'packages', pkg, 'dist'), format: 'es', preserveModules: false, hoistTransitiveImports: false, sourcemap: true },
  };
});

const umbrella = join(ROOT, 'packages', 'goesting');

export default [
  ...packageBuilds,
  // The umbrella package, unbundled: its index, and each one-widget CDN file's source for Node, where
  // the exports map's `node` condition sends `goesting/goesting*.js` (the CDN files inline Lit's
  // browser build, which needs a DOM as soon as it is imported).
  {
    input: {
      index: join(umbrella, 'src', 'index.ts'),
      ...Object.fromEntries(WIDGETS.map((widget) => [`cdn/${widget}`, join(umbrella, 'src', 'cdn', `${widget}.ts`)])),
    },
    external: isExternal,
    plugins: typescript(),
    output: { dir: join(umbrella, 'dist'), format: 'es', sourcemap: true },
  },
  // CDN files, each self-contained (Lit, zod/mini and every locale inlined): goesting.js with
  // every widget, and goesting-<widget>.js for a page that embeds one widget.
  ...[
    ['goesting', join(umbrella, 'src', 'index.ts')],
    ...WIDGETS.map((widget) => [`goesting-${widget}`, join(umbrella, 'src', 'cdn', `${widget}.ts`)]),
  ].map(([name, input]) => ({
    input,
    // Only the define modules register anything; schema factories (zod's `z.*`) have no side
    // effects, so schemas the page never calls drop out, as they do in a host's own bundle.
    treeshake: { moduleSideEffects: (id) => !/\/packages\//.test(id) || /\/src\/(define(-[\w-]+)?|cdn\/[\w-]+|index)\.ts$/.test(id), manualPureFunctions: ['z'] },
    plugins: [workspaceSources(), nodeResolve({ browser: true }), ...typescript(), terser({ module: true, compress: { passes: 3 }, format: { comments: false } })],
    output: { file: join(umbrella, 'dist', `${name}.js`), format: 'es', sourcemap: true, inlineDynamicImports: true },
  })),
];
