/**
 * Ticks whose labels never overlap: start from as many as the width suggests and drop to fewer
 * until every label clears its neighbours by a gap, measuring each label.
 */
import type { ValueScale } from '../scales/value-scale.js';
import { tickFormatter } from '../format/format-number.js';
import type { TextMeasurer } from './text-measurer.js';

export interface Tick {
  value: number;
  x: number;
  text: string;
  width: number;
}

/** The smallest space between two tick labels, in px. */
export const TICK_GAP = 10;

/** Ticks for a scale whose labels fit side by side without overlapping. */
export function layoutTicks(scale: ValueScale, measure: TextMeasurer, locale: string, compact: boolean): Tick[] {
  // Millions read better as "2M" than "2,000,000" at any width.
  const format = tickFormatter(locale, compact || Math.max(...scale.domain.map(Math.abs)) >= 1e6);
  const [x0, x1] = scale.range;
  const span = Math.abs(x1 - x0);
  let count = Math.max(2, Math.min(10, Math.floor(span / 70)));
  for (; count >= 1; count--) {
    const ticks = scale.ticks(count).map((value) => {
      const text = format(value);
      return { value, x: scale(value), text, width: measure.width(text, 'small') };
    });
    if (ticks.length <= 2 || fits(ticks)) return ticks;
  }
  // Even two ticks collide (a very narrow chart): keep the ends only when they fit, else the first.
  const domain = scale.domain;
  const ends = domain.map((value) => {
    const text = format(value);
    return { value, x: scale(value), text, width: measure.width(text, 'small') };
  });
  return fits(ends) ? ends : ends.slice(0, 1);
}

function fits(ticks: Tick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (Math.abs(b.x - a.x) < (a.width + b.width) / 2 + TICK_GAP) return false;
  }
  return true;
}
