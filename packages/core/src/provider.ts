import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { settingsContext, type GoestingSettings } from './context.js';
import { checkStrings, type Messages } from './localize.js';
import { resolveStorage, type StorageAdapter } from './storage.js';
import { GoestingElement, checkInput, defineElement, type InputRule } from './goesting-element.js';
import type { ValidationIssue } from './model/issues.js';
import { VERSION } from './version.js';

/** A language tag such as `nl-BE`, `fr` or `en-GB`; languages we do not ship fall back to English. */
const localeRule: InputRule = { expected: 'a language tag such as nl-BE', test: (v) => typeof v === 'string' && /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/.test(v) };

/**
 * Shares settings with every goesting widget inside it: locale, theme, string overrides and the
 * storage adapter for opt-in drafts. A widget's own attributes win over the provider's.
 *
 * Every setting is checked: one that is not valid (a `locale` that is no language tag, an unknown
 * `theme`, a `strings` entry that is not text) is left out, so the widgets use their own defaults,
 * and each widget inside shows the problem in its error state and sends `goesting-error`
 * (`invalid-config`, with issue paths such as `provider.locale`).
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
    const issues: ValidationIssue[] = [];
    const valid = <T>(name: string, rule: InputRule, value: T): T | undefined => {
      const issue = checkInput(rule, value, `provider.${name}`);
      if (issue) issues.push(issue);
      return issue ? undefined : value;
    };
    const rules = GoestingElement.inputRules;
    const strings = checkStrings(this.strings);
    const settings: GoestingSettings = {
      locale: valid('locale', localeRule, this.locale),
      theme: valid('theme', rules['theme']!, this.theme),
      strings: this.strings ? strings.valid : undefined,
      storage: resolveStorage(valid('storage', rules['storage']!, this.storage)),
    };
    issues.push(...strings.issues.map((issue) => ({ ...issue, path: `provider.${issue.path}` })));
    // The same problems keep the same list, so the widgets inside do not report them twice.
    const before = this.settings.issues;
    if (issues.length) settings.issues = before && JSON.stringify(before) === JSON.stringify(issues) ? before : issues;
    this.settings = settings;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
