import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GoestingDocumentElement,
  LazyModule,
  choiceScaleStyles,
  isoDay,
  parsedInput,
  perspectivesStyles,
  perspectivesView,
  pickText,
  themeStyles,
  trendStyles,
  type Catalogues,
  type LocalizeController,
  type Messages,
  type Parsed,
} from '@goesting/core';
import { hopeScaleMessages, type HopeScaleMessages } from './messages.js';
import { hopeScaleStyles } from './hope-scale.styles.js';
import { renderGoalHope, renderProfessional, renderScaling, type HopeView } from './view.js';
import {
  HOPE_MODES,
  HOPE_SCHEMA_VERSION,
  HOPE_VARIANTS,
  HOPE_WIDGET,
  defaultPack,
  emptyHopeValue,
  packKey,
  parseHopeHistory,
  parseHopePack,
  parseHopeValue,
  parseScalingScales,
  scoreHope,
  type HopeMode,
  type HopePack,
  type HopeResult,
  type HopeValue,
  type HopeVariant,
  type ScalingScale,
} from './model/index.js';

const DEFAULT_SCALES: ScalingScale[] = [{ id: 'hope' }];
/** The result and trend load the first time a result is shown. */
const resultView = new LazyModule(() => import('./result-view.js'));

/**
 * How much hope a client has, and what feeds it. **Scaling mode** (default): one or more 0–10
 * scales with labelled ends and solution-focused follow-up prompts. **Goal-hope mode**: an
 * optional goal and our own three willpower and three ways statements (`variant="youth"`: a
 * six-point frequency scale and shorter sentences), scored per subscale and in total, with
 * conversation prompts for the lower subscale. A host may pass a licensed `pack` instead. Earlier
 * results (`history`) show as a trend chart with a table. Very low hope gives neutral words
 * suggesting to talk it over; nothing is ever sent anywhere.
 *
 * @tagname goesting-hope-scale
 * @summary Hope: 0–10 scaling with follow-up prompts, or goal-hope statements on willpower and ways.
 *
 * @fires goesting-change - After every answer, goal or prompt the user changes. `detail.value` is the whole document.
 * @fires goesting-complete - When the user presses "Klaar". `detail` carries `value` and the `result`.
 * @fires goesting-error - When `pack`, `scales`, `value`, `history`, `mode`, `variant` or another setting is invalid, or a draft cannot be stored.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit, as native form controls do.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart scaling - One 0–10 scale with its prompts.
 * @csspart item - One statement with its answer scale.
 * @csspart option - One answer choice.
 * @csspart result - The result.
 * @csspart trend - The trend chart.
 * @csspart actions - Finish, edit, print and download buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of chosen answers, the scale and buttons; one colour for every value.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-earlier - Colour of the second line in the trend chart.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingHopeScale extends GoestingDocumentElement<typeof HOPE_WIDGET> {
  static override catalogues = hopeScaleMessages as unknown as Catalogues<Messages>;
  /** An unknown `mode` or `variant` is refused: it would end up in saved documents that fail the schema. */
  static override inputRules = { ...GoestingDocumentElement.inputRules, mode: HOPE_MODES, variant: HOPE_VARIANTS };
  static override styles: CSSResultGroup = [themeStyles, choiceScaleStyles, trendStyles, perspectivesStyles, hopeScaleStyles];

  protected declare readonly l: LocalizeController<HopeScaleMessages>;
  protected readonly widget = HOPE_WIDGET;
  protected readonly schemaVersion = HOPE_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<HopeScaleMessages>;

  /** `scaling` (default): 0–10 scales; `goal-hope`: statements on willpower and ways. Another value is refused. */
  @property()
  mode: HopeMode = 'scaling';

  /** Goal-hope statements for `adult` (default, 8-point) or `youth` (6-point, shorter sentences). Another value is refused. */
  @property()
  variant: HopeVariant = 'adult';

  /** Shows only the result and trend, with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * Also asks the professional's own hope for the client's goal (0–10), after the client's part.
   * The result shows it beside the client's answer, the client's first, never averaged.
   */
  @property({ type: Boolean })
  professional = false;

  @state() private showResult = false;

  /**
   * A licensed or own question set (object or JSON string): items, answer scale, subscales,
   * fillers and reverse-keyed items, within the limits of `PACK_LIMITS` (200 items, 101 answer
   * choices, …). Setting it switches to goal-hope mode. An invalid pack is refused; the last
   * valid one and the answers given stay.
   */
  @parsedInput({ parse: parseHopePack, fallback: (host: GoestingHopeScale) => defaultPack(host.variantInUse) })
  pack!: HopePack;

  /** The 0–10 scales of the scaling mode (object or JSON string): `id`, `question`, `low`, `high`. */
  @parsedInput({ parse: parseScalingScales, fallback: () => DEFAULT_SCALES })
  scales!: ScalingScale[];

  /** Earlier results (value documents with dates), oldest first, at most 1000; invalid ones are refused and the last valid ones kept. */
  @parsedInput({ parse: parseHopeHistory, fallback: () => [] })
  history!: HopeValue[];

  /** The result of the current answers. */
  get result(): HopeResult {
    return scoreHope(this.value, this.scales, this.pack);
  }

  protected parseValue(input: unknown): Parsed<HopeValue> {
    return parseHopeValue(input, this.pack);
  }

  protected emptyValue(): HopeValue {
    return emptyHopeValue(this.effectiveMode, this.pack);
  }

  protected override valueReplaced(doc: HopeValue | undefined): void {
    this.showResult = doc?.completed === true;
  }

  /** Mode and variant as set, or their defaults when the attribute is removed. */
  private get effectiveMode(): HopeMode {
    return this.inputState('pack').has ? 'goal-hope' : this.mode || 'scaling';
  }
  private get variantInUse(): HopeVariant {
    return this.variant || 'adult';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A document for another mode or pack than shown is kept, but a new edit starts from the shown one.
    if (this.doc && this.doc.mode !== this.effectiveMode && this.userEdited) this.doc = undefined;
  }

  protected override modulesNeeded(): LazyModule<unknown>[] {
    if (!this.readonly && !this.showResult) return [];
    return this.value.perspectives ? [resultView, perspectivesView] : [resultView];
  }

  private edit(update: (doc: HopeValue) => HopeValue, notify = true): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.value;
    const doc = update({ ...open, mode: this.effectiveMode, ...(this.effectiveMode === 'goal-hope' ? { pack: packKey(this.pack) } : {}), completed: false });
    if (notify) this.commit(doc);
    else {
      this.doc = doc;
      this.userEdited = true;
    }
  }

  private finish(): void {
    if (this.readonly || this.disabled) return;
    this.showResult = true;
    const date = isoDay();
    const professional = this.value.perspectives?.professional;
    this.complete({
      ...this.value,
      mode: this.effectiveMode,
      completed: true,
      date,
      ...(professional ? { perspectives: { professional: { ...professional, completed: true, date } } } : {}),
    });
    this.focusAfterRender('#result-title');
  }

  private view(): HopeView {
    return {
      l: this.l,
      value: this.value,
      result: this.result,
      pack: this.pack,
      scales: this.scales,
      history: this.history,
      goal: this.effectiveMode === 'goal-hope',
      variant: this.variantInUse,
      readonly: this.readonly,
      disabled: this.disabled,
      complete: this.isComplete(),
      edit: (update, notify) => this.edit(update, notify),
      editAgain: () => (this.showResult = false),
    };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.errors.has('pack') || this.errors.has('scales')) return nothing;
    const l = this.l;
    const view = this.view();
    const pack = this.inputState('pack').has ? this.pack : undefined;
    const results = resultView.value;
    return html`<h2>${pack?.title ? pickText(pack.title, l.locale) : l.t('title')}</h2>
      ${(this.readonly || this.showResult) && results
        ? results.renderResult(view, perspectivesView.value)
        : html`<p>${l.t(view.goal ? 'introGoal' : 'introScaling')}</p>
            ${view.goal ? renderGoalHope(view) : this.scales.map((scale) => renderScaling(view, scale))}
            ${this.professional ? renderProfessional(view) : nothing}
            <div class="actions no-print" part="actions">
              <button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.finish()}>${l.t('finish')}</button>
            </div>`}`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'hope-scale': { value: HopeValue; result: HopeResult };
  }
}
