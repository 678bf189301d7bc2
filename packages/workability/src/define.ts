import { GoestingWorkabilityCheck } from './workability-check.js';
import { GoestingWorkabilityReport } from './workability-report.js';

GoestingWorkabilityCheck.define('goesting-workability-check');
GoestingWorkabilityReport.define('goesting-workability-report');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-workability-check': GoestingWorkabilityCheck;
    'goesting-workability-report': GoestingWorkabilityReport;
  }
}
