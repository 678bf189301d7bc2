import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Clock, ReflectionCardMessages } from '@goesting/reflection-card';
import { customProperties, logEvents, partLook, text, type WidgetArgs } from '../shared/render';

export { onDarkPage } from '../shared/render';

/** The story args of `<goesting-reflection-card>`: attributes by attribute name, plus the rich properties. */
export interface ReflectionCardArgs extends WidgetArgs {
  template?: string;
  layout?: 'steps' | 'card';
  'print-size'?: 'a5' | 'a4';
  pillar?: string;
  dimension?: string;
  value?: unknown;
  history?: unknown;
  strings?: Partial<ReflectionCardMessages>;
  clock?: Clock;
}

/**
 * `<goesting-reflection-card>` as a host page writes it: simple settings as attributes, the card
 * and earlier cards as properties (answers never go into attributes). The events of the contract
 * are logged in the Actions panel with their `detail`.
 */
export function renderReflectionCard(args: ReflectionCardArgs): TemplateResult {
  const { look, style } = partLook('goesting-reflection-card', args);
  return html`${style}<goesting-reflection-card
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    template=${ifDefined(text(args.template))}
    layout=${ifDefined(text(args.layout))}
    print-size=${ifDefined(text(args['print-size']))}
    pillar=${ifDefined(text(args.pillar))}
    dimension=${ifDefined(text(args.dimension))}
    theme=${ifDefined(text(args.theme))}
    storage=${ifDefined(text(args.storage))}
    draft-key=${ifDefined(text(args['draft-key']))}
    name=${ifDefined(text(args.name))}
    ?disabled=${args.disabled === true}
    ?required=${args.required === true}
    .strings=${args.strings || undefined}
    .clock=${args.clock}
    .history=${args.history || undefined}
    .value=${args.value || undefined}
  ></goesting-reflection-card>`;
}
