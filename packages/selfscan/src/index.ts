import type { SelfscanResult, SelfscanValue } from './model/index.js';

export { GoestingSelfscan } from './selfscan.js';
export { selfscanMessages, type SelfscanMessages } from './messages.js';
export * from './model/index.js';

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    selfscan: { value: SelfscanValue; result: SelfscanResult };
  }
}
