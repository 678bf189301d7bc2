/**
 * `<goesting-alliance-check>` as a typed JSX element in React 19:
 * `import type {} from '@goesting/alliance-check/react.js';` once in the app. Attributes and
 * properties take their types, and `on<event>` props receive typed events
 * (`ongoesting-complete` with the widget's own result).
 *
 * The types of this entry, dist/react.d.ts, are generated from the package's custom-elements.json
 * (see custom-elements-manifest.config.mjs at the repository root); this module only gives the
 * entry its JavaScript file.
 */
export {};
