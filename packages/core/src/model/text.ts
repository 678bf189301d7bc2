import { z } from 'zod/mini';

/** The locales every widget ships with. `nl-BE` (Flemish Dutch) is the default. */
export const SUPPORTED_LOCALES = ['nl-BE', 'nl-NL', 'fr-BE', 'en'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'nl-BE';
export const FALLBACK_LOCALE: SupportedLocale = 'en';

/**
 * Maps any BCP 47 tag to a supported locale: `nl` and `nl-*` other than `nl-NL` → `nl-BE`,
 * `fr*` → `fr-BE`, `en*` → `en`. Returns `undefined` for languages we do not ship, so the caller
 * can fall back.
 */
export function matchLocale(tag: unknown): SupportedLocale | undefined {
  if (!tag || typeof tag !== 'string') return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower === 'nl-nl') return 'nl-NL';
  const lang = lower.split(/[-_]/)[0];
  if (lang === 'nl') return 'nl-BE';
  if (lang === 'fr') return 'fr-BE';
  if (lang === 'en') return 'en';
  return undefined;
}

/** Text given either as one string for every locale or per locale. */
export const localisedTextSchema = z.union([
  z.string().check(z.minLength(1)),
  z.record(z.string(), z.string()),
]);
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** Languages one localised text may hold at most. */
export const MAX_TEXT_LANGUAGES = 20;

/**
 * {@link localisedTextSchema} with limits, for texts a host passes: each text at most
 * `maxLength` characters, at most {@link MAX_TEXT_LANGUAGES} languages, language tags of at most
 * 35 characters. A host cannot freeze the page with one huge text.
 */
export function localisedText(maxLength: number) {
  const text = z.string().check(z.maxLength(maxLength));
  return z.union([
    text.check(z.minLength(1)),
    z.record(z.string().check(z.maxLength(35)), text).check(
      z.refine((texts) => Object.keys(texts).length <= MAX_TEXT_LANGUAGES, { params: { code: 'too_many_languages', maximum: MAX_TEXT_LANGUAGES } }),
    ),
  ]);
}

/** Picks the text for a locale: exact, then the same language (nl-NL ↔ nl-BE), then English, then the first one given. */
export function pickText(text: LocalisedText, locale: SupportedLocale): string {
  if (typeof text === 'string') return text;
  const language = locale.split('-')[0]!;
  const sibling = Object.keys(text).find((key) => key.split('-')[0]!.toLowerCase() === language);
  return text[locale] ?? (sibling ? text[sibling] : undefined) ?? text[FALLBACK_LOCALE] ?? Object.values(text)[0] ?? '';
}

/** Today as `YYYY-MM-DD` in local time: dates in documents never carry a time of day. */
export function isoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `text` is a day that exists, written `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isCalendarDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day `YYYY-MM-DD` that exists. */
export const isoDaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((text) => isCalendarDay(text), { message: 'Not a day of the calendar.', params: { code: 'invalid_day' } }),
);
