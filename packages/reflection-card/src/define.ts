import { GoestingReflectionCard } from './reflection-card.js';

GoestingReflectionCard.define('goesting-reflection-card');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-reflection-card': GoestingReflectionCard;
  }
}
