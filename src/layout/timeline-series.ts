/**
 * One series of a timeline: its band (nested bands for nested intervals), its line through the
 * central values, and dots for values that stand alone, each broken where data are missing.
 */
import { area, line } from 'd3-shape';
import { max } from 'd3-array';
import type { Figure } from '../data/figure.js';
import type { TimeScale } from '../scales/time-scale.js';
import type { ValueScale } from '../scales/value-scale.js';
import { bandEnvelope, lineExtremes, type BandPoint, type LinePoint, type TimelinePoint } from './decimate.js';
import type { SeriesGeometry } from './timeline-geometry.js';

/** A stretch between two points longer than this many times the series' usual step is a gap. */
export const GAP_FACTOR = 2.5;

/** A series' geometry from its own figures, in date order. */
export function layoutSeries(
  name: string,
  index: number,
  figures: Figure[],
  x: TimeScale,
  y: ValueScale,
): SeriesGeometry {
  const steps = figures
    .slice(1)
    .map((f, i) => +f.date!.time - +figures[i].date!.time)
    .filter((s) => s > 0);
  const usual = median(steps);
  const points: TimelinePoint[] = figures.map((f, i) => ({
    x: x(f.date!.time),
    low: f.low !== undefined ? y(f.low) : undefined,
    high: f.high !== undefined ? y(f.high) : undefined,
    value: f.value !== undefined ? y(f.value) : undefined,
    intervals: f.intervals.map((iv) => ({ low: y(iv.low), high: y(iv.high) })),
    gapBefore: i > 0 && usual > 0 && +f.date!.time - +figures[i - 1].date!.time > GAP_FACTOR * usual,
  }));
  // Split into stretches at gaps: no band or line is drawn across missing data.
  const stretches: TimelinePoint[][] = [];
  for (const p of points) {
    if (p.gapBefore || stretches.length === 0) stretches.push([]);
    stretches[stretches.length - 1].push(p);
  }
  const levels = max(figures, (f) => f.intervals.length) ?? 0;
  const bands: SeriesGeometry['bands'] = [];
  const hasRange = points.some((p) => p.low !== undefined && p.high !== undefined);
  const totalLevels = levels + (hasRange && levels === 0 ? 1 : 0);
  const range = (p: TimelinePoint): [number, number] | undefined =>
    p.low !== undefined && p.high !== undefined ? [p.low, p.high] : undefined;
  const interval =
    (depth: number) =>
    (p: TimelinePoint): [number, number] | undefined =>
      p.intervals[depth] ? [p.intervals[depth].low, p.intervals[depth].high] : undefined;
  if (hasRange && levels === 0) {
    const d = stretches.map((s) => bandPath(bandEnvelope(s, range))).join('');
    if (d) bands.push({ depth: 0, levels: 1, d });
  }
  for (let depth = 0; depth < levels; depth++) {
    const d = stretches.map((s) => bandPath(bandEnvelope(s, interval(depth)))).join('');
    if (d) bands.push({ depth, levels: totalLevels, d });
  }
  const valueLine = line<LinePoint>()
    .defined((p) => p !== undefined)
    .x((p) => p![0])
    .y((p) => p![1]);
  const linePath = stretches.map((s) => valueLine(lineExtremes(s)) ?? '').join('');
  // A value standing alone in its stretch would draw no line: give it a dot.
  const dots = stretches
    .filter((s) => s.filter((p) => p.value !== undefined).length === 1)
    .flatMap((s) => s.filter((p) => p.value !== undefined).map((p) => ({ x: p.x, y: p.value as number })));
  const last = [...points]
    .reverse()
    .find((p) => p.value !== undefined || (p.low !== undefined && p.high !== undefined));
  return {
    name,
    index,
    bands,
    ...(linePath ? { line: linePath } : {}),
    dots,
    figures,
    ...(last ? { end: { x: last.x, y: last.value ?? ((last.low as number) + (last.high as number)) / 2 } } : {}),
  };
}

function bandPath(points: BandPoint[]): string {
  const band = area<BandPoint>()
    .defined((p) => p !== undefined)
    .x((p) => p![0])
    .y0((p) => p![1])
    .y1((p) => p![2]);
  return band(points) ?? '';
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
