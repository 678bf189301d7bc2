/**
 * `<goesting-selfscan>` and `<goesting-selfscan-team>` as typed JSX elements in React 19:
 * `import type {} from '@goesting/selfscan/react.js';` once in the app. Attributes and
 * properties take their types, and `on<event>` props receive typed events
 * (`ongoesting-complete` with the self-scan's own result).
 *
 * The types of this entry, dist/react.d.ts, are generated from the package's custom-elements.json
 * (see custom-elements-manifest.config.mjs at the repository root); this module only gives the
 * entry its JavaScript file.
 */
export {};
