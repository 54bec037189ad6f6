/**
 * `layoutTimeline`: dated figures + width → the geometry of a timeline. Each group is a series: a
 * band from low to high (nested bands for nested intervals: a fan chart) and a line through the
 * central values, broken where data are missing. Figures that name a source (a label other than
 * their group) are that source's estimates, drawn as marks at their date on top of the bands.
 * Pure: no DOM.
 */
// d3-array's min and max rather than Math.min(...xs): spreading 100,000 numbers overflows the stack.
import { max, min } from 'd3-array';
import type { Figure, FigureDate } from '../data/figure.js';
import { figureMax, figureMin, isSourceEstimate } from '../data/figure.js';
import { formatTimeTicks, scaleTime } from '../scales/time-scale.js';
import { resolveScaleType, scaleValue } from '../scales/value-scale.js';
import { message, messagesFor } from '../format/messages.js';
import { tickFormatter } from '../format/format-number.js';
import type { ChartLayoutOptions } from './chart-layout-options.js';
import { COMPACT_MAX_WIDTH, textMetrics } from './chart-text.js';
import { labelSources, placeDirectLabels } from './place-labels.js';
import type { TextLine } from './text-line.js';
import { layoutColumns } from './timeline-columns.js';
import type { AnnotationGeometry, SourceMarkGeometry, TimelineGeometry } from './timeline-geometry.js';
import { revisionSteps } from './revision-steps.js';
import { GAP_FACTOR, layoutSeries } from './timeline-series.js';
import { layoutTimelineKey } from './timeline-key.js';

/** An event marked on the time axis. */
export interface TimelineAnnotation {
  date: FigureDate;
  label: string;
}

export { GAP_FACTOR };

export interface TimelineOptions extends ChartLayoutOptions {
  annotations?: TimelineAnnotation[];
  /** The name of figures given without a group. */
  defaultSeries?: string;
}

/**
 * Lays out a timeline: dated figures, a width in CSS px and a text measurer → every band, line,
 * mark, label, tick and crosshair column, in px. Figures without a date are left out (validation
 * reports them). Example: `layoutTimeline({ figures, width: 640, measure: approximateTextMeasurer(15) })`.
 */
export function layoutTimeline(options: TimelineOptions): TimelineGeometry {
  const width = Math.max(200, Math.floor(options.width));
  const locale = options.locale ?? 'en';
  const measure = options.measure;
  const { sizes, lineHeight } = textMetrics(options.fontSize);
  const figures = options.figures.filter((f) => f.date);
  const seriesName = (f: Figure) => f.group ?? options.defaultSeries ?? '';

  // Series in order of first appearance; a source's estimates belong to their group's series.
  const names: string[] = [];
  for (const f of figures) if (!names.includes(seriesName(f))) names.push(seriesName(f));
  const own = names.map((name) => figures.filter((f) => seriesName(f) === name && !isSourceEstimate(f)).sort(byDate));
  const sources = figures.filter(isSourceEstimate);

  const compact = width < COMPACT_MAX_WIDTH;
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
  const yLabelWidth = Math.max(0, ...yTickValues.map((v) => measure.width(yFormat(v), 'small')));

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
  // The key of nested intervals, under the legend.
  const key = layoutTimelineKey(
    figures,
    (f) => names.indexOf(seriesName(f)),
    width,
    top,
    locale,
    measure,
    lineHeight('small'),
  );
  if (key.length) top = key[key.length - 1].y + lineHeight('small') / 2 + 6;
  // The unit above the value axis, and a log scale the chart chose (scale="auto"), said.
  let yTitle: TextLine | undefined;
  const m = messagesFor(locale);
  const chosenLog = options.scale === 'auto' && resolveScaleType(figures, 'auto') === 'log';
  const titleText = chosenLog
    ? options.unit
      ? message(m, 'withLogScale', { unit: options.unit })
      : message(m, 'logScale')
    : options.unit;
  if (titleText) {
    top += lineHeight('small');
    yTitle = {
      text: titleText,
      x: 0,
      y: top - 4,
      anchor: 'start',
      style: 'small',
      width: measure.width(titleText, 'small'),
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

  // Ticks on the time axis: as many as fit without their labels touching. A label at either end is
  // moved in to stay inside the chart rather than dropped: dropping the first would drop its year,
  // and a short span (a few months from January) would keep no tick at all.
  let xTicks: TimelineGeometry['xTicks'] = [];
  for (let count = Math.max(2, Math.floor((x1 - x0) / 80)); count >= 1; count--) {
    const dates = x.ticks(count);
    const texts = formatTimeTicks(dates, locale);
    const ticks = dates.map((d, i) => {
      const w = measure.width(texts[i], 'small');
      return { x: Math.min(Math.max(x(d), w / 2), width - w / 2), text: texts[i], width: w };
    });
    const fits = ticks.every((t, i) => i === 0 || t.x - ticks[i - 1].x >= (t.width + ticks[i - 1].width) / 2 + 10);
    xTicks = ticks;
    if (fits) break;
  }
  const yTicks = y.ticks(yCount).map((value) => ({ y: y(value), value, text: yFormat(value) }));

  const revisions = revisionSteps(marks);
  const sourceLabels = labelSources(marks, width, { x0, x1, y0, y1 }, measure, annotations, revisions.superseded);
  const directLabels = showDirect ? placeDirectLabels(series, x1 + 8, y0, y1, lineHeight('small'), measure) : [];
  const columns = layoutColumns(own, sources, x);

  return {
    width,
    height: Math.ceil(y1 + sizes.small + 14),
    plot: { x0, x1, y0, y1 },
    series,
    marks,
    revisionSteps: revisions.steps,
    annotations,
    xTicks,
    yTicks,
    // Low enough that the first date clears the value axis's "0" beside it.
    xLabelY: y1 + sizes.small + 8,
    ...(yTitle ? { yTitle } : {}),
    directLabels,
    sourceLabels,
    legend,
    key,
    columns,
  };
}

function byDate(a: Figure, b: Figure): number {
  return +a.date!.time - +b.date!.time;
}
