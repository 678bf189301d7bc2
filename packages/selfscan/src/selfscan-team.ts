import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GroupReportElement,
  LazyModule,
  ORGANISATION,
  downloadFile,
  emit,
  focusGroupSchema,
  focusPlanStyles,
  focusPlanView,
  isoDay,
  parsedInput,
  themeStyles,
  trendStyles,
  type Catalogues,
  type FocusPlan,
  type GridCell,
  type LocalizeController,
  type Messages,
  type ReflectPurpose,
} from '@goesting/core';
import { selfscanTeamMessages, type SelfscanTeamMessages } from './messages.js';
import { teamStyles } from './selfscan-team.styles.js';
import { choose, groupLabel, renderGroups, renderMirror, renderPickers } from './render-team.js';
import { CELLS, TEAM_SCHEMA_VERSION, TEAM_WIDGET, parseTeamAggregate, teamAggregateToCsv, teamAggregateToJson, type TeamAggregate, type TeamGroup, type TeamWave } from './model/index.js';

/** Hidden-group explanations, the trend and the focus plan's place are secondary: their templates load on first need. */
const views = new LazyModule(() => import('./team-views.js'));

/**
 * The team mirror of the self-scan: a team's self-scans together, for a team coach and the team
 * in a team session. It renders an aggregate that the portal's back end released (`aggregate`):
 * per cell of the four pillars × four dimensions the spread over *never or seldom*, *sometimes*
 * and *often or always* (as small stacked bars and as a table), the mean and how many want to
 * talk about it; strength beside energy (*goesting*) per pillar; the team's strengths and growth
 * points; a few conversation starters; and, with several waves, the trend per pillar.
 *
 * It never receives a person's record: **anonymity is enforced on the server**, where the scans
 * are stored. A group below the minimum (at least 5) carries no figures — 3 or 4 give only
 * "limited insight", with questions to talk about without figures —, a group that would reveal
 * a smaller one by subtraction is hidden, and so is a group that, set beside an earlier release,
 * would single out too few people; the mirror says why in words. Exports hold the released
 * figures only.
 *
 * From results to action: for the group `focus-group` (the group of `group`, else the whole
 * organisation) the team chooses up to three cells as focus points, its growth points offered
 * first, and writes actions with the role that takes them up, a date and a moment to look back. A
 * point can open reflection cards or an intervision card on its cell (`goesting-reflect`). The
 * plan (`focusPlan`) comes back in `goesting-change` after every edit, prints with the mirror and
 * downloads as JSON, CSV or Markdown. Given a plan of an earlier wave, the mirror shows each of its
 * points beside the change of the cell's team mean since, and starts this wave's plan from it.
 *
 * @tagname goesting-selfscan-team
 * @summary Team mirror: a team's self-scans together, from an anonymous released aggregate.
 *
 * @fires {CustomEvent<GoestingChangeDetail<"selfscan-team">>} goesting-change - After every edit of the focus plan by the user, never when the host sets it. `detail` is `{ widget: 'selfscan-team', schemaVersion, value }` with the whole plan as `value`.
 * @fires {CustomEvent<GoestingReflectDetail>} goesting-reflect - When the team asks for reflection cards or an intervision card on a focus point. `detail.cell` is its cell, `detail.purpose` `reflection` or `intervision`; the host opens `<goesting-reflection-card>` with it.
 * @fires goesting-error - When `aggregate` is not a valid released team aggregate, `focusPlan` not a valid plan for this mirror and group, `focus-group` not a group key, or one of them comes from a newer version.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart groups - The table of the organisation, departments and teams with their status.
 * @csspart mirror - The chosen group's mirror (or, for a hidden group, why it shows no figures).
 * @csspart spread - The 4 × 4 grid with the spread per cell.
 * @csspart spread-cell - One cell of the grid: mean, stacked bar, counts and talk.
 * @csspart bar - The stacked bar of one cell (never or seldom, sometimes, often or always).
 * @csspart spread-table - The table with every figure per cell as text.
 * @csspart pillars - Strength beside energy per pillar.
 * @csspart highlights - The team's strengths and growth points.
 * @csspart talk - The cells colleagues want to talk about.
 * @csspart starters - The conversation starters.
 * @csspart hidden - The explanation of hidden groups.
 * @csspart trend - The trend over waves (and each of its charts).
 * @csspart focus-plan - The focus plan: from results to action.
 * @csspart focus-point - One focus point with its actions.
 * @csspart focus-actions - The focus plan's download and print buttons.
 * @csspart actions - Export and print buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of buttons, the strength bars and the first trend line.
 * @cssprop --goesting-color-border - Borders and the outline of the bars.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-earlier - Colour of the second trend line, and of the energy bars unless set apart.
 * @cssprop --goesting-color-band-low - The band *never or seldom* (hatched; default: a light accent shade).
 * @cssprop --goesting-color-band-middle - The band *sometimes* (striped; default: a middle accent shade).
 * @cssprop --goesting-color-band-high - The band *often or always* (solid; default: the accent colour).
 * @cssprop --goesting-color-energy - The energy bars (dashed; default: `--goesting-color-earlier`).
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingSelfscanTeam extends GroupReportElement {
  static override catalogues = selfscanTeamMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, trendStyles, focusPlanStyles, teamStyles];

  protected declare readonly l: LocalizeController<SelfscanTeamMessages>;
  protected readonly widget = TEAM_WIDGET;
  protected readonly schemaVersion = TEAM_SCHEMA_VERSION;
  protected readonly focusTargetIds = CELLS;

  /** Per-instance text overrides by message key, e.g. `{ title: 'Onze teamspiegel' }`. */
  @property({ attribute: false })
  declare strings?: Partial<SelfscanTeamMessages>;

  /**
   * The aggregate the portal's back end released (`releaseSelfscanTeam` in
   * `@goesting/selfscan/server`), as an object or JSON text: `mirror.aggregate = await (await
   * fetch(url)).json()`. It holds figures per group only, never a person's record. An invalid
   * document, or one from a newer version, is refused with the error state and `goesting-error`;
   * the mirror keeps showing the last valid one. Never an attribute.
   */
  @parsedInput({ parse: parseTeamAggregate, attribute: false })
  aggregate?: TeamAggregate;

  /**
   * The group shown first: a team key of the aggregate, such as a team coach's own team. Without
   * it, or when the chosen wave does not list it, the whole organisation (if it shows figures) or
   * else the first group that does. The user can pick another group.
   */
  @property()
  group?: string;

  @state() private chosenWave?: string;
  @state() private chosenGroup?: string;

  /** The secondary views with the focus plan below every released mirror. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.aggregate?.waves.length ? [focusPlanView, views] : [];
  }

  /** Without `focus-group`, the plan is for the group of `group`: a team coach's own team. */
  protected override defaultFocusGroup(): string {
    return focusGroupSchema.safeParse(this.group).success ? this.group! : ORGANISATION;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The host's new choice of group wins over what the user picked before.
    if (changed.has('group')) this.chosenGroup = undefined;
  }

  private export(aggregate: TeamAggregate, kind: 'csv' | 'json'): void {
    const name = `${this.l.t('fileName')}-${isoDay()}`;
    if (kind === 'json') downloadFile(`${name}.json`, teamAggregateToJson(aggregate));
    else downloadFile(`${name}.csv`, teamAggregateToCsv(aggregate), 'text/csv');
  }

  private pick(kind: 'wave' | 'group', id: string): void {
    if (kind === 'wave') this.chosenWave = id;
    else this.chosenGroup = id;
  }

  private reflect(cell: GridCell, purpose: ReflectPurpose): void {
    emit(this, 'goesting-reflect', { widget: TEAM_WIDGET, schemaVersion: TEAM_SCHEMA_VERSION, cell, purpose });
  }

  /**
   * The team's focus plan for the focus group in the wave shown. While another group is shown, a
   * line says whose plan it is and offers to show that group.
   */
  private renderFocus(wave: TeamWave, shown: TeamGroup): TemplateResult | typeof nothing {
    const focus = focusPlanView.value;
    const secondary = views.value;
    const aggregate = this.aggregate;
    if (!focus || !secondary || !aggregate) return nothing;
    const group = this.focusGroup;
    if (shown.id !== group && wave.groups.some((g) => g.id === group)) {
      const name = groupLabel(this.l, wave.groups.find((g) => g.id === group)!);
      return html`<p class="focus-elsewhere no-print">
        ${this.l.t('focusElsewhere', { group: name })}
        <button type="button" @click=${() => this.pick('group', group)}>${this.l.t('focusShow', { group: name })}</button>
      </p>`;
    }
    return secondary.renderFocus(this.l, focus, {
      aggregate,
      wave,
      group,
      plan: this.planFor(wave.id),
      held: this.focusHeld,
      change: (update) => this.focusChanged(update),
      reflect: (cell, purpose) => this.reflect(cell, purpose),
    });
  }

  protected renderContent(): TemplateResult {
    const { l, aggregate } = this;
    const waves = aggregate?.waves ?? [];
    const wave = waves.find((w) => w.id === this.chosenWave) ?? waves[waves.length - 1];
    const intro = html`<h2>${l.t('title')}</h2>
      <p class="intro">${aggregate ? l.t('intro', { min: aggregate.minGroupSize }) : ''}</p>
      ${aggregate?.pending.length ? html`<p class="pending">${l.t('pending', { waves: aggregate.pending.map((w) => w.label ?? w.id).join(', ') })}</p>` : nothing}`;
    if (!aggregate || !wave) return html`${intro}<p class="no-mirror">${l.t('noAggregate')}</p>`;
    const group = choose(wave, this.chosenGroup ?? this.group);
    const secondary = views.value;
    return html`${intro}
      ${aggregate.warnings.length
        ? html`<section class="notes" aria-labelledby="notes-title">
            <h3 id="notes-title">${l.t('notes')}</h3>
            <ul>
              ${aggregate.warnings.map((w) => html`<li>${l.t(`issue.${w.code}`, w.params as never)}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${aggregate.rejected.count
        ? html`<p class="rejected">
            ${l.t('rejected', { count: aggregate.rejected.count })}
            ${Object.entries(aggregate.rejected.reasons)
              .map(([reason, count]) => `${l.t(`reject.${reason as 'invalid_type'}`)}: ${count}`)
              .join(' · ')}
          </p>`
        : nothing}
      ${renderPickers(l, waves, wave, group, (kind, id) => this.pick(kind, id))} ${renderMirror(l, wave, group)} ${this.renderFocus(wave, group)}
      ${secondary && waves.length > 1 ? secondary.renderTrend(aggregate, group.id, l) : nothing} ${renderGroups(l, wave)}
      ${secondary ? secondary.renderHidden(aggregate, wave, l) : nothing}
      <div class="actions no-print" part="actions">
        <button type="button" @click=${() => this.export(aggregate, 'csv')}>${l.t('exportCsv')}</button>
        <button type="button" @click=${() => this.export(aggregate, 'json')}>${l.t('exportJson')}</button>
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
      </div>`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'selfscan-team': { value: FocusPlan };
  }
}
