import { html, nothing, type TemplateResult } from 'lit';
import { isoDay } from './model/text.js';
import { downloadFile } from './export.js';

/** What the result's buttons say: the core's texts and the widget's own. */
interface ResultTexts {
  t(key: 'print' | 'exportJson' | 'editAnswers' | 'fileName'): string;
}

/**
 * The buttons under a widget's result: change the answers (left out when `edit` is not given, as
 * in read-only mode), print, and download the result as a JSON file named after the widget and
 * the `date` of the answers (today when they have none).
 */
export function resultActions(l: ResultTexts, options: { edit?: () => void; date?: string; json: () => string }): TemplateResult {
  return html`<div class="actions no-print" part="actions">
    ${options.edit ? html`<button type="button" @click=${options.edit}>${l.t('editAnswers')}</button>` : nothing}
    <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
    <button type="button" @click=${() => downloadFile(`${l.t('fileName')}-${options.date ?? isoDay()}.json`, options.json())}>${l.t('exportJson')}</button>
  </div>`;
}
