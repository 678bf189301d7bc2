/**
 * Every goesting widget, defined. `import 'goesting'` registers all tags; the same file, bundled
 * with Lit and everything else, is the CDN build `dist/goesting.js`.
 */
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
import '@goesting/network-circle/define.js';
import '@goesting/hope-scale/define.js';
import '@goesting/reflection-card/define.js';
import '@goesting/workability/define.js';

export * from '@goesting/core';
export { GoestingSelfscan, selfscanMessages } from '@goesting/selfscan';
export { GoestingNetworkCircle, networkCircleMessages } from '@goesting/network-circle';
export { GoestingHopeScale, hopeScaleMessages } from '@goesting/hope-scale';
export { GoestingReflectionCard, reflectionCardMessages } from '@goesting/reflection-card';
export { GoestingWorkabilityCheck, GoestingWorkabilityReport, workabilityMessages } from '@goesting/workability';
