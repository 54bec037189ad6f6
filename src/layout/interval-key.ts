/**
 * The small key that says what nested intervals mean ("━ 50 %  ─ 95 %"), drawn once above the
 * chart when any figure has intervals, or what the bars are when every range is of one named kind. Levels are listed inner first, as the reader's eye goes
 * from the strong core outward.
 */
import { mostIntervals, type Figure } from '../data/figure.js';
import { nameInterval, nameLevel } from '../format/name-interval.js';
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
  if (!richest) return namedRangeKey(figures, locale, measure, lineHeight);
  const levels = richest.intervals.length;
  const items: KeyItem[] = [];
  let x = 0;
  let y = lineHeight / 2;
  // Inner first, each sample as thick as its level's bars (strokeThickness).
  for (let depth = levels - 1; depth >= 0; depth--) {
    const interval = richest.intervals[depth];
    const text = nameLevel(richest.interval, interval.level, locale);
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

/**
 * With no nested intervals, a key of one bar when every range is of one named kind ("━ 95 %
 * confidence interval"), so that a reader knows what the bars are without opening a row; none when
 * the kind was not said, or differs between rows (each row's details and name say its own).
 */
function namedRangeKey(figures: Figure[], locale: string, measure: TextMeasurer, lineHeight: number): KeyItem[] {
  const ranged = figures.filter((f) => f.low !== undefined && f.high !== undefined && f.kind !== 'vague');
  if (!ranged.length || ranged.some((f) => !f.interval)) return [];
  const names = new Set(ranged.map((f) => nameInterval(f.interval!, locale)));
  if (names.size !== 1) return [];
  const text = names.values().next().value as string;
  const w = measure.width(text, 'small');
  const y = lineHeight / 2;
  return [
    {
      level: text,
      thickness: strokeThickness(0, 1),
      depth: 0,
      levels: 1,
      x: 0,
      y,
      sampleWidth: SAMPLE,
      label: { text, x: SAMPLE + 6, y: y + 4, anchor: 'start', style: 'small', width: w },
    },
  ];
}

/**
 * The key item of a chart that draws distributions: a gradient's sample ("darker: more likely") or a
 * dot ("each dot: a 1-in-20 chance"), after the interval key's items, on their line when it fits.
 */
export function withDistributionKey(
  items: KeyItem[],
  display: 'gradient' | 'dots',
  width: number,
  locale: string,
  measure: TextMeasurer,
  lineHeight: number,
): KeyItem[] {
  const text = message(messagesFor(locale), display === 'gradient' ? 'gradientKey' : 'dotsKey');
  const w = measure.width(text, 'small');
  const sampleWidth = display === 'gradient' ? SAMPLE * 2 : 8;
  const last = items[items.length - 1];
  let x = last ? last.label.x + last.label.width + 18 : 0;
  let y = last ? last.y : lineHeight / 2;
  if (x > 0 && x + sampleWidth + 6 + w > width) {
    x = 0;
    y += lineHeight;
  }
  return [
    ...items,
    {
      sample: display === 'gradient' ? 'gradient' : 'dot',
      level: text,
      thickness: strokeThickness(0, 1),
      depth: 0,
      levels: 1,
      x,
      y,
      sampleWidth,
      label: { text, x: x + sampleWidth + 6, y: y + 4, anchor: 'start', style: 'small', width: w },
    },
  ];
}
