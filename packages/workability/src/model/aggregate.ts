import { z } from 'zod/mini';
import { createMigrator, parseVersionedDocument } from '@goesting/core/model';
import { CONSTRUCTS, INDICATORS, type Construct, type Indicator } from './constructs.js';
import { keySchema, zoneBoundsSchema, type WorkabilityThresholds } from './schema.js';
import type { Parsed } from '@goesting/core/model';

/** Version of released aggregate documents written by this code. */
export const AGGREGATE_SCHEMA_VERSION = 1;
/** The whole organisation: the root of every hierarchy. Not a valid team key, so it never clashes. */
export const ORGANISATION = '@organisation';
/** Why the server did not count a stored record in a release. */
export const REJECT_REASONS = ['invalid_type', 'unknown_construct', 'missing_construct', 'out_of_range', 'invalid_key', 'unknown_wave'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const GROUP_STATUSES = ['shown', 'limited', 'too-few', 'protected', 'held', 'empty'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

const whole = z.int().check(z.gte(0));
const percentage = z.int().check(z.gte(0), z.lte(100));
const mean = z.number().check(z.gte(1), z.lte(4));
const groupId = z.union([keySchema, z.literal(ORGANISATION)]);
const label = z.string().check(z.maxLength(120));

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

/**
 * One group of one wave. `shown`: figures present. `limited`: 3 up to the minimum, a qualitative
 * entry only. `too-few`: 1 or 2. `protected`: large enough, but hidden because showing it beside
 * its parent and siblings would reveal a smaller group by subtraction. `held`: large enough, but
 * held back because set beside an earlier release (`heldBy`) it would reveal too few people.
 * `empty`: no answers.
 */
export const groupAggregateSchema = z.object({
  id: groupId,
  label: z.optional(label),
  /** `null` for the organisation. */
  parent: z.nullable(groupId),
  depth: z.int().check(z.gte(0), z.lte(64)),
  status: z.enum(GROUP_STATUSES),
  figures: z.optional(groupFiguresSchema),
  /** For `protected`: the small groups this one protects (empty: answers without a team inside the parent). */
  protects: z.optional(z.array(groupId)),
  /** For `protected`: the shown group the subtraction would start from. */
  within: z.optional(groupId),
  /** For `held`: the earlier releases it was set against. */
  heldBy: z.optional(z.array(keySchema)),
});
export type GroupAggregate = z.infer<typeof groupAggregateSchema>;

export const waveAggregateSchema = z.object({
  /** `''` for answers without a wave. */
  id: z.union([keySchema, z.literal('')]),
  label: z.optional(label),
  /** The organisation first, then its teams depth-first in the order given. */
  groups: z.array(groupAggregateSchema).check(z.minLength(1), z.maxLength(2001)),
});
export type WaveAggregate = z.infer<typeof waveAggregateSchema>;

export const CONFIG_WARNINGS = ['min_group_raised', 'min_group_from_ledger', 'unknown_parent', 'duplicate_team', 'team_cycle'] as const;
export const configWarningSchema = z.object({ code: z.enum(CONFIG_WARNINGS), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type ConfigWarning = z.infer<typeof configWarningSchema>;

/**
 * What the portal releases to HR and the report renders and exports: figures per wave and group,
 * never a person's record. Written by `releaseWorkability` on the server.
 */
export const aggregateSchema = z
  .object({
    schemaVersion: z.literal(AGGREGATE_SCHEMA_VERSION),
    /** The release's key in the portal's ledger. */
    release: keySchema,
    minGroupSize: z.int().check(z.gte(5)),
    thresholds: z.object({ orange: z.number(), red: z.number(), constructs: z.optional(z.partialRecord(z.enum(CONSTRUCTS), zoneBoundsSchema)) }),
    waves: z.array(waveAggregateSchema).check(z.maxLength(100)),
    /** Waves still open, under a portal that releases closed waves only: named, no figures. */
    pending: z.array(z.object({ id: keySchema, label: z.optional(label) })).check(z.maxLength(100)),
    rejected: z.object({ count: whole, reasons: z.partialRecord(z.enum(REJECT_REASONS), whole) }),
    warnings: z.array(configWarningSchema).check(z.maxLength(2100)),
  })
  .check(
    z.superRefine((doc, ctx) => {
      // A document that shows a group below its own minimum, or hides figures in a hidden group, is not ours.
      doc.waves.forEach((wave, w) =>
        wave.groups.forEach((group, g) => {
          const path = ['waves', w, 'groups', g, 'figures'];
          if (group.status === 'shown' && (!group.figures || group.figures.n < doc.minGroupSize)) {
            ctx.addIssue({ code: 'custom', path, message: 'A shown group needs figures of at least the minimum group.', params: { code: 'group_below_minimum', group: group.id } });
          } else if (group.status !== 'shown' && group.figures) {
            ctx.addIssue({ code: 'custom', path, message: 'A hidden group carries no figures.', params: { code: 'hidden_group_figures', group: group.id } });
          }
        }),
      );
    }),
  );
export type WorkabilityAggregate = z.infer<typeof aggregateSchema>;
export type AggregateThresholds = WorkabilityAggregate['thresholds'] & WorkabilityThresholds;

/** Upgrades older aggregate documents; version 1 is the first. */
export const migrateWorkabilityAggregate = createMigrator(AGGREGATE_SCHEMA_VERSION);

/** Validates a released aggregate (object or JSON text): refuses newer versions and anything that is not one. */
export function parseWorkabilityAggregate(input: unknown): Parsed<WorkabilityAggregate> {
  return parseVersionedDocument(input, migrateWorkabilityAggregate, aggregateSchema);
}
