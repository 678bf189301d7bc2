import { GoestingPlan } from './plan.js';

GoestingPlan.define('goesting-plan');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-plan': GoestingPlan;
  }
}
