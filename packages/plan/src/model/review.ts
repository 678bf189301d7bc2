import { isCalendarDay } from '@goesting/core/model';
import { REVIEW_STATUSES, type PlanAction, type PlanValue, type ReviewStatus } from './schema.js';

/** Days from making the plan to looking at it again: four weeks. */
export const DEFAULT_REVIEW_DAYS = 28;

/** The calendar day `days` after `day` (both `YYYY-MM-DD`; `days` may be negative), or `undefined` when `day` is not a calendar day or `days` not a whole number. */
export function addDays(day: string, days: number): string | undefined {
  if (!isCalendarDay(day) || !Number.isInteger(days)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  if (Number.isNaN(moved.getTime())) return undefined;
  const text = `${String(moved.getUTCFullYear()).padStart(4, '0')}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`;
  return isCalendarDay(text) ? text : undefined;
}

/** The default review date for a plan made on `day`: `days` later (four weeks unless told), or `undefined` for a day that is not a calendar day. */
export function defaultReviewDate(day: string, days: number = DEFAULT_REVIEW_DAYS): string | undefined {
  return addDays(day, days);
}

/** What changed between an earlier version of the plan and this one. */
export interface PlanDiff {
  /** Actions that were not in the earlier version. */
  added: PlanAction[];
  /** Actions done now that were not done before. */
  done: PlanAction[];
  /** Actions of the earlier version that are gone, and actions no longer needed now that were needed before. */
  dropped: PlanAction[];
  /** Actions whose date changed: from the earlier date to the new one (either may be unset). */
  moved: { action: PlanAction; from?: string; to?: string }[];
  /** The earlier version compared with. */
  previous?: PlanValue;
}

/**
 * Compares the plan with an earlier version, action by action (by id): new, done, dropped and
 * moved actions. Without an earlier version nothing is compared and every list is empty.
 */
export function comparePlans(previous: PlanValue | undefined, current: PlanValue): PlanDiff {
  if (!previous) return { added: [], done: [], dropped: [], moved: [] };
  const before = new Map(previous.actions.map((action) => [action.id, action]));
  const now = new Set(current.actions.map((action) => action.id));
  const diff: PlanDiff = { added: [], done: [], dropped: previous.actions.filter((action) => !now.has(action.id)), moved: [], previous };
  for (const action of current.actions) {
    const earlier = before.get(action.id);
    const status = action.review?.status;
    const was = earlier?.review?.status;
    if (!earlier) diff.added.push(action);
    if (status === 'done' && was !== 'done') diff.done.push(action);
    if (status === 'not-needed' && was !== 'not-needed') diff.dropped.push(action);
    if (earlier && earlier.by !== action.by) diff.moved.push({ action, ...(earlier.by ? { from: earlier.by } : {}), ...(action.by ? { to: action.by } : {}) });
  }
  return diff;
}

/** The latest of the earlier versions (the history is oldest first), or `undefined` when there are none. */
export function latestVersion(history: readonly PlanValue[]): PlanValue | undefined {
  return history[history.length - 1];
}

/** How many actions got each review status; every status is there, 0 when none. */
export function reviewCounts(plan: PlanValue): Record<ReviewStatus, number> {
  const counts = { done: 0, partly: 0, 'not-yet': 0, 'not-needed': 0 } satisfies Record<ReviewStatus, number>;
  for (const action of plan.actions) {
    const status = action.review?.status;
    if (status && (REVIEW_STATUSES as readonly string[]).includes(status)) counts[status]++;
  }
  return counts;
}
