/**
 * An interval's level as the key, the details box and speech write it: a probability in the locale's
 * percent style, a calibrated word ("likely", "very likely") as the source gave it.
 */
import { cachedNumberFormat } from './intl-cache.js';

/** An interval's level in words: "95%" for 0.95 in the locale's percent style, the author's word ("likely") as given. */
export function formatLevel(level: number | string, locale = 'en'): string {
  if (typeof level === 'string') return level;
  return cachedNumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(level);
}
