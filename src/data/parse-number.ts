/**
 * Reading one quantity as journalists write it: "10,000", "3.5 million", "40k", "1.2bn", "six",
 * "half a million", "10 000". The separators come from the locale, so "3,5 Mio." style input in a
 * `de` chart reads "3,5" as three and a half. Words are English: the phrase grammar around them is.
 */

/** The separators a locale writes numbers with. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, NumberSeparators>();

/** The group and decimal separators of a locale, from `Intl` (cached). Unknown locales fall back to English. */
export function numberSeparators(locale = 'en'): NumberSeparators {
  let seps = separatorCache.get(locale);
  if (!seps) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(12345.6);
    }
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    // Locales that group with a (narrow) no-break space are normalised to a plain space before matching.
    seps = { group: /\s/.test(group) ? ' ' : group, decimal };
    separatorCache.set(locale, seps);
  }
  return seps;
}

/** Multipliers written after a number, longest first so that "mn" wins over "m". */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['hundred', 1e2],
  ['tn', 1e12],
  ['bn', 1e9],
  ['mn', 1e6],
  ['mln', 1e6],
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
];

const SMALL_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  dozen: 12,
  'a dozen': 12,
  half: 0.5,
  'half a': 0.5,
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A parsed quantity and how it was written, which the range rules need. */
export interface Quantity {
  value: number;
  /** Written with a thousands separator ("15,000"): the number of separator groups. */
  groups: number;
  /** A multiplier word or suffix was written ("million", "k"). */
  multiplier?: number;
  /** Written as a percentage. */
  percent: boolean;
}

const patternCache = new Map<string, string>();

/**
 * The regular-expression source for one quantity in a locale, with capture groups consumed by
 * `readQuantity`. Exposed so that the phrase grammar can embed it.
 */
export function quantityPattern(locale = 'en'): string {
  let source = patternCache.get(locale);
  if (source) return source;
  const { group, decimal } = numberSeparators(locale);
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const words = Object.keys(SMALL_WORDS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const multipliers = MULTIPLIERS.map(([m]) => `${m}s?`).join('|');
  // digits: grouped ("15,000"), plain ("15000"), or a bare decimal (".5"); an exponent is accepted
  // for machine-written files ("1.5e6").
  const digits = `-?(?:\\d{1,3}(?:(?:${g}| )\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?(?:e[+-]?\\d+)?|${d}\\d+)`;
  source =
    `(?:(${digits})|(${words})(?![a-z]))` + // 1: digits, 2: a number word
    `(?:\\s*(${multipliers})(?![a-z]))?` + // 3: multiplier
    `(?:\\s*(%|per ?cent))?`; // 4: percent
  patternCache.set(locale, source);
  return source;
}

/** Number of capture groups in `quantityPattern`. */
export const QUANTITY_GROUPS = 4;

/**
 * Turns the captures of one `quantityPattern` match into a quantity, or undefined when the number
 * is not finite (e.g. "1e309").
 */
export function readQuantity(captures: (string | undefined)[], locale = 'en'): Quantity | undefined {
  const [digits, word, multiplierText, percentText] = captures;
  const { group, decimal } = numberSeparators(locale);
  let value: number;
  let groups = 0;
  if (digits !== undefined) {
    // Spaces group thousands in any locale ("10 000"), as they do in much European copy.
    const bare = digits.split(group).join(' ');
    groups = bare.split(' ').length - 1;
    const plain = bare.split(' ').join('').replace(decimal, '.');
    value = Number(plain);
  } else if (word !== undefined) {
    value = SMALL_WORDS[word.replace(/\s+/g, ' ')];
  } else {
    return undefined;
  }
  let multiplier: number | undefined;
  if (multiplierText) {
    const key = multiplierText.replace(/s$/, '');
    multiplier = MULTIPLIERS.find(([m]) => m === key)?.[1] ?? MULTIPLIERS.find(([m]) => m === multiplierText)?.[1];
    if (multiplier !== undefined) value *= multiplier;
  } else if (word !== undefined && (word === 'a' || word === 'an' || word.startsWith('half'))) {
    // "a" or "half a" on its own is not a number: it must be followed by a multiplier ("a million").
    return undefined;
  }
  if (!Number.isFinite(value)) return undefined;
  // Avoid float noise such as 3.5 * 1e6 = 3500000.0000000005.
  value = Number(value.toPrecision(15));
  return { value, groups, multiplier, percent: percentText !== undefined };
}

/**
 * Reads a string that should hold a single number ("15,000", "3.5m") in a locale.
 * Returns undefined when it holds anything else.
 */
export function parseQuantity(text: string, locale = 'en'): Quantity | undefined {
  const normal = normaliseNumberText(text);
  const match = new RegExp(`^${quantityPattern(locale)}$`, 'i').exec(normal);
  return match ? readQuantity(match.slice(1, 1 + QUANTITY_GROUPS), locale) : undefined;
}

/**
 * Normalises the typography of a phrase: lower case, every kind of space to one space, the true
 * minus sign to a hyphen-minus, and trims. Dashes between numbers stay for the range grammar.
 */
export function normaliseNumberText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u2009\u202f\s]+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
}
