/**
 * The second step of reading a figure: tokens grouped into the pieces the grammar works with. A
 * quantity is everything that makes one number, "£", "1.2", "bn" or "a quarter of a million" or
 * "5·5 per 1,000"; a phrase of the lexicon is one piece with its role ("at least" is `lower`); a
 * vague magnitude ("tens of thousands") is one piece; any other word is prose.
 */
import type { Token } from './estimate-tokens.js';
import {
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  MULTIPLIERS,
  ONES,
  TENS,
  UNITS,
  VAGUE,
  phraseTable,
  type Role,
} from './estimate-words.js';
import { readDigits } from './parse-number.js';

/** One number as written. */
export interface Quantity {
  value: number;
  /** Thousands separators written ("15,000" has one); the range rules need it. */
  groups: number;
  /** A multiplier word or suffix was written ("million", "k"). */
  multiplier?: number;
  unit?: string;
  /** Written in words ("twenty-three"). */
  words: boolean;
  /** Written as a whole number with no sign, unit or multiplier: a year, a score or a day may look like this. */
  bare: boolean;
  /** The tokens it was read from, joined again for messages. */
  text: string;
  /** A doubt about the reading, such as a separator that means different things in different locales. */
  warning?: string;
  /** A comparison written before or after it ("at least", "or more"). */
  hedge?: 'lower' | 'upper' | 'approx';
}

export type Piece =
  | { kind: 'quantity'; q: Quantity }
  | { kind: 'vague'; low: number; high: number; text: string }
  | { kind: 'role'; role: Role; text: string }
  | { kind: 'prose'; text: string }
  | { kind: 'unreadable'; reason: string };

const DASHES = new Set(['-', '–', '—', '‒', '―']);

/** The tokens' text as a key of the lexicon: words and marks joined by single spaces. */
function textOf(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** The tokens as they were written in `source`, for messages ("£20bn", not "£ 20 bn"). */
function writtenAs(source: string, tokens: Token[], from: number, to: number): string {
  return to > from ? source.slice(tokens[from].at, tokens[to - 1].end) : '';
}

/** The first token of every phrase of each table, so that most tokens are passed over at once. */
const firstTokens = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();

/** The longest entry of `phrases` that starts at `i`, as [value, length]. */
function longestMatch<T>(
  tokens: Token[],
  i: number,
  phrases: ReadonlyMap<string, T>,
  max: number,
): [T, number] | undefined {
  let firsts = firstTokens.get(phrases);
  if (!firsts) firstTokens.set(phrases, (firsts = new Set([...phrases.keys()].map((k) => k.split(' ')[0]))));
  if (i >= tokens.length || !firsts.has(tokens[i].text)) return undefined;
  for (let length = Math.min(max, tokens.length - i); length > 0; length--) {
    const hit = phrases.get(textOf(tokens, i, i + length));
    if (hit !== undefined) return [hit, length];
  }
  return undefined;
}

const vagueTable = new Map(VAGUE.map(([phrase, low, high]) => [phrase, [low, high] as const]));
const unitTable = new Map(UNITS.map(([phrase, unit]) => [phrase, unit]));
const wordOf = (t: Token | undefined) => (t?.type === 'word' ? t.text : undefined);

/**
 * Number words: "twenty-three", "one hundred and twenty", "eleven hundred", "two dozen",
 * "a quarter of a million", "three-quarters of a million", "one and a half million".
 * Returns the value and the index after the last word used.
 */
export function readNumberWords(
  tokens: Token[],
  start: number,
): { value: number; end: number; scale?: number } | undefined {
  let i = start;
  const fraction = readFraction(tokens, i);
  if (fraction) {
    // "half a million", "a quarter of a million", "three-quarters of a million", "half a dozen"
    i = fraction.end;
    if (wordOf(tokens[i]) === 'of') i++;
    if (wordOf(tokens[i]) === 'a' || wordOf(tokens[i]) === 'an') i++;
    if (tokens[i]?.text === '-') i++;
    const scale = scaleOf(wordOf(tokens[i]));
    if (scale === undefined) return undefined;
    return { value: fraction.value * scale, end: i + 1, scale };
  }
  let total = 0;
  let current = 0;
  let any = false;
  let lastScale = Infinity;
  let scale: number | undefined;
  while (i < tokens.length) {
    const w = wordOf(tokens[i]);
    if (w === undefined) break;
    if ((w === 'a' || w === 'an') && !any && scaleOf(wordOf(tokens[i + 1])) !== undefined) {
      current = 1;
      any = true;
      i++;
    } else if (w in ONES || w in TENS) {
      // "twenty three" or "twenty-three"; but "five six" is two numbers.
      const v = w in ONES ? ONES[w] : TENS[w];
      if (any && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && v < 10)) break;
      current += v;
      any = true;
      i++;
      if (w in TENS && tokens[i]?.text === '-' && wordOf(tokens[i + 1]) !== undefined && wordOf(tokens[i + 1])! in ONES)
        i++;
    } else if (w === 'hundred' && any) {
      current = (current || 1) * 100;
      scale ??= 100;
      i++;
    } else if (w === 'dozen' && (any || start === i)) {
      current = (current || 1) * 12;
      scale ??= 12;
      any = true;
      i++;
    } else if (any && scaleOf(w) !== undefined && w !== 'hundred' && w !== 'dozen' && scaleOf(w)! < lastScale) {
      lastScale = scaleOf(w)!;
      scale = Math.max(scale ?? 0, lastScale);
      total += (current || 1) * lastScale;
      current = 0;
      i++;
    } else if (w === 'and' && any && wordOf(tokens[i + 1]) === 'a' && wordOf(tokens[i + 2]) === 'half') {
      // "one and a half million": the half belongs to what comes before the scale.
      current += 0.5;
      i += 3;
    } else if (
      w === 'and' &&
      any &&
      (total > 0 || current >= 100) &&
      (wordOf(tokens[i + 1]) ?? '') in { ...ONES, ...TENS }
    ) {
      i++;
    } else break;
  }
  if (!any) return undefined;
  return { value: total + current, end: i, scale };
}

function scaleOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word === 'dozen') return 12;
  const m = MULTIPLIERS[word];
  return m !== undefined && /^[a-z]{4,}$/.test(word) && !word.endsWith('s') ? m : undefined;
}

function readFraction(tokens: Token[], i: number): { value: number; end: number } | undefined {
  const w = wordOf(tokens[i]);
  if (w === 'half') return { value: 0.5, end: i + 1 };
  if (w === 'quarter') return { value: 0.25, end: i + 1 };
  if ((w === 'a' || w === 'an') && (wordOf(tokens[i + 1]) === 'half' || wordOf(tokens[i + 1]) === 'quarter'))
    return { value: wordOf(tokens[i + 1]) === 'half' ? 0.5 : 0.25, end: i + 2 };
  if (w === 'three' && tokens[i + 1]?.text === '-' && wordOf(tokens[i + 2]) === 'quarters')
    return { value: 0.75, end: i + 3 };
  if (w === 'three' && wordOf(tokens[i + 1]) === 'quarters') return { value: 0.75, end: i + 2 };
  return undefined;
}

/**
 * One quantity starting at `start`, or undefined. `signed` says whether a dash here is a minus
 * sign (at the start, or after "to", a bracket or a comma) rather than a range's dash.
 */
function readQuantity(
  source: string,
  tokens: Token[],
  start: number,
  signed: boolean,
  locale: string,
  trustLocale: boolean,
): { piece: Piece; end: number } | undefined {
  let i = start;
  let unit: string | undefined;
  let sign = 1;
  const currencyAt = (t: Token | undefined) =>
    t && t.type !== 'digits' ? CURRENCY_BEFORE[t.text.replace(/\.$/, '')] : undefined;
  if (wordOf(tokens[i]) === 'us' && tokens[i + 1]?.text === '$') i++;
  if (currencyAt(tokens[i]) && startsNumber(tokens, i + 1)) unit = currencyAt(tokens[i++]);
  // A sign, before or after a currency sign: "-£5m", "£-5m", "–0.2".
  const signAt = (at: number) =>
    signed &&
    (DASHES.has(tokens[at]?.text ?? '') || tokens[at]?.text === '+') &&
    (tokens[at + 1]?.type === 'digits' || (!unit && currencyAt(tokens[at + 1]) && tokens[at + 2]?.type === 'digits'));
  if (signAt(i)) {
    if (tokens[i].text !== '+') sign = -1;
    i++;
    if (!unit && currencyAt(tokens[i]) && tokens[i + 1]?.type === 'digits') unit = currencyAt(tokens[i++]);
  }
  let value: number;
  let groups = 0;
  let words = false;
  let warning: string | undefined;
  let wordScale: number | undefined;
  const token = tokens[i];
  if (token?.type === 'digits') {
    const read = readDigits(token.text, locale, trustLocale);
    if (!read.ok) return { piece: { kind: 'unreadable', reason: read.reason }, end: i + 1 };
    ({ value, groups, warning } = read);
    i++;
  } else {
    const spelled = readNumberWords(tokens, i);
    if (!spelled) return undefined;
    ({ value } = spelled);
    i = spelled.end;
    words = true;
    wordScale = spelled.scale;
  }
  let multiplier: number | undefined = wordScale;
  const after = wordOf(tokens[i]);
  if (!words && after !== undefined && MULTIPLIERS[after] !== undefined) {
    multiplier = MULTIPLIERS[after];
    value *= multiplier;
    i++;
  }
  const unitMatch = longestMatch(tokens, i, unitTable, 2) ?? longestMatch(tokens, i, currencyAfterTable, 1);
  if (unitMatch) {
    unit ??= unitMatch[0];
    i += unitMatch[1];
  }
  const per = readPer(tokens, i, locale);
  if (per && !unit) {
    unit = per.unit;
    i = per.end;
  }
  value = Number((sign * value).toPrecision(15));
  if (!Number.isFinite(value))
    return {
      piece: { kind: 'unreadable', reason: `“${writtenAs(source, tokens, start, i)}” is too large to be a number` },
      end: i,
    };
  const bare =
    !words &&
    sign === 1 &&
    multiplier === undefined &&
    unit === undefined &&
    groups === 0 &&
    !token.text.includes('.') &&
    !token.text.includes(',');
  const q: Quantity = {
    value,
    groups,
    multiplier,
    unit,
    words,
    bare,
    text: writtenAs(source, tokens, start, i),
    warning,
  };
  return { piece: { kind: 'quantity', q }, end: i };
}

const currencyAfterTable = new Map(Object.entries(CURRENCY_AFTER));

function startsNumber(tokens: Token[], i: number): boolean {
  return (
    tokens[i]?.type === 'digits' ||
    (DASHES.has(tokens[i]?.text ?? '') && tokens[i + 1]?.type === 'digits') ||
    readNumberWords(tokens, i) !== undefined
  );
}

/** "per 1,000" or "deaths per 100 000": a rate's unit, with up to three words naming what is counted before it. */
function readPer(tokens: Token[], i: number, locale: string): { unit: string; end: number } | undefined {
  let j = i;
  while (j < i + 3 && wordOf(tokens[j]) !== undefined && wordOf(tokens[j]) !== 'per') j++;
  if (wordOf(tokens[j]) !== 'per' || tokens[j + 1]?.type !== 'digits') return undefined;
  const read = readDigits(tokens[j + 1].text, locale, true);
  if (!read.ok) return undefined;
  return { unit: `per ${read.value.toLocaleString('en')}`, end: j + 2 };
}

/**
 * Cuts tokens into pieces: vague magnitudes, quantities, phrases of the lexicon, and prose.
 * `source` is the phrase the tokens were cut from.
 */
export function readPieces(tokens: Token[], source: string, locale: string, trustLocale: boolean): Piece[] {
  const { before, after, longest } = phraseTable();
  const pieces: Piece[] = [];
  let i = 0;
  while (i < tokens.length) {
    const previous = pieces[pieces.length - 1];
    const vague = longestMatch(tokens, i, vagueTable, 4);
    if (vague) {
      pieces.push({
        kind: 'vague',
        low: vague[0][0],
        high: vague[0][1],
        text: writtenAs(source, tokens, i, i + vague[1]),
      });
      i += vague[1];
      continue;
    }
    const signed =
      previous === undefined ||
      (previous.kind === 'role' &&
        [
          'to',
          'and',
          'or',
          'between',
          'open',
          'comma',
          'colon',
          'plus-minus',
          'lower',
          'upper',
          'approx',
          'filler',
          'centre',
          'interval',
        ].includes(previous.role));
    const quantity = readQuantity(source, tokens, i, signed, locale, trustLocale);
    if (quantity) {
      pieces.push(quantity.piece);
      i = quantity.end;
      continue;
    }
    const afterNumber = previous?.kind === 'quantity';
    const asBefore = longestMatch(tokens, i, before, longest);
    const asAfter = longestMatch(tokens, i, after, longest);
    const pick =
      asBefore && asAfter
        ? asAfter[1] > asBefore[1] || (asAfter[1] === asBefore[1] && afterNumber)
          ? asAfter
          : asBefore
        : (asBefore ?? asAfter);
    if (pick) {
      pieces.push({ kind: 'role', role: pick[0], text: writtenAs(source, tokens, i, i + pick[1]) });
      i += pick[1];
      continue;
    }
    pieces.push({ kind: 'prose', text: tokens[i].text });
    i++;
  }
  return pieces;
}
