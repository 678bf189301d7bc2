/* The report's secondary views, loaded when first needed: hidden groups explained, the trend over waves, reference figures, and the focus plan in the report. */
import { html, nothing, type TemplateResult } from 'lit';
import { trendChart, type FocusPlan, type FocusPlanUpdate, type FocusPlanViewModule, type FocusTarget } from '@goesting/core';
import { CONSTRUCTS, INDICATORS, ORGANISATION, REFERENCE_FIGURES, strain, zoneOf, type Construct, type GroupAggregate, type Indicator, type WaveAggregate, type WorkabilityAggregate } from './model/index.js';
import { depthOf, formatMean, groupLabel, waveLabel, type L } from './render-report.js';

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
              <th scope="row" class="depth-${depthOf(first)}">${groupLabel(l, first)}</th>
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

const isConstruct = (id: string): id is Construct => (CONSTRUCTS as readonly string[]).includes(id);
const isIndicator = (id: string): id is Indicator => (INDICATORS as readonly string[]).includes(id);

/**
 * A topic's figure for the focus plan, from a group's released figures: % in the problem zone for
 * an indicator, the mean for a risk factor. `null` when the group shows no figures.
 */
export function topicFigure(group: GroupAggregate | undefined, topic: string): number | null {
  const f = group?.figures;
  if (!f || !isConstruct(topic)) return null;
  return isIndicator(topic) ? f.problemPct[topic] : f.means[topic];
}

/**
 * The topics a team may choose as focus points: first the growth points, the topics whose mean is
 * in the orange or red zone, the heaviest first; then the others in the report's order.
 */
export function focusTargets(aggregate: WorkabilityAggregate, group: GroupAggregate): FocusTarget[] {
  const f = group.figures;
  if (!f) return [];
  const heavy = CONSTRUCTS.filter((c) => zoneOf(c, f.means[c], aggregate.thresholds) !== 'green').sort((a, b) => strain(b, f.means[b]) - strain(a, f.means[a]));
  return [...heavy.map((id): FocusTarget => ({ id, kind: 'growth' })), ...CONSTRUCTS.filter((c) => !heavy.includes(c)).map((id): FocusTarget => ({ id }))];
}

/** What the report hands the focus plan's view besides its texts. */
export interface FocusSetup {
  aggregate: WorkabilityAggregate;
  /** The wave shown. */
  wave: WaveAggregate;
  /** The group the plan is for (`focus-group`). */
  group: string;
  plan: FocusPlan;
  held: ReadonlyMap<string, string>;
  change(update: FocusPlanUpdate): void;
}

/**
 * The team's focus plan for the group and wave shown, with figures from the released aggregate
 * only. A group without figures in this wave gets no plan: the report says so in words.
 */
export function renderFocus(l: L, view: FocusPlanViewModule, s: FocusSetup): TemplateResult {
  const { aggregate } = s;
  const group = s.wave.groups.find((g) => g.id === s.group);
  const known = aggregate.waves.flatMap((w) => w.groups).find((g) => g.id === s.group);
  const name = (id: string) => groupLabel(l, aggregate.waves.flatMap((w) => w.groups).find((g) => g.id === id) ?? { id });
  if (!group?.figures) return view.renderFocusUnavailable(l, name(s.group), !!known);
  const waveById = new Map(aggregate.waves.map((w) => [w.id, w]));
  return view.renderFocusPlan({
    l,
    plan: s.plan,
    group: s.group,
    wave: s.wave.id,
    waves: aggregate.waves.map((w) => w.id),
    targets: focusTargets(aggregate, group),
    names: {
      target: (id) => (isConstruct(id) ? l.t(`construct.${id}`) : id),
      group: name,
      wave: (id) => {
        const wave = waveById.get(id);
        return wave ? waveLabel(l, wave) : id || l.t('noWave');
      },
    },
    figure: (target, wave) => topicFigure(waveById.get(wave)?.groups.find((g) => g.id === s.group), target),
    formatFigure: (value, target) => {
      if (isIndicator(target)) return l.t('focusFigurePct', { pct: value });
      const zone = isConstruct(target) ? zoneOf(target, value, aggregate.thresholds) : 'green';
      return l.t('focusFigureMean', { mean: formatMean(l, value), zone: l.t(`zone.${zone}`) });
    },
    formatChange: (change, target) => (isIndicator(target) ? l.t('focusChangePct', { change: l.difference(change, 0) }) : l.difference(change, 1)),
    held: s.held,
    change: s.change,
  });
}
