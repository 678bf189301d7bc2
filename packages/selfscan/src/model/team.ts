import { z } from 'zod/mini';
import {
  createMigrator,
  errorDetailSchema,
  groupAggregateSchema,
  groupReleaseShape,
  isoDaySchema,
  keySchema,
  parseVersionedDocument,
  releasedGroupsCheck,
  waveAggregateSchema,
  type Parsed,
} from '@goesting/core/model';
import { CELLS, type CellId } from './instrument.js';
import { PILLARS, type PillarId } from './instrument-types.js';
import { cellIdSchema, pillarSchema } from './schema.js';

/**
 * The team mirror's documents: the record a portal stores of one professional's self-scan (made on
 * the server by `ingestSelfscan`, never by the browser) and the aggregate it releases for a team,
 * which `<goesting-selfscan-team>` renders. The aggregate holds figures per group only.
 */

/** Version of team records and team aggregates written by this code. */
export const TEAM_SCHEMA_VERSION = 1;
export const TEAM_WIDGET = 'selfscan-team';

/**
 * The bands a person's cell score falls in, on the scale of the statements (1 never … 5 always):
 * `low` below 2.5 (never or seldom), `middle` from 2.5 to below 3.5 (sometimes), `high` from 3.5
 * (often or always). The spread of a cell counts people per band.
 */
export const BANDS = ['low', 'middle', 'high'] as const;
export type Band = (typeof BANDS)[number];
export const bandOf = (score: number): Band => (score < 2.5 ? 'low' : score < 3.5 ? 'middle' : 'high');

/** Why the server did not count a stored self-scan record in a release. */
export const TEAM_REJECT_REASONS = ['invalid_type', 'invalid_key', 'unknown_wave', 'unknown_cell', 'out_of_range'] as const;
export type TeamRejectReason = (typeof TEAM_REJECT_REASONS)[number];

const cellScore = z.number().check(z.gte(1), z.lte(5));
const energyScore = z.int().check(z.gte(1), z.lte(5));
const whole = z.int().check(z.gte(0));

/**
 * What a portal stores of one completed self-scan: per cell the score worked out again on the
 * server (`null` where too few statements were answered), the energy per pillar, the cells the
 * person wants to talk about, and the team, wave and day. No answers per statement, no free text,
 * no time of day, nothing about the person.
 */
export const teamRecordSchema = z.object({
  team: z.optional(keySchema),
  wave: z.optional(keySchema),
  day: isoDaySchema,
  cells: z.object(Object.fromEntries(CELLS.map((c) => [c, z.nullable(cellScore)])) as Record<CellId, z.ZodMiniNullable<typeof cellScore>>),
  energy: z.partialRecord(pillarSchema, energyScore),
  /** Cells with at least one statement marked "I want to talk about this". */
  talk: z.array(cellIdSchema).check(z.maxLength(CELLS.length)),
});
export type TeamRecord = z.infer<typeof teamRecordSchema>;

const mean = z.nullable(z.number().check(z.gte(1), z.lte(5)));

/** One cell of a shown group: the spread over the bands, the mean, and how many want to talk about it. */
export const teamCellSchema = z.object({
  /** How many people have a score for this cell (the others answered too few of its statements). */
  answered: whole,
  /** How many of them fall in each band; together `answered`. */
  bands: z.object({ low: whole, middle: whole, high: whole }),
  /** Mean of the people's cell scores (two decimals); `null` when nobody has one. */
  mean,
  /** How many marked a statement of this cell as something to talk about. */
  talk: whole,
});
export type TeamCell = z.infer<typeof teamCellSchema>;

/** Per pillar: strength (mean of the people's pillar scores) beside energy (*goesting*, 1–5). */
export const teamPillarSchema = z.object({ strength: mean, energy: mean, energyAnswered: whole });
export type TeamPillar = z.infer<typeof teamPillarSchema>;

/** The figures of a group that may be shown: only ever present for status `shown`. */
export const teamFiguresSchema = z.object({
  n: z.int().check(z.gte(1)),
  cells: z.object(Object.fromEntries(CELLS.map((c) => [c, teamCellSchema])) as Record<CellId, typeof teamCellSchema>),
  pillars: z.object(Object.fromEntries(PILLARS.map((p) => [p, teamPillarSchema])) as Record<PillarId, typeof teamPillarSchema>),
  /** The cells with the highest team mean, at most three; the growth points the lowest, lowest first. */
  strengths: z.array(cellIdSchema).check(z.maxLength(3)),
  growthPoints: z.array(cellIdSchema).check(z.maxLength(3)),
});
export type TeamFigures = z.infer<typeof teamFiguresSchema>;

export const teamGroupSchema = groupAggregateSchema(teamFiguresSchema);
export type TeamGroup = z.infer<typeof teamGroupSchema>;
export const teamWaveSchema = waveAggregateSchema(teamFiguresSchema);
export type TeamWave = z.infer<typeof teamWaveSchema>;

/**
 * What the portal releases to a team coach and `<goesting-selfscan-team>` renders and exports:
 * figures per wave and group, never a person's record. Written by `releaseSelfscanTeam` on the server.
 */
export const teamAggregateSchema = z
  .object({
    schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
    ...groupReleaseShape(teamFiguresSchema, z.enum(TEAM_REJECT_REASONS)),
  })
  .check(releasedGroupsCheck);
export type TeamAggregate = z.infer<typeof teamAggregateSchema>;

export const teamErrorEventSchema = errorDetailSchema(TEAM_WIDGET);

/** Upgrades older aggregate documents; version 1 is the first. */
export const migrateTeamAggregate = createMigrator(TEAM_SCHEMA_VERSION);

/** Validates a released team aggregate (object or JSON text): refuses newer versions and anything that is not one. */
export function parseTeamAggregate(input: unknown): Parsed<TeamAggregate> {
  return parseVersionedDocument(input, migrateTeamAggregate, teamAggregateSchema);
}
