import { css, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GoestingFormElement,
  choiceScale,
  choiceScaleStyles,
  downloadFile,
  isoDay,
  pickText,
  themeStyles,
  trendChart,
  trendStyles,
  type Catalogues,
  type LocalizeController,
  type Messages,
} from '@goesting/core';
import { hopeScaleMessages, type HopeScaleMessages } from './messages.js';
import {
  HOPE_MODES,
  HOPE_SCHEMA_VERSION,
  HOPE_VARIANTS,
  HOPE_WIDGET,
  defaultPack,
  emptyHopeValue,
  isDefaultPack,
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
  MAX_ANSWER_TEXT,
} from './model/index.js';

const DEFAULT_SCALES: ScalingScale[] = [{ id: 'hope' }];
const PROMPTS = ['why', 'next', 'notice'] as const;
const MAX_TEXT = MAX_ANSWER_TEXT;
/** Friendly, neutral marks for the youth answers: a circle filling up, never good or bad. */
const YOUTH_ICONS = ['○', '◔', '◑', '◕', '◉', '●'];

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
export class GoestingHopeScale extends GoestingFormElement {
  static override catalogues = hopeScaleMessages as unknown as Catalogues<Messages>;
  /** An unknown `mode` or `variant` is refused: it would end up in saved documents that fail the schema. */
  static override inputRules = { ...GoestingFormElement.inputRules, mode: HOPE_MODES, variant: HOPE_VARIANTS };
  static override styles: CSSResultGroup = [
    themeStyles,
    choiceScaleStyles,
    trendStyles,
    css`
      h2,
      h3 {
        line-height: 1.25;
        margin: 0 0 0.5rem;
      }
      h2 {
        font-size: 1.5em;
      }
      h3 {
        font-size: 1.2em;
        margin-block-start: var(--_space);
      }
      .scaling,
      .item,
      .goal {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
        margin: 0 0 0.75rem;
        min-inline-size: 0;
      }
      .question,
      .item legend {
        font-weight: 600;
      }
      .range-row {
        display: grid;
        grid-template-columns: minmax(4rem, auto) 1fr minmax(4rem, auto);
        align-items: center;
        gap: 0.5rem;
        margin-block: 0.5rem;
      }
      .end.high {
        text-align: end;
      }
      input[type='range'] {
        width: 100%;
        min-height: 2.75rem;
        accent-color: var(--_accent);
        margin: 0;
      }
      input[type='range'].unset::-webkit-slider-thumb {
        opacity: 0.35;
      }
      .value {
        font-size: 1.5em;
        font-weight: 600;
        text-align: center;
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        margin-block: 0.5rem;
      }
      .field textarea,
      .field input {
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
        padding: 0.5rem;
        min-height: 2.75rem;
      }
      .counter,
      .hint {
        font-size: 0.9em;
      }
      .icon {
        font-size: 1.4em;
        line-height: 1;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block: var(--_space);
      }
      .low-hope {
        border-inline-start: 4px solid var(--_border);
        padding-inline-start: 0.75rem;
      }
      dl.scores {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem 1rem;
      }
      dl.scores dt {
        font-weight: 600;
      }
      dl.scores dd {
        margin: 0;
      }
      dl.follow-ups {
        margin: 0.25rem 0 0.5rem;
      }
      dl.follow-ups dt {
        font-style: italic;
      }
      dl.follow-ups dd {
        margin: 0 0 0.5rem;
        white-space: pre-line;
      }
      @media print {
        .scaling,
        .item,
        .goal {
          break-inside: avoid;
        }
      }
    `,
  ];

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

  @state() private doc?: HopeValue;
  @state() private showResult = false;

  private customPack?: HopePack;
  private customScales?: ScalingScale[];
  private historyDocs: HopeValue[] = [];
  private rejectedValue: unknown;
  private hostSetValue = false;
  private userEdited = false;

  /**
   * A licensed or own question set (object or JSON string): items, answer scale, subscales,
   * fillers and reverse-keyed items, within the limits of `PACK_LIMITS` (200 items, 101 answer
   * choices, …). Setting it switches to goal-hope mode. An invalid pack is refused; the last
   * valid one and the answers given stay.
   */
  @property({ attribute: 'pack', noAccessor: true })
  get pack(): HopePack {
    return this.customPack ?? defaultPack(this.variantInUse);
  }
  set pack(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.customPack = undefined;
      this.clearError('instrument');
    } else {
      const parsed = parseHopePack(input);
      if (parsed.ok) {
        this.customPack = parsed.data;
        this.clearError('instrument');
      } else this.fail('instrument', parsed.code, parsed.issues);
    }
    if (this.rejectedValue !== undefined) this.value = this.rejectedValue;
    this.requestUpdate();
  }

  /** The 0–10 scales of the scaling mode (object or JSON string): `id`, `question`, `low`, `high`. */
  @property({ attribute: 'scales', noAccessor: true })
  get scales(): ScalingScale[] {
    return this.customScales ?? DEFAULT_SCALES;
  }
  set scales(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.customScales = undefined;
      this.clearError('config');
    } else {
      const parsed = parseScalingScales(input);
      if (parsed.ok) {
        this.customScales = parsed.data;
        this.clearError('config');
      } else this.fail('config', parsed.code, parsed.issues);
    }
    this.requestUpdate();
  }

  /** The answers (object or JSON string); setting it fires no event, an invalid one is refused. */
  @property({ attribute: 'value', noAccessor: true })
  get value(): HopeValue {
    return this.doc ?? emptyHopeValue(this.effectiveMode, this.pack);
  }
  set value(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.doc = undefined;
      this.rejectedValue = undefined;
      this.clearError('value');
    } else {
      const parsed = parseHopeValue(input, this.pack);
      if (parsed.ok) {
        const same = this.doc !== undefined && JSON.stringify(parsed.data) === JSON.stringify(this.doc);
        this.doc = parsed.data;
        this.rejectedValue = undefined;
        this.hostSetValue = true;
        this.clearError('value');
        if (!same) this.showResult = parsed.data.completed;
      } else {
        this.rejectedValue = input;
        this.fail('value', parsed.code, parsed.issues);
      }
    }
    this.requestUpdate();
  }

  /** Earlier results (value documents with dates), oldest first, at most 1000; invalid ones are refused and the last valid ones kept. */
  @property({ attribute: 'history', noAccessor: true })
  get history(): HopeValue[] {
    return this.historyDocs;
  }
  set history(input: unknown) {
    const parsed = parseHopeHistory(input);
    if (parsed.ok) {
      this.historyDocs = parsed.data;
      this.clearError('history');
    } else this.fail('history', parsed.code, parsed.issues);
    this.requestUpdate();
  }

  /** The result of the current answers. */
  get result(): HopeResult {
    return scoreHope(this.value, this.scales, this.pack);
  }

  /** Clears every answer and the draft. Fires no event. */
  reset(): void {
    this.doc = undefined;
    this.rejectedValue = undefined;
    this.userEdited = false;
    this.hostSetValue = false;
    this.showResult = false;
    this.clearError('value');
    void this.writeDraft(undefined);
  }

  isComplete(): boolean {
    return this.doc?.completed === true;
  }

  /** Mode and variant as set, or their defaults when the attribute is removed. */
  private get effectiveMode(): HopeMode {
    return this.customPack ? 'goal-hope' : this.mode || 'scaling';
  }
  private get variantInUse(): HopeVariant {
    return this.variant || 'adult';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited || this.doc) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = parseHopeValue(draft, this.pack);
    if (parsed.ok) {
      this.doc = parsed.data;
      this.showResult = parsed.data.completed;
    }
  }

  protected formValue(): string {
    return JSON.stringify(this.value);
  }

  protected restoreFormValue(state: string): void {
    this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A document for another mode or pack than shown is kept, but a new edit starts from the shown one.
    if (this.doc && this.doc.mode !== this.effectiveMode && this.userEdited) this.doc = undefined;
  }

  private edit(update: (doc: HopeValue) => HopeValue, notify = true): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.value;
    this.doc = update({
      ...open,
      mode: this.effectiveMode,
      ...(this.effectiveMode === 'goal-hope' ? { pack: packKey(this.pack) } : {}),
      completed: false,
    });
    this.userEdited = true;
    if (!notify) return;
    this.emitChange(this.doc);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private finish(): void {
    if (this.readonly || this.disabled) return;
    this.doc = { ...this.value, mode: this.effectiveMode, completed: true, date: isoDay() };
    this.userEdited = true;
    this.showResult = true;
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus());
  }

  private text(value: string | Record<string, string> | undefined, fallback: string): string {
    return value === undefined ? fallback : pickText(value, this.l.locale);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.errors.has('instrument') || this.errors.has('config')) return nothing;
    const l = this.l;
    const goal = this.effectiveMode === 'goal-hope';
    const showResult = this.readonly || this.showResult;
    return html`<h2>${this.customPack?.title ? pickText(this.customPack.title, l.locale) : l.t('title')}</h2>
      ${showResult ? this.renderResult() : html`<p>${l.t(goal ? 'introGoal' : 'introScaling')}</p>
            ${goal ? this.renderGoalHope() : this.scales.map((scale) => this.renderScaling(scale))}
            <div class="actions no-print" part="actions">
              <button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.finish()}>${l.t('finish')}</button>
            </div>`}`;
  }

  private renderScaling(scale: ScalingScale): TemplateResult {
    const l = this.l;
    const value = this.value.scales[scale.id];
    const id = `scale-${scale.id}`;
    const valueText = value === undefined ? l.t('scaleUnset') : l.t('scaleValue', { value, max: 10 });
    const set = (input: HTMLInputElement, notify: boolean) =>
      this.edit((doc) => ({ ...doc, scales: { ...doc.scales, [scale.id]: Number(input.value) } }), notify);
    return html`<div class="scaling" part="scaling">
      <label class="question" for=${id}>${this.text(scale.question, l.t('scaleQuestion'))}</label>
      <p class="hint" id="${id}-hint">${l.t('scaleHint')}</p>
      <div class="range-row">
        <span class="end low" id="${id}-low">0: ${this.text(scale.low, l.t('scaleLow'))}</span>
        <input
          id=${id}
          class=${value === undefined ? 'unset' : ''}
          type="range"
          min="0"
          max="10"
          step="1"
          .value=${String(value ?? 5)}
          aria-valuetext=${valueText}
          aria-describedby="${id}-hint ${id}-low ${id}-high"
          ?disabled=${this.disabled}
          @input=${(e: Event) => set(e.target as HTMLInputElement, false)}
          @change=${(e: Event) => set(e.target as HTMLInputElement, true)}
        />
        <span class="end high" id="${id}-high">10: ${this.text(scale.high, l.t('scaleHigh'))}</span>
      </div>
      <p class="value" aria-hidden="true">${value ?? '–'}</p>
      ${value === undefined ? nothing : PROMPTS.map((prompt) => this.renderPrompt(scale, prompt, value))}
    </div>`;
  }

  private renderPrompt(scale: ScalingScale, prompt: (typeof PROMPTS)[number], value: number): TemplateResult | typeof nothing {
    const l = this.l;
    if (value === 10 && prompt === 'notice') return nothing;
    const key = `${scale.id}.${prompt}`;
    const text = this.value.followUps[key] ?? '';
    const label = this.promptLabel(prompt, value);
    const id = `prompt-${scale.id}-${prompt}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="2"
        maxlength=${MAX_TEXT}
        aria-describedby="${id}-count"
        .value=${text}
        ?disabled=${this.disabled}
        @input=${(e: Event) => this.edit((doc) => ({ ...doc, followUps: { ...doc.followUps, [key]: (e.target as HTMLTextAreaElement).value } }))}
      ></textarea>
      <span class="counter" id="${id}-count">${l.t('characters', { count: text.length, max: MAX_TEXT })}</span>
    </div>`;
  }

  /** The follow-up question for a scale at `value`: why not lower, what one step up looks like, who would notice. */
  private promptLabel(prompt: (typeof PROMPTS)[number], value: number): string {
    const l = this.l;
    if (prompt === 'why') return l.t('promptWhy', { value });
    if (value === 10) return l.t('promptKeep');
    return prompt === 'next' ? l.t('promptNext', { next: value + 1 }) : l.t('promptNotice', { next: value + 1 });
  }

  /** The client's answers to the follow-up questions of one scale, as they were asked. */
  private renderFollowUps(scale: ScalingScale, value: number | null | undefined): TemplateResult | typeof nothing {
    if (value === null || value === undefined) return nothing;
    const answered = PROMPTS.filter((prompt) => this.value.followUps[`${scale.id}.${prompt}`]?.trim() && !(value === 10 && prompt === 'notice'));
    if (!answered.length) return nothing;
    return html`<dl class="follow-ups">
      ${answered.map((prompt) => html`<dt>${this.promptLabel(prompt, value)}</dt><dd>${this.value.followUps[`${scale.id}.${prompt}`]}</dd>`)}
    </dl>`;
  }

  private answerLabel(value: number): string {
    const labels = this.pack.scale.labels;
    if (labels?.[String(value)]) return pickText(labels[String(value)]!, this.l.locale);
    if (isDefaultPack(this.pack)) return this.l.t(`answer.${this.variantInUse}.${value}` as 'title');
    return String(value);
  }

  private itemText(text: string | Record<string, string>): string {
    if (typeof text === 'string' && isDefaultPack(this.pack) && text in hopeScaleMessages['nl-BE']) return this.l.t(text as 'title');
    return pickText(text, this.l.locale);
  }

  private renderGoalHope(): TemplateResult {
    const l = this.l;
    const pack = this.pack;
    const choices = Array.from({ length: pack.scale.max - pack.scale.min + 1 }, (_, i) => pack.scale.min + i);
    const youth = isDefaultPack(pack) && this.variantInUse === 'youth';
    const open = pack.items.filter((item) => this.value.answers[item.id] === undefined).length;
    return html`${isDefaultPack(pack)
        ? html`<div class="goal field">
            <label for="goal">${l.t('goal')}</label>
            <input id="goal" type="text" maxlength=${MAX_TEXT} aria-describedby="goal-hint" .value=${this.value.goal ?? ''} ?disabled=${this.disabled}
              @input=${(e: Event) => this.edit((doc) => ({ ...doc, goal: (e.target as HTMLInputElement).value }))} />
            <span class="hint" id="goal-hint">${l.t('goalHint')}</span>
          </div>`
        : nothing}
      ${pack.items.map(
        (item) => html`<fieldset class="item" part="item" ?disabled=${this.disabled}>
          <legend>${this.itemText(item.text)}</legend>
          ${choiceScale({
            name: item.id,
            choices,
            current: this.value.answers[item.id],
            label: (value) => this.answerLabel(value),
            pick: (value) => this.edit((doc) => ({ ...doc, answers: { ...doc.answers, [item.id]: value } })),
            decorate: youth ? (value) => html`<span class="icon" aria-hidden="true">${YOUTH_ICONS[value - 1]}</span>` : undefined,
          })}
        </fieldset>`,
      )}
      <p role="status">${open ? l.t('openItems', { count: open }) : ''}</p>`;
  }

  private subscaleName(id: string): string {
    const subscale = this.pack.subscales.find((s) => s.id === id);
    if (subscale?.label) return pickText(subscale.label, this.l.locale);
    return `subscale.${id}` in hopeScaleMessages['nl-BE'] ? this.l.t(`subscale.${id}` as 'title') : id;
  }

  private renderResult(): TemplateResult {
    const l = this.l;
    const result = this.result;
    const goal = result.mode === 'goal-hope';
    const range = (score: { score: number | null; min: number; max: number; missing: string[] }) =>
      score.score === null ? l.t('noScore', { count: score.missing.length }) : l.t('scoreOf', { score: score.score, min: score.min, max: score.max });
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <h3 id="result-title" tabindex="-1">${l.t('resultTitle')}</h3>
      <p>${l.t('resultIntro')}</p>
      ${this.value.goal ? html`<p><strong>${l.t('goalResult')}:</strong> ${this.value.goal}</p>` : nothing}
      <dl class="scores">
        ${goal
          ? html`${result.subscales.map(
                (s) => html`<dt>${this.subscaleName(s.id)}</dt>
                  <dd>${range(s)}${`subscaleAbout.${s.id}` in hopeScaleMessages['nl-BE'] ? html`: ${l.t(`subscaleAbout.${s.id}` as 'title')}` : nothing}</dd>`,
              )}
              <dt>${l.t('total')}</dt>
              <dd>${range(result.total!)}</dd>`
          : this.scales.map(
              (scale) => html`<dt>${this.text(scale.question, l.t('scaleQuestion'))}</dt>
                <dd>
                  ${result.scales[scale.id] === null ? l.t('scaleUnset') : l.t('scaleValue', { value: result.scales[scale.id]!, max: 10 })}
                  ${this.renderFollowUps(scale, result.scales[scale.id])}
                </dd>`,
            )}
      </dl>
      ${goal && isDefaultPack(this.pack) ? this.renderTalk(result) : nothing}
      ${result.low ? html`<p class="low-hope">${l.t('lowScore')}</p>` : nothing} ${this.renderTrend()}
      <div class="actions no-print" part="actions">
        ${this.readonly ? nothing : html`<button type="button" @click=${() => (this.showResult = false)}>${l.t('editAnswers')}</button>`}
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
        <button type="button" @click=${() => downloadFile(`${l.t('fileName')}-${this.value.date ?? isoDay()}.json`, JSON.stringify({ value: this.value, result }, null, 2))}>
          ${l.t('exportJson')}
        </button>
      </div>
    </section>`;
  }

  private renderTalk(result: HopeResult): TemplateResult {
    const l = this.l;
    const lower = result.lowerSubscale;
    const prompts = lower === 'will' || lower === 'ways' ? [l.t(`talk.${lower}.1`), l.t(`talk.${lower}.2`)] : [l.t('talk.even')];
    return html`<h3>${l.t('talkTitle')}</h3>
      <ul>
        ${prompts.map((p) => html`<li>${p}</li>`)}
      </ul>`;
  }

  private renderTrend(): TemplateResult | typeof nothing {
    const l = this.l;
    const docs = [...this.historyDocs, ...(this.isComplete() ? [this.value] : [])];
    if (!this.historyDocs.length) return html`<h3>${l.t('trendTitle')}</h3><p>${l.t('noHistory')}</p>`;
    const goal = this.effectiveMode === 'goal-hope';
    const results = docs.map((doc) => scoreHope(doc, this.scales, this.pack));
    const dateOf = (doc: HopeValue, i: number, length: 'long' | 'short') =>
      doc.date ? l.date(doc.date, length) : i === docs.length - 1 && doc === this.value ? l.t('now') : String(i + 1);
    const dates = docs.map((doc, i) => dateOf(doc, i, 'long'));
    const series = goal
      ? this.pack.subscales.map((s) => ({ label: this.subscaleName(s.id), values: results.map((r) => r.subscales.find((x) => x.id === s.id)?.score ?? null) }))
      : this.scales.map((scale) => ({ label: this.text(scale.question, l.t('scaleQuestion')), values: results.map((r) => r.scales[scale.id] ?? null) }));
    const sub = this.pack.subscales[0];
    const [min, max] = goal ? [sub!.items.length * this.pack.scale.min, Math.max(...this.pack.subscales.map((s) => s.items.length)) * this.pack.scale.max] : [0, 10];
    const last = series.map((s) => `${s.label}: ${s.values.at(-1) ?? '–'}`).join('; ');
    return html`<h3>${l.t('trendTitle')}</h3>
      ${trendChart({ dates: docs.map((doc, i) => dateOf(doc, i, 'short')), series, min, max, label: l.t('trendLabel', { summary: last }) })}
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
        <table>
          <caption id="trend-caption">${l.t('trendTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('dateHeader')}</th>
              ${series.map((s) => html`<th scope="col">${s.label}</th>`)} ${goal ? html`<th scope="col">${l.t('total')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${results.map(
              (r, i) => html`<tr>
                <th scope="row">${dates[i]}</th>
                ${series.map((s) => html`<td>${s.values[i] ?? '–'}</td>`)} ${goal ? html`<td>${r.total?.score ?? '–'}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'hope-scale': { value: HopeValue; result: HopeResult };
  }
}
