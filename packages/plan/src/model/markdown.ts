import { escapeMarkdown } from '@goesting/core/model';
import { copyFor, doerLabel, isClient } from './people.js';
import type { BackupStep, PlanAction, PlanValue, ReviewStatus } from './schema.js';

/** The words the Markdown file is written in; the widget passes them in its language. Plain text: the writer escapes them. */
export interface PlanMarkdownLabels {
  /** The file's title, such as "Mijn plan". */
  title: string;
  question: string;
  goals: string;
  strengthsOwn: string;
  strengthsAround: string;
  worries: string;
  actions: string;
  /** Before the doers of an action or backup step. */
  who: string;
  /** Before an action's date. */
  by: string;
  /** Before what an action needs. */
  needs: string;
  /** The heading of the backup agreement. */
  backup: string;
  /** The heading of the professional's conditions. */
  conditions: string;
  /** Before who wrote the conditions. */
  conditionsBy: string;
  /** The heading of the client's answer to the conditions. */
  answer: string;
  reviewDate: string;
  /** Before an action's review. */
  review: string;
  /** A review status in words. */
  status(status: ReviewStatus): string;
  /** How the client is named as doer, such as "ik". */
  client: string;
  /** The heading of a participant's own actions in their copy (`client` when it is the client's own); without it, their name. */
  copyFor?(label: string, client: boolean): string;
  /** What stands for an empty part, such as "—". */
  none: string;
  /** A day (`YYYY-MM-DD`) in words; without it, days are written as they are stored. */
  date?(day: string): string;
}

/** Options of {@link planToMarkdown}: `for`, the doer id whose copy it is. */
export interface PlanMarkdownOptions {
  for?: string;
}

/** A label or other text on one line, escaped. */
const oneLine = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** Every line after the first indented by `by`, so a list item's text stays in the item. */
const indent = (text: string, by: string): string => text.split('\n').join(`\n${by}`);

/**
 * The plan as a Markdown file in the user's language, to keep or share: every part under its own
 * heading, the actions with who, by when, what is needed and their review, the backup agreement,
 * the professional's conditions apart, and the review date. Every text of the user is escaped,
 * so markup in it stays text in any viewer. With `for` (a participant's doer id), it is that
 * participant's copy: their own actions and backup steps first, under their own heading.
 */
export function planToMarkdown(plan: PlanValue, labels: PlanMarkdownLabels, options: PlanMarkdownOptions = {}): string {
  const none = labels.none.trim() ? `_${oneLine(labels.none)}_` : '';
  const day = (iso: string) => oneLine(labels.date?.(iso) ?? iso);
  const text = (value: string) => (value.trim() ? escapeMarkdown(value) : none);
  const doers = (who: readonly string[]) => who.map((id) => oneLine(doerLabel(plan, id, labels.client))).join(', ');
  const line = (label: string, value: string) => `  - ${oneLine(label)}: ${indent(value, '    ')}`;
  const section = (heading: string, body: string, level = '##') => `${level} ${oneLine(heading)}\n\n${body || none}\n`;

  const step = (item: PlanAction | BackupStep) => {
    const lines = [`- ${indent(text(item.what), '  ')}`, line(labels.who, doers(item.who))];
    if ('by' in item && item.by) lines.push(line(labels.by, day(item.by)));
    if ('needs' in item && item.needs) lines.push(line(labels.needs, escapeMarkdown(item.needs)));
    if ('review' in item && item.review) {
      const note = item.review.note ? ` — ${indent(escapeMarkdown(item.review.note), '    ')}` : '';
      lines.push(`  - ${oneLine(labels.review)}: ${oneLine(labels.status(item.review.status))}${note}`);
    }
    return lines.join('\n');
  };
  const list = (items: readonly (PlanAction | BackupStep)[]) => items.map(step).join('\n');

  const who = options.for;
  const copy = who !== undefined && (isClient(who) || plan.people.some((p) => p.id === who)) ? copyFor(plan, who) : undefined;
  const own: string[] = [];
  if (copy) {
    const name = doerLabel(plan, who!, labels.client);
    const body = [list(copy.own), copy.ownBackup.length ? `### ${oneLine(labels.backup)}\n\n${list(copy.ownBackup)}` : ''].filter(Boolean).join('\n\n');
    own.push(section(labels.copyFor?.(name, isClient(who!)) ?? name, body));
  }

  const conditions = plan.conditions
    ? [
        section(
          labels.conditions,
          [plan.conditions.by ? `${oneLine(labels.conditionsBy)}: ${oneLine(plan.conditions.by)}` : '', text(plan.conditions.text)].filter(Boolean).join('\n\n'),
        ),
        section(labels.answer, text(plan.conditions.answer), '###'),
      ]
    : [];

  return [
    `# ${oneLine(labels.title)}\n`,
    section(labels.question, text(plan.question)),
    section(labels.goals, plan.goals.filter((goal) => goal.trim()).map((goal) => `- ${indent(escapeMarkdown(goal), '  ')}`).join('\n')),
    section(labels.strengthsOwn, text(plan.strengths.own)),
    section(labels.strengthsAround, text(plan.strengths.around)),
    section(labels.worries, text(plan.worries)),
    ...own,
    section(labels.actions, list(copy ? copy.others : plan.actions)),
    section(labels.backup, list(copy ? copy.otherBackup : plan.backup)),
    ...conditions,
    section(labels.reviewDate, plan.reviewDate ? day(plan.reviewDate) : ''),
  ].join('\n');
}
