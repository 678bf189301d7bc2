import { html, nothing, type TemplateResult } from 'lit';
import { cssProps, emit, radarChart, resultActions, type LocalizeController } from '@goesting/core';
import { selfscanMessages, type SelfscanMessages } from './messages.js';
import {
  DIMENSIONS,
  PILLARS,
  SELFSCAN_SCHEMA_VERSION,
  SELFSCAN_WIDGET,
  instrumentFor,
  scoreSelfscan,
  type CellScore,
  type DimensionId,
  type PillarId,
  type SelfscanInstrument,
  type SelfscanItem,
  type SelfscanResult,
  type SelfscanValue,
} from './model/index.js';

/**
 * The result view of `<goesting-selfscan>`: radar, heat map with the numbers as text, strengths,
 * growth points, flagged statements and scores per competence. A module of its own, loaded when
 * a result is first shown, so filling in the scan downloads less.
 */
export interface ResultView {
  l: LocalizeController<SelfscanMessages>;
  instrument: SelfscanInstrument;
  value: SelfscanValue;
  result: SelfscanResult;
  /** Earlier value documents; the last one is compared with. */
  history: readonly SelfscanValue[];
  readonly: boolean;
  itemText(item: SelfscanItem): string;
  /** Back to the first step to change answers. */
  edit(): void;
  exportJson(): string;
  /** The element, which sends `goesting-reflect` when the user asks for a reflection card on a growth point. */
  host: EventTarget;
}

function cellName(view: ResultView, cell: string): string {
  const [pillar, dimension] = cell.split('.') as [PillarId, (typeof DIMENSIONS)[number]];
  return view.l.t('cellName', { pillar: view.l.t(`pillar.${pillar}`), dimension: view.l.t(`dimension.${dimension}`) });
}

export function renderResult(view: ResultView): TemplateResult {
  const l = view.l;
  const result = view.result;
  const earlierDoc = view.history.at(-1);
  const earlier = earlierDoc ? scoreSelfscan(instrumentFor(earlierDoc.instrument, view.instrument), earlierDoc) : undefined;
  const earlierLabel = earlierDoc?.date ? l.t('earlierScan', { date: l.date(earlierDoc.date) }) : l.t('earlierScanUndated');
  const score = (v: number | null) => (v === null ? l.t('noScore') : l.number(v));
  const summary = PILLARS.map(
    (p) => `${l.t(`pillar.${p}`)}: ${score(result.pillars[p])}${earlier ? ` (${earlierLabel}: ${score(earlier.pillars[p])})` : ''}`,
  ).join('; ');
  const items = new Map(view.instrument.items.map((i) => [i.id, i]));
  const competenceTags = Object.keys(result.tags).filter((t) => t.startsWith('competence:'));
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <h2 id="result-heading" tabindex="-1">${l.t('resultTitle')}</h2>
    <p>${l.t('resultIntro')}</p>
    ${view.value.date ? html`<p class="date">${l.t('completedOn', { date: l.date(view.value.date) })}</p>` : nothing}
    <div class="overview">
      <figure class="chart">
        ${radarChart({
          axes: PILLARS.map((p) => l.t(`pillar.${p}`)),
          series: [
            ...(earlier ? [{ label: earlierLabel, values: PILLARS.map((p) => earlier.pillars[p]), kind: 'earlier' as const }] : []),
            { label: l.t('thisScan'), values: PILLARS.map((p) => result.pillars[p]), kind: 'current' as const },
          ],
          min: 1,
          max: 5,
          label: l.t('radarLabel', { summary }),
        })}
        <figcaption class="legend">
          <span class="key current">${l.t('thisScan')}</span>
          ${earlier ? html`<span class="key earlier">${earlierLabel}</span>` : nothing}
        </figcaption>
      </figure>
      <div class="highlights">
        ${renderCellList(view, 'strengths', result.strengths, result)}
        ${renderCellList(view, 'growthPoints', result.growthPoints, result)}
        <h3>${l.t('flagged')}</h3>
        ${result.flagged.length
          ? html`<ul class="flagged">
              ${result.flagged.map((id) => {
                const item = items.get(id);
                return item ? html`<li>${view.itemText(item)}</li>` : nothing;
              })}
            </ul>`
          : html`<p>${l.t('noFlags')}</p>`}
      </div>
    </div>
    ${renderHeatmap(view, result, earlier)}
    ${competenceTags.length
      ? html`<details class="competences">
          <summary>${l.t('byCompetence')}</summary>
          <table>
            <thead>
              <tr><th scope="col">${l.t('competenceHeader')}</th><th scope="col">${l.t('scoreHeader')}</th></tr>
            </thead>
            <tbody>
              ${competenceTags.map((tag) => {
                const id = tag.slice('competence:'.length);
                const key = `competence.${id}` as keyof SelfscanMessages;
                const name = key in selfscanMessages['nl-BE'] ? l.t(key as 'competence.networks') : id;
                return html`<tr><th scope="row">${name}</th><td>${score(result.tags[tag]!.mean)}</td></tr>`;
              })}
            </tbody>
          </table>
        </details>`
      : nothing}
    ${resultActions(l, { edit: view.readonly ? undefined : () => view.edit(), date: view.value.date, json: () => view.exportJson() })}
  </section>`;
}

/** Asks the host to open a reflection card for a growth point's cell. */
function reflect(view: ResultView, cell: string): void {
  const [pillar, dimension] = cell.split('.') as [PillarId, DimensionId];
  emit(view.host, 'goesting-reflect', { widget: SELFSCAN_WIDGET, schemaVersion: SELFSCAN_SCHEMA_VERSION, cell: { pillar, dimension } });
}

function renderCellList(view: ResultView, kind: 'strengths' | 'growthPoints', cells: string[], result: SelfscanResult): TemplateResult {
  const l = view.l;
  const byId = new Map(result.cells.map((c) => [c.cell, c]));
  return html`<h3>${l.t(kind)}</h3>
    ${cells.length
      ? html`<ul class=${kind}>
          ${cells.map(
            (cell) => html`<li>
              ${cellName(view, cell)} (${l.number(byId.get(cell)!.mean!)})
              ${kind === 'growthPoints'
                ? html`<button
                    type="button"
                    class="reflect no-print"
                    aria-label=${l.t('reflectOn', { action: l.t('reflect'), cell: cellName(view, cell) })}
                    @click=${() => reflect(view, cell)}
                  >
                    ${l.t('reflect')}
                  </button>`
                : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p>${l.t('noHighlights')}</p>`}`;
}

function renderHeatmap(view: ResultView, result: SelfscanResult, earlier: SelfscanResult | undefined): TemplateResult {
  const l = view.l;
  const earlierCells = new Map(earlier?.cells.map((c) => [c.cell, c.mean]));
  const diff = (now: number | null, before: number | null | undefined) =>
    now === null || before === null || before === undefined
      ? nothing
      : html`<span class="diff">${l.difference(now - before)}<span class="visually-hidden">
            ${l.t('difference', { diff: '' })}</span></span>`;
  const cell = (c: CellScore) =>
    html`<td class="cell" style=${cssProps({ '--level': c.mean === null ? '0' : String((c.mean - 1) / 4) })}>
      ${c.mean === null
        ? html`<span class="none">–<span class="reason">${l.t(`reason.${c.reason ?? 'not-enough-answers'}`)}</span></span>`
        : html`<span class="score">${l.number(c.mean)}</span>${diff(c.mean, earlierCells.get(c.cell))}`}
    </td>`;
  const score = (v: number | null) => (v === null ? '–' : l.number(v));
  // A focusable, named scroll region: on narrow screens the table scrolls sideways, also by keyboard.
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="heatmap-caption"><table class="heatmap" part="heatmap">
    <caption id="heatmap-caption">${l.t('heatmapCaption')}</caption>
    <thead>
      <tr>
        <th scope="col">${l.t('pillarHeader')}</th>
        ${DIMENSIONS.map((d) => html`<th scope="col">${l.t(`dimension.${d}`)}</th>`)}
        <th scope="col">${l.t('averageHeader')}</th>
        <th scope="col">${l.t('energyHeader')}</th>
      </tr>
    </thead>
    <tbody>
      ${PILLARS.map(
        (p) => html`<tr>
          <th scope="row">${l.t(`pillar.${p}`)}</th>
          ${result.cells.filter((c) => c.pillar === p).map(cell)}
          <td class="mean">${score(result.pillars[p])}${diff(result.pillars[p], earlier?.pillars[p])}</td>
          <td class="energy-score">${result.energy[p] ? l.t(`energy.${result.energy[p] as 1}`) : '–'}</td>
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${l.t('averageHeader')}</th>
        ${DIMENSIONS.map((d) => html`<td class="mean">${score(result.dimensions[d])}${diff(result.dimensions[d], earlier?.dimensions[d])}</td>`)}
        <td></td>
        <td></td>
      </tr>
    </tfoot>
  </table></div>`;
}
