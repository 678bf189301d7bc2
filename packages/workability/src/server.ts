/**
 * What a portal's back end runs for the workability report, in plain Node without a DOM: ingest
 * a check's `goesting-complete` detail into the minimal record to store, and release anonymous
 * aggregates of stored records, guarded by the release ledger. HR's browser only ever receives
 * what `releaseWorkability` returns as `aggregate`.
 */
export { INGEST_ISSUE_CODES, ingestWorkability, ingestOptionsSchema, type IngestIssueCode, type IngestOptions } from './server/ingest.js';
export { releaseWorkability, releaseOptionsSchema, type ReleaseOptions, type StoredWorkabilityRecord, type WorkabilityRelease } from './server/release.js';
export { MIN_GROUP_FLOOR, LIMITED_INSIGHT_FROM, guardRelease, type LedgerEntry, type RecordId } from '@goesting/core/server';
