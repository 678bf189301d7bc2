import type { WorkabilityResult, WorkabilityValue } from './model/index.js';

export { GoestingWorkabilityCheck } from './workability-check.js';
export { GoestingWorkabilityReport } from './workability-report.js';
export { workabilityMessages, workabilityCheckMessages, workabilityReportMessages, type WorkabilityCheckMessages, type WorkabilityReportMessages } from './messages.js';
export * from './model/index.js';

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'workability-check': { value: WorkabilityValue; result: WorkabilityResult };
  }
}
