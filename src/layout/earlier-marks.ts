/**
 * Where a revised claim's earlier figures are drawn: each a thin line under the row's bar, the most
 * recent nearest it and older ones below, so that the trail reads down to the first figure. A line
 * under the bar rather than behind it: behind, an earlier "at least 7,000" would show past the end
 * of today's "7,000–15,000" and read as part of it.
 */
import type { Figure } from '../data/figure.js';
import type { ValueScale } from '../scales/value-scale.js';
import { BAR, CHEVRON_ROOM } from './interval-strokes.js';
import type { EarlierMark } from './range-chart-geometry.js';

/** Half the height of an earlier line's end ticks, in px. */
export const EARLIER_TICK = 2.5;
/** From one earlier line to the next, in px. */
const STEP = 6;

/** `under`: the lowest point of what the row draws at `y` (a bar's edge, or a dotplot's base). */
export function earlierMarks(figure: Figure, scale: ValueScale, y: number, under = y + BAR / 2): EarlierMark[] {
  const earlier = figure.earlier ?? [];
  const [edge0, edge1] = scale.range;
  const at = (v: number) => (scale.type === 'log' && v <= 0 ? edge0 + CHEVRON_ROOM : scale(v));
  return earlier
    .slice()
    .reverse()
    .map((e, i): EarlierMark => {
      const openHigh = e.kind === 'lower-bound';
      const openLow = e.kind === 'upper-bound';
      const low = e.low ?? e.value ?? e.high;
      const high = e.high ?? e.value ?? e.low;
      const x0 = openLow || low === undefined ? edge0 + CHEVRON_ROOM : at(low);
      const x1 = openHigh || high === undefined ? edge1 - CHEVRON_ROOM : at(high);
      return {
        figure: e,
        y: under + 4 + i * STEP,
        x0,
        x1: Math.max(x0, x1),
        openLow,
        openHigh,
        value: e.value !== undefined ? at(e.value) : undefined,
      };
    });
}
