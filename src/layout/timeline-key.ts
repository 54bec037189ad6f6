/**
 * The key of a fan chart's bands: one item per interval level, inner first, as the range chart's key
 * lists its bars (interval-key.ts). The bands are translucent and stack, so each swatch is drawn as
 * the bands stack up to its level, and reads as the shade it names.
 */
import { mostIntervals, type Figure } from '../data/figure.js';
import { nameLevel } from '../format/name-interval.js';
import type { TimelineGeometry } from './timeline-geometry.js';
import type { TextMeasurer } from './text-measurer.js';

export const KEY_SWATCH = 22;

/** Key items in rows across `width`, starting at `top`; none when no figure has intervals. */
export function layoutTimelineKey(
  figures: Figure[],
  seriesOf: (f: Figure) => number,
  width: number,
  top: number,
  locale: string,
  measure: TextMeasurer,
  lineHeight: number,
): TimelineGeometry['key'] {
  const richest = mostIntervals(figures);
  if (!richest) return [];
  const levels = richest.intervals.length;
  const items: TimelineGeometry['key'] = [];
  let x = 0;
  let y = top + lineHeight / 2;
  for (let depth = levels - 1; depth >= 0; depth--) {
    const text = nameLevel(richest.interval, richest.intervals[depth].level, locale);
    const w = measure.width(text, 'small');
    if (x > 0 && x + KEY_SWATCH + 6 + w > width) {
      x = 0;
      y += lineHeight;
    }
    items.push({
      series: seriesOf(richest),
      depth,
      levels,
      x,
      y,
      label: { text, x: x + KEY_SWATCH + 6, y: y + 4, anchor: 'start', style: 'small', width: w },
    });
    x += KEY_SWATCH + 6 + w + 18;
  }
  return items;
}
