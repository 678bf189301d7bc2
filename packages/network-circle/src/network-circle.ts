import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingFormElement, downloadFile, isoDay, themeStyles, type Catalogues, type ErrorSource, type LocalizeController, type Messages } from '@goesting/core';
import { networkCircleMessages, type NetworkCircleMessages } from './messages.js';
import { networkCircleStyles } from './network-circle.styles.js';
import type { PanelHost } from './panels.js';
import { MoveController } from './move-controller.js';
import { PersonEditor } from './person-editor.js';
import { circleNames, type CircleNames } from './names.js';
import { renderDrawing } from './render-drawing.js';
import { renderChanges, renderIndicators, type IndicatorsView } from './render-indicators.js';
import { renderActions, renderToolbar, type ControlsView, type DownloadKind } from './render-controls.js';
import {
  NETWORK_SCHEMA_VERSION,
  NETWORK_VIEWS,
  NETWORK_WIDGET,
  UndoStack,
  defaultNetworkConfig,
  diffNetworks,
  emptyNetworkValue,
  movePerson,
  networkIndicators,
  parseChoice,
  parseNetworkConfig,
  parseNetworkHistory,
  parseNetworkValue,
  peopleToCsv,
  removePerson,
  type NetworkConfig,
  type NetworkIndicators,
  type NetworkValue,
  type NetworkView,
  type Person,
} from './model/index.js';

let panels: typeof import('./panels.js') | undefined;

/** Errors of the `view` attribute: kept apart from `config`'s, which hide the circle. */
const VIEW_ERRORS = 'view' as ErrorSource;

/**
 * The client's social network as a circle: the client in the middle, rings for how close people
 * are, sectors for life areas. People are added, edited and moved by drag and drop, by keyboard,
 * or in an equivalent list; every change can be undone. Indicators describe the network in
 * words and numbers, and an earlier circle (`history`) shows who was added, removed or moved.
 *
 * Labels are first names, initials or roles; there is no surname field. The value is never
 * written to an attribute and nothing is stored unless `storage` (or a provider) opts in.
 *
 * @tagname goesting-network-circle
 * @summary Network circle: who is around the client, how close, and what support flows.
 *
 * @fires goesting-change - After every change the user makes (add, edit, move, remove, undo, redo). `detail.value` is the whole document.
 * @fires goesting-complete - When the user presses "Klaar". `detail` carries `value` and the `result` indicators.
 * @fires goesting-error - When `config`, `view`, `value` or `history` is invalid, or a draft cannot be stored.
 * @fires input - With every user change, as native form controls do.
 * @fires change - With every user change, as native form controls do.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart toolbar - View switch, add, undo and redo.
 * @csspart drawing - The SVG drawing.
 * @csspart person - One person in the drawing.
 * @csspart list - The table of people.
 * @csspart editor - The form to add or edit a person.
 * @csspart indicators - What stands out, in words and a table.
 * @csspart changes - Differences with the earlier circle.
 * @csspart actions - Finish, download and print buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of people, buttons and focus.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Rings, sector lines and borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers and the client.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-earlier - Colour of changes since the earlier circle.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingNetworkCircle extends GoestingFormElement {
  static override catalogues = networkCircleMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, networkCircleStyles];

  protected declare readonly l: LocalizeController<NetworkCircleMessages>;
  protected readonly widget = NETWORK_WIDGET;
  protected readonly schemaVersion = NETWORK_SCHEMA_VERSION;

  /** Per-instance text overrides by message key, e.g. `{ client: 'Sara' }`. */
  @property({ attribute: false })
  declare strings?: Partial<NetworkCircleMessages>;

  /**
   * `drawing` (default) or `list`: both show and edit the same people. Another value is refused
   * with an error state and `goesting-error`; the view shown stays.
   */
  @property({ noAccessor: true })
  get view(): NetworkView {
    return this.viewShown;
  }
  set view(input: NetworkView) {
    const old = this.viewShown;
    const parsed = parseChoice('view', input, NETWORK_VIEWS, 'drawing');
    if (parsed.ok) {
      this.viewShown = parsed.data;
      this.clearError(VIEW_ERRORS);
    } else this.fail(VIEW_ERRORS, parsed.code, parsed.issues);
    this.requestUpdate('view', old);
  }

  /** Shows the circle without any way to change it. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  @state() private doc: NetworkValue = emptyNetworkValue();
  @state() private focusedId?: string;
  @state() private initials = false;
  @state() private announcement = '';
  /** Set when the user pressed "Klaar", until the next change: shows that the circle is finished. */
  @state() private finished = false;

  private viewShown: NetworkView = 'drawing';
  private configInput: unknown;
  private customConfig?: NetworkConfig;
  private historyDocs: NetworkValue[] = [];
  private rejectedValue: unknown;
  private hostSetValue = false;
  private userEdited = false;
  private readonly undoStack = new UndoStack<Person[]>();
  private focusAfterRender?: string;
  private readonly moves = new MoveController(this, {
    context: () => ({ l: this.l, config: this.config, people: this.doc.people, editable: this.editable, names: this.names }),
    focusPerson: (id, now) => this.focusPerson(id, now),
    movePerson: (id, ring, sector) => this.movePerson(id, ring, sector),
    openEditor: (person) => this.editor.open(person),
    removePerson: (id) => this.removePerson(id),
    announce: (text) => this.announce(text),
    undo: () => this.undo(),
    redo: () => this.redo(),
  });
  private readonly editor = new PersonEditor(this, {
    context: () => ({ l: this.l, config: this.config, people: this.doc.people, readonly: this.readonly, drawing: this.view === 'drawing', names: this.names }),
    change: (people, announcement) => this.change(people, announcement),
    choose: (id) => this.focusPerson(id, false),
    focusAfterRender: (selector) => (this.focusAfterRender = selector),
  });

  /**
   * Rings (2–4) and sectors (3–8), each with an `id` and optional own `label`; sectors may be
   * `formal` (professionals and services). Object or JSON string. Default: 3 rings, 5 sectors.
   */
  @property({ attribute: 'config', noAccessor: true })
  get config(): NetworkConfig {
    return this.customConfig ?? defaultNetworkConfig();
  }
  set config(input: unknown) {
    const old = this.configInput;
    this.configInput = input;
    const parsed = input === undefined || input === null || input === '' ? undefined : parseNetworkConfig(input);
    this.customConfig = parsed?.ok ? parsed.data : undefined;
    if (parsed && !parsed.ok) this.fail('config', parsed.code, parsed.issues);
    else this.clearError('config');
    if (this.rejectedValue !== undefined) this.value = this.rejectedValue;
    this.requestUpdate('config', old);
  }

  /**
   * The circle: the saved document to resume from (object or JSON string), and what the events
   * carry. Setting it fires no event; an invalid document is refused and the circle stays as it was.
   */
  @property({ attribute: 'value', noAccessor: true })
  get value(): NetworkValue {
    return this.doc;
  }
  set value(input: unknown) {
    const unset = input === undefined || input === null || input === '';
    const parsed = unset ? { ok: true as const, data: emptyNetworkValue() } : parseNetworkValue(input, this.config);
    if (parsed.ok) {
      // Hosts often hand back the document the widget just sent; only another circle clears the finished note.
      if (JSON.stringify(parsed.data) !== JSON.stringify(this.doc)) this.finished = false;
      this.doc = parsed.data;
      this.rejectedValue = undefined;
      this.hostSetValue ||= !unset;
      this.clearError('value');
    } else {
      this.rejectedValue = input;
      // People in rings or sectors of a config that may still arrive are judged at the next update.
      const awaitingConfig = parsed.issues.every((i) => i.code === 'unknown_sector' || i.code === 'unknown_ring') && !this.customConfig;
      if (!awaitingConfig) this.fail('value', parsed.code, parsed.issues);
    }
    // Also when the document did not change: a deferred check must still run at the next update.
    this.requestUpdate();
  }

  /** Earlier circles (value documents), oldest first; the last one is compared with. */
  @property({ attribute: 'history', noAccessor: true })
  get history(): NetworkValue[] {
    return this.historyDocs;
  }
  set history(input: unknown) {
    const old = this.historyDocs;
    const parsed = parseNetworkHistory(input);
    this.historyDocs = parsed.ok ? parsed.data : [];
    if (parsed.ok) this.clearError('history');
    else this.fail('history', parsed.code, parsed.issues);
    this.requestUpdate('history', old);
  }

  /** The indicators of the current circle. */
  get result() {
    return networkIndicators(this.doc.people, this.config);
  }

  /** Clears the circle, the undo history and the draft. Fires no event. */
  reset(): void {
    this.doc = emptyNetworkValue();
    this.undoStack.clear();
    this.editor.clear();
    this.moves.clear();
    this.finished = false;
    this.rejectedValue = undefined;
    this.userEdited = false;
    this.hostSetValue = false;
    this.clearError('value');
    void this.writeDraft(undefined);
  }

  isComplete(): boolean {
    return this.doc.completed;
  }

  /** The people as CSV, one row per person. */
  exportCsv(): string {
    return peopleToCsv(this.doc.people);
  }

  /** The drawing as a self-contained SVG document (empty while the list view is shown). */
  async exportSvg(): Promise<string> {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg.drawing');
    if (!drawing) return '';
    const { drawingToSvg } = await import('./export-image.js');
    return drawingToSvg(drawing);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited || this.doc.people.length) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = parseNetworkValue(draft, this.config);
    if (parsed.ok) this.doc = parsed.data;
  }

  protected formValue(): string {
    return JSON.stringify(this.doc);
  }

  protected restoreFormValue(state: string): void {
    this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.rejectedValue !== undefined && !this.errors.has('value')) {
      const parsed = parseNetworkValue(this.rejectedValue, this.config);
      if (!parsed.ok) this.fail('value', parsed.code, parsed.issues);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement | SVGElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  // ── Changes ────────────────────────────────────────────────────────────────────────────────

  /** Whether the user may change the circle now. */
  private get editable(): boolean {
    return !this.readonly && !this.disabled;
  }

  /** How rings, sectors, people and support are named now. */
  private get names(): CircleNames {
    return circleNames(this.l, this.config, this.doc.people, this.initials);
  }

  /** Applies a user change: undo step, new document, events, draft. */
  private change(people: Person[], announcement?: string, recordUndo = true): void {
    if (!this.editable) return;
    if (recordUndo) this.undoStack.record(this.doc.people);
    this.doc = { schemaVersion: NETWORK_SCHEMA_VERSION, people, completed: false };
    this.userEdited = true;
    this.finished = false;
    if (announcement) this.announce(announcement);
    this.emitChange(this.doc);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private announce(text: string): void {
    // Clearing first makes a screen reader repeat an identical message.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private focusPerson(id: string, now = true): void {
    this.focusedId = id;
    if (now) this.focusAfterRender = `[data-id="${id}"]`;
  }

  private movePerson(id: string, ring: string, sector: string): void {
    const people = movePerson(this.doc.people, id, ring, sector);
    const label = this.doc.people.find((p) => p.id === id)?.label ?? id;
    if (people) this.change(people, this.l.t('movedTo', { name: label, sector: this.names.sector(sector), ring: this.names.ring(ring) }));
  }

  private removePerson(id: string): void {
    const removal = removePerson(this.doc.people, id);
    if (!removal) return;
    this.focusedId = removal.next?.id;
    this.change(removal.people, this.l.t('removed', { name: removal.removed.label }));
    this.focusAfterRender = this.view === 'drawing' && removal.next ? `[data-id="${removal.next.id}"]` : '#add';
  }

  private undo(): void {
    const previous = this.undoStack.undo(this.doc.people);
    if (previous) this.change(previous, this.l.t('undone'), false);
  }

  private redo(): void {
    const next = this.undoStack.redo(this.doc.people);
    if (next) this.change(next, this.l.t('redone'), false);
  }

  private finish(): void {
    if (!this.editable) return;
    this.doc = { ...this.doc, completed: true, date: isoDay() };
    this.userEdited = true;
    // Focus stays on the button; the note below it says what happened, and the live region says it aloud.
    this.finished = true;
    this.announce(this.l.t('finished'));
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  /** Loads the list view and the person form the first time either is shown, before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    if ((this.view === 'list' || this.editor.draft) && !panels) panels = await import('./panels.js');
    return super.scheduleUpdate();
  }

  private panelHost(names: CircleNames): PanelHost {
    return { l: this.l, config: this.config, doc: this.doc, readonly: this.readonly, names, editor: this.editor, removePerson: (id) => this.removePerson(id) };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.errors.has('config')) return nothing;
    const l = this.l;
    const earlier = this.historyDocs.at(-1);
    const diff = earlier ? diffNetworks(earlier.people, this.doc.people) : undefined;
    const view: IndicatorsView = { l, config: this.config, indicators: this.result, names: this.names };
    const controls = this.controls();
    return html`<h2 class="title">${l.t('title')}</h2>
      <p class="intro">${l.t('intro')}</p>
      ${renderToolbar(controls)}
      ${this.editor.draft && panels ? panels.renderEditor(this.panelHost(view.names), this.editor.draft) : nothing}
      ${this.view === 'list'
        ? (panels?.renderList(this.panelHost(view.names), diff) ?? nothing)
        : renderDrawing(
            { ...view, people: this.doc.people, readonly: this.readonly, focusedId: this.focusedId, moves: this.moves, focused: (id) => this.focusPerson(id, false) },
            diff,
          )}
      ${renderIndicators(view)} ${diff ? renderChanges(view, diff, earlier!) : nothing} ${renderActions(controls)}`;
  }

  private controls(): ControlsView {
    return {
      l: this.l,
      view: this.view,
      readonly: this.readonly,
      disabled: this.disabled,
      canUndo: this.undoStack.canUndo,
      canRedo: this.undoStack.canRedo,
      initials: this.initials,
      finished: this.finished,
      announcement: this.announcement,
      show: (view) => (this.view = view),
      add: () => this.editor.open(),
      undo: () => this.undo(),
      redo: () => this.redo(),
      finish: () => this.finish(),
      showInitials: (on) => (this.initials = on),
      download: (kind) => void this.download(kind),
    };
  }

  private async download(kind: DownloadKind): Promise<void> {
    const name = `${this.l.t('fileName')}-${isoDay()}`;
    if (kind === 'json') return downloadFile(`${name}.json`, JSON.stringify(this.doc, null, 2));
    if (kind === 'csv') return downloadFile(`${name}.csv`, '\uFEFF' + this.exportCsv(), 'text/csv');
    const svgText = await this.exportSvg();
    if (!svgText) return;
    if (kind === 'png' && (await (await import('./export-image.js')).downloadPng(svgText, 2000, `${name}.png`))) return;
    downloadFile(`${name}.svg`, svgText, 'image/svg+xml');
    // The page may forbid drawing the image: the user still gets the drawing, as SVG, and hears why.
    if (kind === 'png') this.announce(this.l.t('pngFallback'));
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'network-circle': { value: NetworkValue; result: NetworkIndicators };
  }
}
