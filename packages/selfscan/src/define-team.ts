import { GoestingSelfscanTeam } from './selfscan-team.js';

GoestingSelfscanTeam.define('goesting-selfscan-team');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-selfscan-team': GoestingSelfscanTeam;
  }
}
