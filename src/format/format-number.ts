/**
 * Numbers in the chart's locale through `Intl.NumberFormat` (which every evergreen browser has, so
 * d3-format's 3 KB and its locale tables are not needed). Formatters are cached: creating one is
 * slow and a chart formats hundreds of numbers.
 */

/** `full`: 15,000 and 3,500,000. `compact`: 15K, 3.5M (narrow widths). `words`: 15,000 and 3.5 million (text). */
export type NumberStyle = 'full' | 'compact' | 'words';

import { cachedNumberFormat as formatter } from './intl-cache.js';

/**
 * Formats a number for a reader.
 *
 * @param value the number
 * @param locale BCP 47 tag, e.g. "en-GB", "uk"
 * @param style see `NumberStyle`; default `full`
 */
export function formatNumber(value: number, locale = 'en', style: NumberStyle = 'full'): string {
  const magnitude = Math.abs(value);
  if (style === 'compact' && magnitude >= 1000) {
    return formatter(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
  if (style === 'words' && magnitude >= 1e6) {
    return formatter(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  }
  // Small figures keep their decimals (an anomaly of 0.25 °C), large ones need none.
  const digits = magnitude === 0 ? 0 : magnitude < 1 ? 3 : magnitude < 100 ? 2 : magnitude < 10000 ? 1 : 0;
  return formatter(locale, { maximumFractionDigits: digits }).format(value);
}

/** A formatter for axis ticks: one style for all ticks so that 0, 5,000 and 10,000 line up in form. */
export function tickFormatter(locale: string, compact: boolean): (value: number) => string {
  const f = compact
    ? formatter(locale, { notation: 'compact', maximumFractionDigits: 1 })
    : formatter(locale, { maximumFractionDigits: 6 });
  return (value) => f.format(value);
}
