import { html, nothing, type TemplateResult } from 'lit';
import { ORGANISATION, cssProps, type LocalizeController } from '@goesting/core';
import type { SelfscanTeamMessages } from './messages.js';
import { BANDS, CELLS, DIMENSIONS, PILLARS, type CellId, type DimensionId, type PillarId, type TeamFigures, type TeamGroup, type TeamWave } from './model/index.js';

export type L = LocalizeController<SelfscanTeamMessages>;

/** A group's name: the organisation in the mirror's language, a team by its label or key. */
export const groupLabel = (l: L, group: Pick<TeamGroup, 'id' | 'label'>): string => (group.id === ORGANISATION ? l.t('organisation') : (group.label ?? group.id));

export const waveLabel = (l: L, wave: Pick<TeamWave, 'id' | 'label'>): string => wave.label ?? (wave.id || l.t('noWave'));

/** The first column of a group's row, indented by its depth in the hierarchy. */
export const groupHeader = (l: L, group: TeamGroup) => html`<th scope="row" class="depth-${Math.min(group.depth, 3)}">${groupLabel(l, group)}</th>`;

/** A cell's name, as the self-scan writes it: `<pillar>: <dimension>`. */
export function cellName(l: L, cell: CellId): string {
  const [pillar, dimension] = cell.split('.') as [PillarId, DimensionId];
  return l.t('cellName', { pillar: l.t(`pillar.${pillar}`), dimension: l.t(`dimension.${dimension}`) });
}

/** The cells of a list the self-scan knows; the aggregate's schema accepts any `<pillar>.<dimension>` shape. */
const known = (cells: readonly string[]): CellId[] => cells.filter((c): c is CellId => (CELLS as readonly string[]).includes(c));

const mean = (l: L, value: number | null) => (value === null ? '–' : l.number(value, 1));

/** Where a mean sits between 1 and 5, as a share of a bar's width. */
const level = (value: number | null) => (value === null ? '0' : String((value - 1) / 4));

/** A hidden group's status in the group picker, beside its name; a shown group needs none. */
const statusWords = (l: L, group: TeamGroup) => (group.status === 'shown' ? '' : ` (${l.t(`statusShort.${group.status}`)})`);

/** The groups of a wave the mirror lists: the organisation always, other groups once they have self-scans. */
export const listedGroups = (wave: TeamWave): TeamGroup[] => wave.groups.filter((g) => g.status !== 'empty' || g.id === ORGANISATION);

/** The group to show in a wave: the one asked for, else the organisation if it shows figures, else the first group that does. */
export function choose(wave: TeamWave, wanted: string | undefined): TeamGroup {
  const groups = listedGroups(wave);
  return groups.find((g) => g.id === wanted) ?? groups.find((g) => g.id === ORGANISATION && g.status === 'shown') ?? groups.find((g) => g.status === 'shown') ?? groups[0]!;
}

/** The pickers for the wave (when there are several) and the group. */
export function renderPickers(l: L, waves: readonly TeamWave[], wave: TeamWave, group: TeamGroup, pick: (kind: 'wave' | 'group', id: string) => void): TemplateResult {
  const groups = listedGroups(wave);
  return html`<div class="pickers no-print">
    ${waves.length > 1
      ? html`<label>${l.t('wave')}
          <select name="wave" @change=${(e: Event) => pick('wave', (e.target as HTMLSelectElement).value)}>
            ${waves.map((w) => html`<option value=${w.id} ?selected=${w === wave}>${waveLabel(l, w)}</option>`)}
          </select>
        </label>`
      : nothing}
    ${groups.length > 1
      ? html`<label>${l.t('group')}
          <select name="group" @change=${(e: Event) => pick('group', (e.target as HTMLSelectElement).value)}>
            ${groups.map((g) => html`<option value=${g.id} ?selected=${g === group}>${groupLabel(l, g)}${statusWords(l, g)}</option>`)}
          </select>
        </label>`
      : nothing}
  </div>`;
}

/** The organisation, its departments and teams: how many self-scans each shows, or why it shows none. */
export function renderGroups(l: L, wave: TeamWave): TemplateResult {
  const groups = listedGroups(wave);
  return html`<section part="groups" aria-labelledby="groups-title">
    <h3 id="groups-title">${l.t('groupsTitle')}</h3>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="groups-caption">
      <table class="groups">
        <caption id="groups-caption">${l.t('groupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('groupHeader')}</th>
            <th scope="col">${l.t('scansHeader')}</th>
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) => html`<tr data-group=${g.id} data-status=${g.status}>
              ${groupHeader(l, g)} ${g.figures ? html`<td>${g.figures.n}</td>` : html`<td class="status">${l.t(`status.${g.status as 'limited'}`)}</td>`}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/**
 * The chosen group's mirror. A shown group: the spread per cell as small stacked bars in the
 * 4 × 4 grid and as a table, strength beside energy per pillar, strengths and growth points, what
 * colleagues want to talk about, and conversation starters. A hidden group: why, in words, and
 * for a group that may meet as a team, questions to talk about without figures.
 */
export function renderMirror(l: L, wave: TeamWave, group: TeamGroup): TemplateResult {
  const heading = html`<h3 id="mirror-title">${groupLabel(l, group)}${wave.id ? ` · ${waveLabel(l, wave)}` : ''}</h3>`;
  const f = group.figures;
  if (!f) {
    const open = group.status === 'limited' || group.status === 'protected' || group.status === 'held';
    return html`<section part="mirror" aria-labelledby="mirror-title" data-status=${group.status}>
      ${heading}
      <p class="status">${l.t(`status.${group.status as 'limited'}`)}</p>
      ${open
        ? html`<p>${l.t('openStartersIntro')}</p>
            <ul class="starters" part="starters">
              ${PILLARS.map((p) => html`<li>${l.t(`starter.open.${p}`)}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }
  return html`<section part="mirror" aria-labelledby="mirror-title" data-status="shown">
    ${heading}
    <p class="n">${l.t('scans', { n: f.n })}</p>
    ${renderSpread(l, f)} ${renderSpreadTable(l, f)} ${renderPillars(l, f)}
    <div class="columns">${renderHighlights(l, f)} ${renderTalk(l, f)}</div>
    ${renderStarters(l, f)}
  </section>`;
}

/** The 4 × 4 grid: per cell the mean, the spread over the bands as a stacked bar, and the counts as text. */
function renderSpread(l: L, f: TeamFigures): TemplateResult {
  const cell = (id: CellId) => {
    const c = f.cells[id];
    return html`<td class="spread-cell" part="spread-cell" data-cell=${id}>
      <b class="mean">${mean(l, c.mean)}</b>
      ${c.answered
        ? html`<span class="bar" part="bar" aria-hidden="true"
              >${BANDS.filter((b) => c.bands[b] > 0).map((b) => html`<span class="band band-${b}" style=${cssProps({ '--count': String(c.bands[b]) })}></span>`)}</span
            >
            <span class="counts" aria-hidden="true">${c.bands.low} · ${c.bands.middle} · ${c.bands.high}</span>
            <span class="visually-hidden">${l.t('cellSpread', c.bands)}</span>`
        : html`<span class="none">${l.t('noScore')}</span>`}
      ${c.talk ? html`<span class="talk">${l.t('cellTalk', { count: c.talk })}</span>` : nothing}
    </td>`;
  };
  return html`<section class="spread" aria-labelledby="spread-title">
    <h4 id="spread-title">${l.t('spreadTitle')}</h4>
    <p>${l.t('spreadIntro')}</p>
    <p class="legend" aria-hidden="true">
      ${BANDS.map((b) => html`<span class="key"><span class="swatch band band-${b}"></span>${l.t(`band.${b}`)}</span>`)}
    </p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="spread-caption">
      <table class="spread-grid" part="spread">
        <caption id="spread-caption">${l.t('spreadCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('pillarHeader')}</th>
            ${DIMENSIONS.map((d) => html`<th scope="col">${l.t(`dimension.${d}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${PILLARS.map(
            (p) => html`<tr>
              <th scope="row">${l.t(`pillar.${p}`)}</th>
              ${DIMENSIONS.map((d) => cell(`${p}.${d}`))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Every figure per cell as text: the table the grid's bars stand for. */
function renderSpreadTable(l: L, f: TeamFigures): TemplateResult {
  return html`<section class="spread-numbers" aria-labelledby="table-title">
    <h4 id="table-title">${l.t('tableTitle')}</h4>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="table-caption">
      <table class="spread-table" part="spread-table">
        <caption id="table-caption">${l.t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('cellHeader')}</th>
            <th scope="col">${l.t('answeredHeader')}</th>
            ${BANDS.map((b) => html`<th scope="col">${l.t(`band.${b}`)}</th>`)}
            <th scope="col">${l.t('meanHeader')}</th>
            <th scope="col">${l.t('talkHeader')}</th>
          </tr>
        </thead>
        <tbody>
          ${CELLS.map((id) => {
            const c = f.cells[id];
            return html`<tr data-cell=${id}>
              <th scope="row">${cellName(l, id)}</th>
              <td>${c.answered}</td>
              ${BANDS.map((b) => html`<td>${c.bands[b]}</td>`)}
              <td>${c.mean === null ? l.t('noScore') : mean(l, c.mean)}</td>
              <td>${c.talk}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** Strength beside energy per pillar: the numbers as text, each with a bar from 1 to 5. */
function renderPillars(l: L, f: TeamFigures): TemplateResult {
  const meter = (kind: 'strength' | 'energy', value: number | null) =>
    html`<span class="value">${mean(l, value)}</span>${value === null ? nothing : html`<span class="meter ${kind}" aria-hidden="true" style=${cssProps({ '--level': level(value) })}></span>`}`;
  return html`<section class="pillars" part="pillars" aria-labelledby="pillars-title">
    <h4 id="pillars-title">${l.t('pillarsTitle')}</h4>
    <p>${l.t('pillarsIntro')}</p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="pillars-caption">
      <table class="pillar-table">
        <caption id="pillars-caption">${l.t('pillarsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('pillarHeader')}</th>
            <th scope="col">${l.t('strengthHeader')}</th>
            <th scope="col">${l.t('energyHeader')}</th>
            <th scope="col">${l.t('energyAnsweredHeader')}</th>
          </tr>
        </thead>
        <tbody>
          ${PILLARS.map((p) => {
            const figures = f.pillars[p];
            return html`<tr data-pillar=${p}>
              <th scope="row">${l.t(`pillar.${p}`)}</th>
              <td>${meter('strength', figures.strength)}</td>
              <td>${meter('energy', figures.energy)}</td>
              <td>${l.t('countOf', { count: figures.energyAnswered, n: f.n })}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The team's strengths and growth points, each with its mean. */
function renderHighlights(l: L, f: TeamFigures): TemplateResult {
  const list = (kind: 'strengths' | 'growthPoints', cells: CellId[]) =>
    html`<h5>${l.t(kind)}</h5>
      ${cells.length
        ? html`<ul class=${kind}>
            ${cells.map((id) => html`<li data-cell=${id}>${cellName(l, id)} (${mean(l, f.cells[id].mean)})</li>`)}
          </ul>`
        : html`<p>${l.t('noHighlights')}</p>`}`;
  return html`<section class="highlights" part="highlights" aria-labelledby="highlights-title">
    <h4 id="highlights-title">${l.t('highlightsTitle')}</h4>
    ${list('strengths', known(f.strengths))} ${list('growthPoints', known(f.growthPoints))}
  </section>`;
}

/** The cells colleagues marked to talk about, most marked first. */
export const talkCells = (f: TeamFigures): CellId[] => CELLS.filter((c) => f.cells[c].talk > 0).sort((a, b) => f.cells[b].talk - f.cells[a].talk);

function renderTalk(l: L, f: TeamFigures): TemplateResult {
  const cells = talkCells(f);
  return html`<section class="talk-list" part="talk" aria-labelledby="talk-title">
    <h4 id="talk-title">${l.t('talkTitle')}</h4>
    ${cells.length
      ? html`<ul>
          ${cells.map((id) => html`<li data-cell=${id}>${cellName(l, id)} <span class="nowrap">(${l.t('countOf', { count: f.cells[id].talk, n: f.n })})</span></li>`)}
        </ul>`
      : html`<p>${l.t('noTalk')}</p>`}
  </section>`;
}

export type StarterKind = 'strength' | 'talk' | 'spread' | 'energy' | 'growth';
export interface Starter {
  kind: StarterKind;
  cell?: CellId;
  pillar?: PillarId;
}

/** How far apart a cell's answers lie: the smaller of its two outer bands, as a share of those with a score. */
const spreadOf = (f: TeamFigures, cell: CellId) => {
  const c = f.cells[cell];
  return c.answered ? Math.min(c.bands.low, c.bands.high) / c.answered : 0;
};

/**
 * A few conversation starters for a team session, warm first: the strongest cell; the cell most
 * colleagues want to talk about (at least two, and a quarter of the group); the cell whose answers
 * lie furthest apart (a quarter or more at each end); the pillar whose energy lies half a point or
 * more below its strength; two growth points. A cell or pillar comes up once.
 */
export function conversationStarters(f: TeamFigures): Starter[] {
  const starters: Starter[] = [];
  const add = (starter: Starter) => {
    if (!starters.some((s) => (starter.cell ? s.cell === starter.cell : s.pillar === starter.pillar))) starters.push(starter);
  };
  const strength = known(f.strengths)[0];
  if (strength) add({ kind: 'strength', cell: strength });
  const talk = talkCells(f)[0];
  if (talk && f.cells[talk].talk >= Math.max(2, Math.ceil(f.n / 4))) add({ kind: 'talk', cell: talk });
  const spread = CELLS.filter((c) => spreadOf(f, c) >= 0.25).sort((a, b) => spreadOf(f, b) - spreadOf(f, a))[0];
  if (spread) add({ kind: 'spread', cell: spread });
  const gap = (p: PillarId) => {
    const { strength, energy } = f.pillars[p];
    return strength === null || energy === null ? 0 : strength - energy;
  };
  const drain = PILLARS.filter((p) => gap(p) >= 0.5).sort((a, b) => gap(b) - gap(a))[0];
  if (drain) add({ kind: 'energy', pillar: drain });
  for (const cell of known(f.growthPoints)) if (starters.filter((s) => s.kind === 'growth').length < 2) add({ kind: 'growth', cell });
  return starters;
}

function starterText(l: L, s: Starter): string {
  if (s.kind === 'energy') return l.t('starter.energy', { pillar: l.t(`pillar.${s.pillar!}`) });
  const cell = cellName(l, s.cell!);
  if (s.kind === 'growth') return l.t(`starter.growth.${s.cell!.split('.')[0] as PillarId}`, { cell });
  return l.t(`starter.${s.kind}`, { cell });
}

function renderStarters(l: L, f: TeamFigures): TemplateResult | typeof nothing {
  const starters = conversationStarters(f);
  if (!starters.length) return nothing;
  return html`<section class="starters" part="starters" aria-labelledby="starters-title">
    <h4 id="starters-title">${l.t('startersTitle')}</h4>
    <p>${l.t('startersIntro')}</p>
    <ul>
      ${starters.map((s) => html`<li data-kind=${s.kind}><strong>${l.t(`starterKind.${s.kind}`)}</strong> ${starterText(l, s)}</li>`)}
    </ul>
  </section>`;
}
