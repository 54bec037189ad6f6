/**
 * The value axis: linear by default, log on request; zero included for counts unless the figures
 * sit far from it. Open ranges get room to run on past their bound, so that "at least 7,000" never
 * looks as if it ended at the chart's edge by coincidence.
 *
 * Nice domains and ticks are d3-array's (`nice`, `ticks`: the same algorithm d3-scale uses); the
 * mapping itself is one line. d3-scale's scaleLinear was dropped: it pulls in d3-interpolate,
 * d3-color and d3-format (9.6 KB gzip with scaleLog) for colour interpolation and tick formatting
 * the charts never use.
 */
// d3-array's min and max rather than Math.min(...xs): spreading 100,000 numbers overflows the stack.
import { max, min, nice, ticks } from 'd3-array';
import type { Figure } from '../data/figure.js';
import { figureMax, figureMin } from '../data/figure.js';

/** `auto`: log for figures that span more than three orders of magnitude, all above zero; else linear. */
export type ScaleType = 'linear' | 'log' | 'auto';
/** `auto`: include zero when the figures are not far from it. */
export type ZeroRule = 'auto' | 'always' | 'never';

export interface ValueScaleOptions {
  type?: ScaleType;
  zero?: ZeroRule;
}

/** A scale from numbers to pixels, with what the axis needs to draw it. */
export interface ValueScale {
  type: ScaleType;
  domain: [number, number];
  range: [number, number];
  (value: number): number;
  ticks(count: number): number[];
}

/** The extent of figures, including the room open ranges need. Undefined when there is no number at all. */
export function figuresExtent(figures: Figure[], type: ScaleType = 'linear'): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of figures) {
    const min = figureMin(f);
    const max = figureMax(f);
    if (min !== undefined) lo = Math.min(lo, min);
    if (max !== undefined) hi = Math.max(hi, max);
    // An open range needs space beyond its bound to show that it goes on.
    if (f.kind === 'lower-bound' && f.low !== undefined)
      hi = Math.max(hi, type === 'log' ? f.low * 2 : f.low + Math.abs(f.low) * 0.3);
    if (f.kind === 'upper-bound' && f.high !== undefined)
      lo = Math.min(lo, type === 'log' ? f.high / 2 : f.high - Math.abs(f.high) * 0.3);
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : undefined;
}

/** The extent of the numbers the figures state, without room for open ends. */
function statedExtent(figures: Figure[]): [number, number] | undefined {
  const numbers = figures.flatMap((f) => [figureMin(f), figureMax(f)]).filter((v): v is number => v !== undefined);
  return numbers.length ? [min(numbers)!, max(numbers)!] : undefined;
}

/**
 * Whether a count axis should start at zero: yes when the figures reach within three times their
 * spread of zero (10,000–15,000 does, and so do 6 and 8 deaths; 95–105 does not, where zero would
 * flatten every difference).
 */
export function shouldIncludeZero([lo, hi]: [number, number], rule: ZeroRule = 'auto'): boolean {
  if (rule === 'always') return true;
  if (rule === 'never') return false;
  if (lo <= 0 && hi >= 0) return true;
  const spread = hi - lo;
  // A lone figure ("8 people") has no spread to compare with: show it against zero.
  if (spread === 0) return true;
  return lo > 0 ? lo <= 3 * spread : -hi <= 3 * spread;
}

/**
 * Builds the value scale for figures across a pixel range.
 *
 * @example
 * const x = scaleValue(figures, [120, 600]); x(10000) // pixel position of 10,000
 */
/**
 * What `auto` chooses for these figures: log when every number given is above zero and the largest
 * is at least a thousand times the smallest (infection fatality rates from 0.001 % to 15 %, which a
 * linear axis crushes against zero); linear otherwise, since a log axis cannot show zero or a loss.
 */
export function resolveScaleType(figures: readonly Figure[], type: ScaleType = 'linear'): 'linear' | 'log' {
  if (type !== 'auto') return type;
  const numbers = figures.flatMap((f) => [f.low, f.value, f.high, ...f.intervals.flatMap((i) => [i.low, i.high])]);
  const given = numbers.filter((v): v is number => v !== undefined);
  if (given.length === 0 || given.some((v) => v <= 0)) return 'linear';
  return Math.max(...given) / Math.min(...given) >= 1000 ? 'log' : 'linear';
}

export function scaleValue(figures: Figure[], range: [number, number], options: ValueScaleOptions = {}): ValueScale {
  const type = resolveScaleType(figures, options.type);
  const extent = figuresExtent(figures, type) ?? [0, 1];
  // Whether to include zero is judged on the figures themselves, not on the room added for open ends.
  const stated = statedExtent(figures) ?? extent;
  if (type === 'log') {
    // Zero and negatives have no place on a log axis: start at the smallest positive figure, one
    // decade down, and let a bar from 0 run off the left edge (the layout marks it open).
    const positives = figures
      .flatMap((f) => [f.low, f.value, f.high, ...f.intervals.flatMap((i) => [i.low, i.high])])
      .filter((v): v is number => v !== undefined && v > 0);
    const lo = min(positives) ?? 1;
    const hi = Math.max(extent[1], lo * 10);
    const domain: [number, number] = [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
    const [l0, l1] = [Math.log10(domain[0]), Math.log10(domain[1])];
    const scale = ((v: number) => {
      // Clamped: values outside the domain (a low of 0) sit at the edge.
      const t = Math.min(1, Math.max(0, ((v > 0 ? Math.log10(v) : l0) - l0) / (l1 - l0)));
      return range[0] + t * (range[1] - range[0]);
    }) as ValueScale;
    scale.type = 'log';
    scale.domain = domain;
    scale.range = range;
    scale.ticks = (count: number) => logTicks(domain, count);
    return scale;
  }
  let [lo, hi] = extent;
  if (shouldIncludeZero(stated, options.zero)) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    // A single point: give it an axis around it.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.5;
    lo -= pad;
    hi += pad;
  }
  const domain = nice(lo, hi, 6) as [number, number];
  const scale = ((v: number) =>
    range[0] + ((v - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0])) as ValueScale;
  scale.type = 'linear';
  scale.domain = domain;
  scale.range = range;
  scale.ticks = (count: number) => ticks(domain[0], domain[1], count);
  return scale;
}

/** Powers of ten, with 2 and 5 between them when there is room. */
function logTicks([lo, hi]: [number, number], count: number): number[] {
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const decades = last - first;
  const steps = decades * 3 <= count ? [1, 2, 5] : [1];
  const every = Math.max(1, Math.ceil(decades / Math.max(1, count)));
  const ticks: number[] = [];
  for (let e = first; e <= last; e += every) {
    for (const s of steps) {
      const v = Number((s * 10 ** e).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}
