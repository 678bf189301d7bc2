import { GoestingSelfscan } from './selfscan.js';

GoestingSelfscan.define('goesting-selfscan');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-selfscan': GoestingSelfscan;
  }
}
