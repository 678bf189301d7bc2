import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceScale } from '@goesting/core';
import { CELL_DIMENSIONS, CELL_PILLARS, type GridCell } from '@goesting/core/model';
import type { CardView } from './card-view.js';
import { REFLECTION_LAYOUTS, type PrintSize, type ReflectionLayout } from './model/schema.js';
import { TEMPLATES, type TemplateId } from './model/templates.js';

/** Above the steps: the template and the layout. */
export function renderSetup(v: CardView): TemplateResult {
  const l = v.l;
  const template = v.value.template;
  return html`<div class="setup no-print" part="setup">
    <div class="field">
      <label for="template">${l.t('templateLabel')}</label>
      <select id="template" .value=${live(template)} ?disabled=${v.disabled || !!v.pendingSwitch}
        @change=${(e: Event) => v.chooseTemplate((e.target as HTMLSelectElement).value as TemplateId)}>
        ${TEMPLATES.map((t) => html`<option value=${t} ?selected=${t === template}>${l.t(`template.${t}`)}</option>`)}
      </select>
    </div>
    <fieldset class="layout">
      <legend>${l.t('layoutLabel')}</legend>
      ${choiceScale<ReflectionLayout>({ name: 'layout', choices: REFLECTION_LAYOUTS, current: v.layout, label: (layout) => l.t(`layout.${layout}`), pick: (layout) => v.showLayout(layout) })}
    </fieldset>
  </div>`;
}

/** The pillar × dimension tag: two choices, in the card once both are made. */
export function renderCell(v: CardView): TemplateResult {
  const l = v.l;
  const cell = v.value.cell;
  const shown: Partial<GridCell> = v.cellChoice ?? cell ?? {};
  const missing = shown.pillar && !shown.dimension ? l.t('cellNeedsDimension') : !shown.pillar && shown.dimension ? l.t('cellNeedsPillar') : '';
  const select = (part: keyof GridCell, choices: readonly string[], label: (choice: string) => string) =>
    html`<select id=${part} .value=${live(shown[part] ?? '')} aria-describedby=${missing ? 'cell-hint' : nothing}
      @change=${(e: Event) => v.pickCell(part, (e.target as HTMLSelectElement).value)}>
      <option value="">${l.t('noneChosen')}</option>
      ${choices.map((c) => html`<option value=${c} ?selected=${c === shown[part]}>${label(c)}</option>`)}
    </select>`;
  return html`<fieldset class="cell" ?disabled=${v.disabled}>
    <legend>${l.t('cellLabel')}</legend>
    <p class="print-only">${cell ? l.t('cellName', { pillar: l.t(`pillar.${cell.pillar}`), dimension: l.t(`dimension.${cell.dimension}`) }) : l.t('noneChosen')}</p>
    <div class="cell-fields no-print">
      <div class="field">
        <label for="pillar">${l.t('pillarLabel')}</label>
        ${select('pillar', CELL_PILLARS, (p) => l.t(`pillar.${p as GridCell['pillar']}`))}
      </div>
      <div class="field">
        <label for="dimension">${l.t('dimensionLabel')}</label>
        ${select('dimension', CELL_DIMENSIONS, (d) => l.t(`dimension.${d as GridCell['dimension']}`))}
      </div>
    </div>
    <p class="hint" id="cell-hint" aria-live="polite">${missing}</p>
  </fieldset>`;
}

/** Below the steps: finish, the paper size, print and download. */
export function renderActions(v: CardView): TemplateResult {
  const l = v.l;
  return html`<div class="actions no-print" part="actions">
    <button type="button" class="primary" ?disabled=${v.disabled} @click=${() => v.finish()}>${l.t('finish')}</button>
    <label class="inline">${l.t('printSize')}
      <select .value=${live(v.printSize)} @change=${(e: Event) => v.choosePrintSize((e.target as HTMLSelectElement).value as PrintSize)}>
        <option value="a5">A5</option>
        <option value="a4">A4</option>
      </select>
    </label>
    <button type="button" @click=${() => v.print()}>${l.t('print')}</button>
    <button type="button" @click=${() => v.download('md')}>${l.t('exportMarkdown')}</button>
    <button type="button" @click=${() => v.download('json')}>${l.t('exportJson')}</button>
  </div>`;
}
