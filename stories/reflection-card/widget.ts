import type { Clock, ReflectionCardMessages } from '@goesting/reflection-card';
import { historyOnePerLine, type Widget, type WidgetArgs } from '../shared/widget';

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
 * and earlier cards as properties (answers never go into attributes).
 */
export const reflectionCard: Widget<ReflectionCardArgs> = {
  tag: 'goesting-reflection-card',
  variable: 'card',
  attributes: ['lang', 'template', 'layout', 'print-size', 'pillar', 'dimension', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['disabled', 'required'],
  properties: ['strings', 'clock', 'history', 'value'],
  format: historyOnePerLine,
};
