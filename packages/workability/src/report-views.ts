/* The report's secondary views, loaded when first needed: hidden groups explained, the trend over waves, reference figures. */
import { html, nothing, type TemplateResult } from 'lit';
import { trendChart } from '@goesting/core';
import { ORGANISATION, REFERENCE_FIGURES, type GroupAggregate, type WaveAggregate, type WorkabilityAggregate } from './model/index.js';
import { groupHeader, groupLabel, waveLabel, type L } from './render-report.js';

/** Why groups show no numbers: the rule, per protected group which smaller group it protects, per held group which earlier release. */
export function renderHidden(aggregate: WorkabilityAggregate, wave: WaveAggregate, l: L): TemplateResult | typeof nothing {
  const hidden = wave.groups.filter((g) => g.status !== 'shown' && g.status !== 'empty');
  if (!hidden.length) return nothing;
  const byId = new Map(wave.groups.map((g) => [g.id, g]));
  const name = (id: string) => groupLabel(l, byId.get(id) ?? { id });
  const explained = hidden.filter((g) => g.status === 'protected' || g.status === 'held');
  const why = (g: GroupAggregate) => {
    if (g.status === 'held') return l.t('heldWhy', { group: name(g.id), min: aggregate.minGroupSize, releases: (g.heldBy ?? []).join(', ') });
    const within = name(g.within ?? ORGANISATION);
    // The group the subtraction starts from may itself be held back now: then it is no figure to subtract from.
    if (byId.get(g.within ?? ORGANISATION)?.status !== 'shown') return l.t('protectedWhyHeld', { group: name(g.id), within });
    const small = (g.protects ?? []).map(name).join(', ');
    return small ? l.t('protectedWhy', { group: name(g.id), within, small }) : l.t('protectedWhyDirect', { group: name(g.id), within });
  };
  return html`<section part="hidden">
    <h3 id="hidden-title">${l.t('hiddenTitle')}</h3>
    <p>${l.t('hiddenRule', { min: aggregate.minGroupSize })}</p>
    ${explained.length ? html`<ul>${explained.map((g) => html`<li data-group=${g.id}>${why(g)}</li>`)}</ul>` : nothing}
  </section>`;
}

/** % werkbaar per wave: a line for the organisation and a table for every group, hidden ones as words. */
export function renderTrend(aggregate: WorkabilityAggregate, l: L): TemplateResult {
  const waves = aggregate.waves;
  const dates = waves.map((w) => waveLabel(l, w));
  const values = waves.map((w) => w.groups[0]!.figures?.werkbaarPct ?? null);
  const summary = waves.map((w, i) => `${dates[i]}: ${values[i] === null ? l.t(`status.${w.groups[0]!.status as 'limited'}`) : `${values[i]} %`}`).join('; ');
  // Waves may list different groups (a hierarchy changed between them): a group missing from a wave shows as empty there.
  const groupsById = new Map(waves.flatMap((w) => w.groups).map((g) => [g.id, g]));
  const ids = [...groupsById.keys()].filter((id) => waves.some((w) => (w.groups.find((g) => g.id === id)?.status ?? 'empty') !== 'empty'));
  return html`<section part="trend">
    <h3 id="trend-title">${l.t('trendTitle')}</h3>
    ${trendChart({ dates, series: [{ label: l.t('organisation'), values }], min: 0, max: 100, label: l.t('trendLabel', { summary }) })}
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
      <table class="trend-table">
        <caption id="trend-caption">${l.t('trendCaption')} (${l.t('werkbaarPct')})</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('groupHeader')}</th>
            ${dates.map((d) => html`<th scope="col">${d}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${ids.map((id) => {
            const first = groupsById.get(id)!;
            return html`<tr data-group=${id}>
              ${groupHeader(l, first)}
              ${waves.map((w) => {
                const g = w.groups.find((x) => x.id === id);
                return g?.figures ? html`<td>${g.figures.werkbaarPct} %</td>` : html`<td class="status">${l.t(`status.${(g?.status ?? 'empty') as 'limited'}`)}</td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Published Flemish figures, labelled as another questionnaire, with their sources. */
export function renderReference(l: L): TemplateResult {
  return html`<section part="reference">
    <h3 id="reference-title">${l.t('referenceTitle')}</h3>
    <p><strong>${l.t('referenceNote')}</strong></p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="reference-caption">
      <table>
        <caption id="reference-caption">${l.t('referenceTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('figureHeader')}</th>
            <th scope="col">${l.t('valueHeader')}</th>
            <th scope="col">${l.t('source')}</th>
          </tr>
        </thead>
        <tbody>
          ${REFERENCE_FIGURES.map(
            (f) => html`<tr>
              <th scope="row">${l.t(`reference.${f.key}`)}</th>
              <td>${l.locale === 'en' ? f.value : f.value.replace(/(\d)\.(\d)/g, '$1,$2')}</td>
              <td>${f.source}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
