export { GoestingSelfscan } from './selfscan.js';
export { selfscanMessages, type SelfscanMessages } from './messages.js';
export * from './model/index.js';

