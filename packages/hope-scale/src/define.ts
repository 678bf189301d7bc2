import { GoestingHopeScale } from './hope-scale.js';

GoestingHopeScale.define('goesting-hope-scale');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-hope-scale': GoestingHopeScale;
  }
}
