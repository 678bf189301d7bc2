import type { PlanMessages } from '@goesting/plan';
import { historyOnePerLine, type Widget, type WidgetArgs } from '../shared/widget';

/** The story args of `<goesting-plan>`: attributes by attribute name, plus the rich properties. */
export interface PlanArgs extends WidgetArgs {
  mode?: 'plan' | 'review';
  'review-days'?: string;
  overload?: string;
  'formal-sectors'?: string;
  network?: unknown;
  value?: unknown;
  history?: unknown;
  strings?: Partial<PlanMessages>;
}

/** An object on one line, with spaces after the colons and commas. */
const oneLine = (entry: object) =>
  `{ ${Object.entries(entry)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;

/** The network circle with one person per line, so that the people stay readable. */
function networkText(doc: unknown): string | undefined {
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { people?: unknown }).people)) return undefined;
  const { people, ...rest } = doc as { people: object[] };
  const list = people.length ? `[\n    ${people.map(oneLine).join(',\n    ')},\n  ]` : '[]';
  const fields = [...Object.entries(rest).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`), `"people": ${list}`];
  return `{\n  ${fields.join(',\n  ')},\n}`;
}

/**
 * `<goesting-plan>` as a host page writes it: simple settings as attributes; the network circle,
 * earlier versions and the plan as properties (names and plans never go into attributes).
 */
export const plan: Widget<PlanArgs> = {
  tag: 'goesting-plan',
  variable: 'plan',
  attributes: ['lang', 'mode', 'review-days', 'overload', 'formal-sectors', 'theme', 'storage', 'draft-key', 'name'],
  flags: ['disabled', 'required'],
  // The circle before the plan: its people are offered as doers.
  properties: ['strings', 'network', 'history', 'value'],
  format: (name, value) => (name === 'network' ? networkText(value) : historyOnePerLine(name, value)),
};
