import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingDocumentElement, LazyModule, downloadFile, isoDay, parsedInput, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
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
  parseNetworkConfig,
  parseNetworkHistory,
  parseNetworkValue,
  peopleToCsv,
  removePerson,
  type NetworkConfig,
  type NetworkIndicators,
  type NetworkValue,
  type NetworkView,
  type Parsed,
  type Person,
} from './model/index.js';

/** The list view and the person form, loaded the first time either is shown. */
const panels = new LazyModule(() => import('./panels.js'));
/** The SVG and PNG files, loaded on the first image download. */
const exportImage = new LazyModule(() => import('./export-image.js'));

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
export class GoestingNetworkCircle extends GoestingDocumentElement<typeof NETWORK_WIDGET> {
  static override catalogues = networkCircleMessages as unknown as Catalogues<Messages>;
  static override inputRules = { ...GoestingDocumentElement.inputRules, view: NETWORK_VIEWS };
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
  @property()
  view?: NetworkView = 'drawing';

  /** Shows the circle without any way to change it. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * Rings (2–4) and sectors (3–8), each with an `id` and optional own `label`; sectors may be
   * `formal` (professionals and services). Object or JSON string. Default: 3 rings, 5 sectors.
   */
  @parsedInput({ parse: parseNetworkConfig, fallback: defaultNetworkConfig })
  config!: NetworkConfig;

  /** Earlier circles (value documents), oldest first; the last one is compared with. */
  @parsedInput({ parse: parseNetworkHistory, fallback: () => [] })
  history!: NetworkValue[];

  @state() private focusedId?: string;
  @state() private initials = false;
  /** Set when the user pressed "Klaar", until the next change: shows that the circle is finished. */
  @state() private finished = false;

  private readonly undoStack = new UndoStack<Person[]>();
  private readonly moves = new MoveController(this, {
    context: () => ({ l: this.l, config: this.config, people: this.value.people, editable: this.editable, names: this.names }),
    focusPerson: (id, now) => this.focusPerson(id, now),
    movePerson: (id, ring, sector) => this.movePerson(id, ring, sector),
    openEditor: (person) => this.editor.open(person),
    removePerson: (id) => this.removePerson(id),
    announce: (text) => this.announce(text),
    undo: () => this.undo(),
    redo: () => this.redo(),
  });
  private readonly editor = new PersonEditor(this, {
    context: () => ({ l: this.l, config: this.config, people: this.value.people, readonly: this.readonly, drawing: this.view !== 'list', names: this.names }),
    change: (people, announcement) => this.change(people, announcement),
    choose: (id) => this.focusPerson(id, false),
    focusAfterRender: (selector) => this.focusAfterRender(selector),
  });

  /** The indicators of the current circle. */
  get result(): NetworkIndicators {
    return networkIndicators(this.value.people, this.config);
  }

  /** The people as CSV, one row per person. */
  exportCsv(): string {
    return peopleToCsv(this.value.people);
  }

  /** The drawing as a self-contained SVG document (empty while the list view is shown). */
  async exportSvg(): Promise<string> {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg.drawing');
    return drawing ? (await exportImage.get()).drawingToSvg(drawing) : '';
  }

  /** Checks a saved circle against the rings and sectors in use now. */
  protected parseValue(input: unknown): Parsed<NetworkValue> {
    return parseNetworkValue(input, this.config);
  }

  protected emptyValue(): NetworkValue {
    return emptyNetworkValue();
  }

  /** Another circle from the host, a draft or a reset is not the finished one; a reset also forgets undo and any open form. */
  protected override valueReplaced(_doc: NetworkValue | undefined, from: 'host' | 'draft' | 'reset'): void {
    this.finished = false;
    if (from !== 'reset') return;
    this.undoStack.clear();
    this.editor.clear();
    this.moves.clear();
  }

  // ── Changes ────────────────────────────────────────────────────────────────────────────────

  /** Whether the user may change the circle now. */
  private get editable(): boolean {
    return !this.readonly && !this.disabled;
  }

  /** How rings, sectors, people and support are named now. */
  private get names(): CircleNames {
    return circleNames(this.l, this.config, this.value.people, this.initials);
  }

  /** Applies a user change, saying `announcement`: undo step, new document, events, draft. */
  private change(people: Person[], announcement: string, recordUndo = true): void {
    if (!this.editable) return;
    if (recordUndo) this.undoStack.record(this.value.people);
    this.finished = false;
    this.announce(announcement);
    this.commit({ schemaVersion: NETWORK_SCHEMA_VERSION, people, completed: false });
  }

  private focusPerson(id: string, now = true): void {
    this.focusedId = id;
    if (now) this.focusAfterRender(`[data-id="${id}"]`);
  }

  private movePerson(id: string, ring: string, sector: string): void {
    const people = movePerson(this.value.people, id, ring, sector);
    const label = this.value.people.find((p) => p.id === id)?.label ?? id;
    if (people) this.change(people, this.l.t('movedTo', { name: label, sector: this.names.sector(sector), ring: this.names.ring(ring) }));
  }

  private removePerson(id: string): void {
    const removal = removePerson(this.value.people, id);
    if (!removal) return;
    this.focusedId = removal.next?.id;
    this.change(removal.people, this.l.t('removed', { name: removal.removed.label }));
    this.focusAfterRender(this.view !== 'list' && removal.next ? `[data-id="${removal.next.id}"]` : '#add');
  }

  private undo(): void {
    const previous = this.undoStack.undo(this.value.people);
    if (previous) this.change(previous, this.l.t('undone'), false);
  }

  private redo(): void {
    const next = this.undoStack.redo(this.value.people);
    if (next) this.change(next, this.l.t('redone'), false);
  }

  private finish(): void {
    if (!this.editable) return;
    // Focus stays on the button; the note below it says what happened, and the live region says it aloud.
    this.finished = true;
    this.announce(this.l.t('finished'));
    this.complete({ ...this.value, completed: true, date: isoDay() });
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  /** The list view and the person form wait for their module. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.view === 'list' || this.editor.draft ? [panels] : [];
  }

  private panelHost(names: CircleNames): PanelHost {
    return { l: this.l, config: this.config, doc: this.value, readonly: this.readonly, names, editor: this.editor, removePerson: (id) => this.removePerson(id) };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    if (this.errors.has('config')) return nothing;
    const l = this.l;
    const people = this.value.people;
    const earlier = this.history.at(-1);
    const diff = earlier ? diffNetworks(earlier.people, people) : undefined;
    const view: IndicatorsView = { l, config: this.config, indicators: this.result, names: this.names };
    const controls = this.controls();
    return html`<h2 class="title">${l.t('title')}</h2>
      <p class="intro">${l.t('intro')}</p>
      ${renderToolbar(controls)}
      ${this.editor.draft && panels.value ? panels.value.renderEditor(this.panelHost(view.names), this.editor.draft) : nothing}
      ${controls.view === 'list'
        ? (panels.value?.renderList(this.panelHost(view.names), diff) ?? nothing)
        : renderDrawing({ ...view, people, readonly: this.readonly, focusedId: this.focusedId, moves: this.moves, focused: (id) => this.focusPerson(id, false) }, diff)}
      ${renderIndicators(view)} ${diff ? renderChanges(view, diff, earlier!) : nothing} ${renderActions(controls)}`;
  }

  private controls(): ControlsView {
    return {
      l: this.l,
      view: this.view === 'list' ? 'list' : 'drawing',
      readonly: this.readonly,
      disabled: this.disabled,
      canUndo: this.undoStack.canUndo,
      canRedo: this.undoStack.canRedo,
      initials: this.initials,
      // A circle the host cleared is not the finished one.
      finished: this.finished && this.doc !== undefined,
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
    if (kind === 'json') return downloadFile(`${name}.json`, JSON.stringify(this.value, null, 2));
    if (kind === 'csv') return downloadFile(`${name}.csv`, '\uFEFF' + this.exportCsv(), 'text/csv');
    const svgText = await this.exportSvg();
    if (!svgText) return;
    if (kind === 'png' && (await (await exportImage.get()).downloadPng(svgText, 2000, `${name}.png`))) return;
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
