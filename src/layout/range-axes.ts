import { max, min } from 'd3-array';
import { figureMax, figureMin, type Figure } from '../data/figure.js';

/** `auto`: each group gets its own axis when their magnitudes differ more than twentyfold. */
export type AxesMode = 'auto' | 'shared' | 'independent';

/** Magnitude ratio between groups beyond which `auto` gives each group its own axis. */
export const INDEPENDENT_RATIO = 20;

/** Groups of wildly different magnitude (thousands of deaths beside millions displaced) get their own axes. */
export function useIndependentAxes(groups: Figure[][], mode: AxesMode): boolean {
  if (groups.length < 2 || mode === 'shared') return false;
  if (mode === 'independent') return true;
  const magnitudes = groups
    .map((figs) => max(figs, (f) => Math.max(Math.abs(figureMin(f) ?? 0), Math.abs(figureMax(f) ?? 0))) ?? 0)
    .filter((m) => m > 0);
  if (magnitudes.length < 2) return false;
  return max(magnitudes)! / min(magnitudes)! > INDEPENDENT_RATIO;
}
