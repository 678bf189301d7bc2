import { nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GoestingDocumentElement,
  LazyModule,
  isoDay,
  parsedInput,
  pickText,
  themeStyles,
  type Catalogues,
  type LocalizeController,
  type Messages,
} from '@goesting/core';
import { selfscanMessages, type SelfscanMessages } from './messages.js';
import { selfscanStyles } from './selfscan.styles.js';
import { renderStep } from './render-step.js';
import {
  SELFSCAN_SCHEMA_VERSION,
  SELFSCAN_VARIANTS,
  SELFSCAN_WIDGET,
  defaultInstrument,
  emptySelfscanValue,
  isDefaultInstrument,
  parseSelfscanHistory,
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
import { answeredCount, finished, pillarSteps, reopened, withAnswer, withEnergy, withFlag } from './model/edit.js';

/** The result view, loaded the first time a result is shown, so filling in the scan downloads less. */
const resultView = new LazyModule(() => import('./result-view.js'));

/** Issues that only say the document was made with another question list, which may still arrive. */

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
 * @fires {CustomEvent<GoestingReflectDetail>} goesting-reflect - When the user asks for a reflection card on a growth point. `detail.cell` holds its `pillar` and `dimension`; the host opens `<goesting-reflection-card>` with them.
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
export class GoestingSelfscan extends GoestingDocumentElement<'selfscan'> {
  static override catalogues = selfscanMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, selfscanStyles];
  /** An unknown `variant` is refused: the list shown stays. */
  static override inputRules = { ...GoestingDocumentElement.inputRules, variant: SELFSCAN_VARIANTS };

  protected declare readonly l: LocalizeController<SelfscanMessages>;
  protected readonly widget = SELFSCAN_WIDGET;
  protected readonly schemaVersion = SELFSCAN_SCHEMA_VERSION;

  /**
   * The default question list: `quick` (16 statements, default) or `full` (40). Another value is
   * refused with an error state and `goesting-error`; the list shown stays.
   */
  @property()
  variant: SelfscanVariant = 'quick';

  /** Shows only the result (and history), with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** Per-instance text overrides by message key, e.g. `{ title: 'Onze teamscan' }`. */
  @property({ attribute: false })
  declare strings?: Partial<SelfscanMessages>;

  /**
   * Your own question list (object or JSON string), validated on arrival; it replaces `variant`.
   * Invalid lists show an error state and send `goesting-error`.
   */
  @parsedInput({ parse: parseSelfscanInstrument, fallback: (host: GoestingSelfscan) => defaultInstrument(host.variant || 'quick') })
  instrument!: SelfscanInstrument;

  /** Earlier results (value documents, object or JSON string), shown in the radar and the heat map. */
  @parsedInput({ parse: parseSelfscanHistory, fallback: () => [] })
  history!: SelfscanValue[];

  @state() private step = 0;
  @state() private confirmingFinish = false;

  /** The scored result of the current answers. */
  get result(): SelfscanResult {
    return scoreSelfscan(this.instrument, this.value);
  }

  /** The result as a JSON file the user can save: answers, scores and history dates. */
  exportJson(): string {
    return JSON.stringify({ widget: this.widget, schemaVersion: this.schemaVersion, value: this.value, result: this.result }, null, 2);
  }

  protected parseValue(input: unknown) {
    return parseSelfscanValue(input, this.instrumentValid ? this.instrument : undefined);
  }

  protected emptyValue(): SelfscanValue {
    return emptySelfscanValue(this.instrument);
  }

  protected override valueReplaced(doc: SelfscanValue | undefined): void {
    this.step = doc?.completed ? this.steps.length : 0;
    this.confirmingFinish = false;
  }

  private get instrumentValid(): boolean {
    return !this.errors.has('instrument');
  }

  private get steps(): PillarId[] {
    return pillarSteps(this.instrument);
  }

  /** Applies a user edit to the document, reopened for the list shown. */
  private edit(update: (doc: SelfscanValue) => SelfscanValue): void {
    if (this.readonly || this.disabled) return;
    this.commit(update(reopened(this.value, this.instrument)));
  }

  private answer(item: SelfscanItem, answer: SelfscanAnswer): void {
    const before = answeredCount(this.instrument, this.value);
    this.edit((doc) => withAnswer(doc, item.id, answer));
    // Only a new answer is progress; another choice for the same statement is said by the radio itself.
    const answered = answeredCount(this.instrument, this.value);
    if (answered !== before) this.announce(this.l.t('progress', { answered, total: this.instrument.items.length }));
  }

  private goTo(step: number): void {
    this.step = step;
    this.confirmingFinish = false;
    const result = step >= this.steps.length;
    this.focusAfterRender(result ? '#result-heading' : '#step-heading');
    if (result) this.announce(this.l.t('resultReady'));
  }

  private finish(force: boolean): void {
    if (!force && answeredCount(this.instrument, this.value) < this.instrument.items.length && !this.confirmingFinish) {
      this.confirmingFinish = true;
      this.focusAfterRender('#open-items');
      return;
    }
    if (this.readonly || this.disabled) return;
    this.complete(finished(this.value, this.instrument, isoDay()));
    this.goTo(this.steps.length);
  }

  private get showingResult(): boolean {
    return this.readonly || this.step >= this.steps.length;
  }

  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.showingResult ? [resultView] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.step > this.steps.length) this.step = this.steps.length;
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (!this.instrumentValid) return nothing;
    if (this.showingResult) return this.renderResult();
    return renderStep({
      l: this.l,
      instrument: this.instrument,
      value: this.value,
      steps: this.steps,
      step: this.step,
      answered: answeredCount(this.instrument, this.value),
      disabled: this.disabled,
      confirmingFinish: this.confirmingFinish,
      itemText: (item) => this.itemText(item),
      answer: (item, answer) => this.answer(item, answer),
      flag: (item, flagged) => this.edit((doc) => withFlag(doc, item.id, flagged)),
      rateEnergy: (pillar, energy) => this.edit((doc) => withEnergy(doc, pillar, energy)),
      goTo: (step) => this.goTo(step),
      finish: (force) => this.finish(force),
      keepGoing: () => (this.confirmingFinish = false),
    });
  }

  private renderResult(): TemplateResult | typeof nothing {
    return (
      resultView.value?.renderResult({
        l: this.l,
        instrument: this.instrument,
        value: this.value,
        result: this.result,
        history: this.history,
        readonly: this.readonly,
        itemText: (item) => this.itemText(item),
        edit: () => this.goTo(0),
        exportJson: () => this.exportJson(),
        host: this,
      }) ?? nothing
    );
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
