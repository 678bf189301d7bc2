import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceScale, type Catalogues, type LocalizeController } from '@goesting/core';
import panelsNlBE, { type ReflectionPanelMessages } from './locales/panels-nl-BE.js';
import type { ReflectionCardMessages } from './messages.js';
import { ACTION_STATUSES, MAX_NAME, MAX_STEP_TEXT, MAX_VIEWS, type ActionStatus, type ReflectionValue } from './model/schema.js';
import { DEFAULT_ROUND_MINUTES } from './model/templates.js';
import { openActions } from './model/actions.js';
import { withReview } from './model/edits.js';
import { withGroup, withNewView, withRoundMinutes, withView, withoutView } from './model/intervision.js';
import { Countdown, formatClock, systemClock, type Clock } from './model/countdown.js';
import type { TemplateId } from './model/templates.js';
import type { TemplateSwitch } from './model/switch.js';

export { switchTemplate } from './model/switch.js';

/** The panels' texts: they come with the panels, and the card adds them to its own. */
export const messages: Catalogues<ReflectionPanelMessages> = {
  'nl-BE': panelsNlBE,
  'nl-NL': () => import('./locales/panels-nl-NL.js'),
  'fr-BE': () => import('./locales/panels-fr-BE.js'),
  en: () => import('./locales/panels-en.js'),
};

/**
 * The parts of `<goesting-reflection-card>` that not every card needs: the intervision's group
 * name, peers' views and round timer, the open actions of earlier cards, and switching template.
 * A module of its own, loaded when an intervision or a history is first shown or the user picks
 * another template, so a plain card downloads less.
 */
export interface PanelHost {
  l: LocalizeController<ReflectionCardMessages>;
  value: ReflectionValue;
  history: readonly ReflectionValue[];
  disabled: boolean;
  clock?: Clock;
  timers: Map<string, Countdown>;
  edit(update: (doc: ReflectionValue) => ReflectionValue): void;
  /** Forgets over-long texts held for fields whose key starts with `prefix`. */
  dropOverflow(prefix: string): void;
  textField(key: string, id: string, help: string, stored: string, max: number, apply: (doc: ReflectionValue, text: string) => ReflectionValue, label: string): TemplateResult;
  announce(text: string): void;
  requestUpdate(): void;
  /** Focuses the element matching `selector` after the next render. */
  focus(selector: string): void;
  /** The element in the widget that has the keyboard focus, if any. */
  focused(): Element | null;
}

/** A switch of template that waits for the user's answer, because text would be dropped. */
export interface PendingSwitch extends TemplateSwitch {
  template: TemplateId;
  from: TemplateId;
}

const minutesFor = (host: PanelHost, stepId: string) => host.value.rounds[stepId] ?? DEFAULT_ROUND_MINUTES[stepId] ?? 10;

/** The countdown of a round; a new one when the minutes changed while it was not running. */
function timerFor(host: PanelHost, stepId: string): Countdown {
  const ms = minutesFor(host, stepId) * 60_000;
  let timer = host.timers.get(stepId);
  if (!timer || (timer.state === 'idle' && timer.durationMs !== ms)) {
    timer?.halt();
    timer = new Countdown(ms, host.clock ?? systemClock, (countdown) => {
      if (countdown.state === 'done') {
        host.announce(host.l.t('timerDone'));
        // The start/pause button goes away at the end: whoever was on it lands on reset.
        if (host.focused()?.id === `timer-${stepId}-toggle`) host.focus(`#timer-${stepId}-reset`);
      }
      host.requestUpdate();
    });
    host.timers.set(stepId, timer);
  }
  return timer;
}

export function renderGroup(host: PanelHost): TemplateResult {
  const l = host.l;
  return html`<div class="field">
    <label for="group">${l.t('groupLabel')}</label>
    <input id="group" type="text" maxlength=${MAX_NAME} .value=${live(host.value.group ?? '')} ?disabled=${host.disabled}
      @input=${(e: Event) => host.edit((doc) => withGroup(doc, (e.target as HTMLInputElement).value))} />
    <p class="print-only">${host.value.group ?? ''}</p>
  </div>`;
}

export function renderViews(host: PanelHost): TemplateResult {
  const l = host.l;
  const views = host.value.views;
  return html`<ol class="views">
      ${views.map((view, i) => {
        const fallback = l.t('participant', { number: i + 1 });
        // A group per participant: the fields of two peers have the same labels, the group says whose they are.
        return html`<li class="view"><fieldset>
          <legend>${view.name || fallback}</legend>
          <div class="field no-print">
            <label for="view-${i}-name">${l.t('viewName')}</label>
            <input id="view-${i}-name" type="text" maxlength=${MAX_NAME} .value=${live(view.name ?? '')} ?disabled=${host.disabled}
              @input=${(e: Event) => host.edit((doc) => withView(doc, i, { name: (e.target as HTMLInputElement).value }))} />
          </div>
          ${host.textField(`view:${i}`, `view-${i}-text`, '', view.text, MAX_STEP_TEXT, (doc, text) => withView(doc, i, { text }), l.t('viewText'))}
          <button type="button" ?disabled=${host.disabled}
            @click=${() => {
              host.dropOverflow('view:');
              host.edit((doc) => withoutView(doc, i));
            }}>${l.t('removeView', { name: view.name || fallback })}</button>
        </fieldset></li>`;
      })}
    </ol>
    ${views.length ? nothing : html`<p>${l.t('noViews')}</p>`}
    <button type="button" ?disabled=${host.disabled || views.length >= MAX_VIEWS}
      @click=${() => {
        host.edit(withNewView);
        host.focus(`#view-${views.length}-name`);
      }}>${l.t('addView')}</button>`;
}

export function renderTimer(host: PanelHost, id: string): TemplateResult {
  const l = host.l;
  const timer = timerFor(host, id);
  const time = formatClock(timer.remaining);
  const shown = timer.state === 'done' ? l.t('timerDone') : timer.state === 'paused' ? l.t('timerPaused', { time }) : l.t('timerLeft', { time });
  const round = l.t(`step.intervision.${id}` as 'title');
  const busy = timer.state === 'running' || timer.state === 'paused';
  return html`<div class="timer no-print" part="timer" role="group" aria-label=${l.t('timerLabel', { round })}>
    <div class="field minutes">
      <label for="minutes-${id}">${l.t('minutes')}</label>
      <input id="minutes-${id}" type="number" min="1" max="120" inputmode="numeric" .value=${live(String(minutesFor(host, id)))} ?disabled=${host.disabled || busy}
        @change=${(e: Event) => {
          const minutes = Math.round(Number((e.target as HTMLInputElement).value));
          if (minutes >= 1 && minutes <= 120) host.edit((doc) => withRoundMinutes(doc, id, minutes));
          else host.requestUpdate();
        }} />
    </div>
    <p class="clock" role="timer" aria-live="off">${shown}</p>
    <div class="timer-buttons">
      ${timer.state === 'done'
        ? nothing
        : // One button that changes its words, so the keyboard focus stays on it when it toggles.
          html`<button type="button" id="timer-${id}-toggle" @click=${() => (timer.state === 'running' ? timer.pause() : timer.start())}>
            ${timer.state === 'running' ? l.t('timerPause') : timer.state === 'paused' ? l.t('timerResume') : l.t('timerStart')}
          </button>`}
      ${timer.state === 'idle'
        ? nothing
        : html`<button type="button" id="timer-${id}-reset"
            @click=${() => {
              timer.reset();
              host.focus(`#timer-${id}-toggle`);
            }}>${l.t('timerReset')}</button>`}
    </div>
  </div>`;
}

export function renderOpenActions(host: PanelHost): TemplateResult | typeof nothing {
  const l = host.l;
  if (!host.history.length) return nothing;
  const open = openActions(host.history, host.value);
  return html`<section class="open-actions" part="open-actions" aria-labelledby="open-actions-title">
    <h3 id="open-actions-title">${l.t('openActionsTitle')}</h3>
    ${open.length
      ? html`<p>${l.t('openActionsIntro')}</p>
          ${open.map(
            (action, i) => html`<fieldset class="open-action" ?disabled=${host.disabled}>
              <legend>${action.text}</legend>
              <p class="hint">${[action.date ? l.t('actionFrom', { date: l.date(action.date) }) : '', action.due ? l.t('dueOn', { date: l.date(action.due) }) : ''].filter(Boolean).join(' · ')}</p>
              ${choiceScale({
                name: `open-action-${i}`,
                choices: ACTION_STATUSES,
                current: action.status,
                label: (status: ActionStatus) => l.t(`status.${status}`),
                pick: (status) => host.edit((doc) => withReview(doc, action.card, status)),
              })}
              <p class="print-only">${action.status ? l.t(`status.${action.status}`) : ''}</p>
            </fieldset>`,
          )}`
      : html`<p>${l.t('noOpenActions')}</p>`}
  </section>`;
}

/** The question before text that does not fit the chosen template is dropped; an in-page dialog, not `confirm()`. */
export function renderConfirm(
  host: PanelHost,
  pending: PendingSwitch,
  cancel: () => void,
  apply: (next: ReflectionValue) => void,
): TemplateResult {
  const l = host.l;
  const names = pending.dropped.map((id) => (id === 'views' ? l.t('viewsTitle') : id === 'group' ? l.t('groupLabel') : l.t(`step.${pending.from}.${id}` as 'title')));
  return html`<div class="confirm no-print" part="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
    <h3 id="confirm-title">${l.t('switchTitle')}</h3>
    <p id="confirm-body">${l.t('switchBody', { template: l.t(`template.${pending.template}`), steps: names.join(', ') })}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${cancel}>${l.t('switchCancel')}</button>
      <button type="button" @click=${() => apply(pending.next)}>${l.t('switchConfirm')}</button>
    </div>
  </div>`;
}
