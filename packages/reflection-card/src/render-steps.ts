import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CardView } from './card-view.js';
import { MAX_ACTION_TEXT, MAX_STEP_TEXT, type ReflectionValue } from './model/schema.js';
import { FEELINGS, TEMPLATE_STEPS } from './model/templates.js';
import { withDue, withFeeling, withStepText } from './model/edits.js';

/** The template's steps and the closing step; one at a time with a list to jump, or all on one card. */
export function renderSteps(v: CardView): TemplateResult {
  const steps = TEMPLATE_STEPS[v.value.template];
  const total = steps.length + 1;
  const oneByOne = v.layout === 'steps';
  return html`${oneByOne ? renderStepList(v, total) : nothing}
    ${steps.map((step, i) => renderStep(v, step.id, i, total, oneByOne && v.step !== i))}
    ${renderClosing(v, steps.length, total, oneByOne && v.step !== steps.length)}`;
}

/** The list of steps to jump to, when the card shows one step at a time. */
function renderStepList(v: CardView, total: number): TemplateResult {
  const l = v.l;
  const template = v.value.template;
  // The list shows its numbers itself, so intervision rounds show their name only; the number is in each button's name.
  const names = [...TEMPLATE_STEPS[template].map((s) => l.t(`step.${template}.${s.id}` as 'title')), l.t('takeaway')];
  return html`<nav class="step-list no-print" aria-label=${l.t('stepOf', { step: v.step + 1, total })}>
    <ol>
      ${names.map(
        (name, i) => html`<li>
          <button type="button" class="link" aria-label=${l.t('stepName', { step: i + 1, name })} aria-current=${i === v.step ? 'step' : 'false'} @click=${() => v.goTo(i)}>${name}</button>
        </li>`,
      )}
    </ol>
  </nav>`;
}

/** A step's title; an intervision round also says its number. */
function stepTitle(v: CardView, id: string): string {
  const template = v.value.template;
  const title = v.l.t(`step.${template}.${id}` as 'title');
  if (template !== 'intervision') return title;
  const round = TEMPLATE_STEPS.intervision.findIndex((s) => s.id === id) + 1;
  return v.l.t('roundName', { round, name: title });
}

/** One step of the template: its text, and in an intervision the group's name, the peers' views and the round timer. */
function renderStep(v: CardView, id: string, index: number, total: number, hidden: boolean): TemplateResult {
  const l = v.l;
  const template = v.value.template;
  const panels = template === 'intervision' ? v.panels : undefined;
  return html`<section class="step" part="step" aria-labelledby="step-${index}-title" ?hidden=${hidden}>
    <p class="progress">${l.t('stepOf', { step: index + 1, total })}</p>
    <h3 id="step-${index}-title" tabindex="-1">${stepTitle(v, id)}</h3>
    ${panels && index === 0 ? panels.renderGroup(v) : nothing}
    ${id === 'views' && template === 'intervision'
      ? html`<p class="hint">${l.t(`help.intervision.views`)}</p>${panels?.renderViews(v) ?? nothing}`
      : renderTextField(v, `step:${id}`, `text-${id}`, `step-${index}-title`, l.t(`help.${template}.${id}` as 'title'), v.value.steps[id] ?? '', MAX_STEP_TEXT, (doc, text) =>
          withStepText(doc, id, text),
        )}
    ${panels ? panels.renderTimer(v, id) : nothing} ${hidden ? nothing : renderNav(v, index, total)}
  </section>`;
}

/** Previous and next, when the card shows one step at a time. */
function renderNav(v: CardView, index: number, total: number): TemplateResult | typeof nothing {
  if (v.layout !== 'steps') return nothing;
  const l = v.l;
  return html`<div class="nav no-print">
    ${index > 0 ? html`<button type="button" @click=${() => v.goTo(index - 1)}>${l.t('previous')}</button>` : nothing}
    ${index < total - 1 ? html`<button type="button" class="primary" @click=${() => v.goTo(index + 1)}>${l.t('next')}</button>` : nothing}
  </div>`;
}

/** A labelled text area with help, a character counter and, when too long, a message that keeps the text. */
export function renderTextField(
  v: CardView,
  key: string,
  id: string,
  labelledBy: string | undefined,
  help: string,
  stored: string,
  max: number,
  apply: (doc: ReflectionValue, text: string) => ReflectionValue,
  label?: string,
  rows = 4,
): TemplateResult {
  const l = v.l;
  const text = v.overflow.get(key) ?? stored;
  const tooLong = text.length > max;
  return html`<div class="field">
    ${label ? html`<label for=${id}>${label}</label>` : nothing}
    ${help ? html`<p class="hint" id="${id}-help">${help}</p>` : nothing}
    <textarea
      id=${id}
      rows=${rows}
      aria-labelledby=${labelledBy ?? nothing}
      aria-describedby="${help ? `${id}-help ` : ''}${id}-count"
      aria-invalid=${tooLong ? 'true' : 'false'}
      .value=${live(text)}
      ?disabled=${v.disabled}
      @input=${(e: Event) => v.editText(key, (e.target as HTMLTextAreaElement).value, max, apply)}
    ></textarea>
    <div class="print-only print-text">${stored || l.t('empty')}</div>
    <span class="counter ${tooLong ? 'too-long' : ''}" id="${id}-count">${tooLong ? l.t('tooLong', { count: text.length, max }) : l.t('characters', { count: text.length, max })}</span>
  </div>`;
}

/** The last step of every template: feelings, what I take with me, the action and the open actions of earlier cards. */
function renderClosing(v: CardView, index: number, total: number, hidden: boolean): TemplateResult {
  const l = v.l;
  const value = v.value;
  return html`<section class="step closing" part="step" aria-labelledby="step-${index}-title" ?hidden=${hidden} data-step="closing">
    <p class="progress">${l.t('stepOf', { step: index + 1, total })}</p>
    <h3 id="step-${index}-title" tabindex="-1">${l.t('takeaway')}</h3>
    <fieldset class="feelings" ?disabled=${v.disabled}>
      <legend>${l.t('feelingsLabel')}</legend>
      <div class="chips">
        ${FEELINGS.map((feeling) => {
          const on = value.feelings.includes(feeling);
          return html`<button type="button" class="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => v.edit((doc) => withFeeling(doc, feeling, !on))}>
            <span aria-hidden="true">${on ? '✓ ' : ''}</span>${l.t(`feeling.${feeling}`)}</button>`;
        })}
      </div>
      <p class="print-only">${value.feelings.map((f) => l.t(`feeling.${f}`)).join(', ') || l.t('empty')}</p>
    </fieldset>
    ${renderTextField(v, 'takeaway', 'takeaway', `step-${index}-title`, l.t('takeawayHelp'), value.takeaway, MAX_STEP_TEXT, (doc, takeaway) => ({ ...doc, takeaway }), undefined, 3)}
    <div class="action-box">
      ${renderTextField(v, 'action', 'action', undefined, l.t('actionHelp'), value.action.text, MAX_ACTION_TEXT, (doc, text) => ({ ...doc, action: { ...doc.action, text } }), l.t('action'), 2)}
      <div class="field">
        <label for="due">${l.t('due')}</label>
        <input id="due" type="date" .value=${live(value.action.due ?? '')} ?disabled=${v.disabled}
          @change=${(e: Event) => v.edit((doc) => withDue(doc, (e.target as HTMLInputElement).value))} />
        <p class="print-only">${value.action.due ? l.t('dueOn', { date: l.date(value.action.due) }) : l.t('empty')}</p>
      </div>
    </div>
    ${v.panels?.renderOpenActions(v) ?? nothing} ${hidden ? nothing : renderNav(v, index, total)}
  </section>`;
}
