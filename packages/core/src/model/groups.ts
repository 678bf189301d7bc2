import { z } from 'zod/mini';

/**
 * What every group report shares: the keys of teams and waves, the hierarchy a portal passes, and
 * the shape of a released aggregate — waves of groups, each with a status and, only when shown,
 * the report's own figures. The workability report and the team mirror build their aggregate
 * schemas from these, so both documents read alike and a back end checks them alike.
 */

/** A team, unit or wave key chosen by the host: short, no spaces, never free text. */
/** A team or wave key: letters, digits and `_ . : -`, at most 64. */
export const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
export const keySchema = z.string().check(z.regex(KEY_PATTERN));

/** The whole organisation: the root of every hierarchy. Not a valid team key, so it never clashes. */
export const ORGANISATION = '@organisation';

/** A team or unit of the host's hierarchy; `parent` left out or `null` (as a database row has it) sits directly under the organisation. */
export const teamSchema = z.object({ id: keySchema, label: z.optional(z.string().check(z.maxLength(120))), parent: z.optional(z.nullable(keySchema)) });
export const teamsSchema = z.array(teamSchema).check(z.maxLength(2000));
export type GroupTeam = z.infer<typeof teamSchema>;

/** The waves (measurements) in their order, with an optional label; `open: false` marks a closed wave. */
export const waveOptionSchema = z.object({ id: keySchema, label: z.optional(z.string().check(z.maxLength(120))), open: z.optional(z.boolean()) });
export const waveOptionsSchema = z.array(waveOptionSchema).check(z.maxLength(100));
export type GroupWave = z.infer<typeof waveOptionSchema>;

/**
 * Why a group shows no figures. `limited`: 3 up to the minimum, a qualitative entry only.
 * `too-few`: 1 or 2. `protected`: large enough, but hidden because showing it beside its parent
 * and siblings would reveal a smaller group by subtraction. `held`: large enough, but held back
 * because set beside an earlier release (`heldBy`) it would reveal too few people. `empty`: no answers.
 */
export const GROUP_STATUSES = ['shown', 'limited', 'too-few', 'protected', 'held', 'empty'] as const;

export const CONFIG_WARNINGS = ['min_group_raised', 'min_group_from_ledger', 'unknown_parent', 'duplicate_team', 'team_cycle'] as const;
export const configWarningSchema = z.object({ code: z.enum(CONFIG_WARNINGS), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type ConfigWarning = z.infer<typeof configWarningSchema>;

/** Why the server did not count a stored record, for every report; each report adds its own. */
export const COMMON_REJECT_REASONS = ['invalid_type', 'invalid_key', 'unknown_wave'] as const;

const groupId = z.union([keySchema, z.literal(ORGANISATION)]);
const label = z.string().check(z.maxLength(120));
const whole = z.int().check(z.gte(0));

/** A group of one wave, with the report's own figures present only for status `shown`. */
export const groupAggregateSchema = <F extends z.ZodMiniType<{ n: number }>>(figures: F) =>
  z.object({
    id: groupId,
    label: z.optional(label),
    /** `null` for the organisation. */
    parent: z.nullable(groupId),
    depth: z.int().check(z.gte(0), z.lte(64)),
    status: z.enum(GROUP_STATUSES),
    figures: z.optional(figures),
    /** For `protected`: the small groups this one protects (empty: answers without a team inside the parent). */
    protects: z.optional(z.array(groupId)),
    /** For `protected`: the shown group the subtraction would start from. */
    within: z.optional(groupId),
    /** For `held`: the earlier releases it was set against. */
    heldBy: z.optional(z.array(keySchema)),
  });

export const waveAggregateSchema = <F extends z.ZodMiniType<{ n: number }>>(figures: F) =>
  z.object({
    /** `''` for answers without a wave. */
    id: z.union([keySchema, z.literal('')]),
    label: z.optional(label),
    /** The organisation first, then its teams depth-first in the order given. */
    groups: z.array(groupAggregateSchema(figures)).check(z.minLength(1), z.maxLength(2001)),
  });

/**
 * The fields every released aggregate has, for a report's own `z.object({...})`: its release key,
 * the minimum in force, the waves with their groups, the waves still pending, what was not counted
 * (by the report's own reasons, `z.enum(REASONS)`) and the warnings about the portal's settings.
 */
export const groupReleaseShape = <F extends z.ZodMiniType<{ n: number }>, R extends z.ZodMiniEnum<any>>(figures: F, reasons: R) => ({
  /** The release's key in the portal's ledger. */
  release: keySchema,
  minGroupSize: z.int().check(z.gte(5)),
  waves: z.array(waveAggregateSchema(figures)).check(z.maxLength(100)),
  /** Waves still open, under a portal that releases closed waves only: named, no figures. */
  pending: z.array(z.object({ id: keySchema, label: z.optional(label) })).check(z.maxLength(100)),
  rejected: z.object({ count: whole, reasons: z.partialRecord(reasons, whole) }),
  warnings: z.array(configWarningSchema).check(z.maxLength(2100)),
});

interface ReleasedShape {
  minGroupSize: number;
  waves: { groups: { id: string; parent: string | null; status: string; figures?: { n: number } | undefined }[] }[];
}

/**
 * The check every aggregate schema ends with: a document that shows a group below its own minimum,
 * or hides figures in a hidden group, is not one a release wrote.
 */
export const releasedGroupsCheck = z.superRefine((doc: ReleasedShape, ctx) => {
  // A release writes each wave as a tree: the organisation first, then each group once, after its
  // parent. Views rely on it. (Waves may list different groups: a host may put waves of releases
  // under different hierarchies side by side.)
  doc.waves.forEach((wave, w) => {
    const seen = new Set<string>();
    const wrongTree = wave.groups.some((g, i) => (i === 0 ? g.id !== ORGANISATION || g.parent !== null : g.parent === null || !seen.has(g.parent) || seen.has(g.id)) || (seen.add(g.id), false));
    if (wrongTree) {
      ctx.addIssue({ code: 'custom', path: ['waves', w, 'groups'], message: 'A wave lists the organisation first and each group once, after its parent.', params: { code: 'group_tree' } });
    }
  });
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
});
