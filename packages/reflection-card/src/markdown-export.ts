import type { LocalizeController } from '@goesting/core';
import type { ReflectionCardMessages } from './messages.js';
import { reflectionToMarkdown } from './model/markdown.js';
import type { ReflectionValue } from './model/schema.js';

/**
 * The Markdown file of `<goesting-reflection-card>` in the widget's language. A module of its own,
 * loaded with the Markdown writer when the user first downloads a card.
 */
export function cardToMarkdown(l: LocalizeController<ReflectionCardMessages>, value: ReflectionValue): string {
  const cell = value.cell && l.t('cellName', { pillar: l.t(`pillar.${value.cell.pillar}`), dimension: l.t(`dimension.${value.cell.dimension}`) });
  return reflectionToMarkdown(value, {
    title: l.t('title'),
    template: l.t(`template.${value.template}`),
    step: (id) => l.t(`step.${value.template}.${id}` as 'title'),
    cell: cell ? `${l.t('cellLabel')} ${cell}` : undefined,
    feelings: value.feelings.length ? `${l.t('feelingsLabel')} ${value.feelings.map((f) => l.t(`feeling.${f}`)).join(', ')}` : undefined,
    takeaway: l.t('takeaway'),
    action: l.t('action'),
    due: value.action.due ? `${l.t('due')} ${l.date(value.action.due)}` : undefined,
    view: (i, name) => name || l.t('participant', { number: i + 1 }),
    group: value.group ? `${l.t('groupLabel')}: ${value.group}` : undefined,
    date: value.date ? l.t('madeOn', { date: l.date(value.date) }) : undefined,
  });
}
