/**
 * The time axis of a timeline: UTC instants to pixels, with ticks from d3-time (calendar-aware:
 * month and year boundaries) and labels from `Intl.DateTimeFormat` in the chart's locale. d3-scale's
 * own scaleUtc is not used: its tick labels pull in d3-time-format and its locale tables, which
 * `Intl` already provides, and the mapping from instant to pixel is one line.
 */
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import { cachedUtcDateFormat as formatter } from '../format/intl-cache.js';

export interface TimeScale {
  (date: Date): number;
  domain: [Date, Date];
  range: [number, number];
  ticks(count: number): Date[];
}

/** A scale from dates to pixels. A single date gets a day either side so that it sits mid-axis. */
export function scaleTime([start, end]: [Date, Date], range: [number, number]): TimeScale {
  let a = start.getTime();
  let b = end.getTime();
  if (a === b) {
    a -= 86_400_000;
    b += 86_400_000;
  }
  const k = (range[1] - range[0]) / (b - a);
  const scale = ((date: Date) => range[0] + (date.getTime() - a) * k) as TimeScale;
  scale.domain = [new Date(a), new Date(b)];
  scale.range = range;
  scale.ticks = (count) => utcTicks(new Date(a), new Date(b), Math.max(1, count));
  return scale;
}

/** How much of a date its tick label needs to say, from the spacing of the ticks. */
export type TickPrecision = 'year' | 'month' | 'day';

export function tickPrecision(ticks: Date[]): TickPrecision {
  if (ticks.length < 2) return 'day';
  const step = ticks[1].getTime() - ticks[0].getTime();
  if (step >= 360 * 86_400_000 && ticks.every((t) => +utcYear.floor(t) === +t)) return 'year';
  if (step >= 28 * 86_400_000 && ticks.every((t) => +utcMonth.floor(t) === +t)) return 'month';
  return 'day';
}

/**
 * Labels for ticks, news style: the year is said on the first tick and where it changes, not on
 * every tick ("Mar 2022, Apr, May … Jan 2023"). Month names stay words at every width ("Mar", not
 * "3"): they are short enough and unambiguous.
 */
export function formatTimeTicks(ticks: Date[], locale: string): string[] {
  const precision = tickPrecision(ticks);
  const month = 'short';
  return ticks.map((t, i) => {
    const newYear = i === 0 || ticks[i - 1].getUTCFullYear() !== t.getUTCFullYear();
    if (precision === 'year') return formatter(locale, { year: 'numeric' }).format(t);
    if (precision === 'month') {
      if (!newYear) return formatter(locale, { month }).format(t);
      return formatter(locale, { year: 'numeric', month }).format(t);
    }
    return formatter(locale, newYear ? { day: 'numeric', month, year: 'numeric' } : { day: 'numeric', month }).format(
      t,
    );
  });
}
