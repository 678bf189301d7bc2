import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { WorkabilityCheckMessages, WorkabilityReportMessages } from '@goesting/workability';
import { customProperties, logEvents, partLook, text, type WidgetArgs } from '../shared/render';

/** The story args of `<goesting-workability-check>`. */
export interface CheckArgs extends WidgetArgs {
  variant?: 'pulse' | 'full';
  team?: string;
  wave?: string;
  thresholds?: unknown;
  value?: unknown;
  strings?: Partial<WorkabilityCheckMessages>;
  /** Story-only: show the host's "who can I talk to" content in the slots. */
  contacts?: boolean;
}

/** The story args of `<goesting-workability-report>`. */
export interface ReportArgs extends WidgetArgs {
  reference?: boolean;
  /** The aggregate a portal's back end released with `releaseWorkability`, or anything else to show the error state. */
  aggregate?: unknown;
  strings?: Partial<WorkabilityReportMessages>;
}

/** `<goesting-workability-check>` as a host page writes it, with the events in the Actions panel. */
export function renderCheck(args: CheckArgs): TemplateResult {
  const { look, style } = partLook('goesting-workability-check', args);
  return html`${style}<goesting-workability-check
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    variant=${ifDefined(text(args.variant))}
    team=${ifDefined(text(args.team))}
    wave=${ifDefined(text(args.wave))}
    theme=${ifDefined(text(args.theme))}
    storage=${ifDefined(text(args.storage))}
    draft-key=${ifDefined(text(args['draft-key']))}
    name=${ifDefined(text(args.name))}
    ?readonly=${args.readonly === true}
    ?disabled=${args.disabled === true}
    ?required=${args.required === true}
    .strings=${args.strings || undefined}
    .thresholds=${args.thresholds || undefined}
    .value=${args.value || undefined}
    >${args.contacts
      ? html`<p slot="talk-workload">Praat met je teamcoach of met Sofie, vertrouwenspersoon (intern 245).</p>
          <p slot="talk-emotional">Intervisie: elke tweede dinsdag. Of bel de externe dienst voor preventie: 02 123 45 67.</p>
          <p slot="talk-support">De personeelsdienst luistert mee: personeel@voorbeeld.be.</p>`
      : ''}</goesting-workability-check
  >`;
}

/** `<goesting-workability-report>` as a host page writes it: the released aggregate as a property. */
export function renderReport(args: ReportArgs): TemplateResult {
  const { look, style } = partLook('goesting-workability-report', args);
  return html`${style}<goesting-workability-report
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    lang=${ifDefined(text(args.lang))}
    theme=${ifDefined(text(args.theme))}
    ?reference=${args.reference === true}
    .strings=${args.strings || undefined}
    .aggregate=${args.aggregate ?? undefined}
  ></goesting-workability-report>`;
}
