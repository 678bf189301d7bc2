export { GoestingWorkabilityCheck } from './workability-check.js';
export { GoestingWorkabilityReport } from './workability-report.js';
export { workabilityMessages, workabilityCheckMessages, workabilityReportMessages, type WorkabilityCheckMessages, type WorkabilityReportMessages } from './messages.js';
export * from './model/index.js';
