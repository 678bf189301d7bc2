import { customProperties, partRules, type WidgetArgs } from './render';

/** How a widget is written in a host page: its tag, its simple attributes, and its rich properties. */
export interface HostCode {
  tag: string;
  /** Name of the variable that holds the element in the page's script. */
  variable: string;
  attributes: readonly string[];
  flags: readonly string[];
  /** Rich data, set as properties in this order. */
  properties: readonly string[];
  /** The JavaScript text of a property value; without it, or when it gives `undefined`, indented JSON. */
  format?: (name: string, value: unknown) => string | undefined;
}

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** The page's CSS for the custom properties and part rules of a story, if it has any. */
function styleFor(tag: string, args: WidgetArgs): string {
  const properties = Object.entries(customProperties(args)).map(([name, value]) => `    ${name}: ${value};`);
  const rules = [
    ...(properties.length ? [`  ${tag} {\n${properties.join('\n')}\n  }`] : []),
    ...partRules(args).map(([part, css]) => `  ${tag}::part(${part}) {\n    ${css}\n  }`),
  ];
  return rules.length ? `<style>\n${rules.join('\n')}\n</style>\n` : '';
}

/**
 * The host-page code of a story: its CSS, plain HTML for the settings, and a module script that
 * sets the rich data as properties (never as attributes).
 */
export function hostSource(host: HostCode, args: WidgetArgs, wrap: (element: string) => string = (element) => element): string {
  const attributes = [
    ...host.attributes.filter((name) => typeof args[name] === 'string' && args[name] !== '').map((name) => `${name}="${args[name]}"`),
    ...host.flags.filter((name) => args[name] === true),
  ];
  const element = `<${host.tag}${attributes.map((a) => ` ${a}`).join('')}></${host.tag}>`;
  const lines = host.properties
    .filter((name) => args[name])
    .map((name) => {
      const value = host.format?.(name, args[name]) ?? JSON.stringify(args[name], null, 2);
      return `  ${host.variable}.${name} = ${indent(value, 2)};`;
    });
  const script = lines.length
    ? `\n<script type="module">\n  const ${host.variable} = document.querySelector('${host.tag}');\n${lines.join('\n')}\n</script>`
    : '';
  return `${styleFor(host.tag, args)}${wrap(element)}${script}`;
}
