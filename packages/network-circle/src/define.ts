import { GoestingNetworkCircle } from './network-circle.js';

GoestingNetworkCircle.define('goesting-network-circle');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-network-circle': GoestingNetworkCircle;
  }
}
