import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GoestingDocumentElement, LazyModule, StagedList, wholeNumberInput, downloadFile, emit, isoDay, parsedInput, printOn, themeStyles, type Catalogues, type LocalizeController, type Messages } from '@goesting/core';
import type { Parsed } from '@goesting/core/model';
import { planMessages, type PlanMessages } from './messages.js';
import { planStyles } from './plan.styles.js';
import type { PlanView } from './plan-view.js';
import { renderActions, renderBackup } from './render-actions.js';
import { renderBalance, renderConditions, renderFinish, renderReviewPart, renderStrengths, renderWant } from './render-parts.js';
import { CLIENT, DEFAULT_FORMAL_SECTORS, PLAN_MODES, PLAN_SCHEMA_VERSION, PLAN_WIDGET, type PersonRole, type PlanMode, type PlanResult, type PlanValue } from './model/schema.js';
import { emptyPlanValue, parseCircle, parsePlanHistory, parsePlanValue, type Circle } from './model/parse.js';
import { addPerson, askFirst, offeredPeople, participants, personFromOffer, type Offer } from './model/people.js';
import { DEFAULT_OVERLOAD, planResult } from './model/balance.js';
import { DEFAULT_REVIEW_DAYS, defaultReviewDate, latestVersion, type PlanDiff } from './model/review.js';
import { addAction, addBackup, addGoal, moveAction, removeAction, removeBackup, removeGoal, removeUnusedPeople, setConditions, updateAction, updateBackup } from './model/edits.js';

/** The Markdown and iCalendar writers, loaded on the first download that needs them. */
const writers = new LazyModule(() => import('./writers.js'));
/** The review's statuses and the comparison with an earlier version, loaded when a plan is reviewed or has a history. */
const reviewView = new LazyModule(() => import('./review-view.js'));
/** The plan on paper, loaded on the first print. */
const printView = new LazyModule(() => import('./render-print.js'));

/** Sector ids of the network circle that hold professionals and services: a list, or text with the ids separated by spaces or commas. */
function parseFormalSectors(input: unknown): Parsed<string[]> {
  const list = typeof input === 'string' ? input.split(/[\s,]+/).filter(Boolean) : input;
  if (Array.isArray(list) && list.length >= 1 && list.length <= 8 && list.every((id) => typeof id === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(id))) return { ok: true, data: [...list] as string[] };
  return {
    ok: false,
    code: 'invalid-config',
    issues: [{ path: 'formalSectors', code: 'invalid_type', message: 'Expected 1 to 8 sector ids of the network circle.', params: { expected: '1–8 sector ids' } }],
  };
}

/**
 * The client's own plan, made alone, with a professional or with family around the table: what I
 * want, what goes well already, what worries me, and the actions — what, who (the client, people
 * from their network, professionals, or together), by when and what is needed. People come from a
 * network circle the host passes (`network`): those who "can help with my plan" first, those who
 * may not be contacted never offered. The balance between client, network and professionals is said
 * in plain words, with a calm note when one helper carries many actions. A backup agreement says
 * what happens if it goes differently; a professional's conditions stay apart, marked as theirs, with
 * the client's answer. At the review date (four weeks ahead by default) each action gets a status
 * and the plan is compared with the latest earlier version in `history`. Print the whole plan or a
 * copy per participant on A4; download JSON, Markdown or an iCalendar file. Nothing leaves the widget
 * except through its events and the user's downloads.
 *
 * @tagname goesting-plan
 * @summary The client's own plan with their network: actions, backup agreement, review and copies.
 *
 * @fires goesting-change - After every edit by the user. `detail.value` is the whole plan.
 * @fires goesting-complete - When the user finishes the plan or its review. `detail` carries `value` and a `result` with the balance and the review statuses.
 * @fires goesting-error - When `mode`, `review-days`, `overload`, `formal-sectors`, `network`, `value` or `history` is invalid, or a draft cannot be stored.
 * @fires input - With every user edit, as native form controls do.
 * @fires change - With every user edit and on finishing, as native form controls do.
 * @fires {CustomEvent<GoestingPersonDetail>} goesting-person - When the user asks to add someone named in the plan to the network circle. `detail.person` holds their `label` and `role`.
 *
 * @csspart error - The error state shown for invalid input.
 * @csspart action - One action of the plan.
 * @csspart review - The status and note of an action at a review.
 * @csspart balance - How the actions are spread, with notes.
 * @csspart note - A calm note, such as a helper who carries many actions.
 * @csspart conditions - The professional's conditions.
 * @csspart changes - What changed since the latest earlier version.
 * @csspart actions - Finish, print, copies and downloads.
 *
 * @cssprop --goesting-font-family - Font (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of buttons and the client's own parts.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders.
 * @cssprop --goesting-color-surface - Background of the widget (default: transparent).
 * @cssprop --goesting-color-subtle - Background of notes and of the professional's part.
 * @cssprop --goesting-color-error - Colour of the error state and of over-long texts.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing.
 */
export class GoestingPlan extends GoestingDocumentElement<typeof PLAN_WIDGET> {
  static override catalogues = planMessages as unknown as Catalogues<Messages>;
  static override inputRules = { ...GoestingDocumentElement.inputRules, mode: PLAN_MODES };
  static override styles: CSSResultGroup = [themeStyles, planStyles];

  protected declare readonly l: LocalizeController<PlanMessages>;
  protected readonly widget = PLAN_WIDGET;
  protected readonly schemaVersion = PLAN_SCHEMA_VERSION;

  /** Per-instance text overrides by message key. */
  @property({ attribute: false })
  declare strings?: Partial<PlanMessages>;

  /** `plan` (default): writing the plan; `review`: going through it at the review date, with a status per action. Another value is refused. */
  @property()
  mode: PlanMode = 'plan';

  /** Days from the plan's date to its review date, for a plan without one: 28 (four weeks) by default, 1 to 365. */
  @parsedInput({ parse: wholeNumberInput('reviewDays', 1, 365), fallback: () => DEFAULT_REVIEW_DAYS, attribute: 'review-days' })
  reviewDays!: number;

  /** From how many open actions one person of the network gets a calm note that it may be a lot: 3 by default, 2 to 50. */
  @parsedInput({ parse: wholeNumberInput('overload', 2, 50), fallback: () => DEFAULT_OVERLOAD })
  overload!: number;

  /**
   * The client's network circle: the `value` of a `<goesting-network-circle>`. Its people are
   * offered as doers by their label, "can help with my plan" first; "may be contacted: no" people
   * are not offered. A property only: it holds names.
   */
  @parsedInput({ parse: parseCircle, attribute: false })
  network?: Circle;

  /**
   * The sectors of the network circle whose people are professionals or services: by default the
   * circle's `professionals`. Give the ids of the circle's formal sectors when its `config` has
   * others, as a list or as text (`formal-sectors="professionals school"`).
   */
  @parsedInput({ parse: parseFormalSectors, fallback: () => [...DEFAULT_FORMAL_SECTORS], attribute: 'formal-sectors' })
  formalSectors!: string[];

  /** Earlier versions of this plan, oldest first: the review compares the plan with the latest. */
  @parsedInput({ parse: parsePlanHistory, fallback: () => [] })
  history!: PlanValue[];

  /** Texts longer than allowed: kept on screen, not in the plan, until the user shortens them. */
  @state() private overflow: ReadonlyMap<string, string> = new Map();
  /** Names typed for a new person, per action or backup step. */
  @state() private drafts: ReadonlyMap<string, { label: string; role: PersonRole }> = new Map();
  /** The action whose editor is open. */
  @state() private openAction?: string;
  /** The backup step whose editor is open. */
  @state() private openBackup?: string;
  @state() private copyFor: string = CLIENT;
  /** What is being printed: the whole plan (`''`) or a participant's copy; only while the dialog is open. */
  @state() private printing?: string;

  private blank?: PlanValue;
  /** A long plan shows its top and first actions in the first frame, and adds the rest after it. */
  private readonly lines = new StagedList(this, 10, 40);
  private offersCache?: { circle?: Circle; people: PlanValue['people']; formal: string; offers: Offer[] };
  private askCache?: { circle?: Circle; people: PlanValue['people']; ask: Set<string> };
  private diffCache?: { previous?: PlanValue; current: PlanValue; diff: PlanDiff };

  /** The balance of the open actions and, after a review, the count per status. */
  get result(): PlanResult {
    return planResult(this.value, this.overload);
  }

  /** The plan as Markdown in the widget's language, or one participant's copy; everything in it stays text in any Markdown viewer. */
  async toMarkdown(forPerson?: string): Promise<string> {
    return (await writers.get()).planMarkdown(this.l, this.value, forPerson);
  }

  /** The review date and the dated open actions as an iCalendar file. */
  async toICalendar(): Promise<string> {
    return (await writers.get()).planCalendar(this.l, this.value);
  }

  /** The plan as JSON, as `value` takes it back. */
  toJSON(): PlanValue {
    return this.value;
  }

  protected parseValue(input: unknown): Parsed<PlanValue> {
    return parsePlanValue(input);
  }

  protected emptyValue(): PlanValue {
    return (this.blank ??= this.withReviewDate(emptyPlanValue(isoDay())));
  }

  private withReviewDate(doc: PlanValue): PlanValue {
    if (doc.reviewDate || !doc.date) return doc;
    const reviewDate = defaultReviewDate(doc.date, this.reviewDays);
    return reviewDate ? { ...doc, reviewDate } : doc;
  }

  protected override valueReplaced(_doc: PlanValue | undefined, from: 'host' | 'draft' | 'reset'): void {
    this.overflow = new Map();
    this.drafts = new Map();
    this.openAction = undefined;
    this.openBackup = undefined;
    this.lines.restart();
    if (from === 'reset') {
      this.blank = undefined;
      this.copyFor = CLIENT;
      this.announce('');
    }
  }

  /** The review's parts, whenever the plan is reviewed or compared with an earlier version. */
  protected override modulesNeeded(): LazyModule<unknown>[] {
    return this.mode === 'review' || this.history.length ? [reviewView] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('reviewDays') && !this.doc) this.blank = undefined;
    if (this.copyFor !== CLIENT && !participants(this.value).includes(this.copyFor)) this.copyFor = CLIENT;
  }

  // ── Edits ──────────────────────────────────────────────────────────────────────────────────

  private edit(update: (doc: PlanValue) => PlanValue): void {
    if (this.disabled) return;
    this.lines.all();
    const next = update(this.value);
    this.commit(next.completed ? { ...next, completed: false } : next);
  }

  private editText(key: string, text: string, max: number, apply: (doc: PlanValue, text: string) => PlanValue): void {
    const overflow = new Map(this.overflow);
    if (text.length > max) {
      this.overflow = overflow.set(key, text);
      return;
    }
    if (overflow.delete(key)) this.overflow = overflow;
    this.edit((doc) => apply(doc, text));
  }

  private dropOverflow(prefix: string): void {
    if ([...this.overflow.keys()].some((key) => key.startsWith(prefix))) this.overflow = new Map([...this.overflow].filter(([key]) => !key.startsWith(prefix)));
  }

  private get offers(): Offer[] {
    const circle = this.network;
    const people = this.value.people;
    const formal = this.formalSectors.join(' ');
    const cache = this.offersCache;
    if (cache && cache.circle === circle && cache.people === people && cache.formal === formal) return cache.offers;
    return (this.offersCache = { circle, people, formal, offers: offeredPeople(circle, this.value, this.formalSectors) }).offers;
  }

  /** The plan's people to ask first; the same set while the circle and the plan's people stay the same. */
  private get askFirst(): Set<string> {
    const circle = this.network;
    const people = this.value.people;
    const cache = this.askCache;
    if (cache && cache.circle === circle && cache.people === people) return cache.ask;
    return (this.askCache = { circle, people, ask: askFirst(this.value, circle) }).ask;
  }

  private get diff(): PlanDiff | undefined {
    const previous = latestVersion(this.history);
    const review = reviewView.value;
    if (!previous || !review) return undefined;
    const current = this.value;
    const cache = this.diffCache;
    if (cache && cache.previous === previous && cache.current === current) return cache.diff;
    return (this.diffCache = { previous, current, diff: review.comparePlans(previous, current) }).diff;
  }

  private toggleDoer(list: 'actions' | 'backup', id: string, doer: string | Offer, on: boolean): void {
    this.edit((doc) => {
      let next = doc;
      let doerId: string;
      if (typeof doer === 'string') doerId = doer;
      else ({ plan: next, id: doerId } = personFromOffer(doc, doer));
      const entry = (list === 'actions' ? next.actions : next.backup).find((item) => item.id === id);
      if (!entry) return doc;
      const who = on ? [...entry.who.filter((w) => w !== doerId), doerId] : entry.who.filter((w) => w !== doerId);
      next = list === 'actions' ? updateAction(next, id, { who }) : updateBackup(next, id, { who });
      return removeUnusedPeople(next);
    });
  }

  private draftPerson(key: string, draft: { label: string; role: PersonRole } | undefined): void {
    const drafts = new Map(this.drafts);
    if (draft) drafts.set(key, draft);
    else drafts.delete(key);
    this.drafts = drafts;
  }

  private addPerson(list: 'actions' | 'backup', id: string): void {
    const key = `${list}:${id}`;
    const draft = this.drafts.get(key);
    const label = draft?.label.trim() ?? '';
    if (!label) {
      this.announce(this.l.t('personEmpty'));
      this.focusAfterRender(`[id="${key}-new-name"]`);
      return;
    }
    this.edit((doc) => {
      const added = addPerson(doc, label, draft!.role);
      const entry = (list === 'actions' ? added.plan.actions : added.plan.backup).find((item) => item.id === id);
      if (!entry || entry.who.includes(added.id)) return added.plan;
      const who = [...entry.who, added.id];
      return list === 'actions' ? updateAction(added.plan, id, { who }) : updateBackup(added.plan, id, { who });
    });
    this.draftPerson(key, undefined);
    this.announce(this.l.t('personAdded', { name: label }));
    this.focusAfterRender(`[id="${key}-new-name"]`);
  }

  private addAction(): void {
    let id = '';
    this.edit((doc) => {
      const added = addAction(doc, { what: '', who: [CLIENT], ...(this.mode === 'review' ? { added: isoDay() } : {}) });
      id = added.id;
      return added.plan;
    });
    if (!id) return;
    this.openAction = id;
    this.announce(this.l.t('actionAdded', { number: this.value.actions.length }));
    this.focusAfterRender(`[id="action-${id}-what"]`);
  }

  private removeAction(id: string): void {
    const index = this.value.actions.findIndex((action) => action.id === id);
    this.edit((doc) => removeUnusedPeople(removeAction(doc, id)));
    this.dropOverflow(`action:${id}:`);
    this.dropOverflow(`review:${id}`);
    this.announce(this.l.t('actionRemoved', { number: index + 1 }));
    const next = this.value.actions[Math.min(index, this.value.actions.length - 1)];
    this.openAction = undefined;
    this.focusAfterRender(next ? `[data-action="${next.id}"] .disclosure` : '#add-action');
  }

  private moveAction(id: string, offset: -1 | 1): void {
    this.edit((doc) => moveAction(doc, id, offset));
    const index = this.value.actions.findIndex((action) => action.id === id);
    this.announce(this.l.t('actionMoved', { number: index + 1 }));
    const number = index + 1;
    const atEdge = (offset === -1 && number === 1) || (offset === 1 && number === this.value.actions.length);
    // The button that moved it stays under the keyboard, unless the action reached the end it moved to.
    this.focusAfterRender(`[data-action="${id}"] .row-buttons button:nth-child(${atEdge ? (offset === -1 ? 2 : 1) : offset === -1 ? 1 : 2})`);
  }

  private addBackup(): void {
    let id = '';
    this.edit((doc) => {
      const added = addBackup(doc, { what: '', who: [CLIENT] });
      id = added.id;
      return added.plan;
    });
    if (!id) return;
    this.openBackup = id;
    this.focusAfterRender(`[id="backup-${id}-what"]`);
  }

  private removeBackup(id: string): void {
    const index = this.value.backup.findIndex((step) => step.id === id);
    this.edit((doc) => removeUnusedPeople(removeBackup(doc, id)));
    this.dropOverflow(`backup:${id}`);
    const next = this.value.backup[Math.min(index, this.value.backup.length - 1)];
    this.openBackup = undefined;
    this.focusAfterRender(next ? `[data-backup="${next.id}"] .disclosure` : '#add-backup');
  }

  private addGoal(): void {
    this.edit((doc) => addGoal(doc));
    this.focusAfterRender(`#goal-${this.value.goals.length - 1}`);
  }

  private removeGoal(index: number): void {
    this.edit((doc) => removeGoal(doc, index));
    // Texts held for being too long move with the goals after the one taken away.
    this.overflow = new Map(
      [...this.overflow].flatMap(([key, text]): [string, string][] => {
        const match = /^goal:(\d+)$/.exec(key);
        if (!match) return [[key, text]];
        const i = Number(match[1]);
        return i === index ? [] : [[i > index ? `goal:${i - 1}` : key, text]];
      }),
    );
    const goals = this.value.goals.length;
    this.focusAfterRender(goals ? `#goal-${Math.min(index, goals - 1)}` : '#add-goal');
  }

  private toggleConditions(on: boolean): void {
    this.edit((doc) => setConditions(doc, on ? { text: '', answer: '' } : undefined));
    if (!on) this.dropOverflow('conditions');
    this.focusAfterRender(on ? '#conditions' : '#add-conditions');
  }

  private handToCircle(personId: string): void {
    const person = this.value.people.find((p) => p.id === personId);
    if (!person) return;
    emit(this, 'goesting-person', { widget: this.widget, schemaVersion: this.schemaVersion, person: { id: person.id, label: person.label, role: person.role } });
    this.announce(this.l.t('handedToCircle', { name: person.label }));
  }

  private finish(): void {
    if (this.disabled) return;
    if (this.overflow.size) {
      this.announce(this.l.t('tooLongStatus'));
      const key = [...this.overflow.keys()][0]!;
      const action = /^(?:action|review):([^:]+)/.exec(key)?.[1];
      if (action) this.openAction = action;
      const step = /^backup:(.+)$/.exec(key)?.[1];
      if (step) this.openBackup = step;
      this.focusAfterRender('[aria-invalid=true]');
      return;
    }
    const today = isoDay();
    const review = this.mode === 'review';
    this.complete({ ...this.withReviewDate(this.value), completed: true, ...(review ? { reviewed: today } : { date: this.value.date ?? today }) });
    this.announce(this.l.t(review ? 'reviewFinished' : 'finished'));
  }

  private async print(who?: string): Promise<void> {
    await printView.get();
    this.printing = who ?? '';
    await this.updateComplete;
    try {
      printOn('a4');
    } finally {
      this.printing = undefined;
    }
  }

  private async download(kind: 'json' | 'md' | 'ics', who?: string): Promise<void> {
    const copy = who === undefined ? '' : `-${who === CLIENT ? this.l.t('fileNameOwn') : who}`;
    const name = `${this.l.t('fileName')}-${this.value.date ?? isoDay()}${copy}.${kind}`;
    if (kind === 'md') downloadFile(name, await this.toMarkdown(who), 'text/markdown');
    else if (kind === 'ics') downloadFile(name, await this.toICalendar(), 'text/calendar');
    else downloadFile(name, JSON.stringify(this.value, null, 2));
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  private get view(): PlanView {
    return {
      l: this.l,
      value: this.value,
      mode: this.mode,
      disabled: this.disabled,
      circle: this.network,
      offers: this.offers,
      askFirst: this.askFirst,
      texts: this.strings,
      providerTexts: this.settings?.strings,
      reviewView: reviewView.value,
      diff: this.diff,
      overload: this.overload,
      reviewDays: this.reviewDays,
      overflow: this.overflow,
      drafts: this.drafts,
      copyFor: this.copyFor,
      edit: (update) => this.edit(update),
      editText: (key, text, max, apply) => this.editText(key, text, max, apply),
      toggleDoer: (list, id, doer, on) => this.toggleDoer(list, id, doer, on),
      draftPerson: (key, draft) => this.draftPerson(key, draft),
      addPerson: (list, id) => this.addPerson(list, id),
      addAction: () => this.addAction(),
      removeAction: (id) => this.removeAction(id),
      moveAction: (id, offset) => this.moveAction(id, offset),
      addBackup: () => this.addBackup(),
      removeBackup: (id) => this.removeBackup(id),
      addGoal: () => this.addGoal(),
      removeGoal: (index) => this.removeGoal(index),
      toggleConditions: (on) => this.toggleConditions(on),
      handToCircle: (id) => this.handToCircle(id),
      chooseCopy: (who) => (this.copyFor = who),
      finish: () => this.finish(),
      print: (who) => void this.print(who),
      download: (kind, who) => void this.download(kind, who),
    };
  }

  private toggleAction(id: string): void {
    this.openAction = this.openAction === id ? undefined : id;
  }

  /** Also waits until every action line, and what follows them, is in the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.lines.settled;
    return super.getUpdateComplete();
  }

  protected renderContent(): TemplateResult {
    const v = this.view;
    const l = this.l;
    const review = this.mode === 'review';
    return html`<div class="screen no-print">
        <h2>${l.t('title')}</h2>
        <p>${l.t(review ? 'reviewIntro' : 'intro')}</p>
        ${review ? renderReviewPart(v) : nothing} ${renderWant(v)} ${renderStrengths(v)}
        ${renderActions(v, this.openAction, (id) => this.toggleAction(id), this.lines.limit(this.value.actions.length))}
        ${this.lines.done
          ? html`${renderBalance(v)} ${renderBackup(v, this.openBackup, (id) => (this.openBackup = this.openBackup === id ? undefined : id))} ${renderConditions(v)}
            ${review ? nothing : renderReviewPart(v)} ${renderFinish(v)}`
          : nothing}
      </div>
      ${this.printing === undefined || !printView.value ? nothing : printView.value.renderPrint(v, this.printing || undefined)}`;
  }
}

/** Types what this widget's events carry, for host code that narrows on `event.detail.widget`. */
declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    plan: { value: PlanValue; result: PlanResult };
  }
}
