import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { HopeScaleMessages } from '@goesting/hope-scale';
import { customProperties, logEvents, partLook, text, type WidgetArgs } from '../shared/render';

/** The story args of `<goesting-hope-scale>`: attributes by attribute name, plus the rich properties. */
export interface HopeScaleArgs extends WidgetArgs {
  mode?: 'scaling' | 'goal-hope';
  variant?: 'adult' | 'youth';
  pack?: unknown;
  scales?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<HopeScaleMessages>;
}

/**
 * `<goesting-hope-scale>` as a host page writes it: simple settings as attributes; the pack, the
 * scales, answers and history as properties (answers never go into attributes). The three events
 * of the contract are logged in the Actions panel with their `detail`.
 */
export function renderHopeScale(args: HopeScaleArgs): TemplateResult {
  const { look, style } = partLook('goesting-hope-scale', args);
  // Listeners first, then the pack and scales before `value`: answers are checked against the pack.
  return html`${style}<goesting-hope-scale
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    mode=${ifDefined(text(args.mode))}
    variant=${ifDefined(text(args.variant))}
    theme=${ifDefined(text(args.theme))}
    storage=${ifDefined(text(args.storage))}
    draft-key=${ifDefined(text(args['draft-key']))}
    name=${ifDefined(text(args.name))}
    ?readonly=${args.readonly === true}
    ?disabled=${args.disabled === true}
    ?required=${args.required === true}
    .strings=${args.strings || undefined}
    .pack=${args.pack || undefined}
    .scales=${args.scales || undefined}
    .history=${args.history || undefined}
    .value=${args.value || undefined}
  ></goesting-hope-scale>`;
}
