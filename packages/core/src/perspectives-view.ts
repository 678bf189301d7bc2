import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogues, LocalizeController, Messages } from './localize.js';
import type { PerspectiveRow } from './model/perspectives.js';
import nlBE, { type PerspectiveMessages } from './locales/perspectives-nl-BE.js';

/** The texts of the perspectives' views: they come with this module, and a widget adds them to its own. */
export const messages: Catalogues<PerspectiveMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/perspectives-nl-NL.js'),
  'fr-BE': () => import('./locales/perspectives-fr-BE.js'),
  en: () => import('./locales/perspectives-en.js'),
};

type Texts = Pick<LocalizeController<Messages>, 'lookup'>;

/**
 * A perspective's name: the host's own through `strings` (`perspective.<id>`), else ours for the
 * client and the professional, else the id itself.
 */
export function perspectiveName(l: Texts, perspective: string): string {
  const key = `perspective.${perspective}`;
  const name = l.lookup(key);
  return name === key ? perspective : name;
}

export interface ComparisonOptions {
  /** Unique within the widget: the table's caption gets `<id>-caption`. */
  id: string;
  caption: string;
  /** The heading of the first column: what a row is (a statement, a part). */
  rowHeader: string;
  rows: readonly PerspectiveRow[];
  rowLabel(id: string): string;
  /** A value as the person chose it, such as "4 – klopt grotendeels". */
  valueText(value: number, perspective: string): string;
  /** The difference in words; by default the number itself. */
  differenceText?(difference: number): string;
  /** A button per conversation starter, such as one that opens a reflection card. */
  starterAction?: { label(id: string): string; run(id: string): void };
}

/**
 * The perspectives side by side: a row per statement or score, a column per perspective in the
 * order given (the client's first), and the difference. Differences from the threshold on are
 * marked in words as a place to start the conversation, never as an error. Nothing is averaged.
 */
export function comparisonTable(l: Texts, options: ComparisonOptions): TemplateResult {
  const { id, rows } = options;
  const order = rows[0]?.values.map((v) => v.perspective) ?? [];
  const difference = options.differenceText ?? ((d: number) => String(d));
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
    <table class="comparison" part="comparison">
      <caption id="${id}-caption">${options.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${options.rowHeader}</th>
          ${order.map((p) => html`<th scope="col">${perspectiveName(l, p)}</th>`)}
          <th scope="col">${l.lookup('compare.difference')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class=${row.starter ? 'starter' : ''}>
            <th scope="row">${options.rowLabel(row.id)}</th>
            ${row.values.map((v) => html`<td>${v.value === null ? l.lookup('compare.none') : options.valueText(v.value, v.perspective)}</td>`)}
            <td>
              ${row.difference === null ? l.lookup('compare.none') : row.difference === 0 ? l.lookup('compare.same') : difference(row.difference)}
              ${row.starter
                ? html`<p class="starter-note">${l.lookup('compare.starter')}</p>
                    ${options.starterAction
                      ? html`<button type="button" class="starter-action" @click=${() => options.starterAction!.run(row.id)}>${options.starterAction.label(row.id)}</button>`
                      : nothing}`
                : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * Between two people filling in on one device: the first is done, the device goes to the next.
 * The first person's answers are not on this screen, nor anywhere in the page, until both are done.
 */
export function handOverScreen(l: Texts, options: { from: string; to: string; start(): void }): TemplateResult {
  const from = perspectiveName(l, options.from);
  const to = perspectiveName(l, options.to);
  return html`<section class="hand-over" part="hand-over" aria-labelledby="hand-over-title">
    <h3 id="hand-over-title" tabindex="-1">${l.lookup('handOver.title', { from })}</h3>
    <p>${l.lookup('handOver.text', { from, to })}</p>
    <button type="button" class="primary" id="hand-over-start" @click=${options.start}>${l.lookup('handOver.start', { to })}</button>
  </section>`;
}
