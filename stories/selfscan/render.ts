import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import type { SelfscanMessages } from '@goesting/selfscan';

/** The story args of `<goesting-selfscan>`: attributes by attribute name, plus the rich properties. */
export interface SelfscanArgs {
  lang?: string;
  variant?: 'quick' | 'full';
  theme?: 'light' | 'dark' | 'auto';
  readonly?: boolean;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  storage?: string;
  'draft-key'?: string;
  instrument?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<SelfscanMessages>;
  [cssOrPart: string]: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const logChange = action('goesting-change');
const logComplete = action('goesting-complete');
const logError = action('goesting-error');

/** `--goesting-*` custom properties set in the story args (Controls: "css properties"). */
export const customProperties = (args: SelfscanArgs): Record<string, string> =>
  Object.fromEntries(
    Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
  );

/** `::part()` rules set in the story args (Controls: "css shadow parts", keyed `<part>-part`). */
export const partRules = (args: SelfscanArgs): [part: string, css: string][] =>
  Object.entries(args)
    .filter((entry): entry is [string, string] => entry[0].endsWith('-part') && typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([key, css]) => [key.slice(0, -'-part'.length), css.trim()]);

let looks = 0;

/** A style sheet with the part rules, for the one element marked `data-look="<look>"`. */
function partStyle(look: string, parts: [string, string][]): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = parts.map(([part, css]) => `goesting-selfscan[data-look="${look}"]::part(${part}) { ${css} }`).join('\n');
  return style;
}

/**
 * `<goesting-selfscan>` as a host page writes it: simple settings as attributes, the question
 * list, answers and history as properties (answers never go into attributes). The three events
 * of the contract are logged in the Actions panel with their `detail`.
 */
export function renderSelfscan(args: SelfscanArgs): TemplateResult {
  // Custom properties go on the element and part rules target it alone, so the look of one
  // story never leaks into the others on a docs page.
  const parts = partRules(args);
  const look = parts.length ? `look-${++looks}` : undefined;
  // Listeners come first: lit binds in template order, and an invalid property fires
  // `goesting-error` as soon as it is set.
  return html`${look ? partStyle(look, parts) : nothing}<goesting-selfscan
    @goesting-change=${(event: CustomEvent) => logChange(event.detail)}
    @goesting-complete=${(event: CustomEvent) => logComplete(event.detail)}
    @goesting-error=${(event: CustomEvent) => logError(event.detail)}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    variant=${ifDefined(text(args.variant))}
    theme=${ifDefined(text(args.theme))}
    storage=${ifDefined(text(args.storage))}
    draft-key=${ifDefined(text(args['draft-key']))}
    name=${ifDefined(text(args.name))}
    ?readonly=${args.readonly === true}
    ?disabled=${args.disabled === true}
    ?required=${args.required === true}
    .strings=${args.strings || undefined}
    .instrument=${args.instrument || undefined}
    .history=${args.history || undefined}
    .value=${args.value || undefined}
  ></goesting-selfscan>`;
}

/** A page section with a dark background, for the dark theme. */
export const onDarkPage = (content: TemplateResult): TemplateResult =>
  html`<div style="background: #14171c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${content}</div>`;
