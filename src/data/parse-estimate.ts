/**
 * `parseEstimate`: the phrases of news copy turned into numbers, with the kind of claim kept ("at
 * least 7,000" stays a lower bound) so that nothing downstream pretends to know more than the source
 * said. Three steps, each in its own file: estimate-tokens.ts cuts the phrase into tokens,
 * estimate-quantities.ts groups them into quantities and phrases of the lexicon (estimate-words.ts),
 * and estimate-grammar.ts matches the result against named rules. A phrase that is not understood
 * is rejected with a reason that names what was not understood, never guessed at.
 */
import type { IntervalName } from './interval-name.js';
import type { EstimateKind } from './figure.js';
import { applyGrammar } from './estimate-grammar.js';
import { readPieces } from './estimate-quantities.js';
import { tokenize } from './estimate-tokens.js';
import { normaliseNumberText } from './parse-number.js';

/** A phrase that was read. */
export interface ParsedEstimate {
  ok: true;
  kind: EstimateKind;
  low?: number;
  value?: number;
  high?: number;
  /** The unit written with the figure: "%", "percentage points", "°C", "£", "$", "per 100,000" … */
  unit?: string;
  /** The phrase as given. */
  text: string;
  /** The grammar rule that read it ("range", "plus or minus" …), for whoever wonders why. */
  rule?: string;
  /** The kind of interval the phrase names: "19 (95% CI: 15–24)" is `{ kind: 'confidence', level: 0.95 }`. */
  interval?: IntervalName;
  /**
   * What the reading is unsure of, or set aside: a separator another locale reads differently
   * ("15,000" in a Ukrainian chart), a bracket after the figure ("27% (1,204)").
   */
  warnings?: string[];
}

/** A phrase that could not be read, and why, in words for an editor. */
export interface UnreadEstimate {
  ok: false;
  text: string;
  reason: string;
}

export type EstimateParseResult = ParsedEstimate | UnreadEstimate;

/** How to read the numbers. */
export interface ParseOptions {
  /**
   * The author said how the figures are written (the `number-locale` attribute): a lone separator
   * before three digits is read by the locale without a warning.
   */
  trustLocale?: boolean;
}

function fail(text: string, reason: string): UnreadEstimate {
  return { ok: false, text, reason };
}

/**
 * Reads a figure as journalists write it.
 *
 * @param text the phrase: "10-15,000", "between 7,000 and 15,000", "at least 7,000", "about 3.5 million",
 *   "45 ± 3", "thousands", "£900m to £1.2bn", "19 (95% CI: 15–24)", "a quarter of a million" …
 * @param locale a BCP 47 tag for how the numbers are written (default "en"): in "de" or "uk",
 *   "3,5" is three and a half.
 * @returns the numbers, the kind of claim and the unit, or `{ ok: false, reason }`.
 *
 * @example
 * parseEstimate('10-15,000') // { ok: true, kind: 'range', low: 10000, high: 15000, text: '10-15,000', rule: 'range' }
 */
export function parseEstimate(text: string, locale = 'en', options: ParseOptions = {}): EstimateParseResult {
  if (typeof text !== 'string') return fail(String(text), 'is not text');
  const normal = normaliseNumberText(text).replace(/[.;:,]$/, '');
  if (normal === '') return fail(text, 'is empty');
  if (normal.length > 200) return fail(text, 'is too long to be a figure (over 200 characters)');
  const read = applyGrammar(readPieces(tokenize(normal), normal, locale, options.trustLocale ?? false));
  if (!read.ok) return fail(text, read.reason);
  return upright({
    ok: true,
    ...read.reading,
    text,
    rule: read.rule,
    ...(read.warnings.length > 0 ? { warnings: read.warnings } : {}),
  });
}

/**
 * A reading is returned only the right way up: "0--1" or "15-7,000" would otherwise come back with
 * its low above its high, and a chart would draw a range nobody wrote. Such a phrase is rejected,
 * with the numbers it was read as, for the editor to write the right way round.
 */
function upright(read: ParsedEstimate): EstimateParseResult {
  const { low, value, high } = read;
  const above = (a?: number, b?: number) => a !== undefined && b !== undefined && a > b;
  if (above(low, high))
    return fail(read.text, `reads as a range from ${low} down to ${high}: its first number is above its second`);
  if (above(low, value) || above(value, high))
    return fail(read.text, `has its central figure (${value}) outside its range (${low ?? '…'} to ${high ?? '…'})`);
  // Keep absent fields absent, so that a reading compares equal to what a test expects.
  for (const key of ['low', 'value', 'high', 'unit'] as const) if (read[key] === undefined) delete read[key];
  return read;
}
