import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  GoestingFormElement,
  downloadFile,
  isoDay,
  pickText,
  radarChart,
  themeStyles,
  type Catalogues,
  type LocalizeController,
  type Messages,
} from '@goesting/core';
import { selfscanMessages, type SelfscanMessages } from './messages.js';
import { selfscanStyles } from './selfscan.styles.js';
import {
  DIMENSIONS,
  PILLARS,
  SELFSCAN_SCHEMA_VERSION,
  SELFSCAN_WIDGET,
  defaultInstrument,
  emptySelfscanValue,
  historySchema,
  instrumentFor,
  instrumentKey,
  parseJsonInput,
  parseSelfscanInstrument,
  parseSelfscanValue,
  scoreSelfscan,
  type CellScore,
  type PillarId,
  type SelfscanAnswer,
  type SelfscanInstrument,
  type SelfscanItem,
  type SelfscanResult,
  type SelfscanValue,
  type SelfscanVariant,
} from './model/index.js';
import { toValidationIssues } from '@goesting/core/model';

const SCALE = [1, 2, 3, 4, 5, 'na'] as const;
const ENERGY = [1, 2, 3, 4, 5] as const;

/**
 * A self-scan for social professionals on Menger's four pillars of effective work — professional
 * expertise, working alliance, hope and expectation, professional reflection — each in four
 * dimensions (self, client, organisation, environment). One pillar per step; every statement is
 * answered on a five-point frequency scale or marked *niet van toepassing*, and can be flagged
 * to talk about. The result shows a radar, a heat map with the numbers as text, strengths,
 * growth points, flagged statements and scores per competence, compared with `history`.
 *
 * The value is never written to an attribute. Nothing is stored unless `storage` (or a provider)
 * opts in to drafts.
 *
 * @summary Pillar self-scan: four pillars × four dimensions, with results and history.
 *
 * @fires goesting-change - After every answer, flag or energy rating the user changes. `detail.value` is the whole document.
 * @fires goesting-complete - When the user finishes the scan. `detail` carries `value` and the scored `result`.
 * @fires goesting-error - When `instrument`, `value` or `history` is invalid, or a draft cannot be stored. `detail.issues` says what is wrong.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit and on finishing, as native form controls do.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart header - Title, step and progress.
 * @csspart progress - The progress bar.
 * @csspart item - One statement with its answer scale.
 * @csspart option - One answer choice of a statement.
 * @csspart flag - The "I want to talk about this" toggle.
 * @csspart energy - The energy question of a pillar.
 * @csspart navigation - Previous, next and finish buttons.
 * @csspart result - The result view.
 * @csspart radar - The radar chart.
 * @csspart heatmap - The pillar × dimension table.
 * @csspart actions - Print, download and edit buttons.
 *
 * @cssprop --goesting-color-accent - Colour of chosen answers, buttons and the current scan.
 * @cssprop --goesting-color-earlier - Colour of the earlier scan in the radar.
 * @cssprop --goesting-color-border - Borders and grid lines.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingSelfscan extends GoestingFormElement {
  static override catalogues = selfscanMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, selfscanStyles];

  protected declare readonly l: LocalizeController<SelfscanMessages>;
  protected readonly widget = SELFSCAN_WIDGET;
  protected readonly schemaVersion = SELFSCAN_SCHEMA_VERSION;

  /** The default question list: `quick` (16 statements, default) or `full` (40). */
  @property()
  variant: SelfscanVariant = 'quick';

  /** Shows only the result (and history), with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** Per-instance text overrides by message key (see the localisation guide). */
  @property({ attribute: false })
  declare strings?: Partial<SelfscanMessages>;

  private instrumentInput: unknown;
  private customInstrument?: SelfscanInstrument;
  private doc?: SelfscanValue;
  private rejectedValue: unknown;
  private historyInput: unknown;
  private historyDocs: SelfscanValue[] = [];
  private hostSetValue = false;
  private userEdited = false;

  @state() private step = 0;
  @state() private confirmingFinish = false;
  @state() private announcement = '';
  private focusAfterRender?: string;

  /**
   * Your own question list (object or JSON string), validated on arrival; it replaces `variant`.
   * Invalid lists show an error state and send `goesting-error`.
   */
  @property({ attribute: 'instrument', noAccessor: true })
  get instrument(): SelfscanInstrument {
    return this.customInstrument ?? defaultInstrument(this.variant);
  }
  set instrument(input: unknown) {
    const old = this.instrumentInput;
    this.instrumentInput = input;
    if (input === undefined || input === null || input === '') {
      this.customInstrument = undefined;
      this.clearError('instrument');
    } else {
      const parsed = parseSelfscanInstrument(input);
      if (parsed.ok) {
        this.customInstrument = parsed.data;
        this.clearError('instrument');
      } else {
        this.customInstrument = undefined;
        this.fail('instrument', parsed.code, parsed.issues);
      }
    }
    if (this.rejectedValue !== undefined) this.value = this.rejectedValue;
    this.requestUpdate('instrument', old);
  }

  /**
   * The answers: the saved document to resume from (object or JSON string), and what the events
   * carry. Setting it fires no event. An invalid document is refused with an error state and the
   * answers already given stay.
   */
  @property({ attribute: 'value', noAccessor: true })
  get value(): SelfscanValue {
    return this.doc ?? emptySelfscanValue(this.instrument);
  }
  set value(input: unknown) {
    const old = this.doc;
    if (input === undefined || input === null || input === '') {
      this.doc = undefined;
      this.rejectedValue = undefined;
      this.clearError('value');
    } else {
      const parsed = parseSelfscanValue(input, this.instrumentValid ? this.instrument : undefined);
      if (parsed.ok) {
        this.doc = parsed.data;
        this.rejectedValue = undefined;
        this.hostSetValue = true;
        this.clearError('value');
        this.step = parsed.data.completed ? this.steps.length : 0;
      } else {
        this.rejectedValue = input;
        this.fail('value', parsed.code, parsed.issues);
      }
    }
    this.confirmingFinish = false;
    this.requestUpdate('value', old);
  }

  /** Earlier results (value documents, object or JSON string), shown in the radar and the heat map. */
  @property({ attribute: 'history', noAccessor: true })
  get history(): SelfscanValue[] {
    return this.historyDocs;
  }
  set history(input: unknown) {
    const old = this.historyInput;
    this.historyInput = input;
    const json = parseJsonInput(input ?? []);
    if (!json.ok) {
      this.historyDocs = [];
      this.fail('history', json.code, json.issues);
    } else {
      const parsed = historySchema.safeParse(json.data ?? []);
      if (parsed.success) {
        this.historyDocs = parsed.data;
        this.clearError('history');
      } else {
        this.historyDocs = [];
        this.fail('history', 'invalid-history', toValidationIssues(parsed.error.issues));
      }
    }
    this.requestUpdate('history', old);
  }

  /** The scored result of the current answers. */
  get result(): SelfscanResult {
    return scoreSelfscan(this.instrument, this.value);
  }

  /** Clears every answer, flag and energy rating and removes the draft. Fires no event. */
  reset(): void {
    this.doc = undefined;
    this.rejectedValue = undefined;
    this.userEdited = false;
    this.hostSetValue = false;
    this.step = 0;
    this.confirmingFinish = false;
    this.clearError('value');
    void this.writeDraft(undefined);
    this.requestUpdate();
  }

  isComplete(): boolean {
    return this.doc?.completed === true;
  }

  /** The result as a JSON file the user can save: answers, scores and history dates. */
  exportJson(): string {
    return JSON.stringify(
      { widget: this.widget, schemaVersion: this.schemaVersion, value: this.value, result: this.result },
      null,
      2,
    );
  }

  private get instrumentValid(): boolean {
    return !this.errors.has('instrument');
  }

  private get steps(): PillarId[] {
    const used = new Set(this.instrument.items.map((i) => i.pillar));
    return PILLARS.filter((p) => used.has(p));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited || this.doc) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = parseSelfscanValue(draft, this.instrument);
    if (!parsed.ok) return;
    this.doc = parsed.data;
    this.step = parsed.data.completed ? this.steps.length : 0;
    this.requestUpdate();
  }

  protected formValue(): string {
    return JSON.stringify(this.value);
  }

  protected restoreFormValue(state: string): void {
    this.value = state;
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined;
  }

  /** Applies a user edit: new document, events, draft. */
  private edit(update: (doc: SelfscanValue) => SelfscanValue): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.value;
    this.doc = update({ ...open, instrument: instrumentKey(this.instrument), completed: false });
    this.userEdited = true;
    this.requestUpdate();
    this.emitChange(this.doc);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private answer(item: SelfscanItem, answer: SelfscanAnswer): void {
    this.edit((doc) => ({ ...doc, answers: { ...doc.answers, [item.id]: answer } }));
  }

  private toggleFlag(item: SelfscanItem, flagged: boolean): void {
    this.edit((doc) => ({
      ...doc,
      flags: flagged ? [...doc.flags.filter((f) => f !== item.id), item.id] : doc.flags.filter((f) => f !== item.id),
    }));
  }

  private rateEnergy(pillar: PillarId, energy: number): void {
    this.edit((doc) => ({ ...doc, energy: { ...doc.energy, [pillar]: energy } }));
  }

  private goTo(step: number): void {
    this.step = step;
    this.confirmingFinish = false;
    this.focusAfterRender = step >= this.steps.length ? '#result-heading' : '#step-heading';
    if (step >= this.steps.length) this.announcement = this.l.t('resultReady');
  }

  private requestFinish(): void {
    const open = this.instrument.items.filter((i) => this.value.answers[i.id] === undefined).length;
    if (open > 0 && !this.confirmingFinish) {
      this.confirmingFinish = true;
      this.focusAfterRender = '#open-items';
      return;
    }
    this.finish();
  }

  private finish(): void {
    if (this.readonly || this.disabled) return;
    this.doc = { ...this.value, instrument: instrumentKey(this.instrument), completed: true, date: isoDay() };
    this.userEdited = true;
    this.goTo(this.steps.length);
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.step > this.steps.length) this.step = this.steps.length;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (!this.instrumentValid) return nothing;
    const showResult = this.readonly || this.step >= this.steps.length;
    return html`${showResult ? this.renderResult() : this.renderStep(this.steps[this.step]!)}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderHeader(): TemplateResult {
    const total = this.instrument.items.length;
    const answered = this.instrument.items.filter((i) => this.value.answers[i.id] !== undefined).length;
    return html`<header part="header">
      <h2 class="title">${this.l.t('title')}</h2>
      <p class="intro">${this.l.t('intro')}</p>
      <div class="progress">
        <label for="progress">${this.l.t('progress', { answered, total })}</label>
        <progress id="progress" part="progress" max=${total} .value=${answered}></progress>
      </div>
    </header>`;
  }

  private renderStep(pillar: PillarId): TemplateResult {
    const l = this.l;
    const items = this.instrument.items.filter((i) => i.pillar === pillar);
    const open = this.instrument.items.filter((i) => this.value.answers[i.id] === undefined).length;
    const last = this.step === this.steps.length - 1;
    return html`${this.renderHeader()}
      <section class="step" aria-labelledby="step-heading">
        <h3 id="step-heading" tabindex="-1">
          <span class="step-count">${l.t('step', { step: this.step + 1, total: this.steps.length })}</span>
          <span class="step-title">${l.t(`pillar.${pillar}`)}</span>
        </h3>
        <p class="pillar-intro">${l.t(`pillarIntro.${pillar}`)}</p>
        ${DIMENSIONS.map((dimension) => {
          const group = items.filter((i) => i.dimension === dimension);
          if (!group.length) return nothing;
          return html`<div class="dimension">
            <h4>${l.t(`dimension.${dimension}`)}</h4>
            ${group.map((item) => this.renderItem(item))}
          </div>`;
        })}
        ${this.renderEnergy(pillar)}
      </section>
      ${this.confirmingFinish
        ? html`<div class="confirm" role="group" aria-labelledby="open-items">
            <p id="open-items" tabindex="-1">${l.t('openItems', { count: open })}</p>
            <button type="button" @click=${() => (this.confirmingFinish = false)}>${l.t('keepGoing')}</button>
            <button type="button" class="primary" @click=${() => this.finish()}>${l.t('finishAnyway')}</button>
          </div>`
        : nothing}
      <nav class="navigation no-print" part="navigation" aria-label=${l.t('title')}>
        <button type="button" ?disabled=${this.step === 0} @click=${() => this.goTo(this.step - 1)}>${l.t('previous')}</button>
        ${last
          ? html`<button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.requestFinish()}>${l.t('finish')}</button>`
          : html`<button type="button" class="primary" @click=${() => this.goTo(this.step + 1)}>${l.t('next')}</button>`}
      </nav>`;
  }

  private renderItem(item: SelfscanItem): TemplateResult {
    const l = this.l;
    const current = this.value.answers[item.id];
    const flagged = this.value.flags.includes(item.id);
    const legendId = `legend-${item.id}`;
    return html`<fieldset class="item" part="item" ?disabled=${this.disabled}>
      <legend id=${legendId}>${pickText(item.text, l.locale)}</legend>
      <div class="scale">
        ${SCALE.map(
          (answer) => html`<label class="option ${answer === 'na' ? 'na' : ''}" part="option">
            <input
              type="radio"
              name=${item.id}
              .value=${String(answer)}
              .checked=${current === answer}
              @change=${() => this.answer(item, answer)}
            />
            <span>${l.t(`scale.${answer}`)}</span>
          </label>`,
        )}
      </div>
      <label class="flag" part="flag">
        <input type="checkbox" .checked=${flagged} @change=${(e: Event) => this.toggleFlag(item, (e.target as HTMLInputElement).checked)} />
        <span>${l.t('flag')}</span>
      </label>
    </fieldset>`;
  }

  private renderEnergy(pillar: PillarId): TemplateResult {
    const l = this.l;
    const current = this.value.energy[pillar];
    return html`<fieldset class="item energy" part="energy" ?disabled=${this.disabled} aria-describedby="energy-hint">
      <legend>${l.t('energyQuestion', { pillar: l.t(`pillar.${pillar}`) })}</legend>
      <p id="energy-hint" class="hint">${l.t('energyHint')}</p>
      <div class="scale">
        ${ENERGY.map(
          (energy) => html`<label class="option" part="option">
            <input
              type="radio"
              name=${`energy-${pillar}`}
              .value=${String(energy)}
              .checked=${current === energy}
              @change=${() => this.rateEnergy(pillar, energy)}
            />
            <span>${l.t(`energy.${energy}`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private cellName(cell: string): string {
    const [pillar, dimension] = cell.split('.') as [PillarId, (typeof DIMENSIONS)[number]];
    return this.l.t('cellName', { pillar: this.l.t(`pillar.${pillar}`), dimension: this.l.t(`dimension.${dimension}`) });
  }

  private renderResult(): TemplateResult {
    const l = this.l;
    const result = this.result;
    const earlierDoc = this.historyDocs.at(-1);
    const earlier = earlierDoc ? scoreSelfscan(instrumentFor(earlierDoc.instrument, this.instrument), earlierDoc) : undefined;
    const earlierLabel = earlierDoc?.date ? l.t('earlierScan', { date: l.date(earlierDoc.date) }) : l.t('earlierScanUndated');
    const score = (v: number | null) => (v === null ? l.t('noScore') : l.number(v));
    const summary = PILLARS.map(
      (p) => `${l.t(`pillar.${p}`)}: ${score(result.pillars[p])}${earlier ? ` (${earlierLabel}: ${score(earlier.pillars[p])})` : ''}`,
    ).join('; ');
    const items = new Map(this.instrument.items.map((i) => [i.id, i]));
    const competenceTags = Object.keys(result.tags).filter((t) => t.startsWith('competence:'));
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${l.t('resultTitle')}</h2>
      <p>${l.t('resultIntro')}</p>
      ${this.value.date ? html`<p class="date">${l.t('completedOn', { date: l.date(this.value.date) })}</p>` : nothing}
      <div class="overview">
        <figure class="chart">
          ${radarChart({
            axes: PILLARS.map((p) => l.t(`pillar.${p}`)),
            series: [
              ...(earlier ? [{ label: earlierLabel, values: PILLARS.map((p) => earlier.pillars[p]), kind: 'earlier' as const }] : []),
              { label: l.t('thisScan'), values: PILLARS.map((p) => result.pillars[p]), kind: 'current' as const },
            ],
            min: 1,
            max: 5,
            label: l.t('radarLabel', { summary }),
          })}
          <figcaption class="legend">
            <span class="key current">${l.t('thisScan')}</span>
            ${earlier ? html`<span class="key earlier">${earlierLabel}</span>` : nothing}
          </figcaption>
        </figure>
        <div class="highlights">
          ${this.renderCellList('strengths', result.strengths, result)}
          ${this.renderCellList('growthPoints', result.growthPoints, result)}
          <h3>${l.t('flagged')}</h3>
          ${result.flagged.length
            ? html`<ul class="flagged">
                ${result.flagged.map((id) => {
                  const item = items.get(id);
                  return item ? html`<li>${pickText(item.text, l.locale)}</li>` : nothing;
                })}
              </ul>`
            : html`<p>${l.t('noFlags')}</p>`}
        </div>
      </div>
      ${this.renderHeatmap(result, earlier)}
      ${competenceTags.length
        ? html`<details class="competences">
            <summary>${l.t('byCompetence')}</summary>
            <table>
              <thead>
                <tr><th scope="col">${l.t('competenceHeader')}</th><th scope="col">${l.t('scoreHeader')}</th></tr>
              </thead>
              <tbody>
                ${competenceTags.map((tag) => {
                  const id = tag.slice('competence:'.length);
                  const key = `competence.${id}` as keyof SelfscanMessages;
                  const name = key in selfscanMessages.en ? l.t(key as 'competence.networks') : id;
                  return html`<tr><th scope="row">${name}</th><td>${score(result.tags[tag]!.mean)}</td></tr>`;
                })}
              </tbody>
            </table>
          </details>`
        : nothing}
      <div class="actions no-print" part="actions">
        ${this.readonly
          ? nothing
          : html`<button type="button" @click=${() => this.goTo(0)}>${l.t('editAnswers')}</button>`}
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
        <button type="button" @click=${() => downloadFile(`zelfscan-${this.value.date ?? isoDay()}.json`, this.exportJson())}>
          ${l.t('exportJson')}
        </button>
      </div>
    </section>`;
  }

  private renderCellList(kind: 'strengths' | 'growthPoints', cells: string[], result: SelfscanResult): TemplateResult {
    const l = this.l;
    const byId = new Map(result.cells.map((c) => [c.cell, c]));
    return html`<h3>${l.t(kind)}</h3>
      ${cells.length
        ? html`<ul class=${kind}>
            ${cells.map((cell) => html`<li>${this.cellName(cell)} (${l.number(byId.get(cell)!.mean!)})</li>`)}
          </ul>`
        : html`<p>${l.t('noHighlights')}</p>`}`;
  }

  private renderHeatmap(result: SelfscanResult, earlier: SelfscanResult | undefined): TemplateResult {
    const l = this.l;
    const earlierCells = new Map(earlier?.cells.map((c) => [c.cell, c.mean]));
    const diff = (now: number | null, before: number | null | undefined) =>
      now === null || before === null || before === undefined
        ? nothing
        : html`<span class="diff">${l.difference(now - before)}<span class="visually-hidden">
              ${l.t('difference', { diff: '' })}</span></span>`;
    const cell = (c: CellScore) =>
      html`<td class="cell" style=${styleMap({ '--level': c.mean === null ? '0' : String((c.mean - 1) / 4) })}>
        ${c.mean === null
          ? html`<span class="none">–<span class="reason">${l.t(`reason.${c.reason ?? 'not-enough-answers'}`)}</span></span>`
          : html`<span class="score">${l.number(c.mean)}</span>${diff(c.mean, earlierCells.get(c.cell))}`}
      </td>`;
    const score = (v: number | null) => (v === null ? '–' : l.number(v));
    return html`<table class="heatmap" part="heatmap">
      <caption>${l.t('heatmapCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${l.t('pillarHeader')}</th>
          ${DIMENSIONS.map((d) => html`<th scope="col">${l.t(`dimension.${d}`)}</th>`)}
          <th scope="col">${l.t('averageHeader')}</th>
          <th scope="col">${l.t('energyHeader')}</th>
        </tr>
      </thead>
      <tbody>
        ${PILLARS.map(
          (p) => html`<tr>
            <th scope="row">${l.t(`pillar.${p}`)}</th>
            ${result.cells.filter((c) => c.pillar === p).map(cell)}
            <td class="mean">${score(result.pillars[p])}${diff(result.pillars[p], earlier?.pillars[p])}</td>
            <td class="energy-score">${result.energy[p] ? l.t(`energy.${result.energy[p] as 1}`) : '–'}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${l.t('averageHeader')}</th>
          ${DIMENSIONS.map((d) => html`<td class="mean">${score(result.dimensions[d])}${diff(result.dimensions[d], earlier?.dimensions[d])}</td>`)}
          <td></td>
          <td></td>
        </tr>
      </tfoot>
    </table>`;
  }
}
