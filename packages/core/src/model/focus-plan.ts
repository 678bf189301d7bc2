import { z } from 'zod/mini';
import { ORGANISATION, keySchema } from './groups.js';
import { isoDaySchema } from './text.js';
import { reservedIdIssue } from './json.js';
import { createMigrator, parseVersionedDocument, type Parsed } from './migrate.js';
import { changeDetailSchema } from './events.js';
import type { ValidationIssue } from './issues.js';

// The CSV and Markdown files of a plan: a module of their own, so a widget's first load leaves them
// to the view that offers the downloads.
export * from './focus-plan-files.js';

/**
 * The focus plan: how a team goes from the results of a group report to action. The team picks
 * up to three focus points, writes actions for each with the role that takes it up (never a
 * person's name or score), a date and a moment to look back; the next wave's plan carries the
 * points along, so the report can show each one beside the change since. Every group report
 * (the workability report, the team mirror of the self-scan) keeps its plan in this one document.
 */

/** Version of focus plan documents written by this code. */
export const FOCUS_PLAN_SCHEMA_VERSION = 1;
/** A team picks at most this many focus points: a few things done, not a long list left. */
export const MAX_FOCUS_POINTS = 3;
/** At most this many actions per focus point. */
export const MAX_FOCUS_ACTIONS = 8;
/** Longest text of an action: what the team does. */
export const MAX_FOCUS_WHAT = 300;
/** Longest owner: a role such as "teamcoach", never a list of names. */
export const MAX_FOCUS_OWNER = 80;
/** Longest "why" of a focus point. */
export const MAX_FOCUS_WHY = 500;

/** How an action stands when the team looks back: still open, done, partly done, or no longer done. */
export const FOCUS_ACTION_STATUSES = ['open', 'done', 'partly', 'dropped'] as const;
export type FocusActionStatus = (typeof FOCUS_ACTION_STATUSES)[number];

/** What `schema` checks, and that the text is never the name of a member every plain object inherits. */
const unreserved = <S extends z.ZodMiniString>(schema: S) =>
  schema.check(
    z.superRefine((value: string, ctx) => {
      const issue = reservedIdIssue(value, '');
      if (issue) ctx.addIssue({ code: 'custom', input: value, message: issue.message, params: { code: issue.code, id: value } });
    }),
  );

/** A key chosen by the report or the host (letters, digits, `_ . : -`), never a built-in member's name. */
const focusKeySchema = unreserved(keySchema);

/** The group a focus point is for: a team's key, or the whole organisation. */
export const focusGroupSchema = z.union([focusKeySchema, z.literal(ORGANISATION)]);

/** Text the team wrote: at most `max` characters, and with `required`, more than spaces. */
const teamText = (max: number, required: boolean) =>
  required
    ? z.string().check(
        z.minLength(1),
        z.maxLength(max),
        z.refine((text) => text.trim() !== '', { message: 'Write more than spaces.', params: { code: 'blank_text' } }),
      )
    : z.string().check(z.maxLength(max));

/** One action of a focus point: what, the role that takes it up, by when, when the team looks back, and how it stands. */
export const focusActionSchema = z.object({
  id: focusKeySchema,
  what: teamText(MAX_FOCUS_WHAT, true),
  /** A role (teamcoach, het hele team, HR …), never a person's score; free text. */
  owner: teamText(MAX_FOCUS_OWNER, true),
  due: z.optional(isoDaySchema),
  checkBack: z.optional(isoDaySchema),
  status: z.optional(z.enum(FOCUS_ACTION_STATUSES)),
});
export type FocusAction = z.infer<typeof focusActionSchema>;

/**
 * One focus point: the group it is for, what of the report it is about (`target`: the report's
 * own id, such as the self-scan cell `hope.other` or the workability topic `workload`), why the
 * team chose it, and its actions.
 */
export const focusPointSchema = z.object({
  group: focusGroupSchema,
  target: focusKeySchema,
  why: z.optional(teamText(MAX_FOCUS_WHY, false)),
  actions: z.array(focusActionSchema).check(z.maxLength(MAX_FOCUS_ACTIONS)),
});
export type FocusPoint = z.infer<typeof focusPointSchema>;

/** The wave a plan was chosen in: `''` for results without a wave, else the wave's key. */
const focusWaveSchema = z.union([z.literal(''), focusKeySchema]);

interface PlanIssue {
  path: PropertyKey[];
  message: string;
  params: Record<string, string>;
}

/** Points chosen twice (the same group and target), and action ids used twice in one point. */
function repeatedPoints(points: readonly FocusPoint[], path: readonly PropertyKey[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const seen = new Set<string>();
  points.forEach((point, i) => {
    const key = `${point.group} ${point.target}`;
    if (seen.has(key)) {
      issues.push({ path: [...path, i, 'target'], message: `The focus point "${point.target}" of "${point.group}" is there twice.`, params: { code: 'duplicate_point', target: point.target, group: point.group } });
    }
    seen.add(key);
    const ids = new Set<string>();
    point.actions.forEach((action, j) => {
      if (ids.has(action.id)) issues.push({ path: [...path, i, 'actions', j, 'id'], message: `Duplicate id "${action.id}".`, params: { code: 'duplicate_id', id: action.id } });
      ids.add(action.id);
    });
  });
  return issues;
}

/** Points of a plan for one group that are for another. */
function otherGroups(points: readonly FocusPoint[], path: readonly PropertyKey[], group: string): PlanIssue[] {
  return points.flatMap((point, i) =>
    point.group === group ? [] : [{ path: [...path, i, 'group'], message: `This point is for "${point.group}", the plan for "${group}".`, params: { code: 'other_group', found: point.group, expected: group } }],
  );
}

const focusPointsSchema = z.array(focusPointSchema).check(z.maxLength(MAX_FOCUS_POINTS));

/**
 * The focus plan document: which report made it (`report`, the widget's name such as
 * `workability-report` or `selfscan-team`), the group it is for when it is for one, the wave whose
 * results the points were chosen from, at most {@link MAX_FOCUS_POINTS} points, and the points of
 * the wave before (`previous`), carried along with the statuses of their actions.
 */
export const focusPlanSchema = z
  .object({
    schemaVersion: z.literal(FOCUS_PLAN_SCHEMA_VERSION),
    report: focusKeySchema,
    /** The group the plan is for; when set, every point is for it. */
    group: z.optional(focusGroupSchema),
    wave: focusWaveSchema,
    points: focusPointsSchema,
    previous: z.optional(z.object({ wave: focusWaveSchema, points: focusPointsSchema })),
  })
  .check(
    z.superRefine((plan, ctx) => {
      const issues = [...repeatedPoints(plan.points, ['points']), ...(plan.previous ? repeatedPoints(plan.previous.points, ['previous', 'points']) : [])];
      if (plan.group !== undefined) {
        issues.push(...otherGroups(plan.points, ['points'], plan.group));
        if (plan.previous) issues.push(...otherGroups(plan.previous.points, ['previous', 'points'], plan.group));
      }
      for (const issue of issues) ctx.addIssue({ code: 'custom', input: plan, ...issue });
    }),
  );
export type FocusPlan = z.infer<typeof focusPlanSchema>;

/** Schema of a report's `goesting-change` detail after an edit of its focus plan: `{ widget, schemaVersion, value: plan }`. */
export const focusPlanChangeDetailSchema = <W extends string>(widget: W) => changeDetailSchema(widget, focusPlanSchema);

/** Upgrades older focus plans; version 1 is the first, so there is nothing to upgrade yet. */
export const migrateFocusPlan = createMigrator(FOCUS_PLAN_SCHEMA_VERSION);

/** What a report expects of a plan it is given, beyond the schema. */
export interface FocusPlanExpectation {
  /** The report's widget name: a plan another report made is refused (`other_report`). */
  report?: string;
  /** The group the report shows the plan for: a point for another group is refused (`other_group`). */
  group?: string;
  /** The targets the report knows: a point on another one is refused (`unknown_target`). */
  targets?: readonly string[];
}

/** The issues of `plan` against what a report expects. */
function unexpected(plan: FocusPlan, expected: FocusPlanExpectation): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (expected.report !== undefined && plan.report !== expected.report) {
    issues.push({ path: 'report', code: 'other_report', message: `Made by "${plan.report}", not by "${expected.report}".`, params: { found: plan.report, expected: expected.report } });
  }
  const lists = [['points', plan.points] as const, ...(plan.previous ? [['previous.points', plan.previous.points] as const] : [])];
  const groupSet = expected.group !== undefined && plan.group !== undefined;
  if (groupSet && plan.group !== expected.group) {
    issues.push({ path: 'group', code: 'other_group', message: `A plan for "${plan.group}", not for "${expected.group}".`, params: { found: plan.group!, expected: expected.group! } });
  }
  for (const [list, points] of lists) {
    points.forEach((point, i) => {
      if (expected.group !== undefined && !groupSet && point.group !== expected.group) {
        issues.push({ path: `${list}[${i}].group`, code: 'other_group', message: `A point for "${point.group}", not for "${expected.group}".`, params: { found: point.group, expected: expected.group } });
      }
      if (expected.targets && !expected.targets.includes(point.target)) {
        issues.push({ path: `${list}[${i}].target`, code: 'unknown_target', message: `"${point.target}" is nothing this report shows.`, params: { target: point.target } });
      }
    });
  }
  return issues;
}

/**
 * Reads a focus plan (object or JSON text): upgrades older versions, refuses newer ones
 * (`unsupported-version`), and refuses with `invalid-value` what the schema refuses (more than
 * three points, a point chosen twice, texts that are too long or only spaces, days that do not
 * exist, built-in member names as keys, `__proto__` keys) and, with `expected`, a plan of another
 * report, for another group or on targets the report does not know. Never throws.
 */
export function parseFocusPlan(input: unknown, expected: FocusPlanExpectation = {}): Parsed<FocusPlan> {
  const result = parseVersionedDocument(input, migrateFocusPlan, focusPlanSchema);
  if (!result.ok) return result;
  const issues = unexpected(result.data, expected);
  return issues.length ? { ok: false, code: 'invalid-value', issues } : result;
}

/** A plan with no points yet, made by `report` for `group`, chosen from the results of `wave`. */
export function emptyFocusPlan(report: string, group: string, wave: string): FocusPlan {
  return { schemaVersion: FOCUS_PLAN_SCHEMA_VERSION, report, group, wave, points: [] };
}

/**
 * The plan for the next wave `toWave`: no points chosen yet, and the points of `plan` as
 * `previous`, each action with its status kept (an action without one is still `open`). The
 * points of the plan before `plan` are not carried further: the report sets each point beside
 * one earlier wave.
 */
export function carryFocusPlan(plan: FocusPlan, toWave: string): FocusPlan {
  const points = plan.points.map((point) => ({ ...point, actions: point.actions.map((action) => ({ ...action, status: action.status ?? 'open' })) }));
  return {
    schemaVersion: FOCUS_PLAN_SCHEMA_VERSION,
    report: plan.report,
    ...(plan.group === undefined ? {} : { group: plan.group }),
    wave: toWave,
    points: [],
    previous: { wave: plan.wave, points },
  };
}

/**
 * How much a figure changed since an earlier wave: `now − then`, rounded to two decimals, or
 * `null` when either figure is missing (a hidden group, a wave without results). A missing figure
 * never counts as 0.
 */
export function focusChange(then: number | null | undefined, now: number | null | undefined): number | null {
  if (typeof then !== 'number' || typeof now !== 'number' || !Number.isFinite(then) || !Number.isFinite(now)) return null;
  return Math.round((now - then) * 100) / 100;
}
