import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_PERSPECTIVES,
  FILL_WAYS,
  GoestingDocumentElement,
  LazyModule,
  choiceScaleStyles,
  currentTurn,
  emit,
  isoDay,
  parsedInput,
  perspectivesStyles,
  perspectivesView,
  themeStyles,
  trendStyles,
  wholeNumberInput,
  type Catalogues,
  type FillWay,
  type LocalizeController,
  type Messages,
  type Parsed,
} from '@goesting/core';
import { allianceCheckMessages, type AllianceCheckMessages } from './messages.js';
import { allianceCheckStyles } from './alliance-check.styles.js';
import { renderFill, type AllianceView } from './render-fill.js';
import {
  ALLIANCE_SCHEMA_VERSION,
  ALLIANCE_VARIANTS,
  ALLIANCE_WIDGET,
  DEFAULT_THRESHOLD,
  clientRefSchema,
  emptyAllianceValue,
  parseAllianceHistory,
  parseAllianceValue,
  scoreAlliance,
  type AllianceResult,
  type AllianceValue,
  type AllianceVariant,
} from './model/index.js';

/** The side-by-side result and the trend load the first time a result is shown. */
const resultView = new LazyModule(() => import('./result-view.js'));

/**
 * The working alliance — Menger's second pillar — from both sides: the client and the
 * professional each rate our own statements on agreeing about the goals, about the way of working
 * together, and the bond, the client in plain words about "my social worker", the professional
 * the same statements about "my client". `variant="short"` (default) asks six statements for the
 * end of a session, `full` twelve. Fill in together on one screen (`fill="together"`, default),
 * one after the other on one device (`in-turn`: the first person's answers stay out of the page
 * until both are done) or each on their own device (`separate`, with `perspective`; the host
 * merges the two documents with `mergeAllianceDocuments`). The result shows both perspectives side
 * by side per part and per statement, never averaged, with differences from `threshold` on as
 * conversation starters, a stiff alliance named calmly, and a link from each difference to a
 * reflection card. Earlier checks (`history`) show as a trend with a line per perspective.
 *
 * @tagname goesting-alliance-check
 * @summary The working alliance, rated by client and professional side by side, never averaged.
 *
 * @fires goesting-change - After every answer. `detail.value` is the whole document, with every perspective.
 * @fires goesting-complete - When every perspective on this device is done. `detail` carries `value` and the `result`.
 * @fires {CustomEvent<GoestingReflectDetail>} goesting-reflect - When the user asks for a reflection card on a difference. `detail.cell` is working alliance × the other (`alliance`, `other`); the host opens `<goesting-reflection-card>` with it.
 * @fires goesting-error - When `value`, `history`, `variant`, `fill`, `perspective`, `threshold`, `session` or `client-ref` is invalid, or a draft cannot be stored.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit, as native form controls do.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart item - One statement with its answer scale, per perspective.
 * @csspart option - One answer choice.
 * @csspart hand-over - The screen between two people on one device.
 * @csspart result - The result.
 * @csspart comparison - A table with the perspectives side by side.
 * @csspart trend - The trend chart.
 * @csspart actions - Finish, edit, print and download buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of chosen answers, marks and buttons.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers and of conversation starters.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-earlier - Colour of the second line in the trend chart.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingAllianceCheck extends GoestingDocumentElement<typeof ALLIANCE_WIDGET> {
  static override catalogues = allianceCheckMessages as unknown as Catalogues<Messages>;
  static override inputRules = { ...GoestingDocumentElement.inputRules, variant: ALLIANCE_VARIANTS, fill: FILL_WAYS, perspective: DEFAULT_PERSPECTIVES };
  static override styles: CSSResultGroup = [themeStyles, choiceScaleStyles, trendStyles, perspectivesStyles, allianceCheckStyles];

  protected declare readonly l: LocalizeController<AllianceCheckMessages>;
  protected readonly widget = ALLIANCE_WIDGET;
  protected readonly schemaVersion = ALLIANCE_SCHEMA_VERSION;

  /** Per-instance text overrides by message key; `perspective.client` and `perspective.professional` name the two sides. */
  @property({ attribute: false })
  declare strings?: Partial<AllianceCheckMessages>;

  /** `short` (default): six statements for the end of a session; `full`: twelve. Another value is refused. */
  @property()
  variant: AllianceVariant = 'short';

  /** `together` (default), `in-turn` on one device, or `separate` devices (this one fills `perspective`). Another value is refused. */
  @property()
  fill: FillWay = 'together';

  /** With `fill="separate"`: whose answers this device takes, `client` (default) or `professional`. */
  @property()
  perspective = 'client';

  /** Shows only the result and trend, with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /** From how many points of difference (1–4, default 2) a statement or part is a conversation starter. */
  @parsedInput({ parse: wholeNumberInput('threshold', 1, 4), fallback: () => DEFAULT_THRESHOLD })
  threshold!: number;

  /** The host's own number of the session (1–9999), kept in the document; documents of two devices merge only for the same session. */
  @parsedInput({ parse: wholeNumberInput('session', 1, 9999), fallback: () => undefined as unknown as number })
  session!: number | undefined;

  /** The host's own reference to the client (a case number, never a name), kept in the document so two devices' documents can be checked before merging. */
  @parsedInput({ parse: clientRefInput, fallback: () => undefined as unknown as string, attribute: 'client-ref' })
  clientRef!: string | undefined;

  /** Earlier checks (documents with dates), oldest first, at most 1000: a trend per perspective. */
  @parsedInput({ parse: parseAllianceHistory, fallback: () => [] })
  history!: AllianceValue[];

  /** Who has started after a hand-over on this device. */
  @state() private handedTo?: string;
  @state() private editing = false;

  /** The result of the current answers: each perspective on its own, side by side. */
  get result(): AllianceResult {
    return scoreAlliance(this.value, this.threshold);
  }

  protected parseValue(input: unknown): Parsed<AllianceValue> {
    return parseAllianceValue(input, this.variantInUse);
  }

  protected emptyValue(): AllianceValue {
    return this.stamped(emptyAllianceValue(this.variantInUse, this.fillsHere));
  }

  protected override valueReplaced(): void {
    this.handedTo = undefined;
    this.editing = false;
  }

  private get variantInUse(): AllianceVariant {
    return this.variant || 'short';
  }
  private get fillInUse(): FillWay {
    return this.fill || 'together';
  }

  /** The perspectives that answer on this device, the client's first. */
  private get fillsHere(): string[] {
    return this.fillInUse === 'separate' ? [this.perspective || 'client'] : [...DEFAULT_PERSPECTIVES];
  }

  /** The host's references and the perspectives of this device, added to a document. */
  private stamped(doc: AllianceValue): AllianceValue {
    const perspectives = { ...doc.perspectives };
    for (const p of this.fillsHere) perspectives[p] ??= { answers: {}, completed: false };
    return {
      ...doc,
      perspectives,
      ...(this.clientRef ? { clientRef: this.clientRef } : {}),
      ...(this.session ? { session: this.session } : {}),
    };
  }

  /** Whose turn it is on this device; `undefined` once everyone here is done. */
  private get turn(): string | undefined {
    return currentTurn(this.value.perspectives, this.fillsHere);
  }

  /** Everyone who answers on this device is done (and not changing answers): the result shows. */
  private get done(): boolean {
    return this.readonly || (!this.editing && this.turn === undefined);
  }

  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.done ? [perspectivesView, resultView] : [perspectivesView];
  }

  private edit(update: (doc: AllianceValue) => AllianceValue): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.stamped(this.value);
    this.commit(update({ ...open, completed: false }));
  }

  private answer(perspective: string, statement: string, answer: number): void {
    this.edit((doc) => {
      const entry = doc.perspectives[perspective] ?? { answers: {}, completed: false };
      return { ...doc, perspectives: { ...doc.perspectives, [perspective]: { ...entry, answers: { ...entry.answers, [statement]: answer }, completed: false } } };
    });
  }

  /** Marks the perspectives shown now as done; when everyone on this device is, the check is complete. */
  private finish(who: readonly string[]): void {
    if (this.readonly || this.disabled) return;
    const today = isoDay();
    const doc = this.stamped(this.value);
    const perspectives = { ...doc.perspectives };
    for (const p of who) perspectives[p] = { ...perspectives[p]!, completed: true, date: today };
    const next = { ...doc, perspectives };
    const everyone = Object.values(perspectives).every((p) => p.completed);
    this.editing = false;
    if (currentTurn(perspectives, this.fillsHere) === undefined) {
      this.complete({ ...next, completed: everyone, date: today });
      this.announce(this.l.t(everyone ? 'finished' : 'finishedAlone'));
      this.focusAfterRender('#result-title');
    } else {
      this.commit(next);
      this.focusAfterRender('#hand-over-title');
    }
  }

  private startTurn(who: string): void {
    this.handedTo = who;
    this.focusAfterRender('#fill-title');
  }

  private reflect(): void {
    emit(this, 'goesting-reflect', { widget: ALLIANCE_WIDGET, schemaVersion: ALLIANCE_SCHEMA_VERSION, cell: { pillar: 'alliance', dimension: 'other' } });
  }

  private view(): AllianceView {
    return {
      l: this.l,
      value: this.value,
      result: this.result,
      history: this.history,
      variant: this.variantInUse,
      fill: this.fillInUse,
      disabled: this.disabled,
      readonly: this.readonly,
      answer: (perspective, statement, value) => this.answer(perspective, statement, value),
      finish: (who) => this.finish(who),
      editAgain: () => {
        this.editing = true;
        this.focusAfterRender('#fill-title');
      },
      reflect: () => this.reflect(),
    };
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const l = this.l;
    const view = this.view();
    const perspectives = perspectivesView.value;
    if (!perspectives) return nothing;
    if (this.done && resultView.value) return html`<h2>${l.t('title')}</h2>${resultView.value.renderResult(view, perspectives)}`;
    const turn = this.turn;
    const fill = this.fillInUse;
    if (fill === 'in-turn' && !this.editing && turn && turn !== this.fillsHere[0] && this.handedTo !== turn) {
      const from = this.fillsHere[this.fillsHere.indexOf(turn) - 1]!;
      return html`<h2>${l.t('title')}</h2>${perspectives.handOverScreen(l, { from, to: turn, start: () => this.startTurn(turn) })}`;
    }
    const who = this.editing || fill !== 'in-turn' ? this.fillsHere : [turn ?? this.fillsHere[0]!];
    return html`<h2>${l.t('title')}</h2>${renderFill(view, perspectives, who)}`;
  }
}

/** The host's reference to a client, as a document keeps it (`clientRefSchema`); never a name. */
function clientRefInput(input: unknown): Parsed<string> {
  if (clientRefSchema.safeParse(input).success) return { ok: true, data: input as string };
  return { ok: false, code: 'invalid-config', issues: [{ path: 'clientRef', code: 'invalid_format', message: 'Expected a reference of letters, digits and _ . : - (at most 64), never a name.', params: { format: 'reference' } }] };
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'alliance-check': { value: AllianceValue; result: AllianceResult };
  }
}
