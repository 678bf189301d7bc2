import type { SelfscanMessages } from '@goesting/selfscan';
import { historyOnePerLine, type Widget, type WidgetArgs } from '../shared/widget';

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
 * list, answers and history as properties (answers never go into attributes).
 */
export const selfscan: Widget<SelfscanArgs> = {
  tag: 'goesting-selfscan',
  variable: 'selfscan',
  attributes: ['lang', 'variant', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['readonly', 'disabled', 'required'],
  // The question list before `value`: answers are checked against it.
  properties: ['strings', 'instrument', 'history', 'value'],
  format: historyOnePerLine,
};
