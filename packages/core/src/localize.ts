import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, FALLBACK_LOCALE, matchLocale, type SupportedLocale } from './model/text.js';
import type { GoestingSettings } from './context.js';
import type { ValidationIssue } from './model/issues.js';

/** A message: plain text, or a function of named parameters. */
export type Message = string | ((params: never) => string);
export type Messages = Record<string, Message>;

/** Loads a locale's catalogue on first use (a dynamic `import()` of the locale module). */
export type CatalogueLoader<C extends Messages> = () => Promise<{ default: Partial<C> }>;

/**
 * A widget's catalogues: Flemish Dutch bundled and complete; every other shipped locale given
 * directly or as a loader. A key a locale lacks falls back to English.
 */
export type Catalogues<C extends Messages> = { 'nl-BE': C } & {
  [L in Exclude<SupportedLocale, 'nl-BE'>]: Partial<C> | CatalogueLoader<C>;
};

type Loaded = Map<SupportedLocale, Partial<Messages> | Promise<void>>;
const loadedByCatalogues = new WeakMap<object, Loaded>();

type ParamsOf<M> = M extends (params: infer P) => string ? [params: P] : [];

/** What a host element offers the controller: its own `lang`, provider settings and overrides. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  settings?: GoestingSettings;
  strings?: Partial<Messages>;
}

/**
 * What is wrong with host text overrides: each key must hold a text, or a function that gives
 * one. Anything else (objects, numbers, look-alikes of templates) is named here, so it can be
 * reported; {@link LocalizeController.t} never uses it.
 */
export function stringsIssues(input: unknown): ValidationIssue[] {
  const issue = (path: string, expected: string): ValidationIssue => ({ path, code: 'invalid_type', message: `Expected ${expected}.`, params: { expected } });
  if (input == null || input === '') return [];
  if (typeof input !== 'object' || Array.isArray(input)) return [issue('strings', 'object')];
  try {
    return Object.keys(input).flatMap((key) => {
      const message = (input as Record<string, unknown>)[key];
      return typeof message === 'string' || typeof message === 'function' ? [] : [issue(`strings.${key}`, 'string')];
    });
  } catch {
    // Overrides whose entries cannot even be read.
    return [issue('strings', 'object')];
  }
}

/** The override of `key`, if `strings` is an object that has one of its own. */
const override = (strings: unknown, key: string): unknown =>
  typeof strings === 'object' && strings !== null && Object.hasOwn(strings, key) ? (strings as Record<string, unknown>)[key] : undefined;

/** A message as text: a text as it is, a function's result if that is text; otherwise nothing. */
function asText(message: unknown, params: unknown): string | undefined {
  try {
    const text: unknown = typeof message === 'function' ? message(params) : message;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One observer for every widget on the page: it hears a `lang` attribute change anywhere in the
 * document (and in the shadow roots widgets sit in), and only then do widgets look their locale
 * up again. Between changes a widget's locale is a cached value, not a walk up the DOM.
 */
const watchers = new Set<LocalizeController<Messages>>();
let langObserver: MutationObserver | undefined;
/** Counts `lang` changes seen by the observer; a cached locale from an earlier count is stale. */
let langChanges = 0;

function watchLang(controller: LocalizeController<Messages>): void {
  watchers.add(controller);
  if (typeof MutationObserver === 'undefined') return;
  langObserver ??= new MutationObserver(() => {
    langChanges++;
    watchers.forEach((watcher) => watcher.langChanged());
  });
  // Observing a root again only renews the same observation.
  for (const root of [document, controller.host.getRootNode()]) langObserver.observe(root, { subtree: true, attributeFilter: ['lang'] });
}

function unwatchLang(controller: LocalizeController<Messages>): void {
  watchers.delete(controller);
  if (watchers.size) return;
  langObserver?.disconnect();
  langObserver = undefined;
}

/** `Intl` formatters by locale and options: making one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let cached = formatters.get(key) as F | undefined;
  if (!cached) formatters.set(key, (cached = make()));
  return cached;
}

/**
 * Picks the language for a widget and looks up its texts.
 *
 * The locale comes from the widget's own `lang` attribute, else the provider's `locale`, else the
 * nearest ancestor's `lang` (up to `<html lang>`), else Flemish Dutch. It is looked up once and
 * kept until a `lang` attribute or the provider's settings change. A message is taken from the
 * instance's `strings` overrides, then the provider's, then the locale's catalogue, then English
 * (Flemish Dutch while English is still loading): a missing string never throws, and what comes
 * back is always text. Locales other than Flemish Dutch load on first use.
 */
export class LocalizeController<C extends Messages> implements ReactiveController {
  /** The locale as last looked up, and what it depended on: the page's lang changes, the own `lang`, the settings. */
  private resolved?: { locale: SupportedLocale; changes: number; own: string | null; settings: GoestingSettings | undefined };
  /** The widget's catalogues, then those that modules loaded on demand brought along (see {@link LocalizeController.use}). */
  private readonly sets: Catalogues<Messages>[];

  constructor(
    readonly host: LocalizeHost,
    catalogues: Catalogues<C>,
  ) {
    this.sets = [catalogues as unknown as Catalogues<Messages>];
    host.addController(this);
  }

  /**
   * Adds the texts a module loaded on demand brings along (the error state's, a panel's): they
   * are looked up after the widget's own, and load per locale like them.
   */
  use(catalogues: Catalogues<Messages>): void {
    if (!this.sets.includes(catalogues)) this.sets.push(catalogues);
  }

  private loaded(catalogues: Catalogues<Messages>): Loaded {
    let loaded = loadedByCatalogues.get(catalogues);
    if (!loaded) loadedByCatalogues.set(catalogues, (loaded = new Map()));
    return loaded;
  }

  /** The catalogue of `locale` if it is ready; otherwise starts loading it and returns undefined. */
  private catalogue(locale: SupportedLocale, catalogues: Catalogues<Messages>): Partial<Messages> | undefined {
    const cached = this.loaded(catalogues).get(locale);
    if (cached && !(cached instanceof Promise)) return cached;
    if (!cached) void this.load(locale, catalogues);
    const now = this.loaded(catalogues).get(locale);
    return now instanceof Promise ? undefined : now;
  }

  private load(locale: SupportedLocale, catalogues: Catalogues<Messages>): Promise<void> {
    const loaded = this.loaded(catalogues);
    const cached = loaded.get(locale);
    if (cached instanceof Promise) return cached;
    if (cached) return Promise.resolve();
    const entry = catalogues[locale] as Partial<Messages> | CatalogueLoader<Messages>;
    if (typeof entry !== 'function') {
      loaded.set(locale, entry);
      return Promise.resolve();
    }
    const loading = entry().then(
      (module) => {
        loaded.set(locale, module.default);
        this.host.requestUpdate();
      },
      () => {
        // A chunk that cannot load leaves the locale to the fallbacks rather than breaking the page.
        loaded.set(locale, {});
      },
    );
    loaded.set(locale, loading);
    return loading;
  }

  /**
   * Resolves once the current locale's texts are ready; `undefined` when they already are.
   * The base element waits for it before each update, so no half-translated frame is shown.
   */
  ready(): Promise<void> | undefined {
    const locale = this.locale;
    const pending = this.sets
      .filter((catalogues) => {
        const cached = this.loaded(catalogues).get(locale);
        return !cached || cached instanceof Promise;
      })
      .map((catalogues) => this.load(locale, catalogues));
    return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
  }

  hostConnected(): void {
    this.resolved = undefined;
    watchLang(this as unknown as LocalizeController<Messages>);
  }

  hostDisconnected(): void {
    this.resolved = undefined;
    unwatchLang(this as unknown as LocalizeController<Messages>);
  }

  /** Called by the shared observer after a `lang` change somewhere: updates the widget if its locale changed. */
  langChanged(): void {
    const before = this.resolved?.locale;
    if (this.locale !== before) this.host.requestUpdate();
  }

  /** The locale in use now. */
  get locale(): SupportedLocale {
    const host = this.host;
    const own = host.getAttribute('lang');
    const settings = host.settings;
    const last = this.resolved;
    if (last && last.changes === langChanges && last.own === own && last.settings === settings && host.isConnected) return last.locale;
    const inherited = host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const provided = settings?.locale;
    const locale =
      matchLocale(own) ?? matchLocale(provided) ?? matchLocale(inherited) ?? (own || provided || inherited ? FALLBACK_LOCALE : DEFAULT_LOCALE);
    this.resolved = { locale, changes: langChanges, own, settings };
    return locale;
  }

  /** The message for `key` in the current locale, with `params` filled in. Always text, never markup. */
  t<K extends keyof C & string>(key: K, ...params: ParamsOf<C[K]>): string {
    return this.lookup(key, params[0]);
  }

  /** The message for `key`, which the type of the widget's catalogue does not know (a module's own texts). Always text. */
  lookup(key: string, params?: unknown): string {
    const from = (locale: SupportedLocale) => {
      for (const catalogues of this.sets) {
        const text = asText(this.catalogue(locale, catalogues)?.[key], params);
        if (text !== undefined) return text;
      }
      return undefined;
    };
    return (
      asText(override(this.host.strings, key), params) ??
      asText(override(this.host.settings?.strings, key), params) ??
      from(this.locale) ??
      from(FALLBACK_LOCALE) ??
      this.sets.map((catalogues) => asText((catalogues['nl-BE'] as Messages)[key], params)).find((text) => text !== undefined) ??
      key
    );
  }

  /** A number formatted for the current locale (`3,5` in Dutch and French, `3.5` in English). */
  number(value: number, digits = 1): string {
    const locale = this.locale;
    return formatter(`n ${locale} ${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
  }

  /** A signed difference such as `+0,5` or `−1,0`. */
  difference(value: number, digits = 1): string {
    const locale = this.locale;
    return formatter(
      `s ${locale} ${digits}`,
      () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }),
    ).format(value);
  }

  /** A calendar day `YYYY-MM-DD` as the locale writes it: in full, or `short` for chart axes. */
  date(day: string, length: 'long' | 'short' = 'long'): string {
    const [y, m, d] = day.split('-').map(Number);
    if (!y || !m || !d) return day;
    // British order (14 March 2025) for English: the audience is European.
    const locale = this.locale === 'en' ? 'en-GB' : this.locale;
    return formatter(`d ${locale} ${length}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: length, year: 'numeric' })).format(new Date(y, m - 1, d));
  }
}
