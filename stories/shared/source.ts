import { customProperties, partRules, slotContents, type Widget, type WidgetArgs } from './widget';

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
 * The host-page code of a story: its CSS, plain HTML for the settings and the slot content, and a
 * module script that sets the rich data as properties (never as attributes), in the order a host
 * should set them. `wrap` places the element in its surroundings, such as a provider.
 */
export function hostSource<Args extends WidgetArgs>(widget: Widget<Args>, args: Args, wrap: (element: string) => string = (element) => element): string {
  const attributes = [
    ...widget.attributes.filter((name) => typeof args[name] === 'string' && args[name] !== '').map((name) => `${name}="${args[name]}"`),
    ...widget.flags.filter((name) => args[name] === true),
  ];
  const slotted = slotContents(args).map(([slot, text]) => `\n  <p${slot ? ` slot="${slot}"` : ''}>${text}</p>`);
  const element = `<${widget.tag}${attributes.map((a) => ` ${a}`).join('')}>${slotted.length ? `${slotted.join('')}\n` : ''}</${widget.tag}>`;
  const lines = widget.properties
    .filter((name) => args[name])
    .map((name) => {
      const value = widget.format?.(name, args[name]) ?? JSON.stringify(args[name], null, 2);
      return `  ${widget.variable}.${name} = ${indent(value, 2)};`;
    });
  const script = lines.length
    ? `\n<script type="module">\n  const ${widget.variable} = document.querySelector('${widget.tag}');\n${lines.join('\n')}\n</script>`
    : '';
  return `${styleFor(widget.tag, args)}${wrap(element)}${script}`;
}
