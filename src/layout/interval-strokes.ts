/** How a row's range and nested intervals become bars: outer first, thicker and stronger inward. */
import type { Figure } from '../data/figure.js';
import type { ValueScale } from '../scales/value-scale.js';
import type { Stroke } from './range-chart-geometry.js';

/** The full bar's thickness, in px: a lone range, and the innermost of nested intervals. */
export const BAR = 10;
/** Room left at the plot's edge for an open end's chevron, in px. */
export const CHEVRON_ROOM = 9;

/**
 * A stroke's thickness in px at `depth` (0 outermost) of `levels`: a lone range is a full bar; nested
 * levels step from 3 px to the full bar. The interval key draws its samples with the same numbers.
 */
export function strokeThickness(depth: number, levels: number): number {
  return levels === 1 ? BAR : Math.round(3 + ((BAR - 3) * depth) / (levels - 1));
}

/**
 * The strokes of a row, outer first: the figure's own low–high (when wider than its intervals)
 * then each interval, thicker and stronger inward, as ggdist draws them.
 */
export function strokesFor(
  figure: Figure,
  scale: ValueScale,
): { strokes: Stroke[]; openLow: boolean; openHigh: boolean } {
  const [edge0, edge1] = scale.range;
  const spans: { low?: number; high?: number }[] = [];
  const outer = figure.intervals[0];
  const hasOwnRange = figure.low !== undefined || figure.high !== undefined;
  if (hasOwnRange && (!outer || figure.low !== outer.low || figure.high !== outer.high))
    spans.push({ low: figure.low, high: figure.high });
  for (const interval of figure.intervals) spans.push({ low: interval.low, high: interval.high });
  const levels = spans.length;
  const openHigh = figure.kind === 'lower-bound';
  const logZero = scale.type === 'log' && (figure.low ?? 1) <= 0;
  const openLow = figure.kind === 'upper-bound' || logZero;
  const strokes = spans.map((span, depth): Stroke => {
    // Open ends stop short of the axis edge by the chevron's width, so the chevron stays in the plot.
    const x0 =
      span.low === undefined || (scale.type === 'log' && span.low <= 0) ? edge0 + CHEVRON_ROOM : scale(span.low);
    const x1 = span.high === undefined ? edge1 - CHEVRON_ROOM : scale(span.high);
    // Thickness grows inward: a lone range is a full bar; nested levels step from 3 px to the full bar.
    const thickness = strokeThickness(depth, levels);
    return { x0, x1: Math.max(x1, x0), thickness, depth, levels };
  });
  return { strokes, openLow, openHigh };
}
