/**
 * What a portal's back end runs for group reports, without a DOM: the anonymity rules shared by
 * every report (minimum group, limited insight, the differencing guard and the release ledger).
 */
export * from './anonymity/release-guard.js';
export * from './anonymity/group-release.js';
