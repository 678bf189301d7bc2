import { css, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingFormElement, choiceScale, choiceScaleStyles, downloadFile, isoDay, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import type { ValidationIssue } from '@goesting/core/model';
import { workabilityCheckMessages, type WorkabilityCheckMessages } from './messages.js';
import { ZONE_ICONS, zoneStyles } from './shared.styles.js';
import {
  CHECK_WIDGET,
  HIGHER_IS_WORSE,
  INDICATORS,
  RISK_FACTORS,
  WORKABILITY_SCHEMA_VERSION,
  boundsFor,
  emptyWorkabilityValue,
  itemsFor,
  keySchema,
  parseThresholds,
  parseWorkabilityValue,
  scoreWorkability,
  type Construct,
  type WorkabilityResult,
  type WorkabilityThresholds,
  type WorkabilityValue,
  VARIANTS,
  type WorkabilityVariant,
  type Zone,
} from './model/index.js';

const ANSWERS = [1, 2, 3, 4] as const;

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
export class GoestingWorkabilityCheck extends GoestingFormElement {
  static override catalogues = workabilityCheckMessages as unknown as Catalogues<Messages>;
  static override styles: CSSResultGroup = [
    themeStyles,
    choiceScaleStyles,
    zoneStyles,
    css`
      .item {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
        margin: 0 0 0.75rem;
        min-inline-size: 0;
      }
      .item legend {
        font-weight: 600;
      }
      .scale {
        grid-template-columns: repeat(auto-fit, minmax(5rem, 1fr));
      }
      .verdict {
        font-weight: 600;
        border-inline-start: 4px solid var(--_border);
        padding-inline-start: 0.75rem;
      }
      .tip {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
        margin-block: 0.5rem;
      }
      .tip h4 {
        margin: 0 0 0.25rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .direction {
        font-size: 0.85em;
        font-weight: normal;
      }
      @media print {
        .item,
        .tip {
          break-inside: avoid;
        }
      }
    `,
  ];

  protected declare readonly l: LocalizeController<WorkabilityCheckMessages>;
  protected readonly widget = CHECK_WIDGET;
  protected readonly schemaVersion = WORKABILITY_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<WorkabilityCheckMessages>;

  /** `pulse` (default): ten statements, one per topic; `full`: thirty, three per topic. Another value is refused. */
  @property({ noAccessor: true })
  get variant(): WorkabilityVariant {
    return this.chosenVariant;
  }
  set variant(input: WorkabilityVariant) {
    const valid = input === undefined || input === null || (input as unknown) === '' || (VARIANTS as readonly unknown[]).includes(input);
    this.reportSetting('variant', valid ? undefined : { path: 'variant', code: 'invalid_value', message: `Not one of the allowed values: ${VARIANTS.join(', ')}.`, params: { values: VARIANTS.join(', ') } });
    if (valid) this.chosenVariant = input || 'pulse';
    this.requestUpdate('variant');
  }

  /** Shows only the result, with no way to change the answers. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  @state() private doc?: WorkabilityValue;
  @state() private showResult = false;
  @state() private notice = '';

  private customThresholds?: WorkabilityThresholds;
  private teamKey?: string;
  private waveKey?: string;
  private hostSetValue = false;
  private userEdited = false;

  /** The team or unit key the host chose for this employee, sent with the result (letters, digits, `_ . : -`). */
  @property({ noAccessor: true })
  get team(): string | undefined {
    return this.teamKey;
  }
  set team(input: string | undefined) {
    this.teamKey = this.checkKey('team', input);
    this.requestUpdate();
  }

  /** The wave (measurement) key the host chose, sent with the result. */
  @property({ noAccessor: true })
  get wave(): string | undefined {
    return this.waveKey;
  }
  set wave(input: string | undefined) {
    this.waveKey = this.checkKey('wave', input);
    this.requestUpdate();
  }

  private chosenVariant: WorkabilityVariant = 'pulse';
  /** Settings the host gave that are not valid: each stays reported until that setting itself is fixed. */
  private invalidSettings = new Map<'team' | 'wave' | 'variant', ValidationIssue>();

  private reportSetting(field: 'team' | 'wave' | 'variant', problem: ValidationIssue | undefined): void {
    if (problem) this.invalidSettings.set(field, problem);
    else this.invalidSettings.delete(field);
    if (!this.invalidSettings.size) this.clearError('config');
    else if (problem) this.fail('config', 'invalid-config', [...this.invalidSettings.values()]);
  }

  private checkKey(field: 'team' | 'wave', input: unknown): string | undefined {
    const valid = input === undefined || input === null || input === '' || keySchema.safeParse(input).success;
    this.reportSetting(field, valid ? undefined : { path: field, code: 'invalid_format', message: 'Expected a short key: letters, digits, _ . : -', params: { format: 'key' } });
    return valid && input !== '' && input !== null ? (input as string | undefined) : undefined;
  }

  /** Our zone thresholds, or the host's (object or JSON string): `{ orange, red, constructs? }` on the 1–4 strain scale. */
  @property({ attribute: 'thresholds', noAccessor: true })
  get thresholds(): WorkabilityThresholds {
    return this.customThresholds ?? {};
  }
  set thresholds(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.customThresholds = undefined;
      this.clearError('instrument');
    } else {
      const parsed = parseThresholds(input);
      this.customThresholds = parsed.ok ? parsed.data : undefined;
      if (parsed.ok) this.clearError('instrument');
      else this.fail('instrument', parsed.code, parsed.issues);
    }
    this.requestUpdate();
  }

  /** The answers (object or JSON string); setting it fires no event, an invalid one is refused. */
  @property({ attribute: 'value', noAccessor: true })
  get value(): WorkabilityValue {
    return this.doc ?? emptyWorkabilityValue(this.variant);
  }
  set value(input: unknown) {
    if (input === undefined || input === null || input === '') {
      this.doc = undefined;
      this.clearError('value');
    } else {
      const parsed = parseWorkabilityValue(input);
      if (parsed.ok) {
        const same = this.doc !== undefined && JSON.stringify(parsed.data) === JSON.stringify(this.doc);
        this.doc = parsed.data;
        this.hostSetValue = true;
        this.clearError('value');
        if (!same) this.showResult = parsed.data.completed;
      } else {
        this.fail('value', parsed.code, parsed.issues);
      }
    }
    this.requestUpdate();
  }

  /** What HR may receive for the current answers: scores, zones, werkbaar, team and wave keys. */
  get result(): WorkabilityResult {
    return scoreWorkability(this.value, { thresholds: this.thresholds, ...(this.teamKey ? { team: this.teamKey } : {}), ...(this.waveKey ? { wave: this.waveKey } : {}) });
  }

  /** Clears every answer and the draft. Fires no event. */
  reset(): void {
    this.doc = undefined;
    this.userEdited = false;
    this.hostSetValue = false;
    this.showResult = false;
    this.notice = '';
    this.clearError('value');
    void this.writeDraft(undefined);
  }

  isComplete(): boolean {
    return this.doc?.completed === true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited || this.doc) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = parseWorkabilityValue(draft);
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

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input[type=radio]') ?? undefined;
  }

  private get items() {
    return itemsFor(this.doc?.variant ?? this.variant);
  }

  private answer(id: string, answer: number): void {
    if (this.readonly || this.disabled) return;
    const { date: _date, ...open } = this.value;
    this.doc = { ...open, variant: this.doc?.variant ?? this.variant, answers: { ...open.answers, [id]: answer }, completed: false };
    this.userEdited = true;
    this.notice = '';
    this.emitChange(this.doc);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
  }

  private finish(): void {
    if (this.readonly || this.disabled) return;
    const open = this.items.filter((item) => this.value.answers[item.id] === undefined);
    if (open.length) {
      this.notice = this.l.t('answerFirst', { count: open.length });
      this.renderRoot.querySelector<HTMLInputElement>(`fieldset[data-item="${open[0]!.id}"] input`)?.focus();
      return;
    }
    this.doc = { ...this.value, variant: this.doc?.variant ?? this.variant, completed: true, date: isoDay() };
    this.userEdited = true;
    this.showResult = true;
    this.emitComplete(this.doc, this.result);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(this.doc);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus());
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult | typeof nothing {
    const l = this.l;
    const showResult = this.readonly || this.showResult;
    return html`<h2>${l.t('title')}</h2>
      ${showResult ? this.renderResult() : this.renderQuestions()}`;
  }

  private renderQuestions(): TemplateResult {
    const l = this.l;
    const open = this.items.filter((item) => this.value.answers[item.id] === undefined).length;
    const group = (title: string, constructs: readonly Construct[]) =>
      html`<h3>${title}</h3>
        ${this.items
          .filter((item) => constructs.includes(item.construct))
          .map(
            (item) => html`<fieldset class="item" part="item" data-item=${item.id} ?disabled=${this.disabled}>
              <legend>${l.t(`item.${item.id}` as 'title')}</legend>
              ${choiceScale({
                name: item.id,
                choices: ANSWERS,
                current: this.value.answers[item.id],
                label: (value) => l.t(`answer.${value}`),
                pick: (value) => this.answer(item.id, value),
              })}
            </fieldset>`,
          )}`;
    return html`<p>${l.t('intro')}</p>
      <p class="note">${l.t('privacy')}</p>
      ${group(l.t('indicatorsTitle'), INDICATORS)} ${group(l.t('risksTitle'), RISK_FACTORS)}
      <p role="status">${this.notice || (open ? l.t('openItems', { count: open }) : l.t('allAnswered'))}</p>
      <div class="actions no-print" part="actions">
        <button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.finish()}>${l.t('finish')}</button>
      </div>`;
  }

  private zoneMark(zone: Zone | null): TemplateResult {
    if (!zone) return html`<span>${this.l.t('notEnoughAnswers')}</span>`;
    return html`<span class="zone zone-${zone}" part="zone"><span class="icon" aria-hidden="true">${ZONE_ICONS[zone]}</span>${this.l.t(`zone.${zone}`)}</span>`;
  }

  private renderResult(): TemplateResult {
    const l = this.l;
    const result = this.result;
    const bounds = boundsFor('stress', this.thresholds);
    const rows = (constructs: readonly Construct[]) =>
      constructs.map(
        (c) => html`<tr>
          <th scope="row">${l.t(`construct.${c}`)} <span class="direction">(${l.t(HIGHER_IS_WORSE.has(c) ? 'direction.worse' : 'direction.better')})</span></th>
          <td>${result.scores[c] === null ? '–' : l.number(result.scores[c]!, 2)}</td>
          <td>${this.zoneMark(result.zones[c])}</td>
        </tr>`,
      );
    const flagged = RISK_FACTORS.filter((c) => result.zones[c] && result.zones[c] !== 'green');
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <h3 id="result-title" tabindex="-1">${l.t('resultTitle')}</h3>
      <p>${l.t('resultIntro')}</p>
      ${result.werkbaar === null
        ? nothing
        : html`<p class="verdict"><span aria-hidden="true">${result.werkbaar ? ZONE_ICONS.green : ZONE_ICONS.red}</span> ${l.t(result.werkbaar ? 'werkbaarYes' : 'werkbaarNo')}</p>`}
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="profile-caption">
        <table>
          <caption id="profile-caption">${l.t('profileCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${l.t('themeHeader')}</th>
              <th scope="col">${l.t('scoreHeader')}</th>
              <th scope="col">${l.t('zoneHeader')}</th>
            </tr>
          </thead>
          <tbody>
            <tr><th scope="rowgroup" colspan="3">${l.t('indicatorsTitle')}</th></tr>
            ${rows(INDICATORS)}
            <tr><th scope="rowgroup" colspan="3">${l.t('risksTitle')}</th></tr>
            ${rows(RISK_FACTORS)}
          </tbody>
        </table>
      </div>
      <p class="note">${l.t('thresholdsNote', { orange: l.number(bounds.orange, 2), red: l.number(bounds.red, 2) })}</p>
      <h3>${l.t('tipsTitle')}</h3>
      ${flagged.length
        ? flagged.map(
            (c) => html`<div class="tip" part="tip">
              <h4>${l.t(`construct.${c}`)} ${this.zoneMark(result.zones[c])}</h4>
              <p>${l.t(`tip.${c}` as 'title')}</p>
              <slot name="talk-${c}"></slot>
            </div>`,
          )
        : html`<p>${l.t('noTips')}</p>`}
      <slot name="talk"></slot>
      <div class="actions no-print" part="actions">
        ${this.readonly ? nothing : html`<button type="button" @click=${() => (this.showResult = false)}>${l.t('editAnswers')}</button>`}
        <button type="button" @click=${() => window.print()}>${l.t('print')}</button>
        <button type="button" @click=${() => downloadFile(`${l.t('fileName')}-${this.value.date ?? isoDay()}.json`, JSON.stringify({ value: this.value, result }, null, 2))}>
          ${l.t('exportJson')}
        </button>
      </div>
    </section>`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'workability-check': { value: WorkabilityValue; result: WorkabilityResult };
  }
}
