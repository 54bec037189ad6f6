import type { IntervalName } from './interval-name.js';

/**
 * The figures contract: what a newsroom hands a chart (`Estimate`) and what the chart draws
 * from once the input has been read and checked (`Figure`).
 */

/** How much a figure claims to know. Kept with the figure so that text never says more than the source did. */
export type EstimateKind =
  /** One number, stated as exact ("10,000"). */
  | 'point'
  /** One number, hedged ("about 3.5 million"). */
  | 'approximate'
  /** A closed range, with or without a central value ("10,000–15,000", "45 ± 3"). */
  | 'range'
  /** Open above: "at least 7,000". */
  | 'lower-bound'
  /** Open below: "up to 15,000". */
  | 'upper-bound'
  /** An order of magnitude in words: "thousands". */
  | 'vague';

/** The fields of the contract, in the order an editor would read them. */
export const ESTIMATE_FIELDS = [
  'label',
  'group',
  'value',
  'low',
  'high',
  'intervals',
  'interval',
  'estimate',
  'date',
  'source',
  'url',
  'note',
] as const;
export type EstimateField = (typeof ESTIMATE_FIELDS)[number];

/** A nested interval as given: `level` is a probability (0.5, 0.95) or a word ("likely"). */
export interface EstimateInterval {
  low?: number | string;
  high?: number | string;
  level?: number | string;
}

/**
 * One estimate as a newsroom writes it. Every field but `label` is optional; a numeric field may
 * be a string, read with `parseEstimate`.
 *
 * @example
 * { label: 'Ukrainian authorities', group: 'Russian troops killed', estimate: '10-15,000', date: '2022-03-24' }
 */
export interface Estimate {
  /** What the row is: who made the estimate, or a category. */
  label: string;
  /** What is being estimated; rows with the same group are drawn together. */
  group?: string;
  /** The central or best estimate. */
  value?: number | string;
  /** The lower end of the range; missing means open below when `high` is given. */
  low?: number | string;
  /** The upper end of the range; missing means open above when `low` is given. */
  high?: number | string;
  /** Nested ranges, e.g. 50 % and 95 % intervals. */
  intervals?: EstimateInterval[];
  /**
   * What kind of interval the range (and any nested intervals) is, in words: "claimed range", "95%
   * confidence interval", "credible", "likely range" (IPCC), "min-max", "margin of error". Said in
   * the key, the details, the spoken name, the table and the summary. Words it does not know are
   * said as given. Default: the chart's `interval` attribute, else what the phrase names ("95% CI").
   */
  interval?: string;
  /** The figure as written ("10–15,000"); parsed when the numbers are absent. */
  estimate?: string;
  /** When the estimate was made, or what it is as of (ISO 8601). */
  date?: string | Date;
  /** Who said it. */
  source?: string;
  /** Where it was said: an http(s) or relative link. */
  url?: string;
  /** A short remark shown with the figure. */
  note?: string;
}

/**
 * A timeline's own series point: a figure with no label of its own (it is its group's). Only
 * `<estimate-timeline>` accepts these; `<estimate-range>` reports a missing label.
 */
export type SeriesPoint = Omit<Estimate, 'label'> & { label?: string };

/** A checked interval, numbers only. `level` keeps the author's wording or probability. */
export interface Interval {
  low: number;
  high: number;
  level: number | string;
}

/** How precisely a date was given, so that "2022-03" is not shown as "1 Mar 2022". */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A checked date: the instant (UTC) and how much of it the author gave. */
export interface FigureDate {
  time: Date;
  precision: DatePrecision;
}

/** A figure ready to draw: numbers are numbers, the kind is known, text is plain text. */
export interface Figure {
  /** The row as a reader counts it, from 1, in the order given. */
  row: number;
  label: string;
  /** Given without a label (allowed for a timeline's series points): `label` is then the group. */
  unlabelled?: true;
  group?: string;
  value?: number;
  low?: number;
  high?: number;
  kind: EstimateKind;
  /** Nested intervals, widest first. */
  intervals: Interval[];
  /** What kind of interval its range and nested intervals are, when the author or the phrase said. */
  interval?: IntervalName;
  /** The original phrase, when one was given or numbers were read from text. */
  text?: string;
  /** A unit read from the phrase ("%"). */
  unit?: string;
  date?: FigureDate;
  source?: string;
  /** Only http(s) or relative links survive validation. */
  url?: string;
  note?: string;
  /**
   * The same source's earlier figures for the same thing, oldest first, when rows sharing a label and
   * group but not a date were joined into this one, the latest (data/revisions.ts).
   */
  earlier?: readonly Figure[];
}

/** The lowest number a figure reaches, for scales and sorting. */
export function figureMin(figure: Figure): number | undefined {
  return extremeOf([figure.low, figure.value, ...figure.intervals.map((i) => i.low)], -1);
}

/** The highest number a figure reaches. */
export function figureMax(figure: Figure): number | undefined {
  return extremeOf([figure.high, figure.value, ...figure.intervals.map((i) => i.high)], 1);
}

/** The largest (sign 1) or smallest (sign -1) of the defined numbers. */
function extremeOf(values: (number | undefined)[], sign: 1 | -1): number | undefined {
  let best: number | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || sign * (v - best) > 0)) best = v;
  return best;
}

/** The figure's centre: its value, else the middle of its range, else its one bound. */
export function figureCentre(f: Figure): number | undefined {
  if (f.value !== undefined) return f.value;
  const lo = figureMin(f);
  const hi = figureMax(f);
  return lo !== undefined && hi !== undefined ? (lo + hi) / 2 : (lo ?? hi);
}

/**
 * Whether a figure is a source's estimate rather than one of its series' own points: in a timeline,
 * a row labelled with something other than its series' name.
 */
export function isSourceEstimate(f: Figure): boolean {
  return !f.unlabelled && f.label !== (f.group ?? '');
}

/** The figure with the most interval levels, whose levels a key lists; none when no figure has intervals. */
export function mostIntervals(figures: readonly Figure[]): Figure | undefined {
  return figures.reduce<Figure | undefined>(
    (best, f) => (f.intervals.length > (best?.intervals.length ?? 0) ? f : best),
    undefined,
  );
}
