/**
 * Where a figure's distribution is drawn (`display="gradient"` or `"dots"`), in the row's band:
 * - gradient: the source's interval in slices, each as dark as the distribution is dense there
 *   (a gradient interval, Correll and Gleicher 2014);
 * - dots: 20 dots at the distribution's 20 equally likely values, stacked where they fall
 *   together (a quantile dotplot, Kay et al. 2016): a reader counts chances in twentieths.
 */
import type { Distribution } from '../data/distribution.js';
import type { ValueScale } from '../scales/value-scale.js';

export type DisplayMode = 'bars' | 'gradient' | 'dots';

/** How many slices a gradient is drawn in, and how many shades they are rounded to. */
const SLICES = 32;
const SHADES = 10;
/** How many dots a quantile dotplot has: each a 1-in-20 chance. */
export const DOTS = 20;
/** The height the dots stack in, in px, centred on the row's line: a dots row is this tall, not a bar's. */
export const STACK_HEIGHT = 28;

export type RowDistribution =
  | {
      display: 'gradient';
      fit: Distribution;
      /** Slices from low to high; `shade` from 1 (lightest) to SHADES (densest). */
      slices: { x0: number; x1: number; shade: number }[];
    }
  | { display: 'dots'; fit: Distribution; r: number; dots: { x: number; y: number }[] };

/** The value at a pixel, the scale's inverse. */
function valueAt(scale: ValueScale, x: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const t = (x - r0) / (r1 - r0);
  return scale.type === 'log' ? Math.exp(Math.log(d0) + t * (Math.log(d1) - Math.log(d0))) : d0 + t * (d1 - d0);
}

export function layoutDistribution(
  fit: Distribution,
  display: 'gradient' | 'dots',
  span: { low: number; high: number },
  scale: ValueScale,
  y: number,
): RowDistribution {
  const [edge0, edge1] = scale.range;
  const clamp = (x: number) => Math.min(edge1, Math.max(edge0, x));
  if (display === 'gradient') {
    const x0 = clamp(scale(span.low));
    const x1 = clamp(scale(span.high));
    const step = (x1 - x0) / SLICES;
    const slices = Array.from({ length: SLICES }, (_, i) => {
      const a = x0 + i * step;
      const density = fit.relativeDensity(valueAt(scale, a + step / 2));
      return { x0: a, x1: a + step, shade: Math.max(1, Math.round(density * SHADES)) };
    });
    return { display, fit, slices };
  }
  const xs = Array.from({ length: DOTS }, (_, i) => clamp(scale(fit.quantile((i + 0.5) / DOTS))));
  // The largest dots whose stacks fit the height: bins as wide as a dot, on a grid from the first
  // dot, so that no two stacks touch.
  let r = 6;
  let bins = binDots(xs, 2 * r);
  while (r > 1.5 && Math.max(...bins.map((b) => b.count)) * 2 * r > STACK_HEIGHT) {
    r -= 0.25;
    bins = binDots(xs, 2 * r);
  }
  const tallest = Math.max(...bins.map((b) => b.count));
  // Still too tall at the smallest size: the dots of a stack overlap rather than leave the row.
  const pitch = Math.min(2 * r, (STACK_HEIGHT - 2 * r) / Math.max(1, tallest - 1));
  const base = y + STACK_HEIGHT / 2;
  const dots = bins.flatMap((b) => Array.from({ length: b.count }, (_, k) => ({ x: b.x, y: base - r - k * pitch })));
  return { display, fit, r, dots };
}

/** Dots in bins `width` wide from the first dot, each bin's stack drawn at its middle. */
function binDots(xs: number[], width: number): { x: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const x of xs) {
    const bin = Math.floor((x - xs[0]) / width + 1e-9);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return Array.from(counts, ([bin, count]) => ({ x: xs[0] + (bin + 0.5) * width, count }));
}

/** The distribution's drawn extent, for the value label to keep clear of. */
export function distributionExtent(d: RowDistribution): { x0: number; x1: number } {
  if (d.display === 'gradient') return { x0: d.slices[0].x0, x1: d.slices[d.slices.length - 1].x1 };
  const xs = d.dots.map((p) => p.x);
  return { x0: Math.min(...xs) - d.r, x1: Math.max(...xs) + d.r };
}
