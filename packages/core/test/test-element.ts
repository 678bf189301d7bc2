import { html } from 'lit';
import { GoestingElement, type Catalogues, type Messages } from '@goesting/core';
import coreEn from '../src/locales/en.js';
import coreNlBE from '../src/locales/nl-BE.js';
import coreNlNL from '../src/locales/nl-NL.js';
import coreFrBE from '../src/locales/fr-BE.js';

const en = { ...coreEn, greeting: 'Hello', onlyEnglish: 'Only in English', count: (p: { n: number }) => `${p.n} items` };
type TestMessages = typeof en;

/** A minimal widget on the core base, for testing what the base gives every widget. */
export class CoreTestElement extends GoestingElement {
  static override catalogues = {
    'nl-BE': { ...coreNlBE, greeting: 'Hallo', onlyEnglish: '', count: (p: { n: number }) => `${p.n} stuks` },
    // Loaded on first use, like the shipped locales; `onlyEnglish` is missing on purpose.
    'nl-NL': async () => ({ default: { ...coreNlNL, greeting: 'Hoi' } }),
    'fr-BE': { ...coreFrBE, greeting: 'Bonjour' },
    en: async () => ({ default: en }),
  } satisfies Catalogues<TestMessages> as unknown as Catalogues<Messages>;
  protected widget = 'core-test';
  protected schemaVersion = 1;
  declare protected readonly l: import('@goesting/core').LocalizeController<TestMessages>;

  get locale() {
    return this.l.locale;
  }
  text<K extends keyof TestMessages & string>(key: K, ...params: never[]): string {
    return (this.l.t as (k: string, ...p: unknown[]) => string)(key, ...params);
  }
  /** The element's localisation, for tests of numbers and dates. */
  get localize() {
    return this.l;
  }
  report(count = 1): void {
    const issue = (i: number) => ({ path: i ? `answers.x${i}` : 'answers.x', code: 'unknown_item', message: 'Unknown item "x".', params: { item: i ? `x${i}` : 'x' } });
    this.fail('value', 'invalid-value', Array.from({ length: count }, (_, i) => issue(i)));
  }
  fix(): void {
    this.clearError('value');
  }
  draft = { read: () => this.readDraft(), write: (v: unknown) => this.writeDraft(v) };

  protected renderContent() {
    return html`<p>${this.l.t('greeting')}</p>`;
  }
}
CoreTestElement.define('core-test-element');
