import type { HopeScaleMessages } from '@goesting/hope-scale';
import { historyOnePerLine, type Widget, type WidgetArgs } from '../shared/widget';

/** The story args of `<goesting-hope-scale>`: attributes by attribute name, plus the rich properties. */
export interface HopeScaleArgs extends WidgetArgs {
  mode?: 'scaling' | 'goal-hope';
  variant?: 'adult' | 'youth';
  professional?: boolean;
  pack?: unknown;
  scales?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<HopeScaleMessages>;
}

/**
 * `<goesting-hope-scale>` as a host page writes it: simple settings as attributes; the pack, the
 * scales, answers and history as properties (answers never go into attributes).
 */
export const hopeScale: Widget<HopeScaleArgs> = {
  tag: 'goesting-hope-scale',
  variable: 'hope',
  attributes: ['lang', 'mode', 'variant', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['readonly', 'professional', 'disabled', 'required'],
  // The pack and scales before `value`: answers are checked against them.
  properties: ['strings', 'pack', 'scales', 'history', 'value'],
  format: historyOnePerLine,
};
