import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingDocumentElement, LazyModule, choiceScaleStyles, downloadFile, isoDay, parsedInput, printOn, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import { CELL_DIMENSIONS, CELL_PILLARS, type GridCell } from '@goesting/core/model';
import { reflectionCardMessages, type ReflectionCardMessages } from './messages.js';
import { reflectionCardStyles } from './reflection-card.styles.js';
import type { CardView } from './card-view.js';
import type { PendingSwitch } from './panels.js';
import { renderActions, renderCell, renderSetup } from './render-setup.js';
import { renderSteps, renderTextField } from './render-steps.js';
import {
  PRINT_SIZES,
  REFLECTION_LAYOUTS,
  REFLECTION_SCHEMA_VERSION,
  REFLECTION_WIDGET,
  type PrintSize,
  type ReflectionLayout,
  type ReflectionResult,
  type ReflectionValue,
} from './model/schema.js';
import { TEMPLATE_STEPS, type TemplateId } from './model/templates.js';
import { emptyReflectionValue, parseCell, parseReflectionHistory, parseReflectionValue, parseTag, parseTemplate, type Parsed } from './model/parse.js';
import { finishCard, hasText, reopenCard, restartOn, withCell } from './model/edits.js';
import { summariseReflection } from './model/actions.js';
import type { Clock, Countdown } from './model/countdown.js';

/** The intervision's panels, the open actions of earlier cards and switching template, loaded the first time a card needs them. */
const panels = new LazyModule(() => import('./panels.js'));
/** The Markdown writer, loaded on the first Markdown download. */
const markdownExport = new LazyModule(() => import('./markdown-export.js'));

/**
 * A reflection card: a professional looks back on a situation in a structured way, alone or in
 * an intervision group, and leaves with one concrete action. Templates: Korthagen's five phases,
 * Gibbs' six stages, STARR(T) and the group intervision (incident method) with named rounds, an
 * optional silent timer per round and a place for each participant's view. A card is tagged with
 * a pillar × dimension cell (`pillar` and `dimension`, or `tag`), for example when opened from a
 * self-scan growth point. Open actions of earlier cards (`history`) can be marked done, carried
 * over or dropped. Print as A5 or A4; download as Markdown or JSON. Nothing leaves the widget
 * except through its events and the user's downloads.
 *
 * @tagname goesting-reflection-card
 * @summary Structured reflection, alone or with peers, ending in one action with a date.
 *
 * @fires goesting-change - After every edit by the user (text, template, tag, feelings, action, decisions on earlier actions, round minutes, views). `detail.value` is the whole card.
 * @fires goesting-complete - When the user finishes the card. `detail` carries `value` and a `result` with the action and the earlier actions still open.
 * @fires goesting-error - When `template`, `pillar`, `dimension`, `tag`, `layout`, `print-size`, `value` or `history` is invalid, or a draft cannot be stored.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit, as native form controls do.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart setup - Model and view choice.
 * @csspart confirm - The question before text that does not fit another model is dropped.
 * @csspart step - One step of the template.
 * @csspart timer - The countdown of an intervision round.
 * @csspart open-actions - The open actions of earlier cards.
 * @csspart actions - Finish, print and download buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of buttons, chosen chips and the current step.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of the step list and the confirmation.
 * @cssprop --goesting-color-error - Colour of the error state and of over-long texts.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingReflectionCard extends GoestingDocumentElement<typeof REFLECTION_WIDGET> {
  static override catalogues = reflectionCardMessages as unknown as Catalogues<Messages>;
  static override inputRules = { ...GoestingDocumentElement.inputRules, layout: REFLECTION_LAYOUTS, printSize: PRINT_SIZES, pillar: CELL_PILLARS, dimension: CELL_DIMENSIONS };
  static override styles: CSSResultGroup = [themeStyles, choiceScaleStyles, reflectionCardStyles];

  protected declare readonly l: LocalizeController<ReflectionCardMessages>;
  protected readonly widget = REFLECTION_WIDGET;
  protected readonly schemaVersion = REFLECTION_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<ReflectionCardMessages>;

  /** `steps` (default): one step at a time; `card`: every step on one long card. The user can switch. Another value is refused. */
  @property()
  layout: ReflectionLayout = 'steps';

  /** Paper size for printing: `a5` (default, a pocket card) or `a4`. The user can switch. Another value is refused. */
  @property({ attribute: 'print-size' })
  printSize: PrintSize = 'a5';

  /** Where the round timer reads the time (default: the system clock); hosts and tests may pass their own. */
  @property({ attribute: false })
  clock?: Clock;

  /**
   * The template of a new card: `korthagen` (default), `gibbs`, `starrt` or `intervision`. A loaded
   * card keeps its own, unless nothing is written on it yet. Reads back what the host set.
   */
  @parsedInput({ parse: parseTemplate, fallback: () => 'korthagen' })
  template!: TemplateId;

  /** The pillar the card is about: `expertise`, `alliance`, `hope` or `reflection`; only together with `dimension`. Reads back the host's tag. */
  @property()
  pillar?: GridCell['pillar'];

  /** The dimension the card is about: `self`, `other`, `organisation` or `environment`; only together with `pillar`. Reads back the host's tag. */
  @property()
  dimension?: GridCell['dimension'];

  /**
   * The pillar × dimension cell as one object `{ pillar, dimension }`, such as a self-scan's
   * `goesting-reflect` `detail.cell`; `undefined` takes the tag away. Anything else is refused.
   * Reads back the host's tag, also one given as `pillar` and `dimension`.
   */
  @parsedInput({ parse: parseTag, attribute: false })
  tag?: GridCell;

  /** Earlier cards (value documents), oldest first: their open actions are listed. */
  @parsedInput({ parse: parseReflectionHistory, fallback: () => [] })
  history!: ReflectionValue[];

  @state() private step = 0;
  /** Texts longer than allowed: kept on screen, not in the card, until the user shortens them. */
  @state() private overflow: ReadonlyMap<string, string> = new Map();
  @state() private pendingSwitch?: PendingSwitch;
  /** A pillar or a dimension the user chose without the other: shown, and in the card once both are chosen. */
  @state() private cellChoice?: Partial<GridCell>;

  /** The empty card shown before the first edit, for the host's template and tag. */
  private blank?: ReflectionValue;
  private readonly timers = new Map<string, Countdown>();

  /** The card's action and the earlier actions still open or closed now. */
  get result(): ReflectionResult {
    return summariseReflection(this.value, this.history);
  }

  /** Markdown of the card in the widget's language; everything in it stays text in any Markdown viewer. */
  async toMarkdown(): Promise<string> {
    return (await markdownExport.get()).cardToMarkdown(this.l, this.value);
  }

  /** The card as JSON, as `value` takes it back. */
  toJSON(): ReflectionValue {
    return this.value;
  }

  protected parseValue(input: unknown): Parsed<ReflectionValue> {
    return parseReflectionValue(input);
  }

  protected emptyValue(): ReflectionValue {
    const blank = this.blank;
    if (blank?.template === this.template && blank.cell === this.tag) return blank;
    return (this.blank = emptyReflectionValue(this.template, this.tag));
  }

  /** Another card drops the texts held for being too long and a half tag; a reset also starts at the first step, with every timer stopped. */
  protected override valueReplaced(_doc: ReflectionValue | undefined, from: 'host' | 'draft' | 'reset'): void {
    this.overflow = new Map();
    this.cellChoice = undefined;
    if (from !== 'reset') return;
    this.blank = undefined;
    this.step = 0;
    this.pendingSwitch = undefined;
    this.announce('');
    for (const timer of this.timers.values()) timer.halt();
    this.timers.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.timers.values()) timer.pause();
  }

  /** The panels and their texts, whenever the card shows an intervision, earlier cards' actions or the question before switching model. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.value.template === 'intervision' || this.history.length || this.pendingSwitch ? [panels] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pillar') || changed.has('dimension')) this.takeHalves();
    if (changed.has('tag')) this.takeTag();
    const doc = this.doc;
    // A template from the host moves a card that nothing is written on yet; a card loaded with it keeps its own.
    if (changed.has('template') && !changed.has('value') && doc && !this.userEdited && !hasText(doc)) this.doc = restartOn(doc, this.template);
    this.step = Math.min(this.step, this.steps.length);
  }

  /**
   * `pillar` and `dimension` arrive one by one, in either order: both make the tag, neither takes
   * it away, and one without the other is reported once the other had its chance to arrive,
   * before the render. The tag in force stays until then.
   */
  private takeHalves(): void {
    const pillar = this.pillar || undefined;
    const dimension = this.dimension || undefined;
    const parsed = parseCell(pillar, dimension);
    if (!parsed.ok && (pillar || dimension)) return this.fail('tag', parsed.code, parsed.issues);
    if (pillar !== this.tag?.pillar || dimension !== this.tag?.dimension) this.tag = parsed.ok ? parsed.data : undefined;
    else this.clearError('tag');
  }

  /** A tag from the host: a new card starts with it, it retags the card shown, and `pillar` and `dimension` read its halves. */
  private takeTag(): void {
    const tag = this.tag;
    this.pillar = tag?.pillar;
    this.dimension = tag?.dimension;
    this.cellChoice = undefined;
    if (tag && this.doc) this.doc = withCell(this.doc, tag);
  }

  private get steps() {
    return TEMPLATE_STEPS[this.value.template];
  }

  // ── Edits ──────────────────────────────────────────────────────────────────────────────────

  private edit(update: (doc: ReflectionValue) => ReflectionValue): void {
    if (!this.disabled) this.commit(update(reopenCard(this.value)));
  }

  /** A text edit: over-long text stays on screen with a message and is not put in the card. */
  private editText(key: string, text: string, max: number, apply: (doc: ReflectionValue, text: string) => ReflectionValue): void {
    const overflow = new Map(this.overflow);
    if (text.length > max) {
      this.overflow = overflow.set(key, text);
      return;
    }
    if (overflow.delete(key)) this.overflow = overflow;
    this.edit((doc) => apply(doc, text));
  }

  /** Forgets the over-long texts of fields whose key starts with `prefix`. */
  private dropOverflow(prefix: string): void {
    this.overflow = new Map([...this.overflow].filter(([key]) => !key.startsWith(prefix)));
  }

  private pickCell(part: keyof GridCell, choice: string): void {
    const cell = this.value.cell;
    const { pillar, dimension } = { ...(this.cellChoice ?? cell), [part]: choice || undefined } as Partial<GridCell>;
    if (pillar && dimension) {
      this.cellChoice = undefined;
      this.edit((doc) => withCell(doc, { pillar, dimension }));
    } else {
      // Half a tag is no tag: it stays on screen, and the card loses a tag it had.
      this.cellChoice = { pillar, dimension };
      if (cell) this.edit((doc) => withCell(doc));
    }
  }

  private async chooseTemplate(template: TemplateId): Promise<void> {
    const from = this.value.template;
    if (template === from) return;
    const { next, dropped } = (await panels.get()).switchTemplate(this.value, template);
    if (!dropped.length) return this.applySwitch(next);
    this.pendingSwitch = { template, from, next, dropped };
    this.focusAfterRender('.confirm button');
  }

  private applySwitch(next: ReflectionValue): void {
    this.pendingSwitch = undefined;
    this.dropOverflow('step:');
    this.edit(() => next);
    this.step = 0;
    this.announce(this.l.t('switched', { template: this.l.t(`template.${next.template}`) }));
    this.focusAfterRender('#template');
  }

  private cancelSwitch(): void {
    this.pendingSwitch = undefined;
    this.focusAfterRender('#template');
  }

  private goTo(step: number): void {
    this.step = step;
    this.focusAfterRender(`#step-${step}-title`);
  }

  private finish(): void {
    if (this.disabled) return;
    if (this.overflow.size) {
      this.announce(this.l.t('tooLongStatus'));
      const key = this.overflow.keys().next().value!;
      const index = this.steps.findIndex((s) => `step:${s.id}` === key);
      if (this.layout === 'steps') this.step = index < 0 ? this.steps.length : index;
      this.focusAfterRender('[aria-invalid=true]');
      return;
    }
    this.complete(finishCard(this.value, isoDay()));
    this.announce(this.l.t('finished'));
  }

  private async download(kind: 'md' | 'json'): Promise<void> {
    const name = `${this.l.t('fileName')}-${this.value.date ?? isoDay()}.${kind}`;
    if (kind === 'md') downloadFile(name, await this.toMarkdown(), 'text/markdown');
    else downloadFile(name, JSON.stringify(this.value, null, 2));
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  /** What the render functions and the panels see of the card, and what they may do. */
  private get view(): CardView {
    const view: CardView = {
      l: this.l,
      value: this.value,
      history: this.history,
      disabled: this.disabled,
      clock: this.clock,
      timers: this.timers,
      layout: this.layout,
      printSize: this.printSize,
      step: this.step,
      overflow: this.overflow,
      cellChoice: this.cellChoice,
      pendingSwitch: this.pendingSwitch,
      panels: panels.value,
      edit: (update) => this.edit(update),
      editText: (key, text, max, apply) => this.editText(key, text, max, apply),
      dropOverflow: (prefix) => this.dropOverflow(prefix),
      textField: (key, id, help, stored, max, apply, label) => renderTextField(view, key, id, undefined, help, stored, max, apply, label, 3),
      announce: (text) => this.announce(text),
      requestUpdate: () => this.requestUpdate(),
      focus: (selector) => this.focusAfterRender(selector),
      focused: () => (this.renderRoot as ShadowRoot).activeElement,
      chooseTemplate: (template) => void this.chooseTemplate(template),
      cancelSwitch: () => this.cancelSwitch(),
      applySwitch: (next) => this.applySwitch(next),
      showLayout: (layout) => (this.layout = layout),
      choosePrintSize: (size) => (this.printSize = size),
      pickCell: (part, choice) => this.pickCell(part, choice),
      goTo: (step) => this.goTo(step),
      finish: () => this.finish(),
      print: () => printOn(this.printSize),
      download: (kind) => void this.download(kind),
    };
    return view;
  }

  protected renderContent(): TemplateResult {
    const v = this.view;
    return html`<h2>${v.l.t('title')}</h2>
      <p class="no-print">${v.l.t('intro')}</p>
      ${renderSetup(v)} ${v.pendingSwitch && v.panels ? v.panels.renderConfirm(v, v.pendingSwitch, v.cancelSwitch, v.applySwitch) : nothing} ${renderCell(v)}
      ${renderSteps(v)} ${renderActions(v)}`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'reflection-card': { value: ReflectionValue; result: ReflectionResult };
  }
}
