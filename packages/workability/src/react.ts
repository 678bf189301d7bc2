/**
 * `<goesting-workability-check>` and `<goesting-workability-report>` as typed JSX elements in
 * React 19: `import type {} from '@goesting/workability/react.js';` once in the app. Attributes
 * and properties take their types, and `on<event>` props receive typed events
 * (`ongoesting-complete` with the check's own result).
 *
 * The types of this entry, dist/react.d.ts, are generated from the package's custom-elements.json
 * (see custom-elements-manifest.config.mjs at the repository root); this module only gives the
 * entry its JavaScript file.
 */
export {};
