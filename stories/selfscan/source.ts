import { customProperties, partRules, type SelfscanArgs } from './render';

const ATTRIBUTES = ['lang', 'variant', 'theme', 'storage', 'draft-key', 'name'] as const;
const FLAGS = ['readonly', 'disabled', 'required'] as const;
/** In the order a host should set them: the question list first, as answers are checked against it. */
const PROPERTIES = ['instrument', 'history', 'value'] as const;

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

function propertyValue(name: (typeof PROPERTIES)[number], value: unknown): string {
  // Earlier scans one per line; the other documents in full, so the format is visible.
  if (name === 'history' && Array.isArray(value)) {
    return `[\n  ${value.map((doc) => JSON.stringify(doc)).join(',\n  ')},\n]`;
  }
  return JSON.stringify(value, null, 2);
}

/** The page's CSS for the custom properties and part rules of a story, if it has any. */
function styleFor(args: SelfscanArgs): string {
  const properties = Object.entries(customProperties(args)).map(([name, value]) => `    ${name}: ${value};`);
  const rules = [
    ...(properties.length ? [`  goesting-selfscan {\n${properties.join('\n')}\n  }`] : []),
    ...partRules(args).map(([part, css]) => `  goesting-selfscan::part(${part}) {\n    ${css}\n  }`),
  ];
  return rules.length ? `<style>\n${rules.join('\n')}\n</style>\n` : '';
}

/**
 * The host-page code of a story: its CSS, plain HTML for the settings, and a module script that
 * sets the question list, history and answers as properties.
 */
export function sourceFor(args: SelfscanArgs, wrap: (element: string) => string = (element) => element): string {
  const attributes = [
    ...ATTRIBUTES.filter((name) => typeof args[name] === 'string' && args[name] !== '').map((name) => `${name}="${args[name]}"`),
    ...FLAGS.filter((name) => args[name] === true),
  ];
  const element = `<goesting-selfscan${attributes.map((a) => ` ${a}`).join('')}></goesting-selfscan>`;
  const lines = PROPERTIES.filter((name) => args[name]).map(
    (name) => `  selfscan.${name} = ${indent(propertyValue(name, args[name]), 2)};`,
  );
  const script = lines.length
    ? `\n<script type="module">\n  const selfscan = document.querySelector('goesting-selfscan');\n${lines.join('\n')}\n</script>`
    : '';
  return `${styleFor(args)}${wrap(element)}${script}`;
}
