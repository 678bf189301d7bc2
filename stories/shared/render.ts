import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';

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

/** A non-empty string arg, or `undefined` so that `ifDefined` leaves the attribute out. */
export const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const logChange = action('goesting-change');
const logComplete = action('goesting-complete');
const logError = action('goesting-error');

/**
 * Listeners that log the three events of the contract in the Actions panel with their `detail`.
 * Bind them before the properties: lit binds in template order, and an invalid property fires
 * `goesting-error` as soon as it is set.
 */
export const logEvents = {
  change: (event: CustomEvent) => logChange(event.detail),
  complete: (event: CustomEvent) => logComplete(event.detail),
  error: (event: CustomEvent) => logError(event.detail),
};

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

let looks = 0;

/**
 * The part rules of a story as a style sheet for one element, marked `data-look="<look>"`, so the
 * look of one story never leaks into the others on a docs page. Without part rules, no sheet.
 */
export function partLook(tag: string, args: WidgetArgs): { look?: string; style: HTMLStyleElement | typeof nothing } {
  const parts = partRules(args);
  if (!parts.length) return { style: nothing };
  const look = `look-${++looks}`;
  const style = document.createElement('style');
  style.textContent = parts.map(([part, css]) => `${tag}[data-look="${look}"]::part(${part}) { ${css} }`).join('\n');
  return { look, style };
}

/** A page section with a dark background, for the dark theme. */
export const onDarkPage = (content: TemplateResult): TemplateResult =>
  html`<div style="background: #14171c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${content}</div>`;
