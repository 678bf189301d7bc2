import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import type { CircleNames } from './names.js';
import type { NetworkConfig, NetworkDiff, NetworkIndicators, NetworkValue } from './model/index.js';

/** What the indicators and the changes describe, and in which words. */
export interface IndicatorsView {
  l: LocalizeController<NetworkCircleMessages>;
  config: NetworkConfig;
  indicators: NetworkIndicators;
  names: CircleNames;
}

/** What stands out in the circle, in words and in a table of people per sector and ring. */
export function renderIndicators(view: IndicatorsView): TemplateResult {
  const { l, indicators } = view;
  return html`<section class="indicators" part="indicators" aria-labelledby="indicators-title">
    <h3 id="indicators-title">${l.t('indicatorsTitle')}</h3>
    ${indicators.total === 0 ? html`<p>${l.t('emptyCircle')}</p>` : renderIndicatorDetails(view)}
  </section>`;
}

function renderIndicatorDetails({ l, config, indicators, names }: IndicatorsView): TemplateResult {
  return html`<ul>
      <li>${l.t('summary', { total: indicators.total, sectors: '' })}</li>
      <li>${l.t('informalProfessional', { informal: indicators.informal, professional: indicators.professional })}</li>
      <li>${l.t('reciprocal', { count: indicators.reciprocal.length, names: names.people(indicators.reciprocal) })}</li>
      <li>${l.t('stressful', { count: indicators.stressful.length, names: names.people(indicators.stressful) })}</li>
      <li>${l.t('helpers', { count: indicators.helpers.length, names: names.people(indicators.helpers) })}</li>
      ${indicators.emptySectors.length ? html`<li>${l.t('emptySectors', { names: indicators.emptySectors.map((s) => names.sector(s)).join(', ') })}</li>` : nothing}
      ${indicators.carryingALot.length ? html`<li>${l.t('carryingALot', { count: indicators.carryingALot.length, names: names.people(indicators.carryingALot) })}</li>` : nothing}
    </ul>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="counts-caption">
      <table class="counts">
        <caption id="counts-caption">${l.t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('columnSector')}</th>
            ${config.rings.map((r) => html`<th scope="col">${names.ring(r.id)}</th>`)}
            <th scope="col">${l.t('total')}</th>
          </tr>
        </thead>
        <tbody>
          ${config.sectors.map(
            (s) => html`<tr>
              <th scope="row">${names.sector(s.id)}</th>
              ${config.rings.map((r) => html`<td>${indicators.bySectorAndRing[s.id]?.[r.id] ?? 0}</td>`)}
              <td>${indicators.bySector[s.id] ?? 0}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${l.t('total')}</th>
            ${config.rings.map((r) => html`<td>${indicators.byRing[r.id] ?? 0}</td>`)}
            <td>${indicators.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
}

/** Who was added, removed or moved since the `earlier` circle. */
export function renderChanges({ l, names }: IndicatorsView, diff: NetworkDiff, earlier: NetworkValue): TemplateResult {
  const none = !diff.added.length && !diff.removed.length && !diff.moved.length;
  return html`<section class="changes" part="changes" aria-labelledby="changes-title">
    <h3 id="changes-title">${l.t('changesTitle')}</h3>
    ${earlier.date ? html`<p>${l.t('changesDate', { date: l.date(earlier.date) })}</p>` : nothing}
    ${none
      ? html`<p>${l.t('noChanges')}</p>`
      : html`<ul>
          ${diff.added.length ? html`<li>${l.t('addedPeople', { names: names.people(diff.added) })}</li>` : nothing}
          ${diff.removed.length ? html`<li>${l.t('removedPeople', { names: diff.removed.map((p) => names.person(p)).join(', ') })}</li>` : nothing}
          ${diff.moved.length ? html`<li>${l.t('movedPeople', { names: names.people(diff.moved.map((m) => m.id)) })}</li>` : nothing}
        </ul>`}
  </section>`;
}
