import { html, nothing, svg, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingFormElement, downloadFile, type ErrorSource, isoDay, pickText, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import { parseJsonInput, toValidationIssues } from '@goesting/core/model';
import { networkCircleMessages, type NetworkCircleMessages } from './messages.js';
import { networkCircleStyles } from './network-circle.styles.js';
import type { Draft, PanelHost } from './panels.js';
import {
  CENTRE,
  CLIENT_RADIUS,
  NETWORK_SCHEMA_VERSION,
  NETWORK_VIEWS,
  NETWORK_WIDGET,
  OUTER_RADIUS,
  PERSON_LINE,
  PERSON_RADIUS,
  SECTOR_LINE,
  VIEW_BOX,
  UndoStack,
  cellAt,
  cellPath,
  defaultNetworkConfig,
  diffNetworks,
  emptyNetworkValue,
  historySchema,
  initialsOf,
  layoutPeople,
  layoutPersonLabels,
  networkIndicators,
  parseChoice,
  parseNetworkConfig,
  parseNetworkValue,
  peopleToCsv,
  polar,
  ringBounds,
  ringLabels,
  sectorBounds,
  sectorLabel,
  type NetworkConfig,
  type NetworkDiff,
  type NetworkIndicators,
  type NetworkValue,
  type NetworkView,
  type Person,
  type Point,
  type SupportKind,
} from './model/index.js';

let panels: typeof import('./panels.js') | undefined;

/** Errors of the `view` attribute: kept apart from `config`'s, which hide the circle. */
const VIEW_ERRORS = 'view' as ErrorSource;

interface Drag {
  id: string;
  pointerId: number;
  start: Point;
  moved: boolean;
  node: SVGGElement;
}

let uid = 0;
const newId = () => `p-${Date.now().toString(36)}-${(uid++).toString(36)}`;

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
 * @fires goesting-error - When `config`, `value` or `history` is invalid, or a draft cannot be stored.
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
  set view(input: unknown) {
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
  @state() private editing?: Draft;
  @state() private labelError = false;
  @state() private focusedId?: string;
  @state() private grab?: { id: string; ring: string; sector: string; from: { ring: string; sector: string } };
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
  private drag?: Drag;
  private focusAfterRender?: string;

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
    if (input === undefined || input === null || input === '') {
      this.customConfig = undefined;
      this.clearError('config');
    } else {
      const parsed = parseNetworkConfig(input);
      if (parsed.ok) {
        this.customConfig = parsed.data;
        this.clearError('config');
      } else {
        this.customConfig = undefined;
        this.fail('config', parsed.code, parsed.issues);
      }
    }
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
    if (input === undefined || input === null || input === '') {
      this.doc = emptyNetworkValue();
      this.finished = false;
      this.rejectedValue = undefined;
      this.clearError('value');
    } else {
      const parsed = parseNetworkValue(input, this.config);
      if (parsed.ok) {
        // Hosts often hand back the document the widget just sent; only another circle clears the finished note.
        if (JSON.stringify(parsed.data) !== JSON.stringify(this.doc)) this.finished = false;
        this.doc = parsed.data;
        this.rejectedValue = undefined;
        this.hostSetValue = true;
        this.clearError('value');
      } else {
        this.rejectedValue = input;
        const awaitingConfig = parsed.issues.every((i) => i.code === 'unknown_sector' || i.code === 'unknown_ring') && !this.customConfig;
        if (!awaitingConfig) this.fail('value', parsed.code, parsed.issues);
      }
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
    const json = parseJsonInput(input ?? []);
    const parsed = json.ok ? historySchema.safeParse(json.data ?? []) : undefined;
    if (!json.ok) {
      this.historyDocs = [];
      this.fail('history', json.code, json.issues);
    } else if (!parsed!.success) {
      this.historyDocs = [];
      this.fail('history', 'invalid-history', toValidationIssues(parsed!.error.issues));
    } else {
      this.historyDocs = parsed!.data;
      this.clearError('history');
    }
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
    this.editing = undefined;
    this.grab = undefined;
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
    this.addEventListener('keydown', this.onShortcut);
    void this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onShortcut);
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

  /** Applies a user change: undo step, new document, events, draft. */
  private change(people: Person[], announcement?: string, recordUndo = true): void {
    if (this.readonly || this.disabled) return;
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

  private movePerson(id: string, ring: string, sector: string): void {
    const person = this.doc.people.find((p) => p.id === id);
    if (!person || (person.ring === ring && person.sector === sector)) return;
    const moved = { ...person, ring, sector };
    this.change(
      this.doc.people.map((p) => (p.id === id ? moved : p)),
      this.l.t('movedTo', { name: person.label, sector: this.sectorName(sector), ring: this.ringName(ring) }),
    );
  }

  private removePerson(id: string): void {
    const person = this.doc.people.find((p) => p.id === id);
    if (!person) return;
    const index = this.doc.people.indexOf(person);
    const people = this.doc.people.filter((p) => p.id !== id);
    this.focusedId = people[Math.min(index, people.length - 1)]?.id;
    this.change(people, this.l.t('removed', { name: person.label }));
    this.focusAfterRender = this.view === 'drawing' && this.focusedId ? `[data-id="${this.focusedId}"]` : '#add';
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
    if (this.readonly || this.disabled) return;
    this.doc = { ...this.doc, completed: true, date: isoDay() };
    this.userEdited = true;
    // Focus stays on the button; the note below it says what happened, and the live region says it aloud.
    this.finished = true;
    this.announce(this.l.t('finished'));
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private readonly onShortcut = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    // Text fields keep their own undo.
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    if (target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  // ── Editor ─────────────────────────────────────────────────────────────────────────────────

  private openEditor(person?: Person): void {
    if (this.readonly) return;
    const config = this.config;
    this.editing = person
      ? { ...person, gives: [...person.gives], receives: [...person.receives] }
      : { label: '', sector: config.sectors[0]!.id, ring: config.rings[Math.min(1, config.rings.length - 1)]!.id, gives: [], receives: [] };
    this.labelError = false;
    this.focusAfterRender = '#field-label';
  }

  private closeEditor(): void {
    const id = this.editing?.id;
    this.editing = undefined;
    this.focusAfterRender = id && this.view === 'drawing' ? `[data-id="${id}"]` : id ? `#edit-${id}` : '#add';
  }

  private saveEditor(event: Event): void {
    event.preventDefault();
    const draft = this.editing;
    if (!draft) return;
    const label = draft.label.trim();
    if (!label) {
      this.labelError = true;
      this.focusAfterRender = '#field-label';
      return;
    }
    const { id, ...fields } = draft;
    const person: Person = { id: id ?? newId(), ...fields, label };
    for (const key of ['helpWith', 'note'] as const) if (!person[key]?.trim()) delete person[key];
    const exists = this.doc.people.some((p) => p.id === person.id);
    this.editing = undefined;
    this.focusedId = person.id;
    this.change(
      exists ? this.doc.people.map((p) => (p.id === person.id ? person : p)) : [...this.doc.people, person],
      exists ? this.l.t('movedTo', { name: label, sector: this.sectorName(person.sector), ring: this.ringName(person.ring) }) : this.l.t('added', { name: label }),
    );
    this.focusAfterRender = this.view === 'drawing' ? `[data-id="${person.id}"]` : `#edit-${person.id}`;
  }

  private updateDraft(patch: Partial<Draft>): void {
    if (this.editing) this.editing = { ...this.editing, ...patch };
  }

  // ── Drawing: pointer and keyboard ─────────────────────────────────────────────────────────

  private toSvgPoint(event: PointerEvent): Point {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.drawing')!;
    const matrix = svgEl.getScreenCTM();
    if (!matrix) return { x: CENTRE, y: CENTRE };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  private onPointerDown(event: PointerEvent, person: Person): void {
    if (this.readonly || this.disabled || event.button !== 0) return;
    const node = event.currentTarget as SVGGElement;
    try {
      node.setPointerCapture(event.pointerId);
    } catch {
      // A pointer that is already gone cannot be captured; moves still reach the drawing.
    }
    this.drag = { id: person.id, pointerId: event.pointerId, start: this.toSvgPoint(event), moved: false, node };
    this.focusedId = person.id;
  }

  /** Moves the dragged node and the target highlight directly, without a render: smooth with many people. */
  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const point = this.toSvgPoint(event);
    if (!drag.moved && Math.hypot(point.x - drag.start.x, point.y - drag.start.y) < 6) return;
    drag.moved = true;
    drag.node.setAttribute('transform', `translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`);
    drag.node.classList.add('dragging');
    const cell = cellAt(point, this.config.rings.length, this.config.sectors.length);
    const target = this.renderRoot.querySelector('path.target')!;
    target.setAttribute('d', cell ? cellPath(cell.ring, cell.sector, this.config.rings.length, this.config.sectors.length) : '');
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const person = this.doc.people.find((p) => p.id === drag.id);
    if (!person) return;
    this.drag = undefined;
    this.renderRoot.querySelector('path.target')?.setAttribute('d', '');
    drag.node.classList.remove('dragging');
    if (!drag.moved) {
      this.openEditor(person);
      return;
    }
    const cell = cellAt(this.toSvgPoint(event), this.config.rings.length, this.config.sectors.length);
    if (cell) this.movePerson(person.id, this.config.rings[cell.ring]!.id, this.config.sectors[cell.sector]!.id);
    // Back to the computed position (also when dropped on the client or the same cell).
    this.requestUpdate();
  }

  private onPointerCancel(): void {
    if (!this.drag) return;
    this.drag.node.classList.remove('dragging');
    this.drag = undefined;
    this.renderRoot.querySelector('path.target')?.setAttribute('d', '');
    this.requestUpdate();
  }

  private onNodeKey(event: KeyboardEvent, person: Person, order: Person[]): void {
    const rings = this.config.rings.map((r) => r.id);
    const sectors = this.config.sectors.map((s) => s.id);
    const grab = this.grab;
    if (grab && grab.id === person.id) {
      const ring = rings.indexOf(grab.ring);
      const sector = sectors.indexOf(grab.sector);
      const step = (list: string[], index: number, delta: number, wrap: boolean) =>
        wrap ? list[(index + delta + list.length) % list.length]! : list[Math.max(0, Math.min(list.length - 1, index + delta))]!;
      const moves: Record<string, () => void> = {
        ArrowUp: () => (this.grab = { ...grab, ring: step(rings, ring, -1, false) }),
        ArrowDown: () => (this.grab = { ...grab, ring: step(rings, ring, 1, false) }),
        ArrowLeft: () => (this.grab = { ...grab, sector: step(sectors, sector, -1, true) }),
        ArrowRight: () => (this.grab = { ...grab, sector: step(sectors, sector, 1, true) }),
        Enter: () => this.drop(),
        ' ': () => this.drop(),
        Escape: () => {
          this.grab = undefined;
          this.announce(this.l.t('moveCancelled', { name: person.label }));
        },
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
      if (this.grab && event.key.startsWith('Arrow')) {
        this.announce(this.l.t('movedTo', { name: person.label, sector: this.sectorName(this.grab.sector), ring: this.ringName(this.grab.ring) }));
      }
      this.focusAfterRender = `[data-id="${person.id}"]`;
      return;
    }
    const index = order.indexOf(person);
    const focus = (next: Person | undefined) => {
      if (!next) return;
      this.focusedId = next.id;
      this.focusAfterRender = `[data-id="${next.id}"]`;
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        focus(order[(index + 1) % order.length]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        focus(order[(index - 1 + order.length) % order.length]);
        break;
      case 'Home':
        focus(order[0]);
        break;
      case 'End':
        focus(order[order.length - 1]);
        break;
      case ' ':
        if (this.readonly) return;
        this.grab = { id: person.id, ring: person.ring, sector: person.sector, from: { ring: person.ring, sector: person.sector } };
        this.announce(this.l.t('grabbed', { name: person.label }));
        break;
      case 'Enter':
        this.openEditor(person);
        break;
      case 'Delete':
      case 'Backspace':
        if (!this.readonly) this.removePerson(person.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private drop(): void {
    const grab = this.grab;
    if (!grab) return;
    this.grab = undefined;
    if (grab.ring !== grab.from.ring || grab.sector !== grab.from.sector) this.movePerson(grab.id, grab.ring, grab.sector);
  }

  // ── Names ──────────────────────────────────────────────────────────────────────────────────

  private sectorName(id: string): string {
    const sector = this.config.sectors.find((s) => s.id === id);
    if (sector?.label) return pickText(sector.label, this.l.locale);
    const key = `sector.${id}` as keyof NetworkCircleMessages;
    return key in networkCircleMessages['nl-BE'] ? this.l.t(key as 'title') : id;
  }

  private ringName(id: string): string {
    const ring = this.config.rings.find((r) => r.id === id);
    if (ring?.label) return pickText(ring.label, this.l.locale);
    const key = `ring.${id}` as keyof NetworkCircleMessages;
    return key in networkCircleMessages['nl-BE'] ? this.l.t(key as 'title') : id;
  }

  private displayName(person: Person): string {
    return this.initials ? initialsOf(person.label) : person.label;
  }

  private names(ids: readonly string[]): string {
    const byId = new Map(this.doc.people.map((p) => [p.id, p]));
    return ids.map((id) => (byId.get(id) ? this.displayName(byId.get(id)!) : id)).join(', ');
  }

  private supportText(kinds: readonly SupportKind[]): string {
    return kinds.map((k) => this.l.t(`support.${k}`)).join(', ');
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  /** Loads the list view and the person form the first time either is shown, before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    if ((this.view === 'list' || this.editing) && !panels) panels = await import('./panels.js');
    return super.scheduleUpdate();
  }

  private panelHost(): PanelHost {
    return {
      l: this.l,
      config: this.config,
      doc: this.doc,
      readonly: this.readonly,
      labelError: this.labelError,
      sectorName: (id) => this.sectorName(id),
      ringName: (id) => this.ringName(id),
      displayName: (person) => this.displayName(person),
      supportText: (kinds) => this.supportText(kinds),
      openEditor: (person) => this.openEditor(person),
      removePerson: (id) => this.removePerson(id),
      updateDraft: (patch) => this.updateDraft(patch),
      saveEditor: (event) => this.saveEditor(event),
      closeEditor: () => this.closeEditor(),
    };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.errors.has('config')) return nothing;
    const l = this.l;
    const earlier = this.historyDocs.at(-1);
    const diff = earlier ? diffNetworks(earlier.people, this.doc.people) : undefined;
    return html`<h2 class="title">${l.t('title')}</h2>
      <p class="intro">${l.t('intro')}</p>
      ${this.renderToolbar()}
      ${this.editing && panels ? panels.renderEditor(this.panelHost(), this.editing) : nothing}
      ${this.view === 'list' ? (panels ? panels.renderList(this.panelHost(), diff) : nothing) : this.renderDrawing(diff)}
      ${this.renderIndicators()} ${diff ? this.renderChanges(diff, earlier!) : nothing}
      <div class="actions no-print" part="actions">
        ${this.readonly
          ? nothing
          : html`<button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.finish()}>${l.t('finish')}</button>`}
        <label class="check"><input type="checkbox" .checked=${this.initials} @change=${(e: Event) => (this.initials = (e.target as HTMLInputElement).checked)} />
          ${l.t('initials')}</label>
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
        <button type="button" @click=${() => downloadFile(`${l.t('fileName')}-${isoDay()}.json`, JSON.stringify(this.doc, null, 2))}>${l.t('exportJson')}</button>
        <button type="button" @click=${() => downloadFile(`${l.t('fileName')}-${isoDay()}.csv`, '\uFEFF' + this.exportCsv(), 'text/csv')}>${l.t('exportCsv')}</button>
        ${this.view === 'drawing'
          ? html`<button type="button" @click=${async () => downloadFile(`${l.t('fileName')}-${isoDay()}.svg`, await this.exportSvg(), 'image/svg+xml')}>${l.t('exportSvg')}</button>
              <button type="button" @click=${() => this.downloadPng()}>${l.t('exportPng')}</button>`
          : nothing}
      </div>
      ${this.finished ? html`<p class="finished no-print">${l.t('finished')}</p>` : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private async downloadPng(): Promise<void> {
    const svgText = await this.exportSvg();
    if (!svgText) return;
    const { downloadPng } = await import('./export-image.js');
    if (await downloadPng(svgText, 2000, `${this.l.t('fileName')}-${isoDay()}.png`)) return;
    // The page may forbid drawing the image: the user still gets the drawing, as SVG, and hears why.
    downloadFile(`${this.l.t('fileName')}-${isoDay()}.svg`, svgText, 'image/svg+xml');
    this.announce(this.l.t('pngFallback'));
  }

  private renderToolbar(): TemplateResult {
    const l = this.l;
    return html`<div class="toolbar no-print" part="toolbar">
      <div role="group" aria-label=${l.t('viewChoice')} class="views">
        ${(['drawing', 'list'] as const).map(
          (view) => html`<button type="button" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
            ${l.t(view === 'drawing' ? 'viewDrawing' : 'viewList')}
          </button>`,
        )}
      </div>
      ${this.readonly
        ? nothing
        : html`<button id="add" type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.openEditor()}>${l.t('addPerson')}</button>
            <button type="button" ?disabled=${!this.undoStack.canUndo || this.disabled} @click=${() => this.undo()} aria-keyshortcuts="Control+Z">${l.t('undo')}</button>
            <button type="button" ?disabled=${!this.undoStack.canRedo || this.disabled} @click=${() => this.redo()} aria-keyshortcuts="Control+Shift+Z">${l.t('redo')}</button>`}
    </div>`;
  }

  private summaryText(): string {
    const l = this.l;
    const indicators = this.result;
    const closest = this.config.rings[0]!.id;
    const sectors = this.config.sectors
      .map((s) => l.t('sectorCount', { sector: this.sectorName(s.id), count: indicators.bySector[s.id] ?? 0, close: indicators.bySectorAndRing[s.id]?.[closest] ?? 0, ring: this.ringName(closest) }))
      .join(' ');
    return l.t('summary', { total: indicators.total, sectors });
  }

  private renderDrawing(diff: NetworkDiff | undefined): TemplateResult {
    const l = this.l;
    const config = this.config;
    const people = this.doc.people.map((p) => (this.grab?.id === p.id ? { ...p, ring: this.grab.ring, sector: this.grab.sector } : p));
    const removed = diff?.removed ?? [];
    const positions = layoutPeople([...people, ...removed], config);
    const order = this.doc.people;
    const focusId = this.focusedId && order.some((p) => p.id === this.focusedId) ? this.focusedId : order[0]?.id;
    const added = new Set(diff?.added);
    const moved = new Map(diff?.moved.map((m) => [m.id, m.from]));
    const sectorCount = config.sectors.length;
    const sectorLabels = config.sectors.map((s, i) => sectorLabel(i, sectorCount, this.sectorName(s.id)));
    const ringNames = ringLabels(config.rings.map((r) => this.ringName(r.id)), [...positions.values()]);
    const labels = layoutPersonLabels(
      [...removed, ...people].filter((p) => positions.has(p.id)).map((p) => ({ id: p.id, at: positions.get(p.id)!, name: this.displayName(p) })),
      [...sectorLabels, ...ringNames],
    );
    // A label is drawn inside its person's group, so it moves along while the person is dragged.
    // Lines keep their spaces, so the text reads as the whole label when copied or read out.
    const personText = (id: string, at: Point) => {
      const t = labels.get(id)!;
      const x = (t.x - at.x).toFixed(1);
      return svg`<text x=${x} y=${(t.y - at.y).toFixed(1)} text-anchor=${t.anchor}>${
        t.lines.length === 1 ? t.lines[0] : t.lines.map((line, j) => svg`<tspan x=${x} dy=${j ? PERSON_LINE : 0}>${j < t.lines.length - 1 ? `${line} ` : line}</tspan>`)
      }</text>`;
    };
    return html`<figure class="drawing-figure" part="drawing">
      <p id="drawing-help" class="help no-print">${this.readonly ? nothing : l.t('drawingHelp')}</p>
      <svg
        class="drawing"
        viewBox="${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}"
        role="group"
        aria-label=${l.t('drawingTitle')}
        aria-describedby="drawing-summary"
        @pointermove=${(e: PointerEvent) => this.onPointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.onPointerUp(e)}
        @pointercancel=${() => this.onPointerCancel()}
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" class="arrowhead"></path>
          </marker>
        </defs>
        <g class="grid" aria-hidden="true">
          ${config.rings.map((_, i) => svg`<circle cx=${CENTRE} cy=${CENTRE} r=${ringBounds(i, config.rings.length)[1]}></circle>`)}
          ${config.sectors.map((_, i) => {
            const from = polar(sectorBounds(i, sectorCount)[0], CLIENT_RADIUS);
            const to = polar(sectorBounds(i, sectorCount)[0], OUTER_RADIUS);
            return svg`<line x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>`;
          })}
          <path class="target" d=""></path>
          ${this.grab
            ? svg`<path class="target keyboard" d=${cellPath(config.rings.findIndex((r) => r.id === this.grab!.ring), config.sectors.findIndex((s) => s.id === this.grab!.sector), config.rings.length, sectorCount)}></path>`
            : nothing}
        </g>
        <g class="labels" aria-hidden="true">
          ${sectorLabels.map((t) => svg`<text x=${t.x} y=${t.y} class="sector-label" text-anchor=${t.anchor}>${t.lines.map((line, j) => svg`<tspan x=${t.x} dy=${j ? SECTOR_LINE : 0}>${line}</tspan>`)}</text>`)}
          ${ringNames.map((t) => svg`<text x=${t.x} y=${t.y} class="ring-label" text-anchor="middle">${t.lines[0]}</text>`)}
        </g>
        <g class="ties" aria-hidden="true">
          ${people.map((p) => {
            const at = positions.get(p.id);
            if (!at) return nothing;
            const angle = Math.atan2(at.x - CENTRE, CENTRE - at.y);
            const from = polar(angle, CLIENT_RADIUS + 4);
            // Both ends stop at the edge of a circle, so an arrow at either end stays visible.
            const distance = Math.hypot(at.x - CENTRE, at.y - CENTRE);
            const edge = polar(angle, distance - PERSON_RADIUS - 4);
            return svg`<line class="tie ${p.quality ?? 'unknown'}" x1=${edge.x} y1=${edge.y} x2=${from.x} y2=${from.y}
              marker-end=${p.gives.length ? 'url(#arrow)' : nothing} marker-start=${p.receives.length ? 'url(#arrow)' : nothing}></line>`;
          })}
        </g>
        <g class="client" aria-hidden="true">
          <circle cx=${CENTRE} cy=${CENTRE} r=${CLIENT_RADIUS}></circle>
          <text x=${CENTRE} y=${CENTRE + 8} text-anchor="middle">${l.t('client')}</text>
        </g>
        <g class="people">
          ${removed.map((p) => {
            const at = positions.get(p.id);
            return at
              ? svg`<g class="person removed" transform="translate(${at.x} ${at.y})" aria-hidden="true"><circle r=${PERSON_RADIUS}></circle>${personText(p.id, at)}</g>`
              : nothing;
          })}
          ${people.map((p) => {
            const at = positions.get(p.id);
            if (!at) return nothing;
            const change = added.has(p.id) ? l.t('changeAdded') : moved.has(p.id) ? l.t('changeMoved', { from: `${this.sectorName(moved.get(p.id)!.sector)}, ${this.ringName(moved.get(p.id)!.ring)}` }) : '';
            const label = l.t('personLabel', {
              name: this.displayName(p),
              sector: this.sectorName(p.sector),
              ring: this.ringName(p.ring),
              quality: p.quality ? l.t(`quality.${p.quality}`) : '',
            });
            return svg`<g
              class="person ${p.quality ?? ''} ${added.has(p.id) ? 'added' : ''} ${moved.has(p.id) ? 'moved' : ''} ${this.grab?.id === p.id ? 'grabbed' : ''}"
              part="person"
              data-id=${p.id}
              transform="translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})"
              role="button"
              tabindex=${p.id === focusId ? 0 : -1}
              aria-label=${change ? `${label} (${change})` : label}
              aria-describedby="drawing-help"
              @keydown=${(e: KeyboardEvent) => this.onNodeKey(e, this.doc.people.find((x) => x.id === p.id)!, order)}
              @focus=${() => (this.focusedId = p.id)}
              @pointerdown=${(e: PointerEvent) => this.onPointerDown(e, p)}
            >
              <circle r=${PERSON_RADIUS}></circle>
              ${added.has(p.id) ? svg`<circle class="badge" cx="15" cy="-15" r="7"></circle>` : nothing}
              ${moved.has(p.id) ? svg`<rect class="badge" x="8" y="-22" width="14" height="14"></rect>` : nothing}
              ${personText(p.id, at)}
            </g>`;
          })}
        </g>
      </svg>
      <figcaption id="drawing-summary">${this.summaryText()}</figcaption>
      <p class="legend"><strong>${l.t('legendTitle')}</strong> ${l.t('legendGives')}; ${l.t('legendReceives')}; ${l.t('legendQuality')}.</p>
      ${diff ? html`<p class="legend">${l.t('legendChanges')}</p>` : nothing}
    </figure>`;
  }

  private renderIndicators(): TemplateResult {
    const l = this.l;
    const indicators = this.result;
    return html`<section class="indicators" part="indicators" aria-labelledby="indicators-title">
      <h3 id="indicators-title">${l.t('indicatorsTitle')}</h3>
      ${indicators.total === 0 ? html`<p>${l.t('emptyCircle')}</p>` : this.renderIndicatorDetails(indicators)}
    </section>`;
  }

  private renderIndicatorDetails(indicators: NetworkIndicators): TemplateResult {
    const l = this.l;
    const config = this.config;
    return html`<ul>
        <li>${l.t('summary', { total: indicators.total, sectors: '' })}</li>
        <li>${l.t('informalProfessional', { informal: indicators.informal, professional: indicators.professional })}</li>
        <li>${l.t('reciprocal', { count: indicators.reciprocal.length, names: this.names(indicators.reciprocal) })}</li>
        <li>${l.t('stressful', { count: indicators.stressful.length, names: this.names(indicators.stressful) })}</li>
        <li>${l.t('helpers', { count: indicators.helpers.length, names: this.names(indicators.helpers) })}</li>
        ${indicators.emptySectors.length ? html`<li>${l.t('emptySectors', { names: indicators.emptySectors.map((s) => this.sectorName(s)).join(', ') })}</li>` : nothing}
        ${indicators.carryingALot.length ? html`<li>${l.t('carryingALot', { count: indicators.carryingALot.length, names: this.names(indicators.carryingALot) })}</li>` : nothing}
      </ul>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="counts-caption">
        <table class="counts">
          <caption id="counts-caption">${l.t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('columnSector')}</th>
              ${config.rings.map((r) => html`<th scope="col">${this.ringName(r.id)}</th>`)}
              <th scope="col">${l.t('total')}</th>
            </tr>
          </thead>
          <tbody>
            ${config.sectors.map(
              (s) => html`<tr>
                <th scope="row">${this.sectorName(s.id)}</th>
                ${config.rings.map((r) => html`<td>${indicators.bySectorAndRing[s.id]?.[r.id] ?? 0}</td>`)}
                <td>${indicators.bySector[s.id] ?? 0}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${l.t('total')}</th>
              ${config.rings.map((r) => html`<td>${indicators.byRing[r.id] ?? 0}</td>`)}
              <td>${indicators.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>`;
  }

  private renderChanges(diff: NetworkDiff, earlier: NetworkValue): TemplateResult {
    const l = this.l;
    const none = !diff.added.length && !diff.removed.length && !diff.moved.length;
    return html`<section class="changes" part="changes" aria-labelledby="changes-title">
      <h3 id="changes-title">${l.t('changesTitle')}</h3>
      ${earlier.date ? html`<p>${l.t('changesDate', { date: l.date(earlier.date) })}</p>` : nothing}
      ${none
        ? html`<p>${l.t('noChanges')}</p>`
        : html`<ul>
            ${diff.added.length ? html`<li>${l.t('addedPeople', { names: this.names(diff.added) })}</li>` : nothing}
            ${diff.removed.length ? html`<li>${l.t('removedPeople', { names: diff.removed.map((p) => this.displayName(p)).join(', ') })}</li>` : nothing}
            ${diff.moved.length ? html`<li>${l.t('movedPeople', { names: this.names(diff.moved.map((m) => m.id)) })}</li>` : nothing}
          </ul>`}
    </section>`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'network-circle': { value: NetworkValue; result: NetworkIndicators };
  }
}
