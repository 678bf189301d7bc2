import type { NetworkIndicators, NetworkValue } from './model/index.js';

export { GoestingNetworkCircle } from './network-circle.js';
export { networkCircleMessages, type NetworkCircleMessages } from './messages.js';
export * from './model/index.js';

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'network-circle': { value: NetworkValue; result: NetworkIndicators };
  }
}
