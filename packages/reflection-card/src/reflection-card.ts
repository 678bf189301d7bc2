import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GoestingFormElement, choiceScale, choiceScaleStyles, downloadFile, isoDay, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import { CELL_DIMENSIONS, CELL_PILLARS, type GridCell, type ValidationIssue } from '@goesting/core/model';
import { reflectionCardMessages, type ReflectionCardMessages } from './messages.js';
import { reflectionCardStyles } from './reflection-card.styles.js';
import { MAX_ACTION_TEXT, MAX_STEP_TEXT, REFLECTION_SCHEMA_VERSION, REFLECTION_WIDGET, type ReflectionResult, type ReflectionValue } from './model/schema.js';
import { FEELINGS, TEMPLATES, TEMPLATE_STEPS, type TemplateId } from './model/templates.js';
import { emptyReflectionValue, keyedRecord, parseCell, parseReflectionHistory, parseReflectionValue, parseTag, parseTemplate } from './model/parse.js';
import { summariseReflection } from './model/actions.js';
import type { Clock, Countdown } from './model/countdown.js';
import type { PanelHost } from './panels.js';

let panels: typeof import('./panels.js') | undefined;

type Layout = 'steps' | 'card';
type PrintSize = 'a5' | 'a4';
/** The last step of every template: feelings, what I take with me, the action and earlier actions. */
const CLOSING = 'closing';
/**
 * The paper size of a print. `@page` only works in the document's own styles, not in a shadow
 * root; a constructed sheet adopted by the document is not an inline style, so a strict
 * Content Security Policy (`style-src 'self'`) lets it through.
 */
let pageSheet: CSSStyleSheet | undefined;

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
 * @fires goesting-error - When `template`, `pillar`, `dimension`, `tag`, `value` or `history` is invalid, or a draft cannot be stored.
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
export class GoestingReflectionCard extends GoestingFormElement {
  static override catalogues = reflectionCardMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, choiceScaleStyles, reflectionCardStyles];

  protected declare readonly l: LocalizeController<ReflectionCardMessages>;
  protected readonly widget = REFLECTION_WIDGET;
  protected readonly schemaVersion = REFLECTION_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<ReflectionCardMessages>;

  /** `steps` (default): one step at a time; `card`: every step on one long card. The user can switch. */
  @property()
  layout: Layout = 'steps';

  /** Paper size for printing: `a5` (default, a pocket card) or `a4`. The user can switch. */
  @property({ attribute: 'print-size' })
  printSize: PrintSize = 'a5';

  /** Where the round timer reads the time (default: the system clock); hosts and tests may pass their own. */
  @property({ attribute: false })
  clock?: Clock;

  @state() private doc?: ReflectionValue;
  @state() private step = 0;
  /** Texts longer than allowed: kept on screen, not in the card, until the user shortens them. */
  @state() private overflow: ReadonlyMap<string, string> = new Map();
  @state() private pendingSwitch?: { template: TemplateId; from: TemplateId; next: ReflectionValue; dropped: string[] };
  @state() private announcement = '';
  /** A pillar or a dimension the user chose without the other: shown, and in the card once both are chosen. */
  @state() private cellChoice?: Partial<GridCell>;

  private startTemplate: TemplateId = 'korthagen';
  /** The empty card shown before the first edit; rebuilt when the host changes template or tag. */
  private blank?: ReflectionValue;
  /** The halves given as `pillar` and `dimension`: the attributes arrive one by one. */
  private startCell: Partial<Record<keyof GridCell, unknown>> = {};
  /** The last complete, valid tag from the host: a new card starts with it. */
  private hostCell?: GridCell;
  /** Set when the host gave one half of the tag: checked before the next render, once the other half had its chance. */
  private cellCheckDue = false;
  /** What is wrong with the template and with the tag: they share the one `config` error state. */
  private readonly configIssues = new Map<'template' | 'tag', ValidationIssue[]>();
  private historyDocs: ReflectionValue[] = [];
  private hostSetValue = false;
  private userEdited = false;
  private readonly timers = new Map<string, Countdown>();

  /** The template of a new card: `korthagen` (default), `gibbs`, `starrt` or `intervision`. A loaded card keeps its own. */
  @property({ noAccessor: true })
  get template(): TemplateId {
    return this.doc?.template ?? this.startTemplate;
  }
  set template(input: unknown) {
    this.blank = undefined;
    if (input === undefined || input === null || input === '') {
      this.startTemplate = 'korthagen';
      this.reportConfig('template', []);
    } else {
      const parsed = parseTemplate(input);
      if (parsed.ok) {
        this.startTemplate = parsed.data;
        this.reportConfig('template', []);
        if (this.doc && !this.userEdited && !this.hasText(this.doc)) this.doc = { ...this.doc, template: parsed.data, steps: keyedRecord() };
      } else this.reportConfig('template', parsed.issues);
    }
    this.requestUpdate();
  }

  /** The pillar the card is about: `expertise`, `alliance`, `hope` or `reflection`; only together with `dimension`. */
  @property({ noAccessor: true })
  get pillar(): string | undefined {
    return this.cell?.pillar;
  }
  set pillar(input: unknown) {
    this.setHalves({ ...this.startCell, pillar: input === null || input === '' ? undefined : input });
  }

  /** The dimension the card is about: `self`, `other`, `organisation` or `environment`; only together with `pillar`. */
  @property({ noAccessor: true })
  get dimension(): string | undefined {
    return this.cell?.dimension;
  }
  set dimension(input: unknown) {
    this.setHalves({ ...this.startCell, dimension: input === null || input === '' ? undefined : input });
  }

  /**
   * The pillar × dimension cell as one object `{ pillar, dimension }`, such as a self-scan's
   * `goesting-reflect` `detail.cell`; `undefined` takes the tag away. Anything else is refused.
   */
  @property({ attribute: false, noAccessor: true })
  get tag(): GridCell | undefined {
    return this.cell;
  }
  set tag(input: unknown) {
    if (input === undefined || input === null) {
      this.setHalves({});
      return;
    }
    const parsed = parseTag(input);
    if (parsed.ok) this.useHostCell(parsed.data);
    else this.reportConfig('tag', parsed.issues);
    this.requestUpdate();
  }

  /** The card (object or JSON string); setting it fires no event, an invalid one is refused and the shown card kept. */
  @property({ attribute: 'value', noAccessor: true })
  get value(): ReflectionValue {
    return this.doc ?? (this.blank ??= emptyReflectionValue(this.startTemplate, this.hostCell));
  }
  set value(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.doc = undefined;
      this.clearError('value');
    } else {
      const parsed = parseReflectionValue(input);
      if (parsed.ok) {
        this.doc = parsed.data;
        this.hostSetValue = true;
        this.overflow = new Map();
        this.cellChoice = undefined;
        this.clearError('value');
      } else this.fail('value', parsed.code, parsed.issues);
    }
    this.requestUpdate();
  }

  /** Earlier cards (value documents), oldest first: their open actions are listed. */
  @property({ attribute: 'history', noAccessor: true })
  get history(): ReflectionValue[] {
    return this.historyDocs;
  }
  set history(input: unknown) {
    const parsed = parseReflectionHistory(input);
    if (parsed.ok) {
      this.historyDocs = parsed.data;
      this.clearError('history');
    } else this.fail('history', parsed.code, parsed.issues);
    this.requestUpdate();
  }

  /** The card's action and the earlier actions still open or closed now. */
  get result(): ReflectionResult {
    return summariseReflection(this.value, this.historyDocs);
  }

  /** Markdown of the card in the widget's language; everything in it stays text in any Markdown viewer. */
  async toMarkdown(): Promise<string> {
    const { cardToMarkdown } = await import('./markdown-export.js');
    return cardToMarkdown(this.l, this.value);
  }

  /** The card as JSON, as `value` takes it back. */
  toJSON(): ReflectionValue {
    return this.value;
  }

  /** Clears the card, the draft and every timer. Fires no event. */
  reset(): void {
    this.doc = undefined;
    this.blank = undefined;
    this.step = 0;
    this.overflow = new Map();
    this.pendingSwitch = undefined;
    this.cellChoice = undefined;
    this.announcement = '';
    this.userEdited = false;
    this.hostSetValue = false;
    for (const timer of this.timers.values()) timer.halt();
    this.timers.clear();
    this.clearError('value');
    void this.writeDraft(undefined);
  }

  isComplete(): boolean {
    return this.doc?.completed === true;
  }

  private get cell(): GridCell | undefined {
    return this.doc?.cell ?? this.hostCell;
  }

  /**
   * The tag's halves from `pillar` and `dimension`. Both: checked now, and a valid tag also retags
   * a loaded card. Neither: no tag for a new card. One: checked before the next render, since the
   * other attribute may still follow. A refused tag leaves the previous one in place.
   */
  private setHalves(cell: Partial<Record<keyof GridCell, unknown>>): void {
    this.startCell = cell;
    const given = Number(cell.pillar !== undefined) + Number(cell.dimension !== undefined);
    this.cellCheckDue = given === 1;
    if (given === 0) this.useHostCell(undefined);
    else if (given === 2) {
      const parsed = parseCell(cell.pillar, cell.dimension);
      if (parsed.ok) this.useHostCell(parsed.data);
      else this.reportConfig('tag', parsed.issues);
    }
    this.requestUpdate();
  }

  private useHostCell(cell: GridCell | undefined): void {
    this.reportConfig('tag', []);
    this.startCell = { ...cell };
    this.hostCell = cell;
    this.blank = undefined;
    this.cellChoice = undefined;
    if (this.doc && cell) this.doc = { ...this.doc, cell };
  }

  /**
   * Shows what is wrong with the template and the tag together: a problem with one is reported
   * (`goesting-error`) with every problem still standing; a fixed one leaves the other on show.
   */
  private reportConfig(input: 'template' | 'tag', issues: ValidationIssue[]): void {
    if (issues.length) this.configIssues.set(input, issues);
    else if (!this.configIssues.delete(input)) return;
    const standing = [...this.configIssues.values()].flat();
    const shown = this.errors.get('config');
    if (issues.length) this.fail('config', 'invalid-config', standing);
    else if (!standing.length) this.clearError('config');
    else if (shown) this.errors = new Map(this.errors).set('config', { ...shown, issues: standing });
  }

  private hasText(doc: ReflectionValue): boolean {
    return Object.values(doc.steps).some(Boolean) || !!doc.takeaway || !!doc.action.text || doc.views.some((v) => v.text || v.name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.timers.values()) timer.pause();
  }

  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = parseReflectionValue(draft);
    if (parsed.ok) this.doc = parsed.data;
  }

  protected formValue(): string {
    return JSON.stringify(this.value);
  }

  protected restoreFormValue(state: string): void {
    this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.cellCheckDue) {
      this.cellCheckDue = false;
      const parsed = parseCell(this.startCell.pillar, this.startCell.dimension);
      if (!parsed.ok) this.reportConfig('tag', parsed.issues);
    }
    const last = TEMPLATE_STEPS[this.template].length;
    if (this.step > last) this.step = last;
  }

  // ── Edits ──────────────────────────────────────────────────────────────────────────────────

  private edit(update: (doc: ReflectionValue) => ReflectionValue): void {
    if (this.disabled) return;
    const { date: _date, ...open } = this.value;
    this.doc = update({ ...open, completed: false });
    this.userEdited = true;
    this.emitChange(this.doc);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  /** A text edit: over-long text stays on screen with a message and is not put in the card. */
  private editText(key: string, text: string, max: number, apply: (doc: ReflectionValue, text: string) => ReflectionValue): void {
    const overflow = new Map(this.overflow);
    if (text.length > max) {
      overflow.set(key, text);
      this.overflow = overflow;
      return;
    }
    if (overflow.delete(key)) this.overflow = overflow;
    this.edit((doc) => apply(doc, text));
  }

  private async chooseTemplate(template: TemplateId): Promise<void> {
    if (template === this.template) return;
    panels ??= await import('./panels.js');
    const { next, dropped } = panels.switchTemplate(this.value, template);
    if (dropped.length) {
      this.pendingSwitch = { template, from: this.template, next, dropped };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus());
      return;
    }
    this.applySwitch(next);
  }

  private applySwitch(next: ReflectionValue): void {
    this.pendingSwitch = undefined;
    this.overflow = new Map([...this.overflow].filter(([key]) => !key.startsWith('step:')));
    this.edit(() => next);
    this.step = 0;
    this.announcement = this.l.t('switched', { template: this.l.t(`template.${next.template}`) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#template')?.focus());
  }

  private cancelSwitch(): void {
    this.pendingSwitch = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#template')?.focus());
  }

  private goTo(step: number): void {
    this.step = step;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#step-${step}-title`)?.focus());
  }

  private finish(): void {
    if (this.disabled) return;
    if (this.overflow.size) {
      this.announcement = this.l.t('tooLongStatus');
      const key = this.overflow.keys().next().value!;
      const index = key.startsWith('step:') ? TEMPLATE_STEPS[this.template].findIndex((s) => `step:${s.id}` === key) : -1;
      if (this.layout === 'steps') this.step = index < 0 ? TEMPLATE_STEPS[this.template].length : index;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
      return;
    }
    this.doc = { ...this.value, completed: true, date: isoDay() };
    this.userEdited = true;
    this.announcement = this.l.t('finished');
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private print(): void {
    const others = () => document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    try {
      pageSheet ??= new CSSStyleSheet();
      pageSheet.replaceSync(`@page { size: ${this.printSize === 'a4' ? 'A4' : 'A5'} portrait; margin: 12mm; }`);
      document.adoptedStyleSheets = [...others(), pageSheet];
    } catch {
      // A browser without constructed sheets prints on its default paper size.
    }
    try {
      window.print();
    } finally {
      if (pageSheet) document.adoptedStyleSheets = others();
    }
  }

  private async download(kind: 'md' | 'json'): Promise<void> {
    const name = `${this.l.t('fileName')}-${this.value.date ?? isoDay()}.${kind}`;
    if (kind === 'md') downloadFile(name, await this.toMarkdown(), 'text/markdown');
    else downloadFile(name, JSON.stringify(this.value, null, 2));
  }

  /** Loads the intervision and earlier-actions panels before the first render that shows them. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!panels && (this.template === 'intervision' || this.historyDocs.length)) panels = await import('./panels.js');
    return super.scheduleUpdate();
  }

  private get panelHost(): PanelHost {
    return {
      l: this.l,
      value: this.value,
      history: this.historyDocs,
      disabled: this.disabled,
      clock: this.clock,
      timers: this.timers,
      edit: (update) => this.edit(update),
      dropOverflow: (prefix) => (this.overflow = new Map([...this.overflow].filter(([key]) => !key.startsWith(prefix)))),
      textField: (key, id, help, stored, max, apply, label) => this.renderTextField(key, id, undefined, help, stored, max, apply, label, 3),
      announce: (text) => (this.announcement = text),
      requestUpdate: () => this.requestUpdate(),
      focus: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      focused: () => (this.renderRoot as ShadowRoot).activeElement,
    };
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    const l = this.l;
    const steps = TEMPLATE_STEPS[this.template];
    const total = steps.length + 1;
    const oneByOne = this.layout === 'steps';
    return html`<h2>${l.t('title')}</h2>
      <p class="no-print">${l.t('intro')}</p>
      ${this.renderSetup()} ${this.pendingSwitch && panels ? panels.renderConfirm(this.panelHost, this.pendingSwitch, () => this.cancelSwitch(), (next) => this.applySwitch(next)) : nothing} ${this.renderCell()}
      ${oneByOne ? this.renderStepList(total) : nothing}
      ${steps.map((step, i) => this.renderStep(step.id, i, total, oneByOne && this.step !== i))}
      ${this.renderClosing(steps.length, total, oneByOne && this.step !== steps.length)}
      <div class="actions no-print" part="actions">
        <button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.finish()}>${l.t('finish')}</button>
        <label class="inline">${l.t('printSize')}
          <select .value=${live(this.printSize)} @change=${(e: Event) => (this.printSize = (e.target as HTMLSelectElement).value as PrintSize)}>
            <option value="a5">A5</option>
            <option value="a4">A4</option>
          </select>
        </label>
        <button type="button" @click=${() => this.print()}>${l.t('print')}</button>
        <button type="button" @click=${() => this.download('md')}>${l.t('exportMarkdown')}</button>
        <button type="button" @click=${() => this.download('json')}>${l.t('exportJson')}</button>
      </div>
      <p class="status" role="status">${this.announcement}</p>`;
  }

  private renderSetup(): TemplateResult {
    const l = this.l;
    return html`<div class="setup no-print" part="setup">
      <div class="field">
        <label for="template">${l.t('templateLabel')}</label>
        <select id="template" .value=${live(this.template)} ?disabled=${this.disabled || !!this.pendingSwitch}
          @change=${(e: Event) => this.chooseTemplate((e.target as HTMLSelectElement).value as TemplateId)}>
          ${TEMPLATES.map((t) => html`<option value=${t} ?selected=${t === this.template}>${l.t(`template.${t}`)}</option>`)}
        </select>
      </div>
      <fieldset class="layout">
        <legend>${l.t('layoutLabel')}</legend>
        ${choiceScale({ name: 'layout', choices: ['steps', 'card'] as const, current: this.layout, label: (v) => l.t(`layout.${v}`), pick: (v) => (this.layout = v) })}
      </fieldset>
    </div>`;
  }

  private renderCell(): TemplateResult {
    const l = this.l;
    const cell = this.value.cell;
    const shown: Partial<GridCell> = this.cellChoice ?? cell ?? {};
    const pick = (part: keyof GridCell, raw: string) => {
      const { pillar, dimension } = { ...shown, [part]: raw || undefined } as Partial<GridCell>;
      if (pillar && dimension) {
        this.cellChoice = undefined;
        this.edit((doc) => ({ ...doc, cell: { pillar, dimension } }));
      } else {
        // Half a tag is no tag: it stays on screen, and the card loses a tag it had.
        this.cellChoice = { pillar, dimension };
        if (cell) this.edit(({ cell: _cell, ...doc }) => doc);
      }
    };
    const missing = shown.pillar && !shown.dimension ? l.t('cellNeedsDimension') : !shown.pillar && shown.dimension ? l.t('cellNeedsPillar') : '';
    const select = (part: keyof GridCell, choices: readonly string[], label: (choice: string) => string) =>
      html`<select id=${part} .value=${live(shown[part] ?? '')} aria-describedby=${missing ? 'cell-hint' : nothing}
        @change=${(e: Event) => pick(part, (e.target as HTMLSelectElement).value)}>
        <option value="">${l.t('noneChosen')}</option>
        ${choices.map((c) => html`<option value=${c} ?selected=${c === shown[part]}>${label(c)}</option>`)}
      </select>`;
    return html`<fieldset class="cell" ?disabled=${this.disabled}>
      <legend>${l.t('cellLabel')}</legend>
      <p class="print-only">${cell ? l.t('cellName', { pillar: l.t(`pillar.${cell.pillar}`), dimension: l.t(`dimension.${cell.dimension}`) }) : l.t('noneChosen')}</p>
      <div class="cell-fields no-print">
        <div class="field">
          <label for="pillar">${l.t('pillarLabel')}</label>
          ${select('pillar', CELL_PILLARS, (p) => l.t(`pillar.${p as GridCell['pillar']}`))}
        </div>
        <div class="field">
          <label for="dimension">${l.t('dimensionLabel')}</label>
          ${select('dimension', CELL_DIMENSIONS, (d) => l.t(`dimension.${d as GridCell['dimension']}`))}
        </div>
      </div>
      <p class="hint" id="cell-hint" aria-live="polite">${missing}</p>
    </fieldset>`;
  }

  private renderStepList(total: number): TemplateResult {
    const l = this.l;
    // The list shows its numbers itself, so intervision rounds show their name only; the number is in each button's name.
    const names = [...TEMPLATE_STEPS[this.template].map((s) => l.t(`step.${this.template}.${s.id}` as 'title')), l.t('takeaway')];
    return html`<nav class="step-list no-print" aria-label=${l.t('stepOf', { step: this.step + 1, total })}>
      <ol>
        ${names.map(
          (name, i) => html`<li>
            <button type="button" class="link" aria-label=${l.t('stepName', { step: i + 1, name })} aria-current=${i === this.step ? 'step' : 'false'} @click=${() => this.goTo(i)}>${name}</button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private stepTitle(id: string): string {
    const l = this.l;
    const title = l.t(`step.${this.template}.${id}` as 'title');
    if (this.template !== 'intervision') return title;
    const round = TEMPLATE_STEPS.intervision.findIndex((s) => s.id === id) + 1;
    return l.t('roundName', { round, name: title });
  }

  private renderStep(id: string, index: number, total: number, hidden: boolean): TemplateResult {
    const l = this.l;
    const intervision = this.template === 'intervision';
    return html`<section class="step" part="step" aria-labelledby="step-${index}-title" ?hidden=${hidden}>
      <p class="progress">${l.t('stepOf', { step: index + 1, total })}</p>
      <h3 id="step-${index}-title" tabindex="-1">${this.stepTitle(id)}</h3>
      ${intervision && index === 0 && panels ? panels.renderGroup(this.panelHost) : nothing}
      ${id === 'views' && intervision
        ? html`<p class="hint">${l.t(`help.intervision.views`)}</p>${panels?.renderViews(this.panelHost) ?? nothing}`
        : this.renderTextField(`step:${id}`, `text-${id}`, `step-${index}-title`, l.t(`help.${this.template}.${id}` as 'title'), this.value.steps[id] ?? '', MAX_STEP_TEXT, (doc, text) => {
            const steps = keyedRecord(doc.steps);
            if (text) steps[id] = text;
            else delete steps[id];
            return { ...doc, steps };
          })}
      ${intervision && panels ? panels.renderTimer(this.panelHost, id) : nothing} ${hidden ? nothing : this.renderNav(index, total)}
    </section>`;
  }

  private renderNav(index: number, total: number): TemplateResult | typeof nothing {
    if (this.layout !== 'steps') return nothing;
    const l = this.l;
    return html`<div class="nav no-print">
      ${index > 0 ? html`<button type="button" @click=${() => this.goTo(index - 1)}>${l.t('previous')}</button>` : nothing}
      ${index < total - 1 ? html`<button type="button" class="primary" @click=${() => this.goTo(index + 1)}>${l.t('next')}</button>` : nothing}
    </div>`;
  }

  /** A labelled text area with help, a character counter and, when too long, a message that keeps the text. */
  private renderTextField(
    key: string,
    id: string,
    labelledBy: string | undefined,
    help: string,
    stored: string,
    max: number,
    apply: (doc: ReflectionValue, text: string) => ReflectionValue,
    label?: string,
    rows = 4,
  ): TemplateResult {
    const l = this.l;
    const text = this.overflow.get(key) ?? stored;
    const tooLong = text.length > max;
    return html`<div class="field">
      ${label ? html`<label for=${id}>${label}</label>` : nothing}
      ${help ? html`<p class="hint" id="${id}-help">${help}</p>` : nothing}
      <textarea
        id=${id}
        rows=${rows}
        aria-labelledby=${labelledBy ?? nothing}
        aria-describedby="${help ? `${id}-help ` : ''}${id}-count"
        aria-invalid=${tooLong ? 'true' : 'false'}
        .value=${live(text)}
        ?disabled=${this.disabled}
        @input=${(e: Event) => this.editText(key, (e.target as HTMLTextAreaElement).value, max, apply)}
      ></textarea>
      <div class="print-only print-text">${stored || l.t('empty')}</div>
      <span class="counter ${tooLong ? 'too-long' : ''}" id="${id}-count">${tooLong ? l.t('tooLong', { count: text.length, max }) : l.t('characters', { count: text.length, max })}</span>
    </div>`;
  }

  private renderClosing(index: number, total: number, hidden: boolean): TemplateResult {
    const l = this.l;
    const value = this.value;
    return html`<section class="step closing" part="step" aria-labelledby="step-${index}-title" ?hidden=${hidden} data-step=${CLOSING}>
      <p class="progress">${l.t('stepOf', { step: index + 1, total })}</p>
      <h3 id="step-${index}-title" tabindex="-1">${l.t('takeaway')}</h3>
      <fieldset class="feelings" ?disabled=${this.disabled}>
        <legend>${l.t('feelingsLabel')}</legend>
        <div class="chips">
          ${FEELINGS.map((feeling) => {
            const on = value.feelings.includes(feeling);
            return html`<button type="button" class="chip" aria-pressed=${on ? 'true' : 'false'}
              @click=${() => this.edit((doc) => ({ ...doc, feelings: on ? doc.feelings.filter((f) => f !== feeling) : FEELINGS.filter((f) => f === feeling || doc.feelings.includes(f)) }))}>
              <span aria-hidden="true">${on ? '✓ ' : ''}</span>${l.t(`feeling.${feeling}`)}</button>`;
          })}
        </div>
        <p class="print-only">${value.feelings.map((f) => l.t(`feeling.${f}`)).join(', ') || l.t('empty')}</p>
      </fieldset>
      ${this.renderTextField('takeaway', 'takeaway', `step-${index}-title`, l.t('takeawayHelp'), value.takeaway, MAX_STEP_TEXT, (doc, takeaway) => ({ ...doc, takeaway }), undefined, 3)}
      <div class="action-box">
        ${this.renderTextField('action', 'action', undefined, l.t('actionHelp'), value.action.text, MAX_ACTION_TEXT, (doc, text) => ({ ...doc, action: { ...doc.action, text } }), l.t('action'), 2)}
        <div class="field">
          <label for="due">${l.t('due')}</label>
          <input id="due" type="date" .value=${live(value.action.due ?? '')} ?disabled=${this.disabled}
            @change=${(e: Event) => {
              const due = (e.target as HTMLInputElement).value;
              this.edit((doc) => ({ ...doc, action: due ? { ...doc.action, due } : { text: doc.action.text } }));
            }} />
          <p class="print-only">${value.action.due ? l.t('dueOn', { date: l.date(value.action.due) }) : l.t('empty')}</p>
        </div>
      </div>
      ${panels?.renderOpenActions(this.panelHost) ?? nothing} ${hidden ? nothing : this.renderNav(index, total)}
    </section>`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'reflection-card': { value: ReflectionValue; result: ReflectionResult };
  }
}
