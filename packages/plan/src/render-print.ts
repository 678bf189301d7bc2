import { html, nothing, type TemplateResult } from 'lit';
import type { PlanView } from './plan-view.js';
import { doerNames } from './render-actions.js';
import { copyFor } from './model/people.js';
import { CLIENT, type BackupStep, type PlanAction } from './model/schema.js';

/**
 * The plan as it goes on paper (A4): everything the client wrote, the actions as a table, the
 * backup agreement and the professional's part marked as theirs. A copy for one participant
 * (`who`) lists that person's own actions first.
 */
export function renderPrint(v: PlanView, who: string | undefined): TemplateResult {
  const l = v.l;
  const value = v.value;
  const copy = who ? copyFor(value, who) : undefined;
  const name = who === CLIENT ? undefined : value.people.find((p) => p.id === who)?.label;
  const heading = who === CLIENT ? l.t('ownCopy') : name && l.t('copyHeading', { name });
  const text = (t: string) => html`<p class="print-text">${t || l.t('empty')}</p>`;
  return html`<article class="print-view" aria-hidden="true">
    <h2>${l.t('title')}</h2>
    ${copy && heading ? html`<p class="copy-heading">${heading}</p>` : nothing}
    ${copy ? html`<h3>${l.t('ownActions')}</h3>${actionTable(v, copy.own)}${backupList(v, copy.ownBackup)}` : nothing}
    <h3>${l.t('wantTitle')}</h3>
    ${text(value.question)}
    ${value.goals.length ? html`<ol>${value.goals.map((goal) => html`<li class="print-text">${goal}</li>`)}</ol>` : nothing}
    <h3>${l.t('strengthsTitle')}</h3>
    <h4>${l.t('strengthsOwn')}</h4>
    ${text(value.strengths.own)}
    <h4>${l.t('strengthsAround')}</h4>
    ${text(value.strengths.around)}
    ${value.worries ? html`<h3>${l.t('worriesTitle')}</h3>${text(value.worries)}` : nothing}
    <h3>${copy ? l.t('otherActions') : l.t('actionsTitle')}</h3>
    ${actionTable(v, copy ? copy.others : value.actions)}
    <h3>${l.t('backupTitle')}</h3>
    ${backupList(v, copy ? copy.otherBackup : value.backup)}
    ${value.conditions
      ? html`<section class="conditions">
          <h3>⚑ ${l.t('conditionsTitle')}${value.conditions.by ? ` (${value.conditions.by})` : ''}</h3>
          ${text(value.conditions.text)}
          <h4>${l.t('answer')}</h4>
          ${text(value.conditions.answer)}
        </section>`
      : nothing}
    ${value.reviewDate ? html`<p><strong>${l.t('reviewOn', { date: l.date(value.reviewDate) })}</strong></p>` : nothing}
  </article>`;
}

function actionTable(v: PlanView, actions: readonly PlanAction[]): TemplateResult {
  const l = v.l;
  if (!actions.length) return html`<p>${l.t('empty')}</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>${l.t('what')}</th>
        <th>${l.t('who')}</th>
        <th>${l.t('by')}</th>
        <th>${l.t('needs')}</th>
        ${v.mode === 'review' ? html`<th>${l.t('status')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${actions.map(
        (action) => html`<tr>
          <td class="print-text">${action.what || l.t('empty')}</td>
          <td>${doerNames(v, action.who, false)}</td>
          <td>${action.by ? l.date(action.by) : l.t('noDate')}</td>
          <td class="print-text">${action.needs || l.t('empty')}</td>
          ${v.mode === 'review' ? html`<td>${action.review ? `${l.t(`status.${action.review.status}`)}${action.review.note ? `: ${action.review.note}` : ''}` : l.t('empty')}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function backupList(v: PlanView, steps: readonly BackupStep[]): TemplateResult | typeof nothing {
  if (!steps.length) return nothing;
  return html`<ul>
    ${steps.map((step) => html`<li class="print-text">${step.what || v.l.t('empty')} (${doerNames(v, step.who, false)})</li>`)}
  </ul>`;
}
