import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { NetworkCircleMessages } from '@goesting/network-circle';
import { customProperties, logEvents, partLook, text, type WidgetArgs } from '../shared/render';

/** The story args of `<goesting-network-circle>`: attributes by attribute name, plus the rich properties. */
export interface NetworkCircleArgs extends WidgetArgs {
  view?: 'drawing' | 'list';
  config?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<NetworkCircleMessages>;
}

/**
 * `<goesting-network-circle>` as a host page writes it: simple settings as attributes; rings and
 * sectors, the circle and earlier circles as properties (people never go into attributes). The
 * three events of the contract are logged in the Actions panel with their `detail`.
 */
export function renderNetworkCircle(args: NetworkCircleArgs): TemplateResult {
  const { look, style } = partLook('goesting-network-circle', args);
  // Listeners first, then `config` before `value`: people are checked against its rings and sectors.
  return html`${style}<goesting-network-circle
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    view=${ifDefined(text(args.view))}
    theme=${ifDefined(text(args.theme))}
    storage=${ifDefined(text(args.storage))}
    draft-key=${ifDefined(text(args['draft-key']))}
    name=${ifDefined(text(args.name))}
    ?readonly=${args.readonly === true}
    ?disabled=${args.disabled === true}
    ?required=${args.required === true}
    .strings=${args.strings || undefined}
    .config=${args.config || undefined}
    .history=${args.history || undefined}
    .value=${args.value || undefined}
  ></goesting-network-circle>`;
}
