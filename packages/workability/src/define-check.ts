import { GoestingWorkabilityCheck } from './workability-check.js';

GoestingWorkabilityCheck.define('goesting-workability-check');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-workability-check': GoestingWorkabilityCheck;
  }
}
