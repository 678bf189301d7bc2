import type { GoestingErrorCode, ValidationIssue } from './model/index.js';

/**
 * Per-widget types of what the events carry. Each widget package adds itself, for example
 * `declare module '@goesting/core' { interface GoestingWidgetTypes { selfscan: { value: SelfscanValue; result: SelfscanResult } } }`,
 * so host code that narrows on `event.detail.widget` gets the right `value` and `result` types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface GoestingWidgetTypes {}

type KnownWidget = keyof GoestingWidgetTypes;
type Field<W, F extends string> = W extends KnownWidget ? (F extends keyof GoestingWidgetTypes[W] ? GoestingWidgetTypes[W][F] : unknown) : unknown;

/** The value document of widget `W`, as its package declares it in {@link GoestingWidgetTypes}. */
export type WidgetValue<W extends string> = Field<W, 'value'>;
/** The result of widget `W`, as its package declares it in {@link GoestingWidgetTypes}. */
export type WidgetResult<W extends string> = Field<W, 'result'>;

/** What `goesting-change` carries for one widget. */
export interface WidgetChangeDetail<W extends string> {
  widget: W;
  schemaVersion: number;
  value: WidgetValue<W>;
}
/** What `goesting-complete` carries for one widget. */
export interface WidgetCompleteDetail<W extends string> extends WidgetChangeDetail<W> {
  result: WidgetResult<W>;
}

/** Detail of `goesting-change`: the whole value document after a user edit. */
export type GoestingChangeDetail<W extends string = KnownWidget> = W extends string ? WidgetChangeDetail<W> : never;

/** Detail of `goesting-complete`: the value document and its scored result. */
export type GoestingCompleteDetail<W extends string = KnownWidget> = W extends string ? WidgetCompleteDetail<W> : never;

/** Detail of `goesting-error`: what was wrong with the host's input, as translatable issues. */
export interface GoestingErrorDetail {
  widget: string;
  schemaVersion: number;
  code: GoestingErrorCode;
  /** One-sentence summary in plain English, for logs; the error state on screen is in the widget's language. */
  message: string;
  issues: ValidationIssue[];
}

/** Every event of the contract with its detail type. */
export interface GoestingEventDetails {
  'goesting-change': GoestingChangeDetail;
  'goesting-complete': GoestingCompleteDetail;
  'goesting-error': GoestingErrorDetail;
}

/** The details one widget `W` sends, checked against its declared types. */
interface EmittedDetails<W extends string> extends Omit<GoestingEventDetails, 'goesting-change' | 'goesting-complete'> {
  'goesting-change': WidgetChangeDetail<W>;
  'goesting-complete': WidgetCompleteDetail<W>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goesting-change': CustomEvent<GoestingChangeDetail>;
    'goesting-complete': CustomEvent<GoestingCompleteDetail>;
    'goesting-error': CustomEvent<GoestingErrorDetail>;
  }
}

/**
 * Dispatches one of the contract's events from `target`: bubbling and composed, so a listener on
 * `document` hears it from inside any shadow root. The detail type is checked at compile time.
 */
export function emit<N extends keyof EmittedDetails<string>, W extends string>(target: EventTarget, name: N, detail: EmittedDetails<W>[N]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
