/**
 * `layoutTimeline`: dated figures + width → the geometry of a timeline. Each group is a series: a
 * band from low to high (nested bands for nested intervals: a fan chart) and a line through the
 * central values, broken where data are missing. Figures that name a source (a label other than
 * their group) are that source's estimates, drawn as marks at their date on top of the bands.
 * Pure: no DOM.
 */
import { area, line } from 'd3-shape';
// d3-array's min and max rather than Math.min(...xs): spreading 100,000 numbers overflows the stack.
import { max, min } from 'd3-array';
import type { Figure, FigureDate } from '../data/figure.js';
import { figureMax, figureMin, isSourceEstimate } from '../data/figure.js';
import { formatTimeTicks, scaleTime, type TimeScale } from '../scales/time-scale.js';
import { scaleValue, type ValueScale } from '../scales/value-scale.js';
import { tickFormatter } from '../format/format-number.js';
import { fontSizes, type TextMeasurer, type TextStyle } from './text-measurer.js';
import type { TextLine } from './text-line.js';
import type { ChartLayoutOptions } from './chart-layout-options.js';
import type {
  AnnotationGeometry,
  ColumnGeometry,
  SeriesGeometry,
  SourceMarkGeometry,
  TimelineGeometry,
} from './timeline-geometry.js';

/** An event marked on the time axis. */
export interface TimelineAnnotation {
  date: FigureDate;
  label: string;
}

export interface TimelineOptions extends ChartLayoutOptions {
  annotations?: TimelineAnnotation[];
  /** The name of figures given without a group. */
  defaultSeries?: string;
}

/** A stretch between two points longer than this many times the series' usual step is a gap. */
export const GAP_FACTOR = 2.5;

/** Lays out a timeline. */
export function layoutTimeline(options: TimelineOptions): TimelineGeometry {
  const width = Math.max(200, Math.floor(options.width));
  const locale = options.locale ?? 'en';
  const measure = options.measure;
  const sizes = fontSizes(options.fontSize ?? 15);
  const lineHeight = (style: TextStyle) => Math.round(sizes[style] * 1.35);
  const figures = options.figures.filter((f) => f.date);
  const seriesName = (f: Figure) => f.group ?? options.defaultSeries ?? '';

  // Series in order of first appearance; a source's estimates belong to their group's series.
  const names: string[] = [];
  for (const f of figures) if (!names.includes(seriesName(f))) names.push(seriesName(f));
  const own = names.map((name) => figures.filter((f) => seriesName(f) === name && !isSourceEstimate(f)).sort(byDate));
  const sources = figures.filter(isSourceEstimate);

  const compact = width < 520;
  // The time domain covers the figures and the events marked, with a little room at each end so
  // that a source's mark never sits on the axis.
  const times = [...figures.map((f) => +f.date!.time), ...(options.annotations ?? []).map((a) => +a.date.time)];
  const first = min(times)!;
  const last = max(times)!;
  const pad = sources.length ? (last - first) * 0.03 : 0;
  const start = new Date(first - pad);
  const end = new Date(last + pad);

  // Value axis first, to know how wide its labels are.
  const plotHeight = Math.round(Math.min(420, Math.max(200, width * 0.5)));
  const probe = scaleValue(figures, [plotHeight, 0], { type: options.scale, zero: options.zero });
  const yCount = Math.max(2, Math.floor(plotHeight / 48));
  const yFormat = tickFormatter(locale, compact || Math.max(...probe.domain.map(Math.abs)) >= 1e6);
  const yTickValues = probe.ticks(yCount);
  const yLabelWidth = Math.max(
    0,
    ...yTickValues.map((v) => measure.width(yFormat(v).replace(/^-/, '\u2212'), 'small')),
  );

  // Direct labels at the right, when they fit in 30 % of the width; otherwise a legend.
  const labelWidths = names.map((n) => measure.width(n, 'small'));
  const showDirect = names.some(Boolean) && Math.max(0, ...labelWidths) <= width * 0.3;
  const rightMargin = showDirect ? Math.ceil(Math.max(0, ...labelWidths)) + 10 : 12;

  // Legend rows above everything, when needed.
  let top = 0;
  const legend: TimelineGeometry['legend'] = [];
  if (!showDirect && names.length > 1) {
    let x = 0;
    let y = lineHeight('small') / 2;
    names.forEach((name, series) => {
      const w = measure.width(name, 'small') + 28;
      if (x > 0 && x + w > width) {
        x = 0;
        y += lineHeight('small');
      }
      legend.push({
        series,
        x,
        y,
        label: { text: name, x: x + 24, y: y + 4, anchor: 'start', style: 'small', width: w - 28 },
      });
      x += w + 12;
    });
    top = y + lineHeight('small') / 2 + 6;
  }
  // The unit above the value axis.
  let yTitle: TextLine | undefined;
  if (options.unit) {
    top += lineHeight('small');
    yTitle = {
      text: options.unit,
      x: 0,
      y: top - 4,
      anchor: 'start',
      style: 'small',
      width: measure.width(options.unit, 'small'),
    };
    top += 4;
  }

  const x0 = Math.ceil(yLabelWidth) + 8;
  const x1 = width - rightMargin;
  const x = scaleTime([start, end], [x0, x1]);

  // Annotation labels sit above the plot, in as many rows as they need not to collide.
  const annotationRows: { right: number }[] = [];
  const placedAnnotations = (options.annotations ?? [])
    .filter((a) => a.date.time >= x.domain[0] && a.date.time <= x.domain[1])
    .sort((a, b) => +a.date.time - +b.date.time)
    .map((a) => {
      const ax = x(a.date.time);
      const w = measure.width(a.label, 'small');
      // Labels start at their rule, or end at it when they would run off the right edge.
      const anchor: 'start' | 'end' = ax + 4 + w <= width ? 'start' : 'end';
      const left = anchor === 'start' ? ax + 4 : ax - 4 - w;
      let row = annotationRows.findIndex((r) => r.right + 8 <= left);
      if (row < 0) {
        row = annotationRows.length;
        annotationRows.push({ right: -Infinity });
      }
      annotationRows[row].right = left + w;
      return { a, ax, w, anchor, row };
    });
  const annotationTop = top;
  top += annotationRows.length * lineHeight('small');
  // Room above the plot for the top value label, which is centred on its gridline.
  const y0 = top + Math.ceil(sizes.small * 0.75);
  const y1 = y0 + plotHeight;
  const y = scaleValue(figures, [y1, y0], { type: options.scale, zero: options.zero });

  // Each rule starts beside its label's row and runs to the bottom of the plot.
  const annotations: AnnotationGeometry[] = placedAnnotations.map(({ a, ax, w, anchor, row }) => ({
    x: ax,
    top: annotationTop + row * lineHeight('small') + 2,
    bottom: y1,
    label: {
      text: a.label,
      x: anchor === 'start' ? ax + 4 : ax - 4,
      y: annotationTop + (row + 1) * lineHeight('small') - 5,
      anchor,
      style: 'small',
      width: w,
    },
  }));

  const series = own.map((points, index) => layoutSeries(names[index], index, points, x, y));

  const marks: SourceMarkGeometry[] = sources.map((f) => {
    const mx = x(f.date!.time);
    const lo = figureMin(f);
    const hi = figureMax(f);
    const openHigh = f.kind === 'lower-bound';
    const openLow = f.kind === 'upper-bound';
    const yHigh = openHigh ? y0 : y(hi ?? lo ?? 0);
    const yLow = openLow ? y1 : y(lo ?? hi ?? 0);
    return {
      figure: f,
      x: mx,
      y0: yHigh,
      y1: yLow,
      ...(f.value !== undefined ? { y: y(f.value) } : {}),
      openLow,
      openHigh,
      vague: f.kind === 'vague',
      series: names.indexOf(seriesName(f)),
    };
  });

  // Ticks on the time axis: as many as fit without their labels touching.
  let xTicks: TimelineGeometry['xTicks'] = [];
  for (let count = Math.max(2, Math.floor((x1 - x0) / 80)); count >= 1; count--) {
    const dates = x.ticks(count);
    const texts = formatTimeTicks(dates, locale);
    const ticks = dates.map((d, i) => ({ x: x(d), text: texts[i], width: measure.width(texts[i], 'small') }));
    const fits = ticks.every((t, i) => i === 0 || t.x - ticks[i - 1].x >= (t.width + ticks[i - 1].width) / 2 + 10);
    const inside = ticks.every((t) => t.x - t.width / 2 >= 0 && t.x + t.width / 2 <= width);
    xTicks = ticks;
    if (fits && inside) break;
  }
  xTicks = xTicks.filter((t) => t.x - t.width / 2 >= 0 && t.x + t.width / 2 <= width);
  const yTicks = y.ticks(yCount).map((value) => ({ y: y(value), value, text: yFormat(value).replace(/^-/, '\u2212') }));

  const sourceLabels = labelSources(marks, width, { x0, x1, y0, y1 }, measure, annotations);
  const directLabels = showDirect ? placeDirectLabels(series, x1 + 8, y0, y1, lineHeight('small'), measure) : [];
  const columns = layoutColumns(own, sources, x);

  return {
    width,
    height: Math.ceil(y1 + sizes.small + 14),
    plot: { x0, x1, y0, y1 },
    series,
    marks,
    annotations,
    xTicks,
    yTicks,
    // Low enough that the first date clears the value axis's "0" beside it.
    xLabelY: y1 + sizes.small + 8,
    ...(yTitle ? { yTitle } : {}),
    directLabels,
    sourceLabels,
    legend,
    columns,
  };
}

function byDate(a: Figure, b: Figure): number {
  return +a.date!.time - +b.date!.time;
}

interface Point {
  x: number;
  low?: number;
  high?: number;
  value?: number;
  intervals: { low: number; high: number }[];
  gapBefore: boolean;
}

function layoutSeries(name: string, index: number, figures: Figure[], x: TimeScale, y: ValueScale): SeriesGeometry {
  const steps = figures
    .slice(1)
    .map((f, i) => +f.date!.time - +figures[i].date!.time)
    .filter((s) => s > 0);
  const usual = median(steps);
  const points: Point[] = figures.map((f, i) => ({
    x: x(f.date!.time),
    low: f.low !== undefined ? y(f.low) : undefined,
    high: f.high !== undefined ? y(f.high) : undefined,
    value: f.value !== undefined ? y(f.value) : undefined,
    intervals: f.intervals.map((iv) => ({ low: y(iv.low), high: y(iv.high) })),
    gapBefore: i > 0 && usual > 0 && +f.date!.time - +figures[i - 1].date!.time > GAP_FACTOR * usual,
  }));
  // Split into stretches at gaps: no band or line is drawn across missing data.
  const stretches: Point[][] = [];
  for (const p of points) {
    if (p.gapBefore || stretches.length === 0) stretches.push([]);
    stretches[stretches.length - 1].push(p);
  }
  const levels = max(figures, (f) => f.intervals.length) ?? 0;
  const bands: SeriesGeometry['bands'] = [];
  const hasRange = points.some((p) => p.low !== undefined && p.high !== undefined);
  const totalLevels = levels + (hasRange && levels === 0 ? 1 : 0);
  const range = (p: Point): [number, number] | undefined =>
    p.low !== undefined && p.high !== undefined ? [p.low, p.high] : undefined;
  const interval =
    (depth: number) =>
    (p: Point): [number, number] | undefined =>
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

/** A band's points: x, the low edge's y and the high edge's y, in px; undefined where it has none. */
type BandPoint = [number, number, number] | undefined;
/** A line's points: x and y in px; undefined where it has none. */
type LinePoint = [number, number] | undefined;

function bandPath(points: BandPoint[]): string {
  const band = area<BandPoint>()
    .defined((p) => p !== undefined)
    .x((p) => p![0])
    .y0((p) => p![1])
    .y1((p) => p![2]);
  return band(points) ?? '';
}

/**
 * Many more points than the screen has pixels draw nothing more and cost time and memory (a path of
 * 100,000 points is megabytes of markup). Above POINTS_PER_PX points per pixel column, a band keeps
 * each column's envelope (its lowest low and highest high) and a line each column's first, lowest,
 * highest and last point (M4), so that every pixel the full path would reach is still reached.
 * Below it, every point is drawn: at 4 to 8 points a pixel (HadCRUT's 2,000 months on a phone) the
 * envelope visibly widens a noisy band, because antialiasing draws the full path's thin peaks light.
 */
const POINTS_PER_PX = 16;

function crowded(points: Point[]): boolean {
  if (points.length < 2) return false;
  const span = Math.abs(points[points.length - 1].x - points[0].x);
  return points.length > POINTS_PER_PX * Math.max(1, span);
}

/** The band's points, one per pixel column when crowded (see POINTS_PER_PX). */
function bandEnvelope(points: Point[], read: (p: Point) => [number, number] | undefined): BandPoint[] {
  const full = points.map((p): BandPoint => {
    const r = read(p);
    return r ? [p.x, r[0], r[1]] : undefined;
  });
  if (!crowded(points)) return full;
  const out: BandPoint[] = [];
  let column = NaN;
  for (const p of full) {
    if (!p) {
      if (out[out.length - 1] !== undefined) out.push(undefined);
      column = NaN;
      continue;
    }
    const c = Math.floor(p[0]);
    const last = out[out.length - 1];
    // In px, a lower value is further down: the envelope takes the largest low y and the smallest high y.
    if (c === column && last) out[out.length - 1] = [last[0], Math.max(last[1], p[1]), Math.min(last[2], p[2])];
    else out.push(p);
    column = c;
  }
  return out;
}

/** The line's points, at most four per pixel column when crowded (see POINTS_PER_PX); undefined where it has none. */
function lineExtremes(points: Point[]): LinePoint[] {
  const full = points.map((p): LinePoint => (p.value !== undefined ? [p.x, p.value] : undefined));
  if (!crowded(points)) return full;
  const out: LinePoint[] = [];
  let i = 0;
  while (i < full.length) {
    const first = full[i];
    if (!first) {
      if (out[out.length - 1] !== undefined) out.push(undefined);
      i++;
      continue;
    }
    // The run of defined points in this pixel column: keep its first, lowest, highest and last.
    const c = Math.floor(first[0]);
    let j = i;
    let lo = i;
    let hi = i;
    while (j + 1 < full.length && full[j + 1] && Math.floor(full[j + 1]![0]) === c) {
      j++;
      if (full[j]![1] < full[lo]![1]) lo = j;
      if (full[j]![1] > full[hi]![1]) hi = j;
    }
    for (const k of [...new Set([i, lo, hi, j])].sort((a, b) => a - b)) out.push(full[k]);
    i = j + 1;
  }
  return out;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Series names at their ends, moved apart vertically so that none overlaps another. */
function placeDirectLabels(
  series: SeriesGeometry[],
  x: number,
  top: number,
  bottom: number,
  lineHeight: number,
  measure: TextMeasurer,
): TimelineGeometry['directLabels'] {
  const labels = series
    .filter((s) => s.end && s.name)
    .map((s) => ({ series: s.index, text: s.name, y: s.end!.y, width: measure.width(s.name, 'small') }))
    .sort((a, b) => a.y - b.y);
  // Push down from the top, then back up from the bottom: a simple one-dimensional dodge.
  for (let i = 0; i < labels.length; i++)
    labels[i].y = Math.max(labels[i].y, i === 0 ? top + lineHeight / 2 : labels[i - 1].y + lineHeight);
  for (let i = labels.length - 1; i >= 0; i--)
    labels[i].y = Math.min(
      labels[i].y,
      i === labels.length - 1 ? bottom - lineHeight / 2 : labels[i + 1].y - lineHeight,
    );
  return labels.map((l) => ({
    series: l.series,
    text: l.text,
    x,
    y: l.y + 4,
    anchor: 'start' as const,
    style: 'small' as const,
    width: l.width,
  }));
}

/**
 * Names beside sources' marks ("A NATO source"), so a reader sees who said what without hovering:
 * right of the mark, or left of it near the right edge; a name that would touch another is left
 * for the details box and the table.
 */
function labelSources(
  marks: SourceMarkGeometry[],
  width: number,
  plot: { x0: number; x1: number; y0: number; y1: number },
  measure: TextMeasurer,
  annotations: AnnotationGeometry[],
): (TextLine & { mark: number })[] {
  const boxes = annotations.map((a) => box(a.label));
  const placed: (TextLine & { mark: number })[] = [];
  marks.forEach((m, i) => {
    const text = m.figure.label;
    const w = measure.width(text, 'small');
    const y = (m.y ?? (m.y0 + m.y1) / 2) + 4;
    const candidates: TextLine[] = [
      { text, x: m.x + 8, y, anchor: 'start', style: 'small', width: w },
      { text, x: m.x - 8, y, anchor: 'end', style: 'small', width: w },
    ];
    for (const c of candidates) {
      const b = box(c);
      if (b.left < plot.x0 || b.right > width - 3 || b.top < plot.y0 - 4 || b.bottom > plot.y1) continue;
      const clashes =
        boxes.some((o) => overlaps(o, b)) ||
        annotations.some((a) => a.x >= b.left - 2 && a.x <= b.right + 2) ||
        marks.some(
          (o, j) =>
            j !== i &&
            o.x >= b.left - 8 &&
            o.x <= b.right + 8 &&
            Math.min(o.y0, o.y1) - 6 <= b.bottom &&
            Math.max(o.y0, o.y1) + 6 >= b.top,
        );
      if (clashes) continue;
      boxes.push(b);
      placed.push({ ...c, mark: i });
      break;
    }
  });
  return placed;
}

function box(t: TextLine): { left: number; right: number; top: number; bottom: number } {
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
  return { left, right: left + t.width, top: t.y - 12, bottom: t.y + 4 };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every date something was said, with the series' figures and sources' estimates there. */
function layoutColumns(own: Figure[][], sources: Figure[], x: TimeScale): ColumnGeometry[] {
  const byTime = new Map<number, ColumnGeometry>();
  const column = (f: Figure) => {
    const time = +f.date!.time;
    let c = byTime.get(time);
    if (!c) {
      c = { time, x: x(f.date!.time), entries: [], marks: [] };
      byTime.set(time, c);
    }
    return c;
  };
  own.forEach((figures, series) => figures.forEach((f) => column(f).entries.push({ series, figure: f })));
  sources.forEach((f, i) => column(f).marks.push(i));
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
