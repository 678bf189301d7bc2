import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PlanView } from './plan-view.js';
import { dateField, textField } from './render-fields.js';
import { MAX_GOALS, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT } from './model/schema.js';
import { setConditions, setGoal, setStrength, setText } from './model/edits.js';
import { planBalance } from './model/balance.js';
import { circleStatus, participants } from './model/people.js';

/** What I want: the main question and smaller goals. */
export function renderWant(v: PlanView): TemplateResult {
  const l = v.l;
  const goals = v.value.goals;
  return html`<section class="part" aria-labelledby="want-title">
    <h3 id="want-title">${l.t('wantTitle')}</h3>
    ${textField(v, { key: 'question', id: 'question', label: l.t('question'), help: l.t('questionHelp'), stored: v.value.question, max: MAX_SHORT_TEXT, apply: (doc, text) => setText(doc, 'question', text), rows: 2 })}
    <fieldset class="goals" ?disabled=${v.disabled}>
      <legend>${l.t('goals')}</legend>
      <ol class="goal-list">
        ${goals.map(
          (goal, i) => html`<li class="goal">
            ${textField(v, { key: `goal:${i}`, id: `goal-${i}`, label: l.t('goal', { number: i + 1 }), stored: goal, max: MAX_SHORT_TEXT, apply: (doc, text) => setGoal(doc, i, text) })}
            <button type="button" class="remove" @click=${() => v.removeGoal(i)}>${l.t('removeGoal', { number: i + 1 })}</button>
          </li>`,
        )}
      </ol>
      <button type="button" id="add-goal" ?disabled=${goals.length >= MAX_GOALS} @click=${() => v.addGoal()}>${l.t('addGoal')}</button>
    </fieldset>
  </section>`;
}

/** What goes well, and what worries me. */
export function renderStrengths(v: PlanView): TemplateResult {
  const l = v.l;
  const { own, around } = v.value.strengths;
  return html`<section class="part" aria-labelledby="strengths-title">
      <h3 id="strengths-title">${l.t('strengthsTitle')}</h3>
      ${textField(v, { key: 'own', id: 'strengths-own', label: l.t('strengthsOwn'), stored: own, max: MAX_LONG_TEXT, apply: (doc, text) => setStrength(doc, 'own', text), rows: 3 })}
      ${textField(v, { key: 'around', id: 'strengths-around', label: l.t('strengthsAround'), stored: around, max: MAX_LONG_TEXT, apply: (doc, text) => setStrength(doc, 'around', text), rows: 3 })}
    </section>
    <section class="part" aria-labelledby="worries-title">
      <h3 id="worries-title">${l.t('worriesTitle')}</h3>
      ${textField(v, { key: 'worries', id: 'worries', label: l.t('worries'), stored: v.value.worries, max: MAX_LONG_TEXT, apply: (doc, text) => setText(doc, 'worries', text), rows: 3 })}
    </section>`;
}

/** The balance in plain words, a calm note per overloaded helper, and the people the circle no longer has. */
export function renderBalance(v: PlanView): TemplateResult | typeof nothing {
  const l = v.l;
  const balance = planBalance(v.value, v.overload);
  const status = circleStatus(v.value, v.circle);
  if (!balance.total && !status.removed.length && !status.notInCircle.length) return nothing;
  return html`<section class="part balance" part="balance" aria-labelledby="balance-title">
    <h3 id="balance-title">${l.t('balanceTitle')}</h3>
    <ul class="balance-list">
      <li>${l.t('balanceClient', { count: balance.client })}</li>
      <li>${l.t('balanceNetwork', { count: balance.network })}</li>
      <li>${l.t('balanceProfessional', { count: balance.professional })}</li>
    </ul>
    <p class="hint">${l.t('balanceTogether')}</p>
    ${balance.overloaded.map((person) => html`<p class="note overload" part="note">${l.t('overload', { name: person.label, count: person.actions })}</p>`)}
    ${status.removed.map((person) => html`<p class="note">${l.t('removedFromCircle', { name: person.label })}</p>`)}
    ${status.noContact.map((person) => html`<p class="note">${l.t('noContactNow', { name: person.label })}</p>`)}
    ${status.notInCircle.map(
      (person) => html`<p class="note">
        ${l.t('notInCircle', { name: person.label })}
        <button type="button" class="link" ?disabled=${v.disabled} @click=${() => v.handToCircle(person.id)}>${l.t('addToCircle', { name: person.label })}</button>
      </p>`,
    )}
  </section>`;
}

/** The professional's conditions: a part of its own, marked as the professional's, with the client's answer. */
export function renderConditions(v: PlanView): TemplateResult {
  const l = v.l;
  const conditions = v.value.conditions;
  if (!conditions)
    return html`<section class="part" aria-labelledby="conditions-title">
      <h3 id="conditions-title">${l.t('conditionsTitle')}</h3>
      <p class="hint">${l.t('conditionsHelp')}</p>
      <button type="button" id="add-conditions" ?disabled=${v.disabled} @click=${() => v.toggleConditions(true)}>${l.t('addConditions')}</button>
    </section>`;
  return html`<section class="part conditions" part="conditions" aria-labelledby="conditions-title">
    <h3 id="conditions-title"><span class="professional-mark" aria-hidden="true">⚑</span> ${l.t('conditionsTitle')}</h3>
    <p class="hint">${l.t('conditionsHelp')}</p>
    <div class="professional-text">
      ${textField(v, { key: 'conditions', id: 'conditions', label: l.t('conditions'), stored: conditions.text, max: MAX_LONG_TEXT, apply: (doc, text) => setConditions(doc, { text }), rows: 3 })}
      ${textField(v, { key: 'conditions-by', id: 'conditions-by', label: l.t('conditionsBy'), stored: conditions.by ?? '', max: MAX_NAME, apply: (doc, by) => setConditions(doc, { by }) })}
    </div>
    <div class="client-text">
      ${textField(v, { key: 'answer', id: 'conditions-answer', label: l.t('answer'), stored: conditions.answer, max: MAX_LONG_TEXT, apply: (doc, answer) => setConditions(doc, { answer }), rows: 3 })}
    </div>
    <button type="button" class="remove" ?disabled=${v.disabled} @click=${() => v.toggleConditions(false)}>${l.t('removeConditions')}</button>
  </section>`;
}

/** The review date, and at a review what changed since the latest earlier version. */
export function renderReviewPart(v: PlanView): TemplateResult {
  const l = v.l;
  return html`<section class="part" aria-labelledby="review-title">
    <h3 id="review-title">${l.t('reviewTitle')}</h3>
    ${dateField(v, 'review-date', l.t('reviewDate'), v.value.reviewDate, (reviewDate) => v.edit((doc) => ({ ...doc, ...(reviewDate ? { reviewDate } : { reviewDate: undefined }) })), l.t('reviewDateHelp', { weeks: Math.round(v.reviewDays / 7) }))}
    ${v.diff && v.reviewView ? v.reviewView.renderDiff(v) : nothing}
  </section>`;
}

/** Finish, the copies and the downloads. */
export function renderFinish(v: PlanView): TemplateResult {
  const l = v.l;
  const people = participants(v.value);
  const name = (id: string) => (id === 'client' ? l.t('me') : (v.value.people.find((p) => p.id === id)?.label ?? id));
  return html`<div class="finish no-print" part="actions">
    <div class="row">
      <button type="button" class="primary" ?disabled=${v.disabled} @click=${() => v.finish()}>${l.t('finish')}</button>
    </div>
    <div class="row">
      <button type="button" @click=${() => v.print()}>${l.t('printPlan')}</button>
      <label class="inline" for="copy-for">${l.t('copyFor')}</label>
      <select id="copy-for" .value=${live(v.copyFor)} @change=${(e: Event) => v.chooseCopy((e.target as HTMLSelectElement).value)}>
        ${people.map((id) => html`<option value=${id} ?selected=${id === v.copyFor}>${name(id)}</option>`)}
      </select>
      <button type="button" @click=${() => v.print(v.copyFor)}>${l.t('printCopy')}</button>
      <button type="button" @click=${() => v.download('md', v.copyFor)}>${l.t('downloadCopy')}</button>
    </div>
    <div class="row">
      <button type="button" @click=${() => v.download('md')}>${l.t('exportMarkdown')}</button>
      <button type="button" @click=${() => v.download('ics')}>${l.t('exportCalendar')}</button>
      <button type="button" @click=${() => v.download('json')}>${l.t('exportJson')}</button>
    </div>
  </div>`;
}
