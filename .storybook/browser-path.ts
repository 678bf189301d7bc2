/**
 * Stand-in for Node's `path` in the preview. `@wc-toolkit/storybook-helpers` imports it for its
 * manifest reloader, which runs in Node only; the preview never calls it.
 */
export default { resolve: (...segments: string[]): string => segments.join('/') };
