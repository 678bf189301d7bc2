import { hostSource } from '../shared/source';
import type { NetworkCircleArgs } from './render';

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** An object on one line, with spaces after the colons and commas. */
const oneLine = (entry: object) =>
  `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;

/** A circle document with one person per line, so that even 150 people stay readable. */
function circleText(doc: unknown): string | undefined {
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { people?: unknown }).people)) return undefined;
  const { people, ...rest } = doc as { people: object[] };
  const list = people.length ? `[\n    ${people.map(oneLine).join(',\n    ')},\n  ]` : '[]';
  const fields = [...Object.entries(rest).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`), `"people": ${list}`];
  return `{\n  ${fields.join(',\n  ')},\n}`;
}

function format(name: string, value: unknown): string | undefined {
  if (name === 'value') return circleText(value);
  if (name === 'history' && Array.isArray(value)) {
    return `[\n  ${value.map((doc) => indent(circleText(doc) ?? JSON.stringify(doc), 2)).join(',\n  ')},\n]`;
  }
  return undefined;
}

/**
 * The host-page code of a network-circle story: its CSS, plain HTML for the settings, and a
 * module script that sets the rings and sectors, the earlier circles and the circle as properties.
 */
export function sourceFor(args: NetworkCircleArgs, wrap?: (element: string) => string): string {
  return hostSource(
    {
      tag: 'goesting-network-circle',
      variable: 'circle',
      attributes: ['lang', 'view', 'theme', 'storage', 'draft-key', 'name'],
      flags: ['readonly', 'disabled', 'required'],
      // In the order a host should set them: rings and sectors first, as people are checked against them.
      properties: ['config', 'history', 'value'],
      format,
    },
    args,
    wrap,
  );
}
