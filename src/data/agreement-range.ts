/**
 * Where all the sources of a group agree: the stretch every range covers. Only for groups of two or
 * more ranges; a point figure or a vague one makes no claim about a range, so no band is drawn.
 */
import type { Figure } from './figure.js';

/** The common stretch of all ranges, or undefined when they do not all overlap. */
export function agreementRange(figures: Figure[]): [number, number] | undefined {
  if (figures.length < 2) return undefined;
  let lo = -Infinity;
  let hi = Infinity;
  for (const f of figures) {
    if (f.kind === 'point' || f.kind === 'approximate' || f.kind === 'vague') return undefined;
    lo = Math.max(lo, f.low ?? -Infinity);
    hi = Math.min(hi, f.high ?? Infinity);
  }
  // Two open ranges pointing the same way overlap without end: nothing finite to show.
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) return undefined;
  return [lo, hi];
}
