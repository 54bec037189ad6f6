/**
 * A figure's distribution, for `display="gradient"` and `display="dots"`: fitted only where the
 * source gave a probability, a centre and an interval at a stated level ("3.2 (95% CI 2.1–4.3)", a
 * fan chart's 50 % and 95 % bands). The shape is an assumption, and is said as one: a normal
 * distribution, or a two-piece normal (as the Bank of England's fan charts use) when the centre is
 * not in the middle of the interval. A range a source claimed, a lowest-to-highest spread, an IPCC
 * "likely" range (a bound on a probability, not a probability) or an open or vague figure has none.
 */
import type { Figure } from './figure.js';

export interface Distribution {
  shape: 'normal' | 'two-piece normal';
  /** The mode, where the two halves meet: the figure's value, else the interval's middle. */
  centre: number;
  /** The spread below and above the centre (equal for a normal). */
  sdLow: number;
  sdHigh: number;
  /** The interval's level it was fitted to (0.95). */
  level: number;
  /** The probability of falling below `x`. */
  cdf(x: number): number;
  /** The value below which the probability is `p`. */
  quantile(p: number): number;
  /** The density at `x`, relative to the density at the centre (1 there). */
  relativeDensity(x: number): number;
}

/** Kinds of interval that state a probability; the others say only where a figure lies. */
const PROBABILISTIC = new Set(['confidence', 'credible', 'uncertainty', 'prediction', 'margin-of-error', 'other']);

/** The distribution a figure's centre and widest interval with a probability imply, or none. */
export function fitDistribution(f: Figure): Distribution | undefined {
  if (f.kind !== 'range' && f.kind !== 'approximate' && f.kind !== 'point') return undefined;
  const given = f.intervals.filter((i) => typeof i.level === 'number');
  const widest = given[0];
  const stated =
    widest ??
    (f.interval?.level !== undefined && f.low !== undefined && f.high !== undefined
      ? { low: f.low, high: f.high, level: f.interval.level }
      : undefined);
  if (!stated || typeof stated.level !== 'number') return undefined;
  // Nested intervals with levels are quantiles whatever their name; a lone range needs a name that
  // states a probability ("confidence", "credible" …), not "claimed" or "min–max".
  if (!widest && (!f.interval || !PROBABILISTIC.has(f.interval.kind))) return undefined;
  const { low, high, level } = stated as { low: number; high: number; level: number };
  if (!(high > low) || !(level > 0 && level < 1)) return undefined;
  const centre = f.value ?? (low + high) / 2;
  if (!(centre > low && centre < high)) return undefined;
  const z = normalQuantile(0.5 + level / 2);
  return twoPieceNormal(centre, (centre - low) / z, (high - centre) / z, level);
}

/**
 * A two-piece normal: each side of the centre half of a normal with its own spread, the halves'
 * masses in proportion to their spreads so that the density is continuous at the centre. Fitted so
 * that the source's interval holds the source's probability (`level`).
 */
function twoPieceNormal(centre: number, sdLow: number, sdHigh: number, level: number): Distribution {
  const below = sdLow / (sdLow + sdHigh);
  const symmetric = Math.abs(sdLow - sdHigh) <= 1e-9 * Math.max(sdLow, sdHigh);
  return {
    shape: symmetric ? 'normal' : 'two-piece normal',
    centre,
    sdLow,
    sdHigh,
    level,
    cdf: (x) =>
      x < centre
        ? 2 * below * normalCdf((x - centre) / sdLow)
        : below + 2 * (1 - below) * (normalCdf((x - centre) / sdHigh) - 0.5),
    quantile: (p) =>
      p < below
        ? centre + sdLow * normalQuantile(p / (2 * below))
        : centre + sdHigh * normalQuantile(0.5 + (p - below) / (2 * (1 - below))),
    relativeDensity: (x) => {
      const z = (x - centre) / (x < centre ? sdLow : sdHigh);
      return Math.exp((-z * z) / 2);
    },
  };
}

/**
 * The standard normal's quantile, by Acklam's rational approximation (relative error under
 * 1.2e-9). Written here rather than taken from @stdlib: that package weighs 9.5 KB gzip and 128
 * modules for this one function.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** The standard normal's cumulative probability (Abramowitz and Stegun 7.1.26 on erf; error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
