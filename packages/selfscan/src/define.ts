import { GoestingSelfscan } from './selfscan.js';
import { GoestingSelfscanTeam } from './selfscan-team.js';

GoestingSelfscan.define('goesting-selfscan');
GoestingSelfscanTeam.define('goesting-selfscan-team');

declare global {
  interface HTMLElementTagNameMap {
    'goesting-selfscan': GoestingSelfscan;
    'goesting-selfscan-team': GoestingSelfscanTeam;
  }
}
