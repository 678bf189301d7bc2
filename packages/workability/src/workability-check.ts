import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingDocumentElement, LazyModule, choiceScaleStyles, isoDay, parsedInput, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import type { Parsed } from '@goesting/core/model';
import { workabilityCheckMessages, type WorkabilityCheckMessages } from './messages.js';
import { zoneStyles } from './shared.styles.js';
import { checkStyles } from './workability-check.styles.js';
import { renderQuestions } from './render-check.js';

/** The personal result loads the first time it is shown. */
const checkResult = new LazyModule(() => import('./check-result.js'));
import {
  CHECK_WIDGET,
  VARIANTS,
  WORKABILITY_SCHEMA_VERSION,
  emptyWorkabilityValue,
  itemsFor,
  keySchema,
  parseThresholds,
  parseWorkabilityValue,
  scoreWorkability,
  type WorkabilityResult,
  type WorkabilityThresholds,
  type WorkabilityValue,
  type WorkabilityVariant,
} from './model/index.js';

/** A team or wave key: short, no spaces, never free text. */
const key = { expected: 'a short key: letters, digits, _ . : -', test: (v: unknown) => keySchema.safeParse(v).success };

/**
 * The workability check for one employee: our own statements on four indicators (work stress,
 * motivation, learning opportunities, work–life balance) and six risk factors, on a four-point
 * frequency scale. `variant="pulse"` (default) asks ten statements, `variant="full"` thirty. The
 * employee sees their own result first: a profile per topic in green, orange and red zones shown
 * with words and icons, whether the work is *werkbaar* (no indicator in the red zone), and per
 * risk factor a tip and a place for the host to say who to talk to. `goesting-complete` carries
 * only what HR may receive: scores per topic, zones, and the `team` and `wave` keys the host set —
 * no free text, no time of day.
 *
 * @tagname goesting-workability-check
 * @summary Werkbaar werk for one employee: ten or thirty statements, a personal profile in zones, tips.
 *
 * @fires goesting-change - After every answer the user gives. `detail.value` is the whole document.
 * @fires goesting-complete - When the user asks for the result with every statement answered. `detail.result` is what HR may receive.
 * @fires goesting-error - When `value`, `thresholds`, `team` or `wave` is invalid, or a draft cannot be stored.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit, as native form controls do.
 *
 * @slot talk-workload - Who an employee can talk to about work pressure (shown when it is orange or red).
 * @slot talk-emotional - Who to talk to about emotional load.
 * @slot talk-variety - Who to talk to about task variety.
 * @slot talk-autonomy - Who to talk to about autonomy.
 * @slot talk-support - Who to talk to about support from the manager.
 * @slot talk-physical - Who to talk to about physical working conditions.
 * @slot talk - Who to talk to in general, shown under the result.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart item - One statement with its answer scale.
 * @csspart option - One answer choice.
 * @csspart result - The personal result.
 * @csspart zone - A zone mark (icon and word).
 * @csspart tip - The tip for one risk factor.
 * @csspart actions - Finish, edit, print and download buttons.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of chosen answers and buttons.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of table headers.
 * @cssprop --goesting-color-error - Colour of the error state.
 * @cssprop --goesting-color-zone-green - Background of the green zone mark (always with ✓ and a word).
 * @cssprop --goesting-color-zone-orange - Background of the orange zone mark (always with ! and a word).
 * @cssprop --goesting-color-zone-red - Background of the red zone mark (always with ✕ and a word).
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingWorkabilityCheck extends GoestingDocumentElement<'workability-check'> {
  static override catalogues = workabilityCheckMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [themeStyles, choiceScaleStyles, zoneStyles, checkStyles];
  /** An unknown variant, or a team or wave that is no key, is refused and the one in force kept. */
  static override inputRules = { ...GoestingDocumentElement.inputRules, variant: VARIANTS, team: key, wave: key };

  protected declare readonly l: LocalizeController<WorkabilityCheckMessages>;
  protected readonly widget = CHECK_WIDGET;
  protected readonly schemaVersion = WORKABILITY_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<WorkabilityCheckMessages>;

  /** `pulse` (default): ten statements, one per topic; `full`: thirty, three per topic. Another value is refused. */
  @property()
  variant: WorkabilityVariant = 'pulse';

  /** The team or unit key the host chose for this employee, sent with the result (letters, digits, `_ . : -`). */
  @property()
  team?: string;

  /** The wave (measurement) key the host chose, sent with the result. */
  @property()
  wave?: string;

  /** Our zone thresholds, or the host's (object or JSON string): `{ orange, red, constructs? }` on the 1–4 strain scale. */
  @parsedInput({ parse: parseThresholds, fallback: () => ({}) })
  thresholds!: WorkabilityThresholds;

  /** Shows only the result, with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  @state() private showResult = false;
  @state() private notice = '';

  /** What HR may receive for the current answers: scores, zones, werkbaar, team and wave keys. */
  get result(): WorkabilityResult {
    return scoreWorkability(this.value, { thresholds: this.thresholds, team: this.team, wave: this.wave });
  }

  protected parseValue(input: unknown): Parsed<WorkabilityValue> {
    return parseWorkabilityValue(input);
  }

  protected emptyValue(): WorkabilityValue {
    return emptyWorkabilityValue(this.variant || 'pulse');
  }

  /** A completed document arrives with its result shown. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.readonly || this.showResult ? [checkResult] : [];
  }

  protected override valueReplaced(doc: WorkabilityValue | undefined): void {
    this.showResult = doc?.completed === true;
    this.notice = '';
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input[type=radio]') ?? undefined;
  }

  private get items() {
    return itemsFor(this.value.variant);
  }

  private answer(id: string, answer: number): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.value;
    this.notice = '';
    this.commit({ ...open, answers: { ...open.answers, [id]: answer }, completed: false });
  }

  private finish(): void {
    if (this.readonly || this.disabled) return;
    const open = this.items.filter((item) => this.value.answers[item.id] === undefined);
    if (open.length) {
      this.notice = this.l.t('answerFirst', { count: open.length });
      this.focusAfterRender(`fieldset[data-item="${open[0]!.id}"] input`);
      return;
    }
    this.showResult = true;
    this.complete({ ...this.value, completed: true, date: isoDay() });
    this.focusAfterRender('#result-title');
  }

  protected renderContent(): TemplateResult {
    const { l, value, readonly } = this;
    return html`<h2>${l.t('title')}</h2>
      ${(readonly || this.showResult) && checkResult.value
        ? checkResult.value.renderResult({ l, value, readonly, result: this.result, thresholds: this.thresholds, edit: () => (this.showResult = false) })
        : renderQuestions({ l, value, items: this.items, disabled: this.disabled, notice: this.notice, answer: (id, answer) => this.answer(id, answer), finish: () => this.finish() })}`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'workability-check': { value: WorkabilityValue; result: WorkabilityResult };
  }
}
