/** The story args every widget shares: attributes by attribute name, plus CSS custom properties and part rules. */
export interface WidgetArgs {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  readonly?: boolean;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  storage?: string;
  'draft-key'?: string;
  [cssOrPart: string]: unknown;
}

/**
 * A widget as a host page writes it: its tag, simple settings as attributes, rich data as
 * properties (documents never go into attributes). The stories render it and print its host-page
 * code from this one description.
 */
export interface Widget<Args extends WidgetArgs = WidgetArgs> {
  tag: string;
  /** Name of the variable that holds the element in the page's script. */
  variable: string;
  /** Attributes set from non-empty string args, in this order. */
  attributes: readonly string[];
  /** Boolean attributes, present when their arg is `true`. */
  flags: readonly string[];
  /** Rich data, set as properties in this order; an empty arg (`''`, `0`, `false`) leaves the property unset. */
  properties: readonly string[];
  /** Properties set with whatever the arg holds, empty or not, so that any value can show the error state. */
  anyValue?: readonly string[];
  /** The JavaScript text of a property value in the host-page code; without it, or when it gives `undefined`, indented JSON. */
  format?: (name: string, value: unknown) => string | undefined;
}

/** A non-empty string arg, or `undefined` so that the attribute is left out. */
export const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** `--goesting-*` custom properties set in the story args (Controls: "css properties"). */
export const customProperties = (args: WidgetArgs): Record<string, string> =>
  Object.fromEntries(
    Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
  );

/** `::part()` rules set in the story args (Controls: "css shadow parts", keyed `<part>-part`). */
export const partRules = (args: WidgetArgs): [part: string, css: string][] =>
  Object.entries(args)
    .filter((entry): entry is [string, string] => entry[0].endsWith('-part') && typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, css]) => [key.slice(0, -'-part'.length), css.trim()]);

/**
 * Slot content set in the story args (Controls: "slots", keyed `<slot>-slot`, the default slot
 * `default-slot`): a paragraph of text per slot, as a host page would put in.
 */
export const slotContents = (args: WidgetArgs): [slot: string | undefined, text: string][] =>
  Object.entries(args)
    .filter((entry): entry is [string, string] => entry[0].endsWith('-slot') && typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, text]) => {
      const slot = key.slice(0, -'-slot'.length);
      return [slot === 'default' ? undefined : slot, text.trim()];
    });

/** Earlier documents one per line in the host-page code; the other documents in full, so the format is visible. */
export const historyOnePerLine = (name: string, value: unknown): string | undefined =>
  name === 'history' && Array.isArray(value) ? `[\n  ${value.map((doc) => JSON.stringify(doc)).join(',\n  ')},\n]` : undefined;
