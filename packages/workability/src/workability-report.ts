import { css, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingElement, downloadFile, isoDay, themeStyles, trendStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import { workabilityReportMessages, type WorkabilityReportMessages } from './messages.js';
import { ZONE_ICONS, zoneStyles } from './shared.styles.js';
import {
  CONSTRUCTS,
  INDICATORS,
  ORGANISATION,
  REPORT_WIDGET,
  RISK_FACTORS,
  WORKABILITY_SCHEMA_VERSION,
  aggregateToCsv,
  aggregateToJson,
  parseWorkabilityAggregate,
  zoneOf,
  type GroupAggregate,
  type WaveAggregate,
  type WorkabilityAggregate,
} from './model/index.js';

let views: typeof import('./report-views.js') | undefined;

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
 * @tagname goesting-workability-report
 * @summary Werkbaar werk for HR: anonymous aggregates per team and wave, with a heat map and exports.
 *
 * @fires goesting-error - When `aggregate` is not a valid released aggregate, or comes from a newer version.
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
 * @csspart actions - Export and print buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of buttons and the trend line.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-zone-green - Background of green heat-map cells (always with ✓ and a word).
 * @cssprop --goesting-color-zone-orange - Background of orange heat-map cells (always with ! and a word).
 * @cssprop --goesting-color-zone-red - Background of red heat-map cells (always with ✕ and a word).
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingWorkabilityReport extends GoestingElement {
  static override catalogues = workabilityReportMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [
    themeStyles,
    trendStyles,
    zoneStyles,
    css`
      td.status {
        font-style: italic;
      }
      .heatmap td {
        text-align: center;
      }
      .heatmap td {
        font-size: 0.9em;
      }
      .heatmap thead th {
        min-inline-size: 6.5rem;
        overflow-wrap: normal;
        word-break: normal;
        hyphens: auto;
      }
      .heatmap b {
        display: block;
        font-size: 1.1em;
      }
      .depth-1 {
        padding-inline-start: 1.25rem;
      }
      .depth-2 {
        padding-inline-start: 2.25rem;
      }
      .depth-3 {
        padding-inline-start: 3.25rem;
      }
      dl.figures {
        display: grid;
        grid-template-columns: minmax(0, auto) auto;
        gap: 0.25rem 1rem;
      }
      dl.figures dt {
        font-weight: 600;
      }
      dl.figures dd {
        margin: 0;
      }
      .big {
        font-size: 1.3em;
        font-weight: 600;
      }
      label.wave {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin-block: 0.5rem;
      }
      select {
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
        min-height: 2.75rem;
        padding-inline: 0.5rem;
      }
      /* A large organisation's tables run far below the fold: the browser lays them out when they
         come into view, so the report appears quickly. */
      section[part='teams'],
      section[part='trend'] {
        content-visibility: auto;
        contain-intrinsic-size: auto 30rem;
      }
      @media print {
        section {
          break-inside: avoid-page;
        }
        /* Ten topics across one page: narrower headers and type, nothing cut off. */
        table.heatmap {
          font-size: 0.7em;
        }
        .heatmap thead th {
          min-inline-size: 0;
          overflow-wrap: anywhere;
        }
      }
    `,
  ];

  protected declare readonly l: LocalizeController<WorkabilityReportMessages>;
  protected readonly widget = REPORT_WIDGET;
  protected readonly schemaVersion = WORKABILITY_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<WorkabilityReportMessages>;

  /**
   * The aggregate the portal's back end released (`releaseWorkability` in
   * `@goesting/workability/server`), as an object or JSON text: `report.aggregate = await
   * (await fetch(url)).json()`. It holds figures per group only, never a person's record. An
   * invalid document, or one from a newer version, is refused with the error state and
   * `goesting-error`; the report keeps showing the last valid one.
   */
  @property({ attribute: false, noAccessor: true })
  get aggregate(): WorkabilityAggregate | undefined {
    return this.released;
  }
  set aggregate(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.released = undefined;
      this.clearError('value');
    } else {
      const parsed = parseWorkabilityAggregate(input);
      if (parsed.ok) {
        this.released = parsed.data;
        this.clearError('value');
      } else this.fail('value', parsed.code, parsed.issues);
    }
    this.requestUpdate();
  }

  /** Shows the published Flemish figures as labelled context (another questionnaire). */
  @property({ type: Boolean })
  reference = false;

  @state() private chosenWave?: string;
  private released?: WorkabilityAggregate;

  /** Whether the secondary views have anything to show. */
  private needsViews(): boolean {
    const aggregate = this.released;
    return this.reference || (!!aggregate && (aggregate.waves.length > 1 || aggregate.waves.some((w) => w.groups.some((g) => g.status !== 'shown' && g.status !== 'empty'))));
  }

  private currentWave(aggregate: WorkabilityAggregate): WaveAggregate | undefined {
    const waves = aggregate.waves;
    return waves.find((w) => w.id === this.chosenWave) ?? waves[waves.length - 1];
  }

  private label(group: Pick<GroupAggregate, 'id' | 'label'>): string {
    return group.id === ORGANISATION ? this.l.t('organisation') : (group.label ?? group.id);
  }

  private waveLabel(wave: WaveAggregate): string {
    return wave.label ?? (wave.id || this.l.t('noWave'));
  }

  private formatter?: { locale: string; format: Intl.NumberFormat };

  /** A mean with one decimal in the report's language; one formatter for the hundreds of heat-map cells. */
  private mean(value: number): string {
    if (this.formatter?.locale !== this.l.locale) {
      this.formatter = { locale: this.l.locale, format: new Intl.NumberFormat(this.l.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) };
    }
    return this.formatter.format.format(value);
  }

  /** One heat-map cell: the zone colours the cell, the number, icon and word carry the meaning. Kept flat: there are hundreds. */
  private heatCell(construct: (typeof CONSTRUCTS)[number], mean: number): TemplateResult {
    const zone = zoneOf(construct, mean, this.released?.thresholds);
    return html`<td class="zone-${zone}" part="heat-cell"><b>${this.mean(mean)}</b> <span aria-hidden="true">${ZONE_ICONS[zone]}</span> ${this.l.t(`zone.${zone}`)}</td>`;
  }

  private zoneCell(construct: (typeof CONSTRUCTS)[number], mean: number): TemplateResult {
    const zone = zoneOf(construct, mean, this.released?.thresholds);
    return html`<span class="zone zone-${zone}" part="zone"><span class="value">${this.mean(mean)}</span> <span><span class="icon" aria-hidden="true">${ZONE_ICONS[zone]}</span> ${this.l.t(`zone.${zone}`)}</span></span>`;
  }

  private status(group: GroupAggregate, span: number): TemplateResult {
    return html`<td class="status" colspan=${span}>${this.l.t(`status.${group.status as 'limited'}`)}</td>`;
  }

  private async export(aggregate: WorkabilityAggregate, kind: 'csv' | 'json'): Promise<void> {
    const name = `${this.l.t('fileName')}-${isoDay()}`;
    if (kind === 'json') return downloadFile(`${name}.json`, aggregateToJson(aggregate));
    downloadFile(`${name}.csv`, aggregateToCsv(aggregate), 'text/csv');
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Trend, hidden-group explanations and reference figures are secondary: their templates load on first need.
    if (!views && this.needsViews()) views = await import('./report-views.js');
    return super.scheduleUpdate();
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult | typeof nothing {
    const l = this.l;
    const aggregate = this.released;
    const wave = aggregate && this.currentWave(aggregate);
    if (!aggregate || !wave) {
      return html`<h2>${l.t('title')}</h2>
        <p>${aggregate ? l.t('intro', { min: aggregate.minGroupSize }) : ''}</p>
        ${aggregate?.pending.length ? html`<p class="pending">${l.t('pending', { waves: aggregate.pending.map((w) => w.label ?? w.id).join(', ') })}</p>` : nothing}
        <p class="no-report">${l.t('noAggregate')}</p>`;
    }
    const groups = wave.groups.filter((g) => g.status !== 'empty' || g.id === ORGANISATION);
    return html`<h2>${l.t('title')}</h2>
      <p>${l.t('intro', { min: aggregate.minGroupSize })}</p>
      ${aggregate.pending.length ? html`<p class="pending">${l.t('pending', { waves: aggregate.pending.map((w) => w.label ?? w.id).join(', ') })}</p>` : nothing}
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
      ${aggregate.waves.length > 1
        ? html`<label class="wave no-print">${l.t('wave')}
            <select @change=${(e: Event) => (this.chosenWave = (e.target as HTMLSelectElement).value)}>
              ${aggregate.waves.map((w) => html`<option value=${w.id} ?selected=${w === wave}>${this.waveLabel(w)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${this.renderSummary(wave)} ${groups.length > 1 ? html`${this.renderTeams(groups)} ${this.renderHeatmap(aggregate, groups)}` : nothing}
      ${views ? views.renderHidden(this, aggregate, wave, l) : nothing} ${views && aggregate.waves.length > 1 ? views.renderTrend(this, aggregate, l) : nothing}
      ${views && this.reference ? views.renderReference(l) : nothing}
      <div class="actions no-print" part="actions">
        <button type="button" @click=${() => this.export(aggregate, 'csv')}>${l.t('exportCsv')}</button>
        <button type="button" @click=${() => this.export(aggregate, 'json')}>${l.t('exportJson')}</button>
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
      </div>`;
  }

  private renderSummary(wave: WaveAggregate): TemplateResult {
    const l = this.l;
    const root = wave.groups[0]!;
    const f = root.figures;
    const heading = html`<h3 id="summary-title">${l.t('summaryTitle')}${wave.id ? ` · ${this.waveLabel(wave)}` : ''}</h3>`;
    if (!f) {
      const why = root.status === 'empty' ? l.t('noResponses') : root.status === 'held' || root.status === 'protected' ? l.t(`status.${root.status}`) : l.t('summaryHidden');
      return html`<section part="summary">${heading}<p>${why}</p></section>`;
    }
    return html`<section part="summary">
      ${heading}
      <p class="big">${l.t('summaryWerkbaar', { pct: f.werkbaarPct, n: f.n })}</p>
      <dl class="figures">
        ${INDICATORS.map((c) => html`<dt>${l.t('problemPct', { name: l.t(`construct.${c}`) })}</dt><dd>${f.problemPct[c]} %</dd>`)}
        ${RISK_FACTORS.map((c) => html`<dt>${l.t('meanOf', { name: l.t(`construct.${c}`) })}</dt><dd>${this.zoneCell(c, f.means[c])}</dd>`)}
      </dl>
    </section>`;
  }

  private renderTeams(groups: GroupAggregate[]): TemplateResult {
    const l = this.l;
    return html`<section part="teams">
      <h3 id="teams-title">${l.t('teamsTitle')}</h3>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="teams-caption">
        <table class="teams">
          <caption id="teams-caption">${l.t('teamsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('groupHeader')}</th>
              <th scope="col">${l.t('respondents')}</th>
              <th scope="col">${l.t('werkbaarPct')}</th>
              ${INDICATORS.map((c) => html`<th scope="col">${l.t('problemPct', { name: l.t(`construct.${c}`) })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${groups.map(
              (g) => html`<tr data-group=${g.id} data-status=${g.status}>
                <th scope="row" class="depth-${Math.min(g.depth, 3)}">${this.label(g)}</th>
                ${g.figures
                  ? html`<td>${g.figures.n}</td>
                      <td>${g.figures.werkbaarPct} %</td>
                      ${INDICATORS.map((c) => html`<td>${g.figures!.problemPct[c]} %</td>`)}`
                  : this.status(g, 2 + INDICATORS.length)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderHeatmap(aggregate: WorkabilityAggregate, groups: GroupAggregate[]): TemplateResult {
    const l = this.l;
    return html`<section part="heatmap">
      <h3 id="heatmap-title">${l.t('heatmapTitle')}</h3>
      <p class="note">${l.t('thresholdsNote', { orange: l.number(aggregate.thresholds.orange, 2), red: l.number(aggregate.thresholds.red, 2) })}</p>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="heatmap-caption">
        <table class="heatmap">
          <caption id="heatmap-caption">${l.t('heatmapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('groupHeader')}</th>
              ${CONSTRUCTS.map((c) => html`<th scope="col">${l.t(`construct.${c}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${groups.map(
              (g) => html`<tr data-group=${g.id} data-status=${g.status}>
                <th scope="row" class="depth-${Math.min(g.depth, 3)}">${this.label(g)}</th>
                ${g.figures ? CONSTRUCTS.map((c) => this.heatCell(c, g.figures!.means[c])) : this.status(g, CONSTRUCTS.length)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  /** Used by the secondary views. */
  groupLabel(group: Pick<GroupAggregate, 'id' | 'label'>): string {
    return this.label(group);
  }
  /** Used by the secondary views. */
  labelOfWave(wave: WaveAggregate): string {
    return this.waveLabel(wave);
  }
}

