import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));

/**
 * `@goesting/<pkg>` and `@goesting/<pkg>/<module>.js` resolve to the TypeScript sources, so an
 * edit in a package's `src` reloads the story at once. `schemas/*.json` and `custom-elements.json`
 * resolve through the package exports: `npm run build` writes them.
 */
const sourceAliases = [
  { find: /^@goesting\/([\w-]+)$/, replacement: `${packages}$1/src/index.ts` },
  { find: /^@goesting\/([\w-]+)\/model$/, replacement: `${packages}$1/src/model/index.ts` },
  { find: /^@goesting\/([\w-]+)\/([\w/-]+)\.js$/, replacement: `${packages}$1/src/$2.ts` },
  { find: /^path$/, replacement: fileURLToPath(new URL('./browser-path.ts', import.meta.url)) },
];

/**
 * The packages list only `dist/define*.js` under `sideEffects`, so the sources' `define*.ts`
 * would be tree-shaken away in `storybook build`; they register the tags and must stay.
 */
const keepDefineModules = {
  name: 'goesting-keep-define-modules',
  transform: {
    filter: { id: /\/packages\/[\w-]+\/src\/define(-[\w-]+)?\.ts$/ },
    handler: () => ({ moduleSideEffects: true }),
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      plugins: [keepDefineModules],
      // Storybook's own manager and docs chunks are larger than Vite's default warning limit.
      build: { chunkSizeWarningLimit: 1500 },
      resolve: { alias: sourceAliases },
      // Pre-bundled together with `lit`, so the renderer and the widgets share one copy of Lit.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Vite 8 compiles TypeScript with Oxc. Lit's decorators need TypeScript's legacy semantics,
      // as in tsconfig.base.json: decorators run on the prototype, and class fields are assigned,
      // not redefined on the instance, where they would shadow Lit's reactive accessors.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
    });
  },
};

export default config;
