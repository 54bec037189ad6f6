/**
 * Cached `Intl` formatters. Creating one costs far more than using it, and a chart formats hundreds of
 * numbers and dates per render; an unknown locale falls back to English instead of throwing.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** A date formatter in UTC: figures are dated by day, the same day for every reader. */
export function cachedUtcDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    dateFormats.set(key, f);
  }
  return f;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Plural rules for a locale (cached); unknown locales fall back to English. */
export function cachedPluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** A conjunction list format for a locale (cached); unknown locales fall back to English. */
export function cachedListFormat(locale: string): Intl.ListFormat {
  let list = listFormats.get(locale);
  if (!list) {
    try {
      list = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      list = new Intl.ListFormat('en', { type: 'conjunction' });
    }
    listFormats.set(locale, list);
  }
  return list;
}
