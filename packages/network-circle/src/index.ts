export { GoestingNetworkCircle } from './network-circle.js';
export { networkCircleMessages, type NetworkCircleMessages } from './messages.js';
export * from './model/index.js';

