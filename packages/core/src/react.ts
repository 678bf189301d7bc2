/**
 * `<goesting-provider>` as a typed JSX element in React 19:
 * `import type {} from '@goesting/core/react.js';` once in the app. Each widget package's
 * `react.js` entry types its own tags the same way.
 *
 * The types of this entry, dist/react.d.ts, are generated from the package's custom-elements.json
 * (see custom-elements-manifest.config.mjs at the repository root); this module only gives the
 * entry its JavaScript file.
 */
export {};
