import { html, nothing, type TemplateResult } from 'lit';
import { resultActions } from '@goesting/core';
import { ZONE_ICONS } from './shared.styles.js';
import { HIGHER_IS_WORSE, INDICATORS, RISK_FACTORS, boundsFor, type Construct, type Zone } from './model/index.js';
import type { L, ResultView } from './render-check.js';

/** The personal result: loaded the first time it is shown. */
function zoneMark(l: L, zone: Zone | null): TemplateResult {
  if (!zone) return html`<span>${l.t('notEnoughAnswers')}</span>`;
  return html`<span class="zone zone-${zone}" part="zone"><span class="icon" aria-hidden="true">${ZONE_ICONS[zone]}</span>${l.t(`zone.${zone}`)}</span>`;
}

/** The profile per topic in zones, the werkbaar verdict, tips per flagged risk factor and the actions. */
export function renderResult(v: ResultView): TemplateResult {
  const { l, result } = v;
  const bounds = boundsFor('stress', v.thresholds);
  const rows = (constructs: readonly Construct[]) =>
    constructs.map(
      (c) => html`<tr>
        <th scope="row">${l.t(`construct.${c}`)} <span class="direction">(${l.t(HIGHER_IS_WORSE.has(c) ? 'direction.worse' : 'direction.better')})</span></th>
        <td>${result.scores[c] === null ? '–' : l.number(result.scores[c]!, 2)}</td>
        <td>${zoneMark(l, result.zones[c])}</td>
      </tr>`,
    );
  const flagged = RISK_FACTORS.filter((c) => result.zones[c] && result.zones[c] !== 'green');
  return html`<section class="result" part="result" aria-labelledby="result-title">
    <h3 id="result-title" tabindex="-1">${l.t('resultTitle')}</h3>
    <p>${l.t('resultIntro')}</p>
    ${result.werkbaar === null
      ? nothing
      : html`<p class="verdict"><span aria-hidden="true">${result.werkbaar ? ZONE_ICONS.green : ZONE_ICONS.red}</span> ${l.t(result.werkbaar ? 'werkbaarYes' : 'werkbaarNo')}</p>`}
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="profile-caption">
      <table>
        <caption id="profile-caption">${l.t('profileCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('themeHeader')}</th>
            <th scope="col">${l.t('scoreHeader')}</th>
            <th scope="col">${l.t('zoneHeader')}</th>
          </tr>
        </thead>
        <tbody>
          <tr><th scope="rowgroup" colspan="3">${l.t('indicatorsTitle')}</th></tr>
          ${rows(INDICATORS)}
          <tr><th scope="rowgroup" colspan="3">${l.t('risksTitle')}</th></tr>
          ${rows(RISK_FACTORS)}
        </tbody>
      </table>
    </div>
    <p class="note">${l.t('thresholdsNote', { orange: l.number(bounds.orange, 2), red: l.number(bounds.red, 2) })}</p>
    <h3>${l.t('tipsTitle')}</h3>
    ${flagged.length
      ? flagged.map(
          (c) => html`<div class="tip" part="tip">
            <h4>${l.t(`construct.${c}`)} ${zoneMark(l, result.zones[c])}</h4>
            <p>${l.t(`tip.${c}` as 'title')}</p>
            <slot name="talk-${c}"></slot>
          </div>`,
        )
      : html`<p>${l.t('noTips')}</p>`}
    <slot name="talk"></slot>
    ${resultActions(l, { edit: v.readonly ? undefined : v.edit, date: v.value.date, json: () => JSON.stringify({ value: v.value, result }, null, 2) })}
  </section>`;
}
