/* The team mirror's secondary views, loaded when first needed: hidden groups explained, the trend over waves, the focus plan in the mirror. */
import { html, nothing, type TemplateResult } from 'lit';
import { ORGANISATION, trendChart, type FocusPlan, type FocusPlanUpdate, type FocusPlanViewModule, type FocusTarget, type FocusTargetKind, type GridCell, type ReflectPurpose } from '@goesting/core';
import { CELLS, PILLARS, type CellId, type DimensionId, type PillarId, type TeamAggregate, type TeamFigures, type TeamGroup, type TeamWave } from './model/index.js';
import { cellName, groupLabel, talkCells, waveLabel, type L } from './render-team.js';

/** Why groups show no figures: the rule, per protected group which smaller group it protects, per held group which earlier release. */
export function renderHidden(aggregate: TeamAggregate, wave: TeamWave, l: L): TemplateResult | typeof nothing {
  const hidden = wave.groups.filter((g) => g.status !== 'shown' && g.status !== 'empty');
  if (!hidden.length) return nothing;
  const byId = new Map(wave.groups.map((g) => [g.id, g]));
  const name = (id: string) => groupLabel(l, byId.get(id) ?? { id });
  const explained = hidden.filter((g) => g.status === 'protected' || g.status === 'held');
  const why = (g: TeamGroup) => {
    if (g.status === 'held') return l.t('heldWhy', { group: name(g.id), min: aggregate.minGroupSize, releases: (g.heldBy ?? []).join(', ') });
    const within = name(g.within ?? ORGANISATION);
    // The group the subtraction starts from may itself be held back now: then it is no figure to subtract from.
    if (byId.get(g.within ?? ORGANISATION)?.status !== 'shown') return l.t('protectedWhyHeld', { group: name(g.id), within });
    const small = (g.protects ?? []).map(name).join(', ');
    return small ? l.t('protectedWhy', { group: name(g.id), within, small }) : l.t('protectedWhyDirect', { group: name(g.id), within });
  };
  return html`<section part="hidden" aria-labelledby="hidden-title">
    <h3 id="hidden-title">${l.t('hiddenTitle')}</h3>
    <p>${l.t('hiddenRule', { min: aggregate.minGroupSize })}</p>
    ${explained.length ? html`<ul>${explained.map((g) => html`<li data-group=${g.id}>${why(g)}</li>`)}</ul>` : nothing}
  </section>`;
}

/**
 * One group's strength and energy per pillar over the waves: a line chart for each, and one table
 * with every figure as text. A wave where the group shows no figures gives a gap in the lines and
 * its status in words in the table; a group that shows figures in no wave gets no trend.
 */
export function renderTrend(aggregate: TeamAggregate, groupId: string, l: L): TemplateResult | typeof nothing {
  const waves = aggregate.waves;
  const inWave = waves.map((w) => w.groups.find((g) => g.id === groupId));
  if (!inWave.some((g) => g?.figures)) return nothing;
  const dates = waves.map((w) => waveLabel(l, w));
  const name = groupLabel(l, inWave.find((g) => g) ?? { id: groupId });
  const status = (g: TeamGroup | undefined) => l.t(`status.${(g?.status ?? 'empty') as 'limited'}`);
  const measures = [
    { key: 'strength', title: l.t('trendStrength'), word: l.t('measureStrength') },
    { key: 'energy', title: l.t('trendEnergy'), word: l.t('measureEnergy') },
  ] as const;
  const chart = (measure: (typeof measures)[number]) => {
    const series = PILLARS.map((p) => ({ label: l.t(`pillarShort.${p}`), values: inWave.map((g) => g?.figures?.pillars[p][measure.key] ?? null) }));
    const summary = PILLARS.map((p, k) => `${l.t(`pillar.${p}`)}: ${series[k]!.values.map((v, i) => `${dates[i]} ${v === null ? status(inWave[i]) : l.number(v, 1)}`).join(', ')}`).join('; ');
    return html`<figure class="trend-chart">
      <figcaption>${measure.title}</figcaption>
      ${trendChart({ dates, series, min: 1, max: 5, label: l.t('trendLabel', { measure: measure.word, summary }) })}
    </figure>`;
  };
  return html`<section part="trend" aria-labelledby="trend-title">
    <h3 id="trend-title">${l.t('trendTitle')}</h3>
    <p>${l.t('trendIntro', { group: name })}</p>
    <div class="trend-charts">${measures.map(chart)}</div>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
      <table class="trend-table">
        <caption id="trend-caption">${l.t('trendCaption', { group: name })}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('pillarHeader')}</th>
            ${dates.map((d) => html`<th scope="col">${d}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${PILLARS.flatMap((p) =>
            measures.map(
              (m) => html`<tr data-pillar=${p} data-measure=${m.key}>
                <th scope="row">${l.t('trendRow', { pillar: l.t(`pillar.${p}`), measure: m.word })}</th>
                ${inWave.map((g) => {
                  const value = g?.figures?.pillars[p][m.key];
                  return g?.figures ? html`<td>${value === null || value === undefined ? '–' : l.number(value, 1)}</td>` : html`<td class="status">${status(g)}</td>`;
                })}
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/**
 * The cells a team may choose as focus points, from the group's released figures: first its growth
 * points, then the cells colleagues want to talk about, then its strengths, then the others in
 * grid order. Each is a cell of the grid, so a point on it can open reflection or intervision cards.
 */
export function focusTargets(f: TeamFigures): FocusTarget[] {
  const talk = talkCells(f);
  const order: [CellId, FocusTargetKind | undefined][] = [
    ...f.growthPoints.map((c): [CellId, FocusTargetKind] => [c as CellId, 'growth']),
    ...talk.map((c): [CellId, FocusTargetKind] => [c, 'talk']),
    ...f.strengths.map((c): [CellId, FocusTargetKind] => [c as CellId, 'strength']),
    ...CELLS.map((c): [CellId, undefined] => [c, undefined]),
  ];
  const seen = new Set<string>();
  return order.flatMap(([id, kind]) => {
    if (seen.has(id) || f.cells[id].mean === null) return [];
    seen.add(id);
    const [pillar, dimension] = id.split('.') as [PillarId, DimensionId];
    return [{ id, ...(kind ? { kind } : {}), cell: { pillar, dimension } }];
  });
}

/** What the mirror hands the focus plan's view besides its texts. */
export interface FocusSetup {
  aggregate: TeamAggregate;
  wave: TeamWave;
  /** The group the plan is for (`focus-group`). */
  group: string;
  plan: FocusPlan;
  held: ReadonlyMap<string, string>;
  change(update: FocusPlanUpdate): void;
  reflect(cell: GridCell, purpose: ReflectPurpose): void;
}

/**
 * The team's focus plan for the focus group and the wave shown, with each cell's team mean from the
 * released aggregate only. A group without figures in this wave gets no plan: the mirror says so.
 */
export function renderFocus(l: L, view: FocusPlanViewModule, s: FocusSetup): TemplateResult {
  const { aggregate } = s;
  const all = aggregate.waves.flatMap((w) => w.groups);
  const name = (id: string) => groupLabel(l, all.find((g) => g.id === id) ?? { id });
  const group = s.wave.groups.find((g) => g.id === s.group);
  if (!group?.figures) return view.renderFocusUnavailable(l, name(s.group), all.some((g) => g.id === s.group));
  const waveById = new Map(aggregate.waves.map((w) => [w.id, w]));
  const isCell = (id: string): id is CellId => (CELLS as readonly string[]).includes(id);
  return view.renderFocusPlan({
    l,
    plan: s.plan,
    group: s.group,
    wave: s.wave.id,
    waves: aggregate.waves.map((w) => w.id),
    targets: focusTargets(group.figures),
    names: {
      target: (id) => (isCell(id) ? cellName(l, id) : id),
      group: name,
      wave: (id) => {
        const wave = waveById.get(id);
        return wave ? waveLabel(l, wave) : id || l.t('noWave');
      },
    },
    figure: (target, wave) => (isCell(target) ? (waveById.get(wave)?.groups.find((g) => g.id === s.group)?.figures?.cells[target].mean ?? null) : null),
    formatFigure: (value) => l.t('focusFigure', { mean: l.number(value, 1) }),
    formatChange: (change) => l.difference(change, 1),
    held: s.held,
    change: s.change,
    reflect: s.reflect,
  });
}
