import { hostSource } from '../shared/source';
import type { ReflectionCardArgs } from './render';

/** The host-page code of a reflection-card story: plain HTML for the settings, a script for the cards. */
export function sourceFor(args: ReflectionCardArgs, wrap?: (element: string) => string): string {
  return hostSource(
    {
      tag: 'goesting-reflection-card',
      variable: 'card',
      attributes: ['lang', 'template', 'layout', 'print-size', 'pillar', 'dimension', 'theme', 'storage', 'draft-key', 'name'],
      flags: ['disabled', 'required'],
      properties: ['history', 'value'],
      format: (name, value) =>
        name === 'history' && Array.isArray(value) ? `[\n  ${value.map((doc) => JSON.stringify(doc)).join(',\n  ')},\n]` : undefined,
    },
    args,
    wrap,
  );
}
