import { hostSource } from '../shared/source';
import type { SelfscanArgs } from './render';

/**
 * The host-page code of a self-scan story: its CSS, plain HTML for the settings, and a module
 * script that sets the question list, history and answers as properties.
 */
export function sourceFor(args: SelfscanArgs, wrap?: (element: string) => string): string {
  return hostSource(
    {
      tag: 'goesting-selfscan',
      variable: 'selfscan',
      attributes: ['lang', 'variant', 'theme', 'storage', 'draft-key', 'name'],
      flags: ['readonly', 'disabled', 'required'],
      // In the order a host should set them: the question list first, as answers are checked against it.
      properties: ['instrument', 'history', 'value'],
      // Earlier scans one per line; the other documents in full, so the format is visible.
      format: (name, value) =>
        name === 'history' && Array.isArray(value) ? `[\n  ${value.map((doc) => JSON.stringify(doc)).join(',\n  ')},\n]` : undefined,
    },
    args,
    wrap,
  );
}
