export { GoestingHopeScale } from './hope-scale.js';
export { hopeScaleMessages, type HopeScaleMessages } from './messages.js';
export * from './model/index.js';

