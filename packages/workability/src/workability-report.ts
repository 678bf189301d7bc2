import { css, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingElement, downloadFile, isoDay, themeStyles, trendStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import type { ValidationIssue } from '@goesting/core/model';
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
  aggregateWorkability,
  parseTeams,
  parseThresholds,
  parseWaves,
  zoneOf,
  type GroupAggregate,
  type WaveAggregate,
  type WorkabilityAggregate,
  type WorkabilityTeam,
  type WorkabilityThresholds,
  type WorkabilityWave,
} from './model/index.js';

let views: typeof import('./report-views.js') | undefined;

/**
 * The anonymous team report for HR. It takes the results of many workability checks
 * (`responses`), with an optional team hierarchy (`teams`) and waves (`waves`), and shows
 * % werkbaar, % per indicator in the red zone, the mean per risk factor, per team, per wave as a
 * trend, and a heat map of topics × teams with numbers and zones as text. **Anonymity is enforced
 * in the aggregation**, not in this view: a group with fewer than `min-group-size` answers
 * (at least 5) shows no numbers — 3 or 4 give only "limited insight" — and a group is also hidden
 * when showing it next to its parent and siblings would reveal a smaller group by subtraction; the
 * report says why in words. Invalid responses are counted as rejected, never averaged in. Exports
 * hold aggregates only.
 *
 * @tagname goesting-workability-report
 * @summary Werkbaar werk for HR: anonymous aggregates per team and wave, with a heat map and exports.
 *
 * @fires goesting-error - When settings are invalid (a minimum group below 5, thresholds, teams, waves) or responses were rejected. Carries counts only, never a response.
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
   * The results of the checks (`detail.result` of `goesting-complete`, or the whole detail), as a
   * property only: responses never go into an attribute. Invalid ones are counted as rejected.
   */
  @property({ attribute: false, noAccessor: true })
  get responses(): readonly unknown[] {
    return this.responseList;
  }
  set responses(input: readonly unknown[]) {
    this.responseList = input ?? [];
    this.dirty = true;
    this.requestUpdate();
  }

  /** Smallest group that shows numbers; at least 5 (a lower value is raised to 5 and reported). */
  @property({ attribute: 'min-group-size', noAccessor: true })
  get minGroupSize(): number | string | undefined {
    return this.minGroup;
  }
  set minGroupSize(input: number | string | undefined) {
    this.minGroup = input;
    this.dirty = true;
    this.requestUpdate();
  }

  /** Shows the published Flemish figures as labelled context (another questionnaire). */
  @property({ type: Boolean })
  reference = false;

  @state() private chosenWave?: string;
  @state() private aggregate?: WorkabilityAggregate;

  private responseList: readonly unknown[] = [];
  private minGroup?: number | string;
  private customThresholds?: WorkabilityThresholds;
  private teamList?: WorkabilityTeam[];
  private waveList?: WorkabilityWave[];
  private dirty = true;

  /** Our zone thresholds, or the host's (object or JSON string); the same as the check's. */
  @property({ attribute: 'thresholds', noAccessor: true })
  get thresholds(): WorkabilityThresholds {
    return this.customThresholds ?? {};
  }
  set thresholds(input: unknown) {
    this.customThresholds = this.parseSetting('instrument', input, parseThresholds);
  }

  /** The team hierarchy (object or JSON string): `[{ id, label?, parent? }]`. Without it, teams come from the responses' keys. */
  @property({ attribute: 'teams', noAccessor: true })
  get teams(): WorkabilityTeam[] | undefined {
    return this.teamList;
  }
  set teams(input: unknown) {
    this.teamList = this.parseSetting('history', input, parseTeams);
  }

  /** The waves in order, with labels (object or JSON string): `[{ id, label? }]`. Without it, waves come from the responses' keys. */
  @property({ attribute: 'waves', noAccessor: true })
  get waves(): WorkabilityWave[] | undefined {
    return this.waveList;
  }
  set waves(input: unknown) {
    this.waveList = this.parseSetting('storage', input, parseWaves);
  }

  private parseSetting<T>(source: 'instrument' | 'history' | 'storage', input: unknown, parse: (input: unknown) => { ok: true; data: T } | { ok: false; code: never; issues: ValidationIssue[] } | { ok: false; code: string; issues: ValidationIssue[] }): T | undefined {
    this.dirty = true;
    this.requestUpdate();
    if (input === undefined || input === null || input === '') {
      this.clearError(source);
      return undefined;
    }
    const parsed = parse(input);
    if (parsed.ok) {
      this.clearError(source);
      return parsed.data;
    }
    this.fail(source, parsed.code as 'invalid-config', parsed.issues);
    return undefined;
  }

  /** The aggregate the report shows and exports (recomputed when the inputs change). */
  get result(): WorkabilityAggregate {
    if (this.dirty || !this.aggregate) this.recompute();
    return this.aggregate!;
  }

  private recompute(): void {
    this.dirty = false;
    this.aggregate = aggregateWorkability(this.responseList, {
      ...(this.teamList ? { teams: this.teamList } : {}),
      ...(this.waveList ? { waves: this.waveList } : {}),
      minGroupSize: this.minGroup === undefined || this.minGroup === '' ? undefined : (this.minGroup as number),
      thresholds: this.thresholds,
    } as never);
    const { warnings, rejected } = this.aggregate;
    if (warnings.length) {
      this.fail(
        'config',
        'invalid-config',
        warnings.map((w) => ({ path: w.code === 'min_group_raised' ? 'minGroupSize' : 'teams', code: w.code, message: `${w.code}: ${JSON.stringify(w.params)}`, params: w.params })),
      );
    } else this.clearError('config');
    if (rejected.count) {
      this.fail(
        'value',
        'invalid-value',
        Object.entries(rejected.reasons).map(([reason, count]) => ({ path: 'responses', code: 'rejected_responses', message: `${count} response(s) rejected: ${reason}.`, params: { count: count!, reason } })),
      );
    } else this.clearError('value');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.dirty) this.recompute();
  }

  /** Whether the secondary views have anything to show. */
  private needsViews(): boolean {
    const aggregate = this.result;
    return this.reference || aggregate.waves.length > 1 || aggregate.waves.some((w) => w.groups.some((g) => g.status !== 'shown' && g.status !== 'empty'));
  }

  private get currentWave(): WaveAggregate {
    const waves = this.result.waves;
    return waves.find((w) => w.id === this.chosenWave) ?? waves[waves.length - 1]!;
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
    const zone = zoneOf(construct, mean, this.thresholds);
    return html`<td class="zone-${zone}" part="heat-cell"><b>${this.mean(mean)}</b> <span aria-hidden="true">${ZONE_ICONS[zone]}</span> ${this.l.t(`zone.${zone}`)}</td>`;
  }

  private zoneCell(construct: (typeof CONSTRUCTS)[number], mean: number): TemplateResult {
    const zone = zoneOf(construct, mean, this.thresholds);
    return html`<span class="zone zone-${zone}" part="zone"><span class="value">${this.mean(mean)}</span> <span><span class="icon" aria-hidden="true">${ZONE_ICONS[zone]}</span> ${this.l.t(`zone.${zone}`)}</span></span>`;
  }

  private status(group: GroupAggregate, span: number): TemplateResult {
    return html`<td class="status" colspan=${span}>${this.l.t(`status.${group.status as 'limited'}`)}</td>`;
  }

  private async export(kind: 'csv' | 'json'): Promise<void> {
    const name = `${this.l.t('fileName')}-${isoDay()}`;
    if (kind === 'json') return downloadFile(`${name}.json`, aggregateToJson(this.result));
    downloadFile(`${name}.csv`, aggregateToCsv(this.result), 'text/csv');
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Trend, hidden-group explanations and reference figures are secondary: their templates load on first need.
    if (!views && this.needsViews()) views = await import('./report-views.js');
    return super.scheduleUpdate();
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult | typeof nothing {
    const l = this.l;
    const aggregate = this.result;
    const wave = this.currentWave;
    const groups = wave.groups.filter((g) => g.status !== 'empty' || g.id === ORGANISATION);
    return html`<h2>${l.t('title')}</h2>
      <p>${l.t('intro', { min: aggregate.minGroupSize })}</p>
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
      ${this.renderSummary(wave)} ${groups.length > 1 ? html`${this.renderTeams(groups)} ${this.renderHeatmap(groups)}` : nothing}
      ${views ? views.renderHidden(this, wave, l) : nothing} ${views && aggregate.waves.length > 1 ? views.renderTrend(this, aggregate, l) : nothing}
      ${views && this.reference ? views.renderReference(l) : nothing}
      <div class="actions no-print" part="actions">
        <button type="button" @click=${() => this.export('csv')}>${l.t('exportCsv')}</button>
        <button type="button" @click=${() => this.export('json')}>${l.t('exportJson')}</button>
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
      </div>`;
  }

  private renderSummary(wave: WaveAggregate): TemplateResult {
    const l = this.l;
    const root = wave.groups[0]!;
    const f = root.figures;
    const heading = html`<h3 id="summary-title">${l.t('summaryTitle')}${wave.id ? ` · ${this.waveLabel(wave)}` : ''}</h3>`;
    if (!f) return html`<section part="summary">${heading}<p>${root.status === 'empty' ? l.t('noResponses') : l.t('summaryHidden')}</p></section>`;
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

  private renderHeatmap(groups: GroupAggregate[]): TemplateResult {
    const l = this.l;
    return html`<section part="heatmap">
      <h3 id="heatmap-title">${l.t('heatmapTitle')}</h3>
      <p class="note">${l.t('thresholdsNote', { orange: l.number(this.result.thresholds.orange, 2), red: l.number(this.result.thresholds.red, 2) })}</p>
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

