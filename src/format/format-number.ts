/**
 * Numbers in the chart's locale through `Intl.NumberFormat` (which every evergreen browser has, so
 * d3-format's 3 KB and its locale tables are not needed). Formatters are cached: creating one is
 * slow and a chart formats hundreds of numbers.
 */

/** `full`: 15,000 and 3,500,000. `compact`: 15K, 3.5M (narrow widths). `words`: 15,000 and 3.5 million (text). */
export type NumberStyle = 'full' | 'compact' | 'words';

import { cachedNumberFormat as formatter } from './intl-cache.js';

type FormatKind = 'plain' | 'compact' | 'long';

const OPTIONS: Record<FormatKind, Intl.NumberFormatOptions> = {
  // Six digits is more than any figure shows: numbers are rounded to their digits before formatting,
  // so that one formatter serves every magnitude (each formatter made costs a millisecond or more).
  plain: { maximumFractionDigits: 6 },
  compact: { notation: 'compact', maximumFractionDigits: 1 },
  long: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
};
// Looked up by kind here, so that each of the thousands of calls a long chart makes does not build
// cachedNumberFormat's key from its options.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: FormatKind): Intl.NumberFormat {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = formatter(locale, OPTIONS[kind])));
  return f;
}

/**
 * Rounds as Intl.NumberFormat does: half away from zero, on the number as written (1.025 → 1.03),
 * which shifting the decimal point in the text rather than multiplying gets right.
 */
function roundTo(value: number, digits: number): number {
  const text = String(Math.abs(value));
  // Written with an exponent: under 1e-6, which rounds to (signed) zero, or 1e21 and over, which has no decimals.
  if (text.includes('e')) return Math.abs(value) < 1 ? Math.sign(value) * 0 : value;
  return Math.sign(value) * Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
}

/**
 * Formats a number for a reader.
 *
 * @param value the number
 * @param locale BCP 47 tag, e.g. "en-GB", "uk"
 * @param style see `NumberStyle`; default `full`
 */
export function formatNumber(value: number, locale = 'en', style: NumberStyle = 'full'): string {
  const magnitude = Math.abs(value);
  if (style === 'compact' && magnitude >= 1000) return numberFormat(locale, 'compact').format(value);
  if (style === 'words' && magnitude >= 1e6) return numberFormat(locale, 'long').format(value);
  // Small figures keep their decimals (an anomaly of 0.25 °C), large ones need none.
  const digits = magnitude === 0 ? 0 : magnitude < 1 ? 3 : magnitude < 100 ? 2 : magnitude < 10000 ? 1 : 0;
  return numberFormat(locale, 'plain').format(roundTo(value, digits));
}

/** A typographic minus: "−0.5" reads as negative where "-0.5" can read as a dash. */
export function withMinus(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/**
 * A formatter for axis ticks: one style for all ticks so that 0, 5,000 and 10,000 line up in form,
 * negatives with a true minus.
 */
export function tickFormatter(locale: string, compact: boolean): (value: number) => string {
  const plain = numberFormat(locale, 'plain');
  if (!compact) return (value) => withMinus(plain.format(value));
  // Compact notation keeps one decimal: for a tick under a thousand (0.001 on a log axis) it would
  // round to "0", so such ticks are written plainly.
  const short = numberFormat(locale, 'compact');
  return (value) => withMinus((Math.abs(value) >= 1000 ? short : plain).format(value));
}
