import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { isUnset } from './parsed-input.js';
import { GoestingFormElement } from './form-element.js';
import { emit, type WidgetResult, type WidgetValue } from './events.js';
import type { Parsed } from './model/index.js';


/**
 * Base of the widgets whose user works on one value document (answers, a network, a card):
 * the host sets it as `value` (parsed like every input, never answered with an event), or it
 * comes back from an opt-in draft; the user's edits are committed as one act (`goesting-change`,
 * `input`, `change` and the draft), finishing is `goesting-complete` with the scored result,
 * `reset()` and a form reset clear it, and the form submits it as JSON.
 *
 * A widget declares its document and result types once, by widget name, in `GoestingWidgetTypes`,
 * and gives the parse of its value, the empty document and the result.
 *
 * @fires {CustomEvent<GoestingChangeDetail<W>>} goesting-change - After every edit of the user. `detail.value` is the whole document.
 * @fires {CustomEvent<GoestingCompleteDetail<W>>} goesting-complete - When the user finishes. `detail` carries `value` and the scored `result`.
 * @fires {Event} input - With every user edit, as native form controls do.
 * @fires {Event} change - With every user edit and on finishing, as native form controls do.
 */
export abstract class GoestingDocumentElement<W extends string> extends GoestingFormElement {
  protected abstract override readonly widget: W;

  /** The document the user works on; `undefined` shows the empty one. */
  @state() protected doc?: WidgetValue<W>;

  /** Whether the host set the value (then no draft replaces it), and whether the user changed it since. */
  protected hostSetValue = false;
  protected userEdited = false;

  private rejectedValue: unknown;
  /** Why the last value was refused, until it is reported. */
  private valueFailure?: Extract<Parsed<unknown>, { ok: false }>;

  /** Reads a value document (object or JSON text) for what the widget shows now. Never throws. */
  protected abstract parseValue(input: unknown): Parsed<WidgetValue<W>>;
  /** The document of a user who has not started. */
  protected abstract emptyValue(): WidgetValue<W>;
  /** The scored result of the current document. */
  abstract get result(): WidgetResult<W>;

  /** Called whenever the document is replaced from outside the user's edits: by the host, a draft or a reset. */
  protected valueReplaced(_doc: WidgetValue<W> | undefined, _from: 'host' | 'draft' | 'reset'): void {}

  /** @internal Also tries again a value document refused for another question set. */
  override retryRejected(changed: string): void {
    super.retryRejected(changed);
    if (changed !== 'value' && this.rejectedValue !== undefined) this.value = this.rejectedValue;
  }

  /**
   * The value document (object or JSON text). Setting it fires no event; an invalid one is
   * reported and the current answers stay.
   */
  @property({ attribute: 'value', noAccessor: true })
  get value(): WidgetValue<W> {
    return this.doc ?? this.emptyValue();
  }
  set value(input: unknown) {
    const old = this.doc;
    this.rejectedValue = undefined;
    this.valueFailure = undefined;
    if (isUnset(input)) {
      this.doc = undefined;
      this.clearError('value');
      if (old !== undefined) this.valueReplaced(undefined, 'host');
    } else {
      const parsed = this.parseValue(input);
      if (parsed.ok) {
        const same = old !== undefined && JSON.stringify(parsed.data) === JSON.stringify(old);
        this.doc = parsed.data;
        this.hostSetValue = true;
        this.clearError('value');
        if (!same) this.valueReplaced(parsed.data, 'host');
      } else {
        // Reported at the next update, once every input of this round is set: hosts and
        // frameworks set properties in any order, and the question list may come after the value.
        this.rejectedValue = input;
        this.valueFailure = parsed;
        this.requestUpdate();
      }
    }
    this.requestUpdate('value', old);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const failure = this.valueFailure;
    this.valueFailure = undefined;
    if (failure && this.rejectedValue !== undefined) this.fail('value', failure.code, failure.issues);
    super.willUpdate(changed);
  }

  override isComplete(): boolean {
    return (this.doc as { completed?: unknown } | undefined)?.completed === true;
  }

  /** Clears the user's document and the draft. Fires no event. */
  reset(): void {
    this.doc = undefined;
    this.rejectedValue = this.valueFailure = undefined;
    this.userEdited = false;
    this.hostSetValue = false;
    this.clearError('value');
    this.valueReplaced(undefined, 'reset');
    void this.writeDraft(undefined);
  }

  /** Takes a user's edit: the new document, `goesting-change`, `input`, `change` and the draft. */
  protected commit(doc: WidgetValue<W>): void {
    this.doc = doc;
    this.userEdited = true;
    emit(this, 'goesting-change', { widget: this.widget, schemaVersion: this.schemaVersion, value: doc });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(doc);
  }

  /** Takes the finished document: `goesting-complete` with its result, `change` and the draft. */
  protected complete(doc: WidgetValue<W>): void {
    this.doc = doc;
    this.userEdited = true;
    emit(this, 'goesting-complete', { widget: this.widget, schemaVersion: this.schemaVersion, value: doc, result: this.result });
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.writeDraft(doc);
  }

  private formJson?: { doc: WidgetValue<W>; json: string };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.restoreDraft();
  }

  /** Brings back the draft, unless the host set a value or the user already started. */
  private async restoreDraft(): Promise<void> {
    if (this.hostSetValue || this.userEdited || this.doc) return;
    const draft = await this.readDraft();
    if (draft === undefined || this.hostSetValue || this.userEdited) return;
    const parsed = this.parseValue(draft);
    if (!parsed.ok) return;
    this.doc = parsed.data;
    this.valueReplaced(parsed.data, 'draft');
  }

  protected formValue(): string | null {
    // Each render hands the form its value: write the JSON once per document, not once per render.
    const doc = this.value;
    if (this.formJson?.doc !== doc) this.formJson = { doc, json: JSON.stringify(doc) };
    return this.formJson.json;
  }

  protected restoreFormValue(state: string): void {
    this.value = state;
  }
}
