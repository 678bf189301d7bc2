import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { GoestingElement } from './goesting-element.js';
import type { InputRule } from './input-rules.js';
import type { CoreMessages } from './core-messages.js';

/** A validation rule of a form-associated widget: returns the failing flags and a message, or nothing. */
export type Validator = (
  element: GoestingFormElement,
  t: (key: keyof CoreMessages) => string,
) => { flags: ValidityStateFlags; message: string } | undefined;

/** `required` is met once the widget reports itself complete. */
export const requiredValidator: Validator = (element, t) =>
  element.required && !element.isComplete() ? { flags: { valueMissing: true }, message: t('required') } : undefined;

/**
 * Base of the widgets that take part in a native `<form>`: the value is submitted under `name`
 * (as JSON), `required` blocks submission until the widget is complete, form reset clears it and
 * the browser's state restore (back/forward, autofill of a restored session) brings it back.
 */
export abstract class GoestingFormElement extends GoestingElement {
  static formAssociated = true;

  static override inputRules: Readonly<Record<string, InputRule>> = {
    ...GoestingElement.inputRules,
    name: { expected: 'string', test: (v) => typeof v === 'string' },
  };

  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * Name under which the value is submitted with the form. Reflected, because a form reads the
   * name attribute: frameworks that set it as a property (React, Vue) would otherwise submit nothing.
   */
  @property({ reflect: true })
  name?: string;

  /** Whether the form may only be submitted once this widget is complete. */
  @property({ type: Boolean, reflect: true })
  required = false;

  /** Disabled widgets take no input and are left out of form submission. */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** Extra rules beside `required`; subclasses may add their own. */
  protected validators(): Validator[] {
    return [requiredValidator];
  }

  /** The form value to submit (JSON), or `null` when there is nothing to submit. */
  protected abstract formValue(): string | null;
  /** Whether the user has finished the widget. */
  abstract isComplete(): boolean;
  /** Clears everything the user entered (form reset and `reset()`). */
  abstract reset(): void;
  /** Restores a value submitted earlier by this widget (browser state restore). */
  protected abstract restoreFormValue(state: string): void;
  /**
   * The control the browser focuses and points at when validation fails: the first enabled one.
   * Without it, a blocked submit cannot show the user where to go on, and the browser logs that
   * the control is not focusable.
   */
  protected validationAnchor(): HTMLElement | undefined {
    return (this.renderRoot as ParentNode).querySelector<HTMLElement>(':is(input, textarea, select, button):enabled') ?? undefined;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormState();
  }

  /** Hands the current value and validity to the form. */
  protected syncFormState(): void {
    const value = this.disabled ? null : this.formValue();
    this.internals.setFormValue(value, value);
    const failure = this.disabled ? undefined : this.validators().map((v) => v(this, (key) => this.l.t(key as 'required'))).find(Boolean);
    if (failure) this.internals.setValidity(failure.flags, failure.message, this.validationAnchor());
    else this.internals.setValidity({});
  }

  formResetCallback(): void {
    this.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreFormValue(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }
}
