import { hostSource } from '../shared/source';
import type { HopeScaleArgs } from './render';

/**
 * The host-page code of a hope-scale story: its CSS, plain HTML for the settings, and a module
 * script that sets the pack, scales, earlier results and answers as properties.
 */
export function sourceFor(args: HopeScaleArgs, wrap?: (element: string) => string): string {
  return hostSource(
    {
      tag: 'goesting-hope-scale',
      variable: 'hope',
      attributes: ['lang', 'mode', 'variant', 'theme', 'storage', 'draft-key', 'name'],
      flags: ['readonly', 'disabled', 'required'],
      // In the order a host should set them: the pack and scales first, as answers are checked against them.
      properties: ['pack', 'scales', 'history', 'value'],
      // Earlier results one per line; the other documents in full, so the format is visible.
      format: (name, value) =>
        name === 'history' && Array.isArray(value) ? `[\n  ${value.map((doc) => JSON.stringify(doc)).join(',\n  ')},\n]` : undefined,
    },
    args,
    wrap,
  );
}
