import { keyedRecord } from './parse.js';
import type { ReflectionValue } from './schema.js';
import { TEMPLATE_STEPS, type TemplateId } from './templates.js';

export interface TemplateSwitch {
  /** The card on the new template, with every text that fits moved to its step. */
  next: ReflectionValue;
  /** Step ids of the old template whose text has no place in the new one (dropped if confirmed). */
  dropped: string[];
}

/**
 * Moves a card to another template. A step's text goes to the new template's step with the same
 * meaning (see `TEMPLATE_STEPS`); the action, "what I take with me", feelings, tag and decisions
 * about earlier actions stay as they are. Peers' views and the group's name fit only the
 * intervision: leaving it drops them (`dropped` lists `views` and `group`); round times are kept.
 */
export function switchTemplate(value: ReflectionValue, template: TemplateId): TemplateSwitch {
  const target = new Map(TEMPLATE_STEPS[template].map((s) => [s.meaning, s.id]));
  const steps = keyedRecord<string>();
  const dropped: string[] = [];
  for (const step of TEMPLATE_STEPS[value.template]) {
    const text = value.steps[step.id];
    if (text === undefined || text === '') continue;
    const to = target.get(step.meaning);
    if (to) steps[to] = text;
    else dropped.push(step.id);
  }
  const next: ReflectionValue = { ...value, template, steps };
  if (template !== 'intervision') {
    // Peers' views and the group's name only have a place in the intervision.
    if (value.views.some((view) => view.text || view.name)) dropped.push('views');
    if (value.group) dropped.push('group');
    next.views = [];
    delete next.group;
  }
  return { next, dropped };
}
