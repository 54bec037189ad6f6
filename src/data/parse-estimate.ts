/**
 * `parseEstimate`: the phrases of English news copy turned into numbers, with the kind of claim
 * kept ("at least 7,000" stays a lower bound) so that nothing downstream pretends to know more than
 * the source said.
 *
 * Deliberately not read: number words above twenty except with a multiplier ("forty thousand"
 * is read, "forty-two" is not), fractions other than "half", and dates. A phrase that is not
 * understood is rejected with a reason rather than guessed at.
 */
import type { EstimateKind } from './figure.js';
import {
  APPROXIMATE_PREFIXES,
  KEYWORDS,
  LOWER_BOUND_PREFIXES,
  LOWER_BOUND_SUFFIXES,
  NEUTRAL_PREFIXES,
  NOUN,
  UPPER_BOUND_PREFIXES,
  UPPER_BOUND_SUFFIXES,
  VAGUE,
} from './estimate-words.js';
import { normaliseNumberText, quantityPattern, QUANTITY_GROUPS, readQuantity, type Quantity } from './parse-number.js';

/** A phrase that was read. */
export interface ParsedEstimate {
  ok: true;
  kind: EstimateKind;
  low?: number;
  value?: number;
  high?: number;
  /** "%" when the phrase was a percentage. */
  unit?: string;
  /** The phrase as given. */
  text: string;
}

/** A phrase that could not be read, and why, in words for an editor. */
export interface UnreadEstimate {
  ok: false;
  text: string;
  reason: string;
}

export type EstimateParseResult = ParsedEstimate | UnreadEstimate;

interface Grammar {
  quantity: RegExp;
  range: RegExp;
  plusMinus: RegExp;
  bracketed: RegExp;
}

const grammarCache = new Map<string, Grammar>();

function grammarFor(locale: string): Grammar {
  let grammar = grammarCache.get(locale);
  if (!grammar) {
    const q = quantityPattern(locale);
    const dash = '(?:-|–|—|‒|―)';
    const level =
      '(?:\\d+(?:[.,]\\d+)?\\s*%\\s*)?(?:ci|confidence interval|credible interval|interval|range|uncertainty|ui|pi)?:?,?\\s*';
    grammar = {
      quantity: new RegExp(`^${q}$`, 'i'),
      range: new RegExp(`^(?:(?:between|from)\\s+)?${q}\\s*(?:${dash}|to|and|or|${dash}\\s*to)\\s*${q}$`, 'i'),
      plusMinus: new RegExp(`^${q}\\s*(?:\\(\\s*)?(?:±|\\+/-|\\+-|plus or minus|plus/minus)\\s*${q}(?:\\s*\\))?$`, 'i'),
      bracketed: new RegExp(`^${q}\\s*[([]\\s*${level}${q}\\s*(?:${dash}|to|,)\\s*${q}\\s*[)\\]]$`, 'i'),
    };
    grammarCache.set(locale, grammar);
  }
  return grammar;
}

function captures(match: RegExpExecArray, index: number): (string | undefined)[] {
  const start = 1 + index * QUANTITY_GROUPS;
  return match.slice(start, start + QUANTITY_GROUPS);
}

/**
 * "3.5-4 million", "3.5 to 4 million": a bare first number takes the second's multiplier word.
 * "10-15,000": in the dashed form only, it takes the second's thousands ("between 1 and 1,000" is
 * one to a thousand). Either way only when the result stays below the second number, so that
 * "between 500 and 1 million" stays 500 to 1,000,000.
 */
function inheritMagnitude(first: Quantity, second: Quantity, dashed: boolean): number {
  if (first.multiplier !== undefined || first.groups > 0 || first.value === 0) return first.value;
  const scale = second.multiplier ?? (dashed && second.groups > 0 ? 1000 ** second.groups : 1);
  if (scale === 1) return first.value;
  const scaled = Number((first.value * scale).toPrecision(15));
  return Math.abs(scaled) < Math.abs(second.value) ? scaled : first.value;
}

/** A range whose bounds are joined by a dash ("10-15,000", "between 10-15,000"), not by words. */
function isDashed(normal: string): boolean {
  return /\d\s*[-–—‒―]\s*\d/.test(normal);
}

function stripAffix(text: string, affixes: string[], where: 'prefix' | 'suffix'): string | undefined {
  for (const affix of affixes) {
    if (where === 'prefix' && text.startsWith(affix)) {
      const rest = text.slice(affix.length);
      // Word prefixes must end at a word boundary ("over 7,000", not "overall").
      if (/^[a-z]/.test(affix) && /^[a-z]/.test(rest)) continue;
      return rest.trim();
    }
    if (where === 'suffix' && text.endsWith(affix)) return text.slice(0, text.length - affix.length).trim();
  }
  return undefined;
}

function fail(text: string, reason: string): UnreadEstimate {
  return { ok: false, text, reason };
}

/**
 * Reads a figure as journalists write it.
 *
 * @param text the phrase: "10-15,000", "between 7,000 and 15,000", "at least 7,000", "about 3.5 million",
 *   "45 ± 3", "thousands", "-0.5 to 1.2" …
 * @param locale a BCP 47 tag for the number separators (default "en"): in "de", "3,5 Millionen" style
 *   decimals use a comma.
 * @returns the numbers and the kind of claim, or `{ ok: false, reason }`.
 *
 * @example
 * parseEstimate('10-15,000') // { ok: true, kind: 'range', low: 10000, high: 15000, text: '10-15,000' }
 */
export function parseEstimate(text: string, locale = 'en'): EstimateParseResult {
  if (typeof text !== 'string') return fail(String(text), 'is not text');
  const original = text;
  const normal = normaliseNumberText(text).replace(/[.;:]$/, '');
  if (normal === '') return fail(original, 'is empty');
  if (normal.length > 200) return fail(original, 'is too long to be a figure (over 200 characters)');
  const read = readPhrase(normal, locale, original);
  if (read) return upright(read);
  // "3.5 million refugees": drop the words naming what is counted, one at a time, and try again.
  const words = normal.split(' ');
  for (let keep = words.length - 1; keep >= Math.max(1, words.length - 5); keep--) {
    const dropped = words[keep];
    if (KEYWORDS.has(dropped) || !NOUN.test(dropped)) break;
    const again = readPhrase(words.slice(0, keep).join(' '), locale, original);
    if (again) return upright(again);
  }
  return fail(original, explain(normal));
}

/**
 * A reading is returned only the right way up: "0--1" or "15-7,000" would otherwise come back with
 * its low above its high, and a chart would draw a range nobody wrote. Such a phrase is rejected,
 * with the numbers it was read as, for the editor to write the right way round.
 */
function upright(read: ParsedEstimate): EstimateParseResult {
  if (!read.ok) return read;
  const { low, value, high } = read;
  const above = (a?: number, b?: number) => a !== undefined && b !== undefined && a > b;
  if (above(low, high))
    return fail(read.text, `reads as a range from ${low} down to ${high}: its first number is above its second`);
  if (above(low, value) || above(value, high))
    return fail(read.text, `has its central figure (${value}) outside its range (${low ?? '…'} to ${high ?? '…'})`);
  return read;
}

function explain(normal: string): string {
  if (
    !/\d/.test(normal) &&
    !/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|thousand|million|billion)\b/.test(normal)
  )
    return 'has no number in it';
  if (/\d\s+\d/.test(normal) && !/between|to|and/.test(normal))
    return 'has two numbers with nothing between them to say how they relate';
  if (/(?:between|from)\s+\S+$/.test(normal) || /(?:-|–|to|and)$/.test(normal))
    return 'is a range with its second number missing';
  return 'is not a figure this parser knows how to read (try "10,000", "10,000–15,000" or "at least 7,000")';
}

function readPhrase(normal: string, locale: string, original: string): ParsedEstimate | undefined {
  const grammar = grammarFor(locale);

  for (const [pattern, low, high] of VAGUE) {
    if (pattern.test(normal)) return { ok: true, kind: 'vague', low, high, text: original };
  }

  const single = grammar.quantity.exec(normal);
  if (single) {
    const q = readQuantity(captures(single, 0), locale);
    return q && { ok: true, kind: 'point', value: q.value, unit: unitOf(q), text: original };
  }

  const range = grammar.range.exec(normal);
  if (range) {
    const a = readQuantity(captures(range, 0), locale);
    const b = readQuantity(captures(range, 1), locale);
    if (!a || !b) return undefined;
    return {
      ok: true,
      kind: 'range',
      low: inheritMagnitude(a, b, isDashed(normal)),
      high: b.value,
      unit: unitOf(a) ?? unitOf(b),
      text: original,
    };
  }

  const plusMinus = grammar.plusMinus.exec(normal);
  if (plusMinus) {
    const centre = readQuantity(captures(plusMinus, 0), locale);
    const margin = readQuantity(captures(plusMinus, 1), locale);
    if (!centre || !margin) return undefined;
    const low = Number((centre.value - margin.value).toPrecision(15));
    const high = Number((centre.value + margin.value).toPrecision(15));
    return { ok: true, kind: 'range', low, value: centre.value, high, unit: unitOf(centre), text: original };
  }

  const bracketed = grammar.bracketed.exec(normal);
  if (bracketed) {
    const centre = readQuantity(captures(bracketed, 0), locale);
    const a = readQuantity(captures(bracketed, 1), locale);
    const b = readQuantity(captures(bracketed, 2), locale);
    if (!centre || !a || !b) return undefined;
    // "3.5 million (3.2-3.8 million)": the bounds are written like the centre.
    return {
      ok: true,
      kind: 'range',
      low: inheritMagnitude(a, b, true),
      value: centre.value,
      high: b.value,
      unit: unitOf(centre),
      text: original,
    };
  }

  const bounded = readBounded(normal, locale);
  if (bounded) return { ...bounded, text: original };
  return undefined;
}

function readBounded(normal: string, locale: string): Omit<ParsedEstimate, 'text'> | undefined {
  const grammar = grammarFor(locale);
  const one = (rest: string | undefined) => {
    if (rest === undefined) return undefined;
    const m = grammar.quantity.exec(rest);
    return m ? readQuantity(captures(m, 0), locale) : undefined;
  };
  let q =
    one(stripAffix(normal, LOWER_BOUND_PREFIXES, 'prefix')) ?? one(stripAffix(normal, LOWER_BOUND_SUFFIXES, 'suffix'));
  if (q) return { ok: true, kind: 'lower-bound', low: q.value, unit: unitOf(q) };
  q =
    one(stripAffix(normal, UPPER_BOUND_PREFIXES, 'prefix')) ?? one(stripAffix(normal, UPPER_BOUND_SUFFIXES, 'suffix'));
  if (q) return { ok: true, kind: 'upper-bound', high: q.value, unit: unitOf(q) };
  const approx = stripAffix(normal, APPROXIMATE_PREFIXES, 'prefix');
  q = one(approx);
  if (q) return { ok: true, kind: 'approximate', value: q.value, unit: unitOf(q) };
  q = one(stripAffix(normal, NEUTRAL_PREFIXES, 'prefix'));
  if (q) return { ok: true, kind: 'point', value: q.value, unit: unitOf(q) };
  // "about 10-15,000" or "some 3.5 million people": a hedged phrase around a range stays a range.
  if (approx !== undefined && approx !== normal) {
    const inner = readPhrase(approx, locale, approx);
    if (inner && inner.kind === 'range') return { ...inner, ok: true };
  }
  return undefined;
}

function unitOf(q: Quantity): string | undefined {
  return q.percent ? '%' : undefined;
}
