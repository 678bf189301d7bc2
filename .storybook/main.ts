import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * `@goesting/*` imports resolve to the TypeScript sources through the packages' `goesting-source`
 * export condition, so an edit in a package's `src` reloads the story at once. `schemas/*.json`
 * and `custom-elements.json` have no such condition: `npm run build` writes them.
 */
const SOURCE_CONDITION = 'goesting-source';

/** Node's `path` in the preview: see browser-path.ts. */
const aliases = [{ find: /^path$/, replacement: fileURLToPath(new URL('./browser-path.ts', import.meta.url)) }];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(config, {
      // Storybook's own manager and docs chunks are larger than Vite's default warning limit.
      build: { chunkSizeWarningLimit: 1500 },
      resolve: { alias: aliases, conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
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
