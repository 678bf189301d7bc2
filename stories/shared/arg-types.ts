import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { renderWidget } from './render';
import type { Widget, WidgetArgs } from './widget';

/** A rich property: edited as an object in Controls, listed with the attributes. */
const richProperty = { control: 'object', table: { category: 'attributes', type: { summary: 'object | JSON string' } } } as const;

/** The inherited `lang`, first in the table, with the four languages to pick from. */
const langArgType = {
  type: { name: 'string', required: false },
  control: 'select',
  options: ['', 'nl-BE', 'nl-NL', 'fr-BE', 'en'],
  description: 'Language of the widget; without it, the nearest `lang` of the page (Flemish Dutch if none).',
  table: { category: 'attributes' },
} as const;

/** The `storage` attribute's values: none (the provider's or nothing), `session`, `local`, `none`. */
const storageOptions = ['', 'session', 'local', 'none'];

/** Set by the widget, read by the host: shown in the table, not edited. */
const readOnly = ['result'];

/**
 * The helpers' argTypes, tidied: no `""` default for members without one, and a type on every
 * entry, since Storybook lists untyped args before all others and would break the category order.
 */
function tidyArgTypes(argTypes: ArgTypes): ArgTypes {
  return Object.fromEntries(
    Object.entries(argTypes).map(([key, { type, table, ...rest }]) => [
      key,
      {
        ...rest,
        type: type ?? { name: 'string', required: false },
        table: { ...table, defaultValue: table?.defaultValue?.summary === '' ? undefined : table?.defaultValue },
      },
    ]),
  );
}

/** How a widget's Controls differ from the helpers' argTypes, beyond what every widget shares. */
export interface ControlsOptions {
  /** Attributes with a fixed set of values, picked from a list. */
  select?: Record<string, readonly string[]>;
  /** Attributes with a few fixed values, picked with radio buttons. */
  radio?: Record<string, readonly string[]>;
  /** Documents that are properties and, as JSON, attributes too (see `richProperty`). */
  documents?: readonly string[];
  /** Other properties edited as objects. */
  objects?: readonly string[];
  /** Properties a host sets in code only: listed, not edited. */
  noControl?: readonly string[];
  /** Args left unset besides the widget's properties. */
  unset?: readonly string[];
}

/**
 * A widget's argTypes: `lang` first, then the helpers' argTypes from the manifest in their order
 * (its public API, inherited members included), with a list for `storage`, object controls for
 * `strings` and the documents, and read-only members without a control.
 */
function widgetArgTypes(widget: Widget, table: ArgTypes, options: ControlsOptions): ArgTypes {
  const present = (names: readonly string[]) => names.filter((name) => name in table);
  const choices = (control: string, lists: Record<string, readonly string[]> = {}) =>
    Object.entries(lists).map(([name, list]) => [name, { ...table[name], control, options: list }]);
  const each = (names: readonly string[], settings: object) => names.map((name) => [name, { ...table[name], ...settings }]);
  return {
    lang: langArgType,
    ...table,
    ...Object.fromEntries([
      ...choices('select', options.select),
      ...choices('inline-radio', options.radio),
      ...choices('select', widget.attributes.includes('storage') ? { storage: storageOptions } : {}),
      ...each(options.documents ?? [], richProperty),
      ...each([...(options.objects ?? []), 'strings'], { control: 'object' }),
      ...each([...(options.noControl ?? []), ...present(readOnly)], { control: false }),
    ]),
  };
}

/**
 * What a widget's stories share: its args (every property unset, so only a story's own data
 * shows), its Controls and API table, and how it renders.
 */
export function widgetMeta<Args extends WidgetArgs>(widget: Widget<Args>, options: ControlsOptions = {}): Pick<Meta<Args>, 'args' | 'argTypes' | 'render'> {
  const { args, argTypes } = getStorybookHelpers<Args>(widget.tag);
  const unset = Object.fromEntries([...widget.properties, ...(options.unset ?? [])].map((name) => [name, undefined]));
  return {
    args: { lang: '', ...args, ...unset } as Meta<Args>['args'],
    argTypes: widgetArgTypes(widget as Widget, tidyArgTypes(argTypes), options) as Meta<Args>['argTypes'],
    render: (storyArgs) => renderWidget(widget, storyArgs as Args),
  };
}
