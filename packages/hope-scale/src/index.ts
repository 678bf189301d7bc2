import type { HopeResult, HopeValue } from './model/index.js';

export { GoestingHopeScale } from './hope-scale.js';
export { hopeScaleMessages, type HopeScaleMessages } from './messages.js';
export * from './model/index.js';

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'hope-scale': { value: HopeValue; result: HopeResult };
  }
}
