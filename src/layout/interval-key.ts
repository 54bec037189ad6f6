/**
 * The small key that says what nested intervals mean ("━ 50 %  ─ 95 %"), drawn once above the
 * chart when any figure has intervals. Levels are listed inner first, as the reader's eye goes
 * from the strong core outward.
 */
import { mostIntervals, type Figure } from '../data/figure.js';
import { message, messagesFor } from '../format/messages.js';
import { formatLevel } from '../format/format-level.js';
import type { KeyItem } from './range-chart-geometry.js';
import type { TextMeasurer } from './text-measurer.js';
import { strokeThickness } from './interval-strokes.js';

const SAMPLE = 22;

/** Key items for the figure with the most interval levels; none when no figure has intervals. */
export function layoutIntervalKey(
  figures: Figure[],
  width: number,
  locale: string,
  measure: TextMeasurer,
  lineHeight: number,
): KeyItem[] {
  const richest = mostIntervals(figures);
  if (!richest) return [];
  const levels = richest.intervals.length;
  const m = messagesFor(locale);
  const items: KeyItem[] = [];
  let x = 0;
  let y = lineHeight / 2;
  // Inner first, each sample as thick as its level's bars (strokeThickness).
  for (let depth = levels - 1; depth >= 0; depth--) {
    const interval = richest.intervals[depth];
    const text = message(m, 'interval', { level: formatLevel(interval.level, locale) });
    const w = measure.width(text, 'small');
    const itemWidth = SAMPLE + 6 + w;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    const thickness = strokeThickness(depth, levels);
    items.push({
      level: formatLevel(interval.level, locale),
      thickness,
      depth,
      levels,
      x,
      y,
      sampleWidth: SAMPLE,
      label: { text, x: x + SAMPLE + 6, y: y + 4, anchor: 'start', style: 'small', width: w },
    });
    x += itemWidth + 18;
  }
  return items;
}
