export { GoestingPlan } from './plan.js';
export { planMessages, type PlanMessages } from './messages.js';
export * from './model/index.js';
