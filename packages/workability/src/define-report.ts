import { GoestingWorkabilityReport } from './workability-report.js';

GoestingWorkabilityReport.define('goesting-workability-report');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-workability-report': GoestingWorkabilityReport;
  }
}
