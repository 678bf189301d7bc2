import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { SelfscanMessages } from '@goesting/selfscan';
import { customProperties, logEvents, partLook, text, type WidgetArgs } from '../shared/render';

export { onDarkPage } from '../shared/render';

/** The story args of `<goesting-selfscan>`: attributes by attribute name, plus the rich properties. */
export interface SelfscanArgs extends WidgetArgs {
  variant?: 'quick' | 'full';
  instrument?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<SelfscanMessages>;
}

/**
 * `<goesting-selfscan>` as a host page writes it: simple settings as attributes, the question
 * list, answers and history as properties (answers never go into attributes). The three events
 * of the contract are logged in the Actions panel with their `detail`.
 */
export function renderSelfscan(args: SelfscanArgs): TemplateResult {
  // Custom properties go on the element and part rules target it alone.
  const { look, style } = partLook('goesting-selfscan', args);
  // Listeners come first: lit binds in template order, and an invalid property fires
  // `goesting-error` as soon as it is set.
  return html`${style}<goesting-selfscan
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
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
