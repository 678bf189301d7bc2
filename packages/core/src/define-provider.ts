import { GoestingProvider } from './provider.js';

GoestingProvider.define('goesting-provider');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-provider': GoestingProvider;
  }
}
