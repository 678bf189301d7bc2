export { GoestingAllianceCheck } from './alliance-check.js';
export { allianceCheckMessages, type AllianceCheckMessages } from './messages.js';
export * from './model/index.js';
