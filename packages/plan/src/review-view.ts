/*
 * What the plan shows at a review and beside an earlier version: each action's status with a note,
 * and what changed since then. Loaded the first time the plan is in review mode or has a history.
 */

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PlanView } from './plan-view.js';
import { textField } from './render-fields.js';
import { MAX_SHORT_TEXT, REVIEW_STATUSES, type PlanAction } from './model/schema.js';
import { setReview } from './model/edits.js';

export { comparePlans } from './model/review.js';

/** At a review: the status of the action and a short note. */
export function renderReview(v: PlanView, action: PlanAction, number: number): TemplateResult {
  const l = v.l;
  const id = action.id;
  const review = action.review;
  return html`<div class="review" part="review">
    <fieldset class="statuses" ?disabled=${v.disabled}>
      <legend>${l.t('status')} <span class="visually-hidden">${l.t('action', { number })}</span></legend>
      ${REVIEW_STATUSES.map(
        (status) => html`<label class="option">
          <input type="radio" name="status-${id}" value=${status} .checked=${live(review?.status === status)}
            @change=${() => v.edit((doc) => setReview(doc, id, { status, ...(review?.note ? { note: review.note } : {}) }))} />
          ${l.t(`status.${status}`)}
        </label>`,
      )}
    </fieldset>
    ${review
      ? textField(v, { key: `review:${id}`, id: `review-${id}-note`, label: l.t('note'), stored: review.note ?? '', max: MAX_SHORT_TEXT, apply: (doc, note) => setReview(doc, id, { status: review.status, note }) })
      : nothing}
  </div>`;
}

/** What changed since the latest earlier version: new, done, dropped and moved actions. */
export function renderDiff(v: PlanView): TemplateResult {
  const l = v.l;
  const diff = v.diff!;
  const kinds = (['added', 'done', 'dropped', 'moved'] as const).filter((kind) => diff[kind].length);
  return html`<div class="changes" part="changes">
    <h4>${l.t('changesTitle')}</h4>
    ${kinds.length
      ? html`<ul>
          ${kinds.map(
            (kind) => html`<li>
              ${l.t(`change.${kind}`, { count: diff[kind].length })}
              <ul>
                ${kind === 'moved'
                  ? diff.moved.map((m) => html`<li>${l.t('movedFrom', { what: m.action.what || l.t('empty'), from: m.from ? l.date(m.from) : l.t('noDate'), to: m.to ? l.date(m.to) : l.t('noDate') })}</li>`)
                  : diff[kind].map((action) => html`<li>${action.what || l.t('empty')}</li>`)}
              </ul>
            </li>`,
          )}
        </ul>`
      : html`<p>${l.t('noChanges')}</p>`}
  </div>`;
}

