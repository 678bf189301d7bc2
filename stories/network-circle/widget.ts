import type { NetworkCircleMessages } from '@goesting/network-circle';
import type { Widget, WidgetArgs } from '../shared/widget';

/** The story args of `<goesting-network-circle>`: attributes by attribute name, plus the rich properties. */
export interface NetworkCircleArgs extends WidgetArgs {
  view?: 'drawing' | 'list';
  config?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<NetworkCircleMessages>;
}

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

/**
 * `<goesting-network-circle>` as a host page writes it: simple settings as attributes; rings and
 * sectors, the circle and earlier circles as properties (people never go into attributes).
 */
export const networkCircle: Widget<NetworkCircleArgs> = {
  tag: 'goesting-network-circle',
  variable: 'circle',
  attributes: ['lang', 'view', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['readonly', 'disabled', 'required'],
  // Rings and sectors before `value`: people are checked against them.
  properties: ['strings', 'config', 'history', 'value'],
  format: (name, value) => {
    if (name === 'value') return circleText(value);
    if (name === 'history' && Array.isArray(value)) {
      return `[\n  ${value.map((doc) => indent(circleText(doc) ?? JSON.stringify(doc), 2)).join(',\n  ')},\n]`;
    }
    return undefined;
  },
};
