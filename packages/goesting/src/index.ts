// Written by `npm run build` from the root workspaces list (scripts/umbrella.mjs); edit that, not this file.
/**
 * Every goesting widget, defined. `import 'goesting'` registers all tags; the same file, bundled
 * with Lit and everything else, is the one-file CDN build `dist/goesting.bundle.js`.
 */
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
import '@goesting/network-circle/define.js';
import '@goesting/hope-scale/define.js';
import '@goesting/reflection-card/define.js';
import '@goesting/workability/define.js';
import '@goesting/plan/define.js';
import '@goesting/alliance-check/define.js';

export * from '@goesting/core';
export { GoestingSelfscan, GoestingSelfscanTeam, selfscanMessages, selfscanTeamMessages, type SelfscanMessages, type SelfscanTeamMessages } from '@goesting/selfscan';
export { GoestingNetworkCircle, networkCircleMessages, type NetworkCircleMessages } from '@goesting/network-circle';
export { GoestingHopeScale, hopeScaleMessages, type HopeScaleMessages } from '@goesting/hope-scale';
export { GoestingReflectionCard, reflectionCardMessages, type ReflectionCardMessages } from '@goesting/reflection-card';
export { GoestingWorkabilityCheck, GoestingWorkabilityReport, workabilityMessages, workabilityCheckMessages, workabilityReportMessages, type WorkabilityCheckMessages, type WorkabilityReportMessages } from '@goesting/workability';
export { GoestingPlan, planMessages, type PlanMessages } from '@goesting/plan';
export { GoestingAllianceCheck, allianceCheckMessages, type AllianceCheckMessages } from '@goesting/alliance-check';
