import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Custom properties to set on an element, such as `{ '--level': '0.5' }`; `undefined` removes one. */
export type CssProps = Readonly<Record<`--${string}`, string | undefined>>;

/**
 * Sets CSS custom properties on the element of a `style` attribute binding through the CSSOM
 * (`style.setProperty`), on the first render too. Lit's `styleMap` writes its first render as a
 * `style="…"` attribute, which a Content Security Policy without `'unsafe-inline'` in `style-src`
 * refuses (and reports); CSSOM changes are always allowed. Client-side only, so the attribute stays
 * empty in the markup.
 *
 * @example html`<td style=${cssProps({ '--level': '0.75' })}></td>`
 */
class CssPropsDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('cssProps() belongs in a whole `style` attribute binding');
    }
  }

  render(_props: CssProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [CssProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    this.names = new Set();
    for (const [name, value] of Object.entries(props) as [string, string | undefined][]) {
      if (value === undefined) style.removeProperty(name);
      else {
        style.setProperty(name, value);
        this.names.add(name);
      }
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
