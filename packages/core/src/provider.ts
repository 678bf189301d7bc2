import { LitElement, css, html, type PropertyDeclaration } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { settingsContext, type GoestingSettings } from './context.js';
import { stringsIssues, type Messages } from './localize.js';
import { resolveStorage, type StorageAdapter } from './storage.js';
import { GoestingElement, defineElement } from './goesting-element.js';
import { checkInput, type InputRule } from './input-rules.js';
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

  /** The settings set since the last update: a problem with one of them is reported anew. */
  private setSinceUpdate = new Set<string>();

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    if (typeof name === 'string') {
      // Properties set before the upgrade arrive while the class fields are still being made.
      this.setSinceUpdate?.add(name);
      // Setting the same invalid value again is no change to Lit, but it is input to report again.
      if (this.issuesOf(name).length) super.requestUpdate();
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /** What is wrong with one setting, with paths such as `provider.locale`. */
  private issuesOf(name: string): ValidationIssue[] {
    const value = (this as unknown as Record<string, unknown>)[name];
    if (name === 'strings') return stringsIssues(value).map((issue) => ({ ...issue, path: `provider.${issue.path}` }));
    const rule = name === 'locale' ? localeRule : GoestingElement.inputRules[name];
    const issue = rule && checkInput(rule, value, `provider.${name}`);
    return issue ? [issue] : [];
  }

  protected override willUpdate(): void {
    const settingNames = ['locale', 'theme', 'storage', 'strings'];
    const issues = settingNames.flatMap((name) => this.issuesOf(name));
    const valid = <T>(name: string, value: T): T | undefined => (this.issuesOf(name).length ? undefined : value);
    const settings: GoestingSettings = {
      locale: valid('locale', this.locale),
      theme: valid('theme', this.theme),
      // Passed on as given: every widget reads only the entries that are text.
      strings: this.strings,
      storage: resolveStorage(valid('storage', this.storage)),
    };
    // Problems of settings that were not set again keep their list, so the widgets inside do not
    // report them again when another setting changes; a value set again is reported again.
    const before = this.settings.issues;
    const renewed = settingNames.some((name) => this.setSinceUpdate.has(name) && this.issuesOf(name).length);
    if (issues.length) settings.issues = before && !renewed && JSON.stringify(before) === JSON.stringify(issues) ? before : issues;
    this.setSinceUpdate.clear();
    this.settings = settings;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
