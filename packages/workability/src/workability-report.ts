import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GroupReportElement,
  LazyModule,
  downloadFile,
  focusPlanStyles,
  focusPlanView,
  isoDay,
  parsedInput,
  themeStyles,
  trendStyles,
  type Catalogues,
  type FocusPlan,
  type LocalizeController,
  type Messages,
} from '@goesting/core';
import { workabilityReportMessages, type WorkabilityReportMessages } from './messages.js';
import { zoneStyles } from './shared.styles.js';
import { reportStyles } from './workability-report.styles.js';
import { renderHeatmap, renderSummary, renderTeams, waveLabel } from './render-report.js';
import { CONSTRUCTS, ORGANISATION, REPORT_WIDGET, WORKABILITY_SCHEMA_VERSION, aggregateToCsv, aggregateToJson, parseWorkabilityAggregate, type WorkabilityAggregate } from './model/index.js';

/** Trend, hidden-group explanations, reference figures and the focus plan's place are secondary: their templates load on first need. */
const views = new LazyModule(() => import('./report-views.js'));

/**
 * The anonymous team report for HR. It renders an aggregate that the portal's back end released
 * (`aggregate`): % werkbaar, % per indicator in the red zone, the mean per risk factor, per team,
 * per wave as a trend, and a heat map of topics × teams with numbers and zones as text. It never
 * receives a person's record: **anonymity is enforced on the server**, where the answers are
 * stored. A group below the minimum (at least 5) carries no figures — 3 or 4 give only "limited
 * insight" —, a group that would reveal a smaller one by subtraction is hidden, and so is a group
 * that, set beside an earlier release, would single out too few people; the report says why in
 * words. Exports hold the released figures only.
 *
 * From results to action: for the group `focus-group` (the whole organisation by default) the team
 * chooses up to three topics as focus points, the heaviest offered first, and writes actions with
 * the role that takes them up, a date and a moment to look back. The plan (`focusPlan`) comes back
 * in `goesting-change` after every edit, prints with the report and downloads as JSON, CSV or
 * Markdown. Given a plan of an earlier wave, the report shows each of its points beside the change
 * since, and starts the plan of the wave shown from it. A group that shows no figures in a wave
 * gets no focus plan there.
 *
 * @tagname goesting-workability-report
 * @summary Werkbaar werk for HR: anonymous aggregates per team and wave, with a heat map, exports and a focus plan.
 *
 * @fires {CustomEvent<GoestingChangeDetail<"workability-report">>} goesting-change - After every edit of the focus plan by the user, never when the host sets it. `detail` is `{ widget: 'workability-report', schemaVersion, value }` with the whole plan as `value`.
 * @fires goesting-error - When `aggregate` is not a valid released aggregate, `focusPlan` not a valid plan for this report and group, `focus-group` not a group key, or one of them comes from a newer version.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart summary - The organisation's figures for the chosen wave.
 * @csspart teams - The table per team.
 * @csspart heatmap - The heat map of topics × teams.
 * @csspart hidden - The explanation of hidden groups.
 * @csspart trend - The trend over waves.
 * @csspart reference - The published Flemish figures, as labelled context.
 * @csspart zone - A zone mark (icon and word).
 * @csspart heat-cell - One heat-map cell (mean, icon and zone word).
 * @csspart focus-plan - The focus plan: from results to action.
 * @csspart focus-point - One focus point with its actions.
 * @csspart focus-actions - The focus plan's download and print buttons.
 * @csspart actions - Export and print buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of buttons and the trend line.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state and of texts that are too long.
 * @cssprop --goesting-color-zone-green - Background of green heat-map cells (always with ✓ and a word).
 * @cssprop --goesting-color-zone-orange - Background of orange heat-map cells (always with ! and a word).
 * @cssprop --goesting-color-zone-red - Background of red heat-map cells (always with ✕ and a word).
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingWorkabilityReport extends GroupReportElement {
  static override catalogues = workabilityReportMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, trendStyles, zoneStyles, focusPlanStyles, reportStyles];

  protected declare readonly l: LocalizeController<WorkabilityReportMessages>;
  protected readonly widget = REPORT_WIDGET;
  protected readonly schemaVersion = WORKABILITY_SCHEMA_VERSION;
  protected readonly focusTargetIds = CONSTRUCTS;

  /** Per-instance text overrides by message key; the focus plan's texts too (`focus.*`). */
  @property({ attribute: false })
  declare strings?: Partial<WorkabilityReportMessages>;

  /**
   * The aggregate the portal's back end released (`releaseWorkability` in
   * `@goesting/workability/server`), as an object or JSON text: `report.aggregate = await
   * (await fetch(url)).json()`. It holds figures per group only, never a person's record. An
   * invalid document, or one from a newer version, is refused with the error state and
   * `goesting-error`; the report keeps showing the last valid one.
   */
  @parsedInput({ parse: parseWorkabilityAggregate, attribute: false })
  aggregate?: WorkabilityAggregate;

  /** Shows the published Flemish figures as labelled context (another questionnaire). */
  @property({ type: Boolean })
  reference = false;

  @state() private chosenWave?: string;
  /** The secondary views with the focus plan below every released report; the reference figures alone before one. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    if (this.aggregate?.waves.length) return [focusPlanView, views];
    return this.reference ? [views] : [];
  }

  private export(aggregate: WorkabilityAggregate, kind: 'csv' | 'json'): void {
    const name = `${this.l.t('fileName')}-${isoDay()}`;
    if (kind === 'json') downloadFile(`${name}.json`, aggregateToJson(aggregate));
    else downloadFile(`${name}.csv`, aggregateToCsv(aggregate), 'text/csv');
  }

  protected renderContent(): TemplateResult {
    const { l, aggregate } = this;
    const waves = aggregate?.waves ?? [];
    const wave = waves.find((w) => w.id === this.chosenWave) ?? waves[waves.length - 1];
    const intro = html`<h2>${l.t('title')}</h2>
      <p>${aggregate ? l.t('intro', { min: aggregate.minGroupSize }) : ''}</p>
      ${aggregate?.pending.length ? html`<p class="pending">${l.t('pending', { waves: aggregate.pending.map((w) => w.label ?? w.id).join(', ') })}</p>` : nothing}`;
    if (!aggregate || !wave) return html`${intro}<p class="no-report">${l.t('noAggregate')}</p>`;
    const groups = wave.groups.filter((g) => g.status !== 'empty' || g.id === ORGANISATION);
    const secondary = views.value;
    const focus = focusPlanView.value;
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
      ${waves.length > 1
        ? html`<label class="wave no-print">${l.t('wave')}
            <select @change=${(e: Event) => (this.chosenWave = (e.target as HTMLSelectElement).value)}>
              ${waves.map((w) => html`<option value=${w.id} ?selected=${w === wave}>${waveLabel(l, w)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${renderSummary(l, aggregate, wave)} ${groups.length > 1 ? html`${renderTeams(l, groups)} ${renderHeatmap(l, aggregate, groups)}` : nothing}
      ${secondary ? secondary.renderHidden(aggregate, wave, l) : nothing} ${secondary && waves.length > 1 ? secondary.renderTrend(aggregate, l) : nothing}
      ${secondary && this.reference ? secondary.renderReference(l) : nothing}
      ${secondary && focus
        ? secondary.renderFocus(l, focus, { aggregate, wave, group: this.focusGroup, plan: this.planFor(wave.id), held: this.focusHeld, change: (update) => this.focusChanged(update) })
        : nothing}
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
    'workability-report': { value: FocusPlan };
  }
}
