import type { LocalizeController } from '@goesting/core';
import type { PlanMessages } from './messages.js';
import { planToMarkdown } from './model/markdown.js';
import { planToICalendar } from './model/ical.js';
import { doerLabel } from './model/people.js';
import type { PlanValue } from './model/schema.js';

/**
 * The plan's Markdown and iCalendar files in the widget's language. A module of its own, loaded
 * with the writers when the user first downloads one.
 */
export function planMarkdown(l: LocalizeController<PlanMessages>, value: PlanValue, forPerson?: string): string {
  return planToMarkdown(
    value,
    {
      title: l.t('title'),
      question: l.t('question'),
      goals: l.t('goals'),
      strengthsOwn: l.t('strengthsOwn'),
      strengthsAround: l.t('strengthsAround'),
      worries: l.t('worriesTitle'),
      actions: l.t('actionsTitle'),
      who: l.t('who'),
      by: l.t('by'),
      needs: l.t('needs'),
      backup: l.t('backupTitle'),
      conditions: l.t('conditionsTitle'),
      conditionsBy: l.t('conditionsBy'),
      answer: l.t('answer'),
      reviewDate: l.t('reviewDate'),
      review: l.t('status'),
      status: (status) => l.t(`status.${status}`),
      client: l.t('me'),
      copyFor: (name, client) => (client ? l.t('ownCopy') : l.t('copyHeading', { name })),
      date: (day) => l.date(day),
      none: l.t('empty'),
    },
    forPerson ? { for: forPerson } : undefined,
  );
}

export function planCalendar(l: LocalizeController<PlanMessages>, value: PlanValue): string {
  return planToICalendar(
    value,
    { calendar: l.t('calendarName'), review: l.t('calendarReview'), action: (what, who) => l.t('calendarAction', { what, who }) },
    { now: new Date(), doerLabel: (id) => doerLabel(value, id, l.t('me')) },
  );
}
