import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import { NETWORK_VIEWS, type NetworkView } from './model/index.js';

/** The kinds of file the circle can be downloaded as. */
export type DownloadKind = 'json' | 'csv' | 'svg' | 'png';

/** The state the buttons show and what they do. */
export interface ControlsView {
  l: LocalizeController<NetworkCircleMessages>;
  view: NetworkView;
  readonly: boolean;
  disabled: boolean;
  canUndo: boolean;
  canRedo: boolean;
  initials: boolean;
  /** Whether the user pressed "Klaar" and changed nothing since. */
  finished: boolean;
  show(view: NetworkView): void;
  add(): void;
  undo(): void;
  redo(): void;
  finish(): void;
  showInitials(on: boolean): void;
  download(kind: DownloadKind): void;
}

/** Above the circle: the choice between drawing and list, adding a person, undo and redo. */
export function renderToolbar(c: ControlsView): TemplateResult {
  const l = c.l;
  return html`<div class="toolbar no-print" part="toolbar">
    <div role="group" aria-label=${l.t('viewChoice')} class="views">
      ${NETWORK_VIEWS.map(
        (view) => html`<button type="button" aria-pressed=${c.view === view ? 'true' : 'false'} @click=${() => c.show(view)}>
          ${l.t(view === 'drawing' ? 'viewDrawing' : 'viewList')}
        </button>`,
      )}
    </div>
    ${c.readonly
      ? nothing
      : html`<button id="add" type="button" class="primary" ?disabled=${c.disabled} @click=${() => c.add()}>${l.t('addPerson')}</button>
          <button type="button" ?disabled=${!c.canUndo || c.disabled} @click=${() => c.undo()} aria-keyshortcuts="Control+Z">${l.t('undo')}</button>
          <button type="button" ?disabled=${!c.canRedo || c.disabled} @click=${() => c.redo()} aria-keyshortcuts="Control+Shift+Z">${l.t('redo')}</button>`}
  </div>`;
}

/** Below the circle: "Klaar", initials instead of names, printing and downloads; then the note that the circle is finished. */
export function renderActions(c: ControlsView): TemplateResult {
  const l = c.l;
  const download = (kind: DownloadKind, label: 'exportJson' | 'exportCsv' | 'exportSvg' | 'exportPng') =>
    html`<button type="button" @click=${() => c.download(kind)}>${l.t(label)}</button>`;
  return html`<div class="actions no-print" part="actions">
      ${c.readonly ? nothing : html`<button type="button" class="primary" ?disabled=${c.disabled} @click=${() => c.finish()}>${l.t('finish')}</button>`}
      <label class="check"><input type="checkbox" .checked=${c.initials} @change=${(e: Event) => c.showInitials((e.target as HTMLInputElement).checked)} />
        ${l.t('initials')}</label>
      <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
      ${download('json', 'exportJson')} ${download('csv', 'exportCsv')}
      ${c.view === 'drawing' ? html`${download('svg', 'exportSvg')} ${download('png', 'exportPng')}` : nothing}
    </div>
    ${c.finished ? html`<p class="finished no-print">${l.t('finished')}</p>` : nothing}`;
}
