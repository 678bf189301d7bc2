import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';

/** A rich property: edited as an object in Controls, listed with the attributes. */
export const richProperty = { control: 'object', table: { category: 'attributes', type: { summary: 'object | JSON string' } } } as const;

/** Left out of the tables and Controls. */
export const hidden = { table: { disable: true } } as const;

/** The inherited `lang`, first in the table, with the four languages to pick from. */
export const langArgType = {
  type: { name: 'string', required: false },
  control: 'select',
  options: ['', 'nl-BE', 'nl-NL', 'fr-BE', 'en'],
  description: 'Language of the widget; without it, the nearest `lang` of the page (Flemish Dutch if none).',
  table: { category: 'attributes' },
} as const;

/**
 * The helpers' argTypes, tidied: no `""` default for members without one, and a type on every
 * entry, since Storybook lists untyped args before all others and would break the category order.
 */
export function tidyArgTypes(argTypes: ArgTypes): ArgTypes {
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

/**
 * A story maker for one widget: each story gets its name, description and the host-page code
 * that produces it (by default the widget's `sourceFor` of the story args).
 */
export function storyMaker<Args>(sourceFor: (args: Args) => string) {
  return (name: string, description: string, storyArgs: Args = {} as Args, code = sourceFor(storyArgs)): StoryObj<Args> => ({
    name,
    args: storyArgs as StoryObj<Args>['args'],
    parameters: { docs: { description: { story: description }, source: { code, type: 'code' } } },
  });
}
