import { GoestingAllianceCheck } from './alliance-check.js';

GoestingAllianceCheck.define('goesting-alliance-check');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-alliance-check': GoestingAllianceCheck;
  }
}
