import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { isPrimitive } from 'lit/directive-helpers.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { action } from 'storybook/actions';
import { customProperties, partRules, slotContents, text, type Widget, type WidgetArgs } from './widget';

const logChange = action('goesting-change');
const logComplete = action('goesting-complete');
const logError = action('goesting-error');

/**
 * Listeners that log the three events of the contract in the Actions panel with their `detail`.
 * Bind them before the properties: lit binds in template order, and an invalid property fires
 * `goesting-error` as soon as it is set.
 */
export const logEvents = {
  change: (event: CustomEvent) => logChange(event.detail),
  complete: (event: CustomEvent) => logComplete(event.detail),
  error: (event: CustomEvent) => logError(event.detail),
};

let looks = 0;

/**
 * The part rules of a story as a style sheet for one element, marked `data-look="<look>"`, so the
 * look of one story never leaks into the others on a docs page. Without part rules, no sheet.
 */
function partLook(tag: string, args: WidgetArgs): { look?: string; style: HTMLStyleElement | typeof nothing } {
  const parts = partRules(args);
  if (!parts.length) return { style: nothing };
  const look = `look-${++looks}`;
  const style = document.createElement('style');
  style.textContent = parts.map(([part, css]) => `${tag}[data-look="${look}"]::part(${part}) { ${css} }`).join('\n');
  return { look, style };
}

/** A page section with a dark background, for the dark theme. */
export const onDarkPage = (content: TemplateResult): TemplateResult =>
  html`<div style="background: #14171c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${content}</div>`;

/**
 * A widget's attributes, boolean attributes and properties from the story args, written in the
 * widget's order as one lit binding each would write them: a value only when it changed since the
 * last render (objects every time), so new args update the element in place.
 */
class WidgetSettings extends Directive {
  private readonly written = new Map<string, unknown>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('widgetSettings() belongs on the element itself');
  }

  render(_widget: Widget, _args: WidgetArgs) {
    return noChange;
  }

  override update(part: ElementPart, [widget, args]: [Widget, WidgetArgs]) {
    const element = part.element as Element & Record<string, unknown>;
    for (const name of widget.attributes) {
      this.write(`${name}=`, text(args[name]), (value) => (value === undefined ? element.removeAttribute(name) : element.setAttribute(name, value)));
    }
    for (const name of widget.flags) this.write(`?${name}`, args[name] === true, (value) => element.toggleAttribute(name, value));
    for (const name of widget.properties) {
      const value = widget.anyValue?.includes(name) ? (args[name] ?? undefined) : args[name] || undefined;
      this.write(`.${name}`, value, (set) => (element[name] = set));
    }
    return noChange;
  }

  private write<T>(key: string, value: T, commit: (value: T) => void) {
    if (this.written.has(key) && isPrimitive(value) && this.written.get(key) === value) return;
    this.written.set(key, value);
    commit(value);
  }
}

const widgetSettings = directive(WidgetSettings);

/**
 * A widget as a host page writes it (see `Widget`), with the three events of the contract logged
 * in the Actions panel. Listeners come first, then the attributes, then the properties in the
 * widget's order: a document is checked against the settings and data set before it. Slot
 * content from the args goes inside.
 */
export function renderWidget<Args extends WidgetArgs>(widget: Widget<Args>, args: Args): TemplateResult {
  const { look, style } = partLook(widget.tag, args);
  const tag = unsafeStatic(widget.tag);
  return staticHtml`${style}<${tag}
    @goesting-change=${logEvents.change}
    @goesting-complete=${logEvents.complete}
    @goesting-error=${logEvents.error}
    data-look=${ifDefined(look)}
    style=${styleMap(customProperties(args))}
    ${widgetSettings(widget as Widget, args)}
  >${slotContents(args).map(([slot, content]) => html`<p slot=${ifDefined(slot)}>${content}</p>`)}</${tag}>`;
}
