import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { WorkabilityReportMessages } from './messages.js';
import { ZONE_ICONS } from './shared.styles.js';
import { CONSTRUCTS, INDICATORS, ORGANISATION, RISK_FACTORS, zoneOf, type Construct, type GroupAggregate, type WaveAggregate, type WorkabilityAggregate } from './model/index.js';

export type L = LocalizeController<WorkabilityReportMessages>;

/** A group's name: the organisation in the report's language, a team by its label or key. */
export const groupLabel = (l: L, group: Pick<GroupAggregate, 'id' | 'label'>): string => (group.id === ORGANISATION ? l.t('organisation') : (group.label ?? group.id));

export const waveLabel = (l: L, wave: WaveAggregate): string => wave.label ?? (wave.id || l.t('noWave'));

let formatter: { locale: string; format: Intl.NumberFormat } | undefined;

/** A mean with one decimal in the report's language; one formatter for the hundreds of heat-map cells. */
export function formatMean(l: L, value: number): string {
  if (formatter?.locale !== l.locale) formatter = { locale: l.locale, format: new Intl.NumberFormat(l.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) };
  return formatter.format.format(value);
}

/** Why a group shows no figures, across the columns its figures would take. */
const status = (l: L, group: GroupAggregate, span: number) => html`<td class="status" colspan=${span}>${l.t(`status.${group.status as 'limited'}`)}</td>`;

/**
 * A group's depth in the hierarchy, for its row header's indent (`depth-0` … `depth-3`). The header
 * is written in each row's own template: a template per header would double the templates of a
 * table with hundreds of rows.
 */
export const depthOf = (group: GroupAggregate): number => Math.min(group.depth, 3);

/** The organisation's figures for one wave: % werkbaar, % in the red zone per indicator, the mean per risk factor. */
export function renderSummary(l: L, aggregate: WorkabilityAggregate, wave: WaveAggregate): TemplateResult {
  const root = wave.groups[0]!;
  const f = root.figures;
  const heading = html`<h3 id="summary-title">${l.t('summaryTitle')}${wave.id ? ` · ${waveLabel(l, wave)}` : ''}</h3>`;
  if (!f) {
    const why = root.status === 'empty' ? l.t('noResponses') : root.status === 'held' || root.status === 'protected' ? l.t(`status.${root.status}`) : l.t('summaryHidden');
    return html`<section part="summary">${heading}<p>${why}</p></section>`;
  }
  const zoneCell = (construct: Construct, value: number) => {
    const zone = zoneOf(construct, value, aggregate.thresholds);
    return html`<span class="zone zone-${zone}" part="zone"><span class="value">${formatMean(l, value)}</span> <span><span class="icon" aria-hidden="true">${ZONE_ICONS[zone]}</span> ${l.t(`zone.${zone}`)}</span></span>`;
  };
  return html`<section part="summary">
    ${heading}
    <p class="big">${l.t('summaryWerkbaar', { pct: f.werkbaarPct, n: f.n })}</p>
    <dl class="figures">
      ${INDICATORS.map((c) => html`<dt>${l.t('problemPct', { name: l.t(`construct.${c}`) })}</dt><dd>${f.problemPct[c]} %</dd>`)}
      ${RISK_FACTORS.map((c) => html`<dt>${l.t('meanOf', { name: l.t(`construct.${c}`) })}</dt><dd>${zoneCell(c, f.means[c])}</dd>`)}
    </dl>
  </section>`;
}

/** Per group: respondents, % werkbaar and % in the red zone per indicator; hidden groups say why in words. */
export function renderTeams(l: L, groups: GroupAggregate[]): TemplateResult {
  return html`<section part="teams">
    <h3 id="teams-title">${l.t('teamsTitle')}</h3>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="teams-caption">
      <table class="teams">
        <caption id="teams-caption">${l.t('teamsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('groupHeader')}</th>
            <th scope="col">${l.t('respondents')}</th>
            <th scope="col">${l.t('werkbaarPct')}</th>
            ${INDICATORS.map((c) => html`<th scope="col">${l.t('problemPct', { name: l.t(`construct.${c}`) })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) => html`<tr data-group=${g.id} data-status=${g.status}>
              <th scope="row" class="depth-${depthOf(g)}">${groupLabel(l, g)}</th>
              ${g.figures
                ? html`<td>${g.figures.n}</td>
                    <td>${g.figures.werkbaarPct} %</td>
                    ${INDICATORS.map((c) => html`<td>${g.figures!.problemPct[c]} %</td>`)}`
                : status(l, g, 2 + INDICATORS.length)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Topics × groups: the zone colours a cell, the number, icon and word carry the meaning. */
export function renderHeatmap(l: L, aggregate: WorkabilityAggregate, groups: GroupAggregate[]): TemplateResult {
  // Kept flat: there are hundreds of cells.
  const heatCell = (construct: Construct, value: number) => {
    const zone = zoneOf(construct, value, aggregate.thresholds);
    return html`<td class="zone-${zone}" part="heat-cell"><b>${formatMean(l, value)}</b> <span aria-hidden="true">${ZONE_ICONS[zone]}</span> ${l.t(`zone.${zone}`)}</td>`;
  };
  return html`<section part="heatmap">
    <h3 id="heatmap-title">${l.t('heatmapTitle')}</h3>
    <p class="note">${l.t('thresholdsNote', { orange: l.number(aggregate.thresholds.orange, 2), red: l.number(aggregate.thresholds.red, 2) })}</p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="heatmap-caption">
      <table class="heatmap">
        <caption id="heatmap-caption">${l.t('heatmapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('groupHeader')}</th>
            ${CONSTRUCTS.map((c) => html`<th scope="col">${l.t(`construct.${c}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) => html`<tr data-group=${g.id} data-status=${g.status}>
              <th scope="row" class="depth-${depthOf(g)}">${groupLabel(l, g)}</th>
              ${g.figures ? CONSTRUCTS.map((c) => heatCell(c, g.figures!.means[c])) : status(l, g, CONSTRUCTS.length)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
