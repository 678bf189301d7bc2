import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { settingsContext, type GoestingSettings } from './context.js';
import type { Messages } from './localize.js';
import { resolveStorage, type StorageAdapter } from './storage.js';
import { defineElement } from './goesting-element.js';
import { VERSION } from './version.js';

/**
 * Shares settings with every goesting widget inside it: locale, theme, string overrides and the
 * storage adapter for opt-in drafts. A widget's own attributes win over the provider's.
 *
 * @tagname goesting-provider
 * @summary Shared locale, theme, texts and draft storage for the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class GoestingProvider extends LitElement {
  static readonly goestingVersion: string = VERSION;

  /** Registers the provider under `tag`, warning instead of failing when the tag is taken. */
  static define(tag = 'goesting-provider'): boolean {
    return defineElement(tag, this);
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Locale for the widgets inside: `nl-BE` (default), `nl-NL`, `fr-BE` or `en`. */
  @property()
  locale?: string;

  /** `light`, `dark` or `auto` for every widget inside. */
  @property()
  theme?: 'light' | 'dark' | 'auto';

  /** Text overrides by message key, for every widget inside. */
  @property({ attribute: false })
  strings?: Partial<Messages>;

  /** Draft storage for every widget inside: `session` or `local` as attribute, or an adapter as property. */
  @property({ converter: { fromAttribute: (v: string | null) => v ?? undefined } })
  storage?: string | StorageAdapter;

  @provide({ context: settingsContext })
  protected settings: GoestingSettings = {};

  protected override willUpdate(): void {
    this.settings = {
      locale: this.locale,
      theme: this.theme,
      strings: this.strings,
      storage: resolveStorage(this.storage),
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
