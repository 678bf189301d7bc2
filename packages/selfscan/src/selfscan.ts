import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GoestingFormElement,
  choiceScale,
  isoDay,
  pickText,
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
  SELFSCAN_VARIANTS,
  SELFSCAN_WIDGET,
  answerOf,
  defaultInstrument,
  emptySelfscanValue,
  historySchema,
  instrumentKey,
  isDefaultInstrument,
  parseChoice,
  parseSelfscanInstrument,
  parseSelfscanValue,
  scoreSelfscan,
  type PillarId,
  type SelfscanAnswer,
  type SelfscanInstrument,
  type SelfscanItem,
  type SelfscanResult,
  type SelfscanValue,
  type SelfscanVariant,
} from './model/index.js';
import { parseJsonInput, toValidationIssues } from '@goesting/core/model';

const SCALE = [1, 2, 3, 4, 5, 'na'] as const;

let resultView: typeof import('./result-view.js') | undefined;
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
 * @tagname goesting-selfscan
 * @summary Pillar self-scan: four pillars × four dimensions, with results and history.
 *
 * @fires goesting-change - After every answer, flag or energy rating the user changes. `detail.value` is the whole document.
 * @fires goesting-complete - When the user finishes the scan. `detail` carries `value` and the scored `result`.
 * @fires goesting-error - When `instrument`, `variant`, `value` or `history` is invalid, or a draft cannot be stored. `detail.issues` says what is wrong.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit and on finishing, as native form controls do.
 * @fires goesting-reflect - When the user asks for a reflection card on a growth point. `detail.cell` holds its `pillar` and `dimension`; the host opens `<goesting-reflection-card>` with them.
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
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of chosen answers, buttons and the current scan.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders and grid lines.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-earlier - Colour of the earlier scan in the radar.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingSelfscan extends GoestingFormElement {
  static override catalogues = selfscanMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, selfscanStyles];

  protected declare readonly l: LocalizeController<SelfscanMessages>;
  protected readonly widget = SELFSCAN_WIDGET;
  protected readonly schemaVersion = SELFSCAN_SCHEMA_VERSION;

  /**
   * The default question list: `quick` (16 statements, default) or `full` (40). Another value is
   * refused with an error state and `goesting-error`; the list shown stays.
   */
  @property({ noAccessor: true })
  get variant(): SelfscanVariant {
    return this.variantShown;
  }
  set variant(input: SelfscanVariant) {
    const old = this.variantShown;
    const parsed = parseChoice('variant', input, SELFSCAN_VARIANTS, 'quick');
    if (parsed.ok) {
      this.variantShown = parsed.data;
      this.clearError('config');
    } else this.fail('config', parsed.code, parsed.issues);
    this.requestUpdate('variant', old);
  }

  /** Shows only the result (and history), with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** Per-instance text overrides by message key, e.g. `{ title: 'Onze teamscan' }`. */
  @property({ attribute: false })
  declare strings?: Partial<SelfscanMessages>;

  private variantShown: SelfscanVariant = 'quick';
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
    if (input === undefined || input === null || input === '') {
      this.doc = undefined;
      this.rejectedValue = undefined;
      this.clearError('value');
    } else {
      const parsed = parseSelfscanValue(input, this.instrumentValid ? this.instrument : undefined);
      if (parsed.ok) {
        // Frameworks often hand back the document the widget just sent; that must not move the user.
        const same = this.doc !== undefined && JSON.stringify(parsed.data) === JSON.stringify(this.doc);
        this.doc = parsed.data;
        this.rejectedValue = undefined;
        this.hostSetValue = true;
        this.clearError('value');
        if (!same) this.step = parsed.data.completed ? this.steps.length : 0;
      } else {
        this.rejectedValue = input;
        // A document for a list that has not arrived yet: frameworks set properties in any order,
        // so judge it at the next update, once every property of this round is set.
        const awaitingList = parsed.issues.every((i) => i.code === 'unknown_item' || i.code === 'other_instrument') && !this.isCurrentList(input);
        if (!awaitingList) this.fail('value', parsed.code, parsed.issues);
      }
    }
    this.confirmingFinish = false;
    // Also when the document did not change: a deferred check must still run at the next update.
    this.requestUpdate();
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

  /** Whether a (parseable) document names the list shown now. */
  private isCurrentList(input: unknown): boolean {
    const json = parseJsonInput(input);
    const key = json.ok && typeof json.data === 'object' && json.data ? (json.data as { instrument?: unknown }).instrument : undefined;
    return key === instrumentKey(this.instrument);
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
    const before = this.answeredCount();
    this.edit((doc) => ({ ...doc, answers: { ...doc.answers, [item.id]: answer } }));
    // Only a new answer is progress; another choice for the same statement is said by the radio itself.
    const answered = this.answeredCount();
    if (answered !== before) this.announce(this.l.t('progress', { answered, total: this.instrument.items.length }));
  }

  private answeredCount(): number {
    return this.instrument.items.filter((i) => answerOf(this.value.answers, i.id) !== undefined).length;
  }

  /** Says `text` through the polite live region; clearing it first makes a repeated message heard again. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
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
    if (step >= this.steps.length) this.announce(this.l.t('resultReady'));
  }

  private requestFinish(): void {
    const open = this.instrument.items.filter((i) => answerOf(this.value.answers, i.id) === undefined).length;
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

  private get showingResult(): boolean {
    return this.readonly || this.step >= this.steps.length;
  }

  /** Loads the result view the first time a result is to be shown, before rendering it. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.showingResult && !resultView) resultView = await import('./result-view.js');
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.rejectedValue !== undefined && !this.errors.has('value')) {
      const parsed = parseSelfscanValue(this.rejectedValue, this.instrumentValid ? this.instrument : undefined);
      if (!parsed.ok) this.fail('value', parsed.code, parsed.issues);
    }
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
    return html`${this.showingResult ? this.renderResult() : this.renderStep(this.steps[this.step]!)}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderHeader(): TemplateResult {
    const total = this.instrument.items.length;
    const answered = this.answeredCount();
    return html`<header part="header">
      <h2 class="title">${this.instrument.title ? pickText(this.instrument.title, this.l.locale) : this.l.t('title')}</h2>
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
    const open = this.instrument.items.filter((i) => answerOf(this.value.answers, i.id) === undefined).length;
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
    const current = answerOf(this.value.answers, item.id);
    const flagged = this.value.flags.includes(item.id);
    const legendId = `legend-${item.id}`;
    return html`<fieldset class="item" part="item" ?disabled=${this.disabled}>
      <legend id=${legendId}>${this.itemText(item)}</legend>
      ${choiceScale({
        name: item.id,
        choices: SCALE,
        current,
        label: (answer) => l.t(`scale.${answer}`),
        pick: (answer) => this.answer(item, answer),
        className: (answer) => (answer === 'na' ? 'na' : ''),
      })}
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
      ${choiceScale({ name: `energy-${pillar}`, choices: ENERGY, current, label: (energy) => l.t(`energy.${energy}`), pick: (energy) => this.rateEnergy(pillar, energy) })}
    </fieldset>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    if (!resultView) return nothing;
    return resultView.renderResult({
      l: this.l,
      instrument: this.instrument,
      value: this.value,
      result: this.result,
      history: this.historyDocs,
      readonly: this.readonly,
      itemText: (item) => this.itemText(item),
      edit: () => this.goTo(0),
      exportJson: () => this.exportJson(),
      host: this,
    });
  }

  /** Our own statements come from the locale catalogue; a host's own list carries its texts. */
  private itemText(item: SelfscanItem): string {
    if (isDefaultInstrument(this.instrument)) {
      const key = `item.${item.id}` as keyof SelfscanMessages;
      if (key in selfscanMessages['nl-BE']) return this.l.t(key as 'title');
    }
    return pickText(item.text, this.l.locale);
  }

}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    selfscan: { value: SelfscanValue; result: SelfscanResult };
  }
}
