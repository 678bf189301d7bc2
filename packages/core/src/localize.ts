import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, FALLBACK_LOCALE, matchLocale, type SupportedLocale } from './model/text.js';
import type { GoestingSettings } from './context.js';

/** A message: plain text, or a function of named parameters. */
export type Message = string | ((params: never) => string);
export type Messages = Record<string, Message>;

/** A widget's catalogues: complete in English, and per shipped locale (a missing key falls back to English). */
export type Catalogues<C extends Messages> = { en: C } & { [L in Exclude<SupportedLocale, 'en'>]?: Partial<C> };

type ParamsOf<M> = M extends (params: infer P) => string ? [params: P] : [];

/** What a host element offers the controller: its own `lang`, provider settings and overrides. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  settings?: GoestingSettings;
  strings?: Partial<Messages>;
}

const watchers = new Set<LocalizeController<Messages>>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLang(controller: LocalizeController<Messages>): void {
  watchers.add(controller);
  if (!documentObserver && typeof MutationObserver !== 'undefined') {
    documentObserver = new MutationObserver(() => watchers.forEach((w) => w.host.requestUpdate()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

function unwatchDocumentLang(controller: LocalizeController<Messages>): void {
  watchers.delete(controller);
  if (!watchers.size && documentObserver) {
    documentObserver.disconnect();
    documentObserver = undefined;
  }
}

/**
 * Picks the language for a widget and looks up its texts.
 *
 * The locale comes from the widget's own `lang` attribute, else the provider's `locale`, else the
 * nearest ancestor's `lang` (up to `<html lang>`), else Flemish Dutch. A message is taken from the
 * instance's `strings` overrides, then the provider's, then the locale's catalogue, then English:
 * a missing string never throws.
 */
export class LocalizeController<C extends Messages> implements ReactiveController {
  private hostObserver?: MutationObserver;

  constructor(
    readonly host: LocalizeHost,
    private readonly catalogues: Catalogues<C>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocumentLang(this as unknown as LocalizeController<Messages>);
    this.hostObserver = new MutationObserver(() => this.host.requestUpdate());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    unwatchDocumentLang(this as unknown as LocalizeController<Messages>);
    this.hostObserver?.disconnect();
  }

  /** The locale in use now. */
  get locale(): SupportedLocale {
    const own = this.host.getAttribute('lang');
    const inherited = this.host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return (
      matchLocale(own) ??
      matchLocale(this.host.settings?.locale) ??
      matchLocale(inherited) ??
      (own || this.host.settings?.locale || inherited ? FALLBACK_LOCALE : DEFAULT_LOCALE)
    );
  }

  /** The message for `key` in the current locale, with `params` filled in. */
  t<K extends keyof C & string>(key: K, ...params: ParamsOf<C[K]>): string {
    const message =
      this.host.strings?.[key] ??
      this.host.settings?.strings?.[key] ??
      this.catalogues[this.locale]?.[key] ??
      this.catalogues.en[key];
    if (typeof message === 'function') return (message as (p: unknown) => string)(params[0]);
    return message ?? key;
  }

  /** A number formatted for the current locale (`3,5` in Dutch and French, `3.5` in English). */
  number(value: number, digits = 1): string {
    return new Intl.NumberFormat(this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  }

  /** A signed difference such as `+0,5` or `−1,0`. */
  difference(value: number, digits = 1): string {
    return new Intl.NumberFormat(this.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(value);
  }

  /** A calendar day `YYYY-MM-DD` as the locale writes it. */
  date(day: string): string {
    const [y, m, d] = day.split('-').map(Number);
    if (!y || !m || !d) return day;
    return new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
  }
}
