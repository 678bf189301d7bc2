/**
 * Every goesting widget, defined. `import 'goesting'` registers all tags; the same file, bundled
 * with Lit and everything else, is the CDN build `dist/goesting.js`.
 */
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';

export * from '@goesting/core';
export { GoestingSelfscan, selfscanMessages } from '@goesting/selfscan';
