import { z } from 'zod/mini';
import {
  GROUP_STATUSES,
  createMigrator,
  groupAggregateSchema as sharedGroupSchema,
  groupReleaseShape,
  parseVersionedDocument,
  releasedGroupsCheck,
  waveAggregateSchema as sharedWaveSchema,
} from '@goesting/core/model';
import { CONSTRUCTS, INDICATORS, type Construct, type Indicator } from './constructs.js';
import { zoneBoundsSchema, type WorkabilityThresholds } from './schema.js';
import type { Parsed } from '@goesting/core/model';

/** Version of released aggregate documents written by this code. */
export const AGGREGATE_SCHEMA_VERSION = 1;
export { ORGANISATION, GROUP_STATUSES, CONFIG_WARNINGS, configWarningSchema, type ConfigWarning } from '@goesting/core/model';
/** Why the server did not count a stored record in a release. */
export const REJECT_REASONS = ['invalid_type', 'unknown_construct', 'missing_construct', 'out_of_range', 'invalid_key', 'unknown_wave'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export type GroupStatus = (typeof GROUP_STATUSES)[number];

const percentage = z.int().check(z.gte(0), z.lte(100));
const mean = z.number().check(z.gte(1), z.lte(4));

/** The figures of a group that may be shown: only ever present for status `shown`. */
export const groupFiguresSchema = z.object({
  n: z.int().check(z.gte(1)),
  /** % of respondents with no indicator in the red zone (whole number). */
  werkbaarPct: percentage,
  /** % of respondents in the red zone, per indicator (whole numbers). */
  problemPct: z.object(Object.fromEntries(INDICATORS.map((c) => [c, percentage])) as Record<Indicator, typeof percentage>),
  /** Mean score per construct, 1–4 in the construct's own direction (one decimal). */
  means: z.object(Object.fromEntries(CONSTRUCTS.map((c) => [c, mean])) as Record<Construct, typeof mean>),
});
export type GroupFigures = z.infer<typeof groupFiguresSchema>;

/** One group of one wave: the shared statuses of every group report, with these figures when shown. */
export const groupAggregateSchema = sharedGroupSchema(groupFiguresSchema);
export type GroupAggregate = z.infer<typeof groupAggregateSchema>;

export const waveAggregateSchema = sharedWaveSchema(groupFiguresSchema);
export type WaveAggregate = z.infer<typeof waveAggregateSchema>;

/**
 * What the portal releases to HR and the report renders and exports: figures per wave and group,
 * never a person's record. Written by `releaseWorkability` on the server.
 */
export const aggregateSchema = z
  .object({
    schemaVersion: z.literal(AGGREGATE_SCHEMA_VERSION),
    ...groupReleaseShape(groupFiguresSchema, z.enum(REJECT_REASONS)),
    thresholds: z.object({ orange: z.number(), red: z.number(), constructs: z.optional(z.partialRecord(z.enum(CONSTRUCTS), zoneBoundsSchema)) }),
  })
  .check(releasedGroupsCheck);
export type WorkabilityAggregate = z.infer<typeof aggregateSchema>;
export type AggregateThresholds = WorkabilityAggregate['thresholds'] & WorkabilityThresholds;

/** Upgrades older aggregate documents; version 1 is the first. */
export const migrateWorkabilityAggregate = createMigrator(AGGREGATE_SCHEMA_VERSION);

/** Validates a released aggregate (object or JSON text): refuses newer versions and anything that is not one. */
export function parseWorkabilityAggregate(input: unknown): Parsed<WorkabilityAggregate> {
  return parseVersionedDocument(input, migrateWorkabilityAggregate, aggregateSchema);
}
