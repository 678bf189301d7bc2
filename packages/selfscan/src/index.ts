export { GoestingSelfscan } from './selfscan.js';
export { GoestingSelfscanTeam } from './selfscan-team.js';
export { selfscanMessages, selfscanTeamMessages, type SelfscanMessages, type SelfscanTeamMessages } from './messages.js';
export * from './model/index.js';
