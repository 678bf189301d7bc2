/* The focus plan as files to keep or share: CSV for a spreadsheet, Markdown for any text viewer. */
import { csvRows } from './csv.js';
import { escapeMarkdown } from './markdown.js';
import type { FocusAction, FocusActionStatus, FocusPlan, FocusPoint } from './focus-plan.js';

/** The columns of {@link focusPlanToCsv}, in order; the Markdown file names its fields with the same labels. */
export const FOCUS_PLAN_COLUMNS = ['wave', 'group', 'point', 'why', 'what', 'owner', 'due', 'checkBack', 'status'] as const;
export type FocusPlanColumn = (typeof FOCUS_PLAN_COLUMNS)[number];

/** The words the exports are written in: the widget passes them in its language. Plain text: the writers escape them. */
export interface FocusPlanLabels {
  /** The title of the Markdown file, such as "Focusplan". */
  title: string;
  /** Column names of the CSV file; field names of the Markdown file. */
  columns: Readonly<Record<FocusPlanColumn, string>>;
  /** The heading of the previous wave's points in the Markdown file, such as "Vorige meting". */
  previous: string;
  /** A target by its id, such as "Werkdruk" for `workload`. */
  target(id: string): string;
  /** A group by its id. */
  group(id: string): string;
  /** A wave by its key (`''` for results without a wave). */
  wave(id: string): string;
  status(status: FocusActionStatus): string;
  /** A day (`YYYY-MM-DD`) in words, for the Markdown file; without it, days are written as stored. */
  date?(day: string): string;
  /** What stands for an empty part, such as "—". */
  none: string;
}

/** The points of the plan and of the wave before, each with its wave. */
const allPoints = (plan: FocusPlan) => [
  ...plan.points.map((point) => ({ wave: plan.wave, point })),
  ...(plan.previous?.points ?? []).map((point) => ({ wave: plan.previous!.wave, point })),
];

/**
 * The plan as CSV (comma-separated, CRLF, a header of the labels' column names): a row per action,
 * and a row for a point that has none yet; the previous wave's points after the plan's own. Days
 * as `YYYY-MM-DD`. No cell ever runs as a formula in a spreadsheet.
 */
export function focusPlanToCsv(plan: FocusPlan, labels: FocusPlanLabels): string {
  const rows = allPoints(plan).flatMap(({ wave, point }) => {
    const first = [labels.wave(wave), labels.group(point.group), labels.target(point.target), point.why ?? ''];
    if (!point.actions.length) return [[...first, '', '', '', '', '']];
    return point.actions.map((action) => [...first, action.what, action.owner, action.due ?? '', action.checkBack ?? '', action.status ? labels.status(action.status) : '']);
  });
  return csvRows(
    FOCUS_PLAN_COLUMNS.map((column) => labels.columns[column]),
    rows,
  );
}

/** A label or other text on one line, escaped. */
const oneLine = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim());
/** Every line after the first indented by `by`, so a list item's text stays in the item. */
const indent = (text: string, by: string): string => text.split('\n').join(`\n${by}`);

/**
 * The plan as a Markdown file, to keep or share: a heading per focus point with why it was
 * chosen, its actions as a list with the role, the dates and the status, then the previous wave's
 * points. Every text of the team is escaped, so markup in it stays text in any viewer, also one
 * that renders HTML.
 */
export function focusPlanToMarkdown(plan: FocusPlan, labels: FocusPlanLabels): string {
  const none = labels.none.trim() ? `_${oneLine(labels.none)}_` : '';
  const day = (iso: string) => oneLine(labels.date?.(iso) ?? iso);
  const field = (column: FocusPlanColumn, value: string) => `  - ${oneLine(labels.columns[column])}: ${value}`;
  const action = (a: FocusAction) =>
    [
      `- ${indent(escapeMarkdown(a.what), '  ')}`,
      field('owner', oneLine(a.owner)),
      ...(a.due ? [field('due', day(a.due))] : []),
      ...(a.checkBack ? [field('checkBack', day(a.checkBack))] : []),
      ...(a.status ? [field('status', oneLine(labels.status(a.status)))] : []),
    ].join('\n');
  const point = (p: FocusPoint, heading: string) => {
    const why = p.why?.trim() ? `${oneLine(labels.columns.why)}: ${escapeMarkdown(p.why)}\n\n` : '';
    return `${heading} ${oneLine(labels.target(p.target))}\n\n${why}${p.actions.length ? p.actions.map(action).join('\n') : none}\n`;
  };
  const groups = [...new Set(allPoints(plan).map(({ point }) => point.group))];
  const group = plan.group ?? (groups.length === 1 ? groups[0] : undefined);
  const title = [labels.title, ...(group === undefined ? [] : [labels.group(group)]), labels.wave(plan.wave)].map(oneLine).join(' · ');
  const parts = [`# ${title}\n`, ...(plan.points.length ? plan.points.map((p) => point(p, '##')) : [`${none}\n`])];
  if (plan.previous?.points.length) {
    parts.push(`## ${oneLine(labels.previous)} · ${oneLine(labels.wave(plan.previous.wave))}\n`, ...plan.previous.points.map((p) => point(p, '###')));
  }
  return parts.join('\n');
}
