import { html, nothing, type TemplateResult } from 'lit';
import { resultActions, trendChart, type PerspectivesViewModule } from '@goesting/core';
import { answerLabel, statementText, type AllianceView } from './render-fill.js';
import { ALLIANCE_DIMENSIONS, ALLIANCE_STATEMENTS, ANSWER_MAX, ANSWER_MIN, scoreAlliance, variantOf, type AllianceValue } from './model/index.js';

type PerspectivesModule = PerspectivesViewModule;

const partOf = (id: string) => (ALLIANCE_DIMENSIONS as readonly string[]).includes(id) ? id : ALLIANCE_STATEMENTS.full.find((s) => s.id === id)?.dimension ?? id;

/** Both perspectives side by side, per part and per statement, the stiff parts, the trend and the downloads; loaded the first time a result shows. */
export function renderResult(v: AllianceView, perspectives: PerspectivesModule): TemplateResult {
  const l = v.l;
  const result = v.result;
  const partName = (id: string) => l.t(`dimension.${partOf(id)}` as 'title');
  const starterAction = { label: (id: string) => l.t('openReflection', { part: l.t(`part.${partOf(id)}` as 'title') }), run: () => v.reflect() };
  const alone = result.order.length < 2 || result.order.some((p) => !result.perspectives[p]!.completed);
  return html`<section class="result" part="result" aria-labelledby="result-title">
    <h3 id="result-title" tabindex="-1">${l.t(alone ? 'ownResultTitle' : 'resultTitle')}</h3>
    <p>${alone ? l.t('finishedAlone') : l.t('resultIntro')}</p>
    ${perspectives.comparisonTable(l, {
      id: 'parts',
      caption: l.t('partsCaption'),
      rowHeader: l.t('partHeader'),
      rows: result.dimensions,
      rowLabel: partName,
      valueText: (value) => l.t('score', { score: l.number(value) }),
      differenceText: (d) => l.t('points', { count: l.number(d) }),
      starterAction: v.readonly ? undefined : starterAction,
    })}
    ${perspectives.comparisonTable(l, {
      id: 'statements',
      caption: l.t('statementsCaption'),
      rowHeader: l.t('statementHeader'),
      rows: result.statements,
      rowLabel: (id) => statementText(v, result.order[0] ?? 'client', id),
      valueText: (value) => l.t('answerValue', { value, label: answerLabel(v, value) }),
      differenceText: (d) => l.t('points', { count: l.number(d, 0) }),
      starterAction: v.readonly ? undefined : starterAction,
    })}
    ${alone || result.starters.length ? nothing : html`<p>${l.t('noDifferences')}</p>`}
    ${result.stiff.length
      ? html`<h4>${l.t('stiffTitle')}</h4>
          <ul class="stiff">
            ${result.stiff.map((s) => html`<li>${l.t('stiff', { part: l.t(`part.${s.dimension}` as 'title'), who: perspectives.perspectiveName(l, s.perspective) })}</li>`)}
          </ul>`
      : nothing}
    ${renderTrend(v, perspectives)}
    ${resultActions(l, { edit: v.readonly ? undefined : v.editAgain, date: v.value.date, json: () => JSON.stringify({ value: v.value, result }, null, 2) })}
  </section>`;
}

/** Earlier checks and this one: a line per perspective over all statements, and a table per part. */
function renderTrend(v: AllianceView, perspectives: PerspectivesModule): TemplateResult {
  const l = v.l;
  if (!v.history.length) return html`<h4>${l.t('trendTitle')}</h4><p>${l.t('noHistory')}</p>`;
  const docs: AllianceValue[] = [...v.history, ...(v.value.completed ? [v.value] : [])];
  const results = docs.map((doc) => scoreAlliance(doc));
  const order = v.result.order;
  const dateOf = (doc: AllianceValue, i: number, length: 'long' | 'short') =>
    doc.session ? l.t('session', { number: doc.session }) : doc.date ? l.date(doc.date, length) : i === docs.length - 1 && doc === v.value ? l.t('now') : String(i + 1);
  const series = order.map((p) => ({ label: perspectives.perspectiveName(l, p), values: results.map((r) => r.perspectives[p]?.total ?? null) }));
  const last = series.map((s) => `${s.label}: ${s.values.at(-1) === null || s.values.at(-1) === undefined ? '–' : l.number(s.values.at(-1)!)}`).join('; ');
  const cell = (value: number | null | undefined) => (value === null || value === undefined ? '–' : l.number(value));
  return html`<h4>${l.t('trendTitle')}</h4>
    ${trendChart({ dates: docs.map((doc, i) => dateOf(doc, i, 'short')), series, min: ANSWER_MIN, max: ANSWER_MAX, label: l.t('trendLabel', { summary: last }) })}
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
      <table>
        <caption id="trend-caption">${l.t('trendTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('dateHeader')}</th>
            ${order.map((p) => ['total', ...ALLIANCE_DIMENSIONS].map((part) => html`<th scope="col">${perspectives.perspectiveName(l, p)}: ${part === 'total' ? l.t('total') : l.t(`dimension.${part}` as 'title')}</th>`))}
          </tr>
        </thead>
        <tbody>
          ${docs.map(
            (doc, i) => html`<tr>
              <th scope="row">${dateOf(doc, i, 'long')}${variantOf(doc.instrument) !== v.variant ? ` (${doc.instrument})` : ''}</th>
              ${order.map((p) => {
                const scores = results[i]!.perspectives[p];
                return html`<td>${cell(scores?.total)}</td>${ALLIANCE_DIMENSIONS.map((d) => html`<td>${cell(scores?.dimensions[d])}</td>`)}`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
