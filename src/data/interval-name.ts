/**
 * What kind of interval a figure's range is. A source's claimed range, a 95 % confidence interval,
 * an IPCC "likely" range and the spread between sources all draw as a bar; a reader can tell them
 * apart only if the chart says which each is. Authors name it in words, per figure (`interval`) or
 * per chart (the `interval` attribute), or the phrase does ("3.2 (95% CI 2.1–4.3)").
 */

export type IntervalKind =
  /** A source's own claimed range: "between 7,000 and 15,000". */
  | 'claimed'
  | 'confidence'
  | 'credible'
  | 'uncertainty'
  | 'prediction'
  /** The IPCC's calibrated language: likely (66–100 % probability), very likely (90–100 %). */
  | 'likely'
  | 'very-likely'
  /** The lowest to the highest of several estimates. */
  | 'min-max'
  /** A poll's margin of error. */
  | 'margin-of-error'
  | 'interquartile'
  /** Named in the author's own words, shown as given. */
  | 'other';

/** A named kind of interval: the kind, its level when given (0.95), and for `other` the author's words. */
export interface IntervalName {
  kind: IntervalKind;
  level?: number;
  text?: string;
}

/** Words that name each kind, most specific first ("very likely" before "likely"). */
const KINDS: readonly [IntervalKind, RegExp][] = [
  ['very-likely', /\bvery[\s-]likely\b/],
  ['likely', /\blikely\b/],
  ['claimed', /\bclaim(?:ed|s)?\b|\bsource'?s? (?:own )?range\b/],
  ['credible', /\bcredible\b|\bcri\b|\bhdi\b/],
  ['confidence', /\bconfidence\b|\bci\b/],
  ['uncertainty', /\buncertainty\b|\bui\b/],
  ['prediction', /\bprediction\b|\bpi\b/],
  ['margin-of-error', /\bmargin(?:s)?(?: of error)?\b|\bmoe\b|\bmargin-of-error\b/],
  ['interquartile', /\binter-?quartile\b|\biqr\b/],
  [
    'min-max',
    /\bmin(?:imum)?\s*(?:-|–|to|—)\s*max(?:imum)?\b|\bmin-max\b|\blowest to highest\b|\brange of estimates\b|\bspread\b/,
  ],
];

/**
 * Reads an interval's name as an author writes it: "95% confidence interval", "95 % CI", "credible
 * interval (90%)", "likely range", "claimed", "min-max", "margin of error". Words it does not know
 * are kept as given (`other`), so that an author's "highest-density interval" is still said.
 * Undefined for blank text.
 */
export function readIntervalName(text: string): IntervalName | undefined {
  const words = text.trim();
  if (!words) return undefined;
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  const percent = /(\d{1,2}(?:[.,]\d+)?)\s?%|\b0?[.,](\d+)\b/.exec(lower);
  const level = percent
    ? percent[1] !== undefined
      ? Number(percent[1].replace(',', '.')) / 100
      : Number(`0.${percent[2]}`)
    : undefined;
  const levelled = level !== undefined && level > 0 && level < 1 ? { level } : {};
  for (const [kind, pattern] of KINDS) if (pattern.test(lower)) return { kind, ...levelled };
  return { kind: 'other', text: words };
}

/** The kind a parsed phrase's bracket names ("CI", "credible interval", "likely range"). */
export function intervalKindOfWords(words: string): IntervalKind | undefined {
  const name = readIntervalName(words);
  return name && name.kind !== 'other' ? name.kind : undefined;
}
