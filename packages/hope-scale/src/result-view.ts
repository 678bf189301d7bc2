import { html, nothing, type TemplateResult } from 'lit';
import { resultActions, trendChart, type PerspectivesViewModule } from '@goesting/core';
import { hopeScaleMessages } from './messages.js';
import { isDefaultPack, scoreHope, type HopeResult, type HopeValue, type ScalingScale } from './model/index.js';
import { PROMPTS, promptLabel, scaleQuestion, subscaleName, type HopeView } from './view.js';

/** The result with its trend; loaded the first time a result is shown. */
export function renderResult(v: HopeView, perspectives?: PerspectivesViewModule): TemplateResult {
  const l = v.l;
  const result = v.result;
  const goal = result.mode === 'goal-hope';
  const range = (score: { score: number | null; min: number; max: number; missing: string[] }) =>
    score.score === null ? l.t('noScore', { count: score.missing.length }) : l.t('scoreOf', { score: score.score, min: score.min, max: score.max });
  return html`<section class="result" part="result" aria-labelledby="result-title">
    <h3 id="result-title" tabindex="-1">${l.t('resultTitle')}</h3>
    <p>${l.t('resultIntro')}</p>
    ${v.value.goal ? html`<p><strong>${l.t('goalResult')}:</strong> ${v.value.goal}</p>` : nothing}
    <dl class="scores">
      ${goal
        ? html`${result.subscales.map(
              (s) => html`<dt>${subscaleName(v, s.id)}</dt>
                <dd>${range(s)}${`subscaleAbout.${s.id}` in hopeScaleMessages['nl-BE'] ? html`: ${l.t(`subscaleAbout.${s.id}` as 'title')}` : nothing}</dd>`,
            )}
            <dt>${l.t('total')}</dt>
            <dd>${range(result.total!)}</dd>`
        : v.scales.map(
            (scale) => html`<dt>${scaleQuestion(v, scale)}</dt>
              <dd>
                ${result.scales[scale.id] === null ? l.t('scaleUnset') : l.t('scaleValue', { value: result.scales[scale.id]!, max: 10 })}
                ${renderFollowUps(v, scale, result.scales[scale.id])}
              </dd>`,
          )}
    </dl>
    ${result.perspectives && perspectives ? renderSideBySide(v, perspectives) : nothing}
    ${goal && isDefaultPack(v.pack) ? renderTalk(v, result) : nothing}
    ${result.low ? html`<p class="low-hope">${l.t('lowScore')}</p>` : nothing} ${renderTrend(v)}
    ${resultActions(l, { edit: v.readonly ? undefined : v.editAgain, date: v.value.date, json: () => JSON.stringify({ value: v.value, result }, null, 2) })}
  </section>`;
}

/** The client's hope beside the professional's, the client first; a difference only where both are on the same 0–10 scale. */
function renderSideBySide(v: HopeView, perspectives: PerspectivesViewModule): TemplateResult {
  const l = v.l;
  const total = v.result.total;
  return html`<h3>${l.t('bothTitle')}</h3>
    <p>${l.t('bothIntro')}</p>
    ${perspectives.comparisonTable(l, {
      id: 'both',
      caption: l.t('bothCaption'),
      rowHeader: l.t('questionHeader'),
      rows: v.result.perspectives!,
      rowLabel: (id) => (id === 'goal' ? l.t('goalHopeRow') : v.scales[0] ? scaleQuestion(v, v.scales[0]) : id),
      valueText: (value, perspective) =>
        perspective === 'client' && total && v.result.mode === 'goal-hope'
          ? l.t('scoreOf', { score: value, min: total.min, max: total.max })
          : l.t('scaleValue', { value, max: 10 }),
      differenceText: (d) => l.t('points', { count: d }),
    })}`;
}

/** The client's answers to the follow-up questions of one scale, as they were asked. */
function renderFollowUps(v: HopeView, scale: ScalingScale, value: number | null | undefined): TemplateResult | typeof nothing {
  if (value === null || value === undefined) return nothing;
  const answered = PROMPTS.filter((prompt) => v.value.followUps[`${scale.id}.${prompt}`]?.trim() && !(value === 10 && prompt === 'notice'));
  if (!answered.length) return nothing;
  return html`<dl class="follow-ups">
    ${answered.map((prompt) => html`<dt>${promptLabel(v, prompt, value)}</dt><dd>${v.value.followUps[`${scale.id}.${prompt}`]}</dd>`)}
  </dl>`;
}

function renderTalk(v: HopeView, result: HopeResult): TemplateResult {
  const l = v.l;
  const lower = result.lowerSubscale;
  const prompts = lower === 'will' || lower === 'ways' ? [l.t(`talk.${lower}.1`), l.t(`talk.${lower}.2`)] : [l.t('talk.even')];
  return html`<h3>${l.t('talkTitle')}</h3>
    <ul>
      ${prompts.map((p) => html`<li>${p}</li>`)}
    </ul>`;
}

function renderTrend(v: HopeView): TemplateResult {
  const l = v.l;
  if (!v.history.length) return html`<h3>${l.t('trendTitle')}</h3><p>${l.t('noHistory')}</p>`;
  const docs = [...v.history, ...(v.complete ? [v.value] : [])];
  const results = docs.map((doc) => scoreHope(doc, v.scales, v.pack));
  const dateOf = (doc: HopeValue, i: number, length: 'long' | 'short') =>
    doc.date ? l.date(doc.date, length) : i === docs.length - 1 && doc === v.value ? l.t('now') : String(i + 1);
  const series = v.goal
    ? v.pack.subscales.map((s) => ({ label: subscaleName(v, s.id), values: results.map((r) => r.subscales.find((x) => x.id === s.id)?.score ?? null) }))
    : v.scales.map((scale) => ({ label: scaleQuestion(v, scale), values: results.map((r) => r.scales[scale.id] ?? null) }));
  const { scale, subscales } = v.pack;
  const [min, max] = v.goal ? [subscales[0]!.items.length * scale.min, Math.max(...subscales.map((s) => s.items.length)) * scale.max] : [0, 10];
  const last = series.map((s) => `${s.label}: ${s.values.at(-1) ?? '–'}`).join('; ');
  return html`<h3>${l.t('trendTitle')}</h3>
    ${trendChart({ dates: docs.map((doc, i) => dateOf(doc, i, 'short')), series, min, max, label: l.t('trendLabel', { summary: last }) })}
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
      <table>
        <caption id="trend-caption">${l.t('trendTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('dateHeader')}</th>
            ${series.map((s) => html`<th scope="col">${s.label}</th>`)} ${v.goal ? html`<th scope="col">${l.t('total')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${results.map(
            (r, i) => html`<tr>
              <th scope="row">${dateOf(docs[i]!, i, 'long')}</th>
              ${series.map((s) => html`<td>${s.values[i] ?? '–'}</td>`)} ${v.goal ? html`<td>${r.total?.score ?? '–'}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
