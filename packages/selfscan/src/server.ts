/**
 * What a portal's back end runs for the team mirror, in plain Node without a DOM: ingest a
 * self-scan's `goesting-complete` detail into the minimal record to store, and release anonymous
 * team aggregates of stored records, guarded by the release ledger. A team coach's browser only
 * ever receives what `releaseSelfscanTeam` returns as `aggregate`.
 */
export { SELFSCAN_INGEST_ISSUE_CODES, ingestSelfscan, selfscanIngestOptionsSchema, type SelfscanIngestIssueCode, type SelfscanIngestOptions } from './server/ingest.js';
export { releaseSelfscanTeam, teamReleaseOptionsSchema, type StoredTeamRecord, type TeamRelease, type TeamReleaseOptions } from './server/release.js';
export { MIN_GROUP_FLOOR, LIMITED_INSIGHT_FROM, guardRelease, type LedgerEntry, type RecordId } from '@goesting/core/server';
