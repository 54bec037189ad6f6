/**
 * Cached `Intl` formatters. Creating one costs far more than using it (the first in a page loads
 * ICU's data: about 15 ms), and a chart formats hundreds of numbers and dates per render; an unknown
 * locale falls back to English instead of throwing.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The cached value for a key, made for the locale, or for English when the locale is refused. */
function cached<T>(store: Map<string, T>, key: string, locale: string, make: (locale: string) => T): T {
  let value = store.get(key);
  if (value === undefined) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    store.set(key, value);
  }
  return value;
}

/**
 * One `Intl.NumberFormat` per locale and options, made on first use and kept: making one costs far
 * more than formatting with it (the first in a page loads ICU's data, 13–20 ms).
 */
export function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${locale}|${JSON.stringify(options)}`,
    locale,
    (l) => new Intl.NumberFormat(l, options),
  );
}

/** A date formatter in UTC: figures are dated by day, the same day for every reader. */
export function cachedUtcDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${locale}|${JSON.stringify(options)}`,
    locale,
    (l) => new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' }),
  );
}

/** Plural rules for a locale. */
export function cachedPluralRules(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, locale, (l) => new Intl.PluralRules(l));
}

/** A conjunction list format for a locale (throws where the browser has no Intl.ListFormat). */
export function cachedListFormat(locale: string): Intl.ListFormat {
  return cached(listFormats, locale, locale, (l) => new Intl.ListFormat(l, { type: 'conjunction' }));
}
