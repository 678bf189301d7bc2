import type { AllianceCheckMessages } from '@goesting/alliance-check';
import { historyOnePerLine, type Widget, type WidgetArgs } from '../shared/widget';

/** The host's own names for the two sides, beside the widget's texts: `perspective.client`, `perspective.professional`. */
type PerspectiveNames = Partial<Record<'perspective.client' | 'perspective.professional', string>>;

/** The story args of `<goesting-alliance-check>`: attributes by attribute name, plus the rich properties. */
export interface AllianceCheckArgs extends WidgetArgs {
  variant?: 'short' | 'full';
  fill?: 'together' | 'in-turn' | 'separate';
  perspective?: 'client' | 'professional';
  threshold?: string;
  session?: string;
  'client-ref'?: string;
  history?: unknown;
  value?: unknown;
  strings?: Partial<AllianceCheckMessages> & PerspectiveNames;
}

/**
 * `<goesting-alliance-check>` as a host page writes it: simple settings as attributes (the client
 * reference is a case number, never a name); earlier checks and the check itself as properties.
 */
export const allianceCheck: Widget<AllianceCheckArgs> = {
  tag: 'goesting-alliance-check',
  variable: 'check',
  attributes: ['lang', 'variant', 'fill', 'perspective', 'threshold', 'session', 'client-ref', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['readonly', 'disabled', 'required'],
  // The check is read against the variant set before it.
  properties: ['strings', 'history', 'value'],
  format: historyOnePerLine,
};
