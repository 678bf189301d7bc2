import type { WorkabilityCheckMessages, WorkabilityReportMessages } from '@goesting/workability';
import type { Widget, WidgetArgs } from '../shared/widget';

/** The story args of `<goesting-workability-check>`. */
export interface CheckArgs extends WidgetArgs {
  variant?: 'pulse' | 'full';
  team?: string;
  wave?: string;
  thresholds?: unknown;
  value?: unknown;
  strings?: Partial<WorkabilityCheckMessages>;
}

/** The story args of `<goesting-workability-report>`. */
export interface ReportArgs extends WidgetArgs {
  reference?: boolean;
  /** The aggregate a portal's back end released with `releaseWorkability`, or anything else to show the error state. */
  aggregate?: unknown;
  strings?: Partial<WorkabilityReportMessages>;
}

/** `<goesting-workability-check>` as a host page writes it. */
export const check: Widget<CheckArgs> = {
  tag: 'goesting-workability-check',
  variable: 'check',
  attributes: ['lang', 'variant', 'team', 'wave', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['readonly', 'disabled', 'required'],
  properties: ['strings', 'thresholds', 'value'],
};

/** The host's own "who can I talk to" texts in the check's slots: story args (Controls: "slots"). */
export const contacts: CheckArgs = {
  'talk-workload-slot': 'Praat met je teamcoach of met Sofie, vertrouwenspersoon (intern 245).',
  'talk-emotional-slot': 'Intervisie: elke tweede dinsdag. Of bel de externe dienst voor preventie: 02 123 45 67.',
  'talk-support-slot': 'De personeelsdienst luistert mee: personeel@voorbeeld.be.',
};

/**
 * `<goesting-workability-report>` as a host page writes it: the released aggregate as a property.
 * HR's page fetches the aggregate the portal released; the document itself is never printed, and
 * no stored record ever reaches this page.
 */
export const report: Widget<ReportArgs> = {
  tag: 'goesting-workability-report',
  variable: 'report',
  attributes: ['lang', 'theme'],
  flags: ['reference'],
  properties: ['strings', 'aggregate'],
  anyValue: ['aggregate'],
  format: (name) => (name === 'aggregate' ? `await (await fetch('/api/releases/latest')).json()` : undefined),
};
