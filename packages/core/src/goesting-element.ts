import { LitElement, html, nothing, render, type CSSResultGroup, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextRoot, consume } from '@lit/context';
import { settingsContext, type GoestingSettings } from './context.js';
import { LocalizeController, stringsIssues, type Catalogues, type Messages } from './localize.js';
import { coreMessages, type CoreMessages } from './core-messages.js';
import { emit, type GoestingErrorDetail } from './events.js';
import type { StorageAdapter } from './storage.js';
import { ERROR_SUMMARIES, type GoestingErrorCode, type ValidationIssue } from './model/index.js';
import { checkInput, isStorageAdapter, type InputRule } from './input-rules.js';
import { VERSION } from './version.js';
import { themeStyles } from './theme.js';
import { LazyModule } from './lazy.js';

/**
 * Registers `tag` for `ctor` unless it is taken. A tag already taken by another copy of the
 * library (loaded twice, or another version) is left alone with a console warning: the page keeps
 * working with whichever copy came first. Returns whether this call defined the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { goestingVersion: string }): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as (CustomElementConstructor & { goestingVersion?: string }) | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
      return true;
    } catch (cause) {
      // The same class under a second tag, or an invalid tag name: warn, never break the page.
      console.warn(`[goesting] <${tag}> could not be defined: ${(cause as Error).message}`);
      return false;
    }
  }
  if (existing !== ctor) {
    const theirs = existing.goestingVersion;
    console.warn(
      `[goesting] <${tag}> is already defined${theirs ? ` by goesting ${theirs}` : ''}; this copy (${ctor.goestingVersion}) is not registered.` +
        (theirs === ctor.goestingVersion ? ' Load the library once.' : ''),
    );
  }
  return false;
}

const stopInner = (event: Event) => event.stopPropagation();

/**
 * Keeps the requests for provider settings of widgets that connect before their
 * `<goesting-provider>` is defined (its module loads later, or another copy of the library came
 * first), and hands them to the provider once it is there. One per page and copy.
 */
let contextRoot: ContextRoot | undefined;

/** The error state is rare: its template loads the first time a widget needs it. */
const errorPanel = new LazyModule(() => import('./error-panel.js'));
/** Drafts are opt-in: what reads and writes them loads once a widget has a storage in force. */
const drafts = new LazyModule(() => import('./drafts.js'));

/** @internal What a widget keeps of one parsed input (see `parsedInput`). */
export interface InputState {
  /** The parsed value of the last valid input, while one is set. */
  value?: unknown;
  has: boolean;
  /** The last input refused, kept so that it is tried again once another input changes. */
  rejected?: unknown;
  retry?: () => void;
}

/**
 * Where a problem came from; a new problem from the same source replaces the old one. Simple
 * inputs checked by {@link GoestingElement.inputRules} report under their property name.
 */
export type ErrorSource = 'instrument' | 'value' | 'history' | 'storage' | 'config' | 'strings' | 'provider' | 'render' | (string & {});

/** Describes a thrown value without calling anything that could throw again. */
function describeFailure(cause: unknown): string {
  try {
    return String(cause);
  } catch {
    return 'unknown error';
  }
}

/**
 * Base of every goesting element: guarded registration, provider settings, localisation,
 * the events contract, the visible error state and opt-in drafts.
 *
 * @fires {CustomEvent<GoestingErrorDetail>} goesting-error - When an input is invalid, a draft cannot be stored or a render fails. `detail.issues` says what is wrong.
 */
export abstract class GoestingElement extends LitElement {
  /** The library version of this class, reported when two copies meet on one page. */
  static readonly goestingVersion: string = VERSION;

  /** Catalogues of the element's texts; subclasses give their own (which include the core texts). */
  static catalogues: Catalogues<Messages> = coreMessages as unknown as Catalogues<Messages>;

  static override styles: CSSResultGroup = [themeStyles];

  /**
   * Rules for the simple inputs, checked as they are set: a value a rule refuses is reported
   * (the error state and `goesting-error` with `invalid-config`) and the previous value is kept.
   * Subclasses add theirs: `static override inputRules = { ...GoestingElement.inputRules, variant: ['quick', 'full'] }`.
   */
  static inputRules: Readonly<Record<string, InputRule>> = {
    theme: ['light', 'dark', 'auto'],
    storage: { expected: 'session, local, none or a storage adapter', test: (v) => v === 'session' || v === 'local' || v === 'none' || isStorageAdapter(v) },
    draftKey: { expected: 'string', test: (v) => typeof v === 'string' },
  };

  /**
   * Registers `tag` for this class unless it is taken. A tag already taken by another copy of the
   * library (loaded twice, or another version) is left alone with a console warning: the page keeps
   * working with whichever copy came first. Returns whether this call defined the tag.
   */
  static define(tag: string): boolean {
    return defineElement(tag, this as unknown as CustomElementConstructor & { goestingVersion: string });
  }

  /** @internal Settings from the nearest `<goesting-provider>`, if any: the provider sets them, hosts do not. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  settings?: GoestingSettings;

  /** Per-instance text overrides, by message key; they win over the provider's and the catalogue. */
  @property({ attribute: false })
  strings?: Partial<Messages>;

  /** `light`, `dark` or `auto` (follow the operating system); unset follows the page. */
  @property()
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Opt-in drafts: `session`, `local` or `none` as attribute, or a {@link StorageAdapter} as property.
   * Unset uses the provider's adapter; with neither, nothing is ever stored.
   */
  @property({ converter: { fromAttribute: (v: string | null) => v ?? undefined } })
  storage?: string | StorageAdapter;

  /** Distinguishes drafts of several instances of the same widget on one site. */
  @property({ attribute: 'draft-key' })
  draftKey?: string;

  /** Short widget name carried in every event detail, such as `selfscan`. */
  protected abstract readonly widget: string;
  /** Version of the widget's value documents and event details. */
  protected abstract readonly schemaVersion: number;

  protected readonly l: LocalizeController<CoreMessages> = new LocalizeController<CoreMessages>(
    this,
    (this.constructor as typeof GoestingElement).catalogues as unknown as Catalogues<CoreMessages>,
  );

  @state()
  protected errors: ReadonlyMap<ErrorSource, GoestingErrorDetail> = new Map();

  /** What the widget says to screen readers; see {@link GoestingElement.announce}. */
  @state() private announcement = '';
  /** The text to say once the emptied live region has rendered. */
  private nextAnnouncement?: string;
  /** The control to focus once the next render is done; see {@link GoestingElement.focusAfterRender}. */
  private focusTarget?: string;
  private parsedInputs?: Map<string, InputState>;
  /** Set while a refused simple input gets its previous value back. */
  private restoring = false;

  /** The provider's problems this widget last showed, so the same ones are not sent twice. */
  private providerIssues?: readonly ValidationIssue[];
  /** The content being rendered, and the content last rendered without error (shown again if a render fails). */
  private rendering: unknown = nothing;
  private shown: unknown = nothing;

  override connectedCallback(): void {
    if (!contextRoot && typeof document !== 'undefined') (contextRoot = new ContextRoot()).attach(document.documentElement);
    super.connectedCallback();
  }

  /** Checks simple inputs, `strings` and the provider's settings the moment they change. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    if (typeof name === 'string' && !this.accept(name, oldValue)) return;
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /** Whether the new value of `name` stands; a value its rule refuses is reported and `oldValue` restored. */
  private accept(name: string, oldValue: unknown): boolean {
    const self = this as unknown as Record<string, unknown>;
    const rule = (this.constructor as typeof GoestingElement).inputRules[name];
    let issues: readonly ValidationIssue[] | undefined;
    if (name === 'strings') issues = stringsIssues(this.strings);
    else if (name === 'settings') {
      // The provider's problems arrive with its settings; the same ones are not sent twice.
      if (this.settings?.issues === this.providerIssues) return true;
      issues = this.providerIssues = this.settings?.issues;
      name = 'provider';
    } else if (rule) {
      const issue = checkInput(rule, self[name], name);
      issues = issue ? [issue] : [];
      if (issue) {
        this.restoring = true;
        self[name] = oldValue;
        this.restoring = false;
      }
    } else return true;
    if (issues?.length) this.fail(name, 'invalid-config', [...issues]);
    else this.clearError(name);
    // An input refused earlier may fit now, such as a document for the other variant.
    if (rule && !issues?.length && !this.restoring && self[name] !== oldValue) this.retryRejected(name);
    return !rule || !issues?.length;
  }

  /** Reports bad host input: shows it in the error state and sends `goesting-error`. Never throws. */
  protected fail(source: ErrorSource, code: GoestingErrorCode, issues: ValidationIssue[]): void {
    const detail: GoestingErrorDetail = {
      widget: this.widget,
      schemaVersion: this.schemaVersion,
      code,
      message: ERROR_SUMMARIES[code],
      issues,
    };
    const next = new Map(this.errors);
    next.set(source, detail);
    this.errors = next;
    console.warn(`[goesting] <${this.localName}>: ${detail.message}`, issues);
    emit(this, 'goesting-error', detail);
  }

  /** Clears the error state of one source once it has valid input again. */
  protected clearError(source: ErrorSource): void {
    // Inputs set by field initialisers arrive before `errors` itself exists.
    if (!this.errors?.has(source)) return;
    const next = new Map(this.errors);
    next.delete(source);
    this.errors = next;
  }

  /** @internal The state of one parsed input (see `parsedInput`). */
  inputState(name: string): InputState {
    this.parsedInputs ??= new Map();
    let entry = this.parsedInputs.get(name);
    if (!entry) this.parsedInputs.set(name, (entry = { has: false }));
    return entry;
  }

  /** @internal Tries again every input refused earlier, now that the input `changed` has another value. */
  retryRejected(changed: string): void {
    for (const [name, entry] of this.parsedInputs ?? []) if (name !== changed && entry.rejected !== undefined) entry.retry?.();
  }

  /**
   * Says `text` to screen readers through the widget's polite live region. The same text said
   * twice is announced twice: the region is emptied first, then filled after that render.
   */
  protected announce(text: string): void {
    this.announcement = '';
    this.nextAnnouncement = text;
    this.requestUpdate();
  }

  /** Moves focus to the control `selector` finds once the next render is done, so focus is never left on a removed node. */
  protected focusAfterRender(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  /** The modules loaded on demand that the next render needs; the render waits for them. */
  protected modulesNeeded(): LazyModule<unknown>[] {
    return [];
  }

  /** The draft storage in force: own attribute or property, else the provider's; `undefined` when nothing may be stored. */
  private get draftStorage(): string | StorageAdapter | undefined {
    return this.storage === 'none' ? undefined : (this.storage ?? this.settings?.storage);
  }

  /** Reads the draft, if drafts are on; storage failures become an error state, not an exception. */
  protected readDraft(): Promise<unknown> {
    return this.useDraft();
  }

  /** Writes (or with `undefined`, removes) the draft, if drafts are on. */
  protected async writeDraft(value: unknown): Promise<void> {
    await this.useDraft(value);
  }

  private async useDraft(...value: [] | [unknown]): Promise<unknown> {
    const storage = this.draftStorage;
    if (!storage) return undefined;
    try {
      const result = await (await drafts.get()).useDraft(storage, `goesting:${this.widget}:${this.draftKey || 'draft'}`, ...value);
      if (value.length) this.clearError('storage');
      return result;
    } catch (cause) {
      this.fail('storage', 'storage-failed', [{ path: '', code: 'storage', message: describeFailure(cause) }]);
      return undefined;
    }
  }

  protected get effectiveTheme(): string | undefined {
    return this.theme ?? this.settings?.theme;
  }

  /**
   * A render that throws never reaches the host page: the widget reports it (`render-failed`),
   * shows the error state above what it showed last, and keeps everything the user entered.
   * The next change of an input or of the user's answers tries the full render again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (cause) {
      if (!this.errors.has('render')) return this.fail('render', 'render-failed', [{ path: '', code: 'render', message: describeFailure(cause) }]);
      // It failed again with nothing changed that could help: show the error state as it is.
      try {
        render(this.render(), this.renderRoot, this.renderOptions);
      } catch {
        // Nothing more can be shown.
      }
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.shown = this.rendering;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An input set while this update waited for its modules can need more (a report's aggregate
    // set just after its focus plan): load those and render again, so nothing stays missing.
    if (this.pending()) this.requestUpdate();
    // The live region rendered empty: now say the text, so the same text said twice is heard twice.
    if (this.nextAnnouncement !== undefined && this.announcement === '') {
      this.announcement = this.nextAnnouncement;
      this.nextAnnouncement = undefined;
    }
    const selector = this.focusTarget;
    if (!selector) return;
    this.focusTarget = undefined;
    this.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus();
  }

  /** The modules the next render needs, with the error state's when there are errors. */
  private needed(): LazyModule<unknown>[] {
    return [...this.modulesNeeded(), ...(this.errors.size ? [errorPanel] : [])];
  }

  /**
   * Starts loading what the next render needs: the modules loaded on demand, the texts they bring
   * along (a module's `messages`) and the locale's texts. `undefined` once everything is there.
   */
  private pending(): Promise<unknown> | undefined {
    const loading: Promise<unknown>[] = [];
    for (const module of this.needed()) {
      const load = module.ready();
      if (load) loading.push(load);
      const texts = (module.value as { messages?: Catalogues<Messages> } | undefined)?.messages;
      if (texts) this.l.use(texts);
    }
    const texts = this.l.ready();
    if (texts) loading.push(texts);
    return loading.length ? Promise.all(loading) : undefined;
  }

  /** Loads what the next render needs; a module that cannot load is reported, not thrown. */
  private async loadNeeded(): Promise<void> {
    try {
      for (let pending = this.pending(); pending; pending = this.pending()) await pending;
    } catch (cause) {
      this.fail('modules', 'render-failed', [{ path: '', code: 'render', message: describeFailure(cause) }]);
    }
  }

  /** Waits for what the render needs (texts, modules loaded on demand) before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.loadNeeded();
    super.scheduleUpdate();
  }

  /** Also waits for what the last update found it needs, such as the error state's template. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // An update asked for during this one (modules it found missing) is part of it.
    while (this.pending() || this.isUpdatePending) {
      await this.loadNeeded();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // After a failed render, any change of input or answers is worth a new try.
    if (this.errors.has('render') && [...changed.keys()].some((key) => key !== 'errors')) this.clearError('render');
    const theme = this.effectiveTheme;
    if (theme) this.dataset['goestingTheme'] = theme;
    else delete this.dataset['goestingTheme'];
  }

  /** The widget's own content; the base adds the language and the error state around it. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  protected renderErrors(): TemplateResult | typeof nothing {
    if (!this.errors.size) return nothing;
    if (!errorPanel.value) {
      void errorPanel.get().then(() => this.requestUpdate());
      return nothing;
    }
    // Errors found during this update: the panel's texts join the widget's now.
    this.l.use(errorPanel.value.messages as Catalogues<Messages>);
    return errorPanel.value.renderErrorPanel([...this.errors.values()], this.l, (this.constructor as typeof GoestingElement).catalogues['nl-BE']);
  }

  protected override render(): TemplateResult {
    // After a failed render the widget shows what it showed last, below the error state.
    const content = (this.rendering = this.errors.has('render') ? this.shown : this.renderContent());
    // Inner controls' native `input` events are composed and would leak out of the shadow root
    // beside the widget's own; only the widget's own events reach the host.
    return html`<div class="root" lang=${this.l.locale} @input=${stopInner}>
      ${this.renderErrors()}${content}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
