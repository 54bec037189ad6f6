/**
 * `layoutRangeChart`: figures + width → geometry. Pure: the same input gives the same output,
 * with no DOM, so it runs in the browser, in tests and on a server.
 *
 * The vertical rhythm, top to bottom: the interval key, then for each group its heading, its rows
 * (label beside or above a bar), the agreement line, and its axis (when axes are independent);
 * a shared axis comes once, after the last group; then the footer.
 */
// d3-array's max and min rather than Math.max(...xs): spreading 100,000 numbers overflows the stack.
import { max, min } from 'd3-array';
import type { Figure } from '../data/figure.js';
import { figureMax, figureMin } from '../data/figure.js';
import { formatFigure } from '../format/format-figure.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, messagesFor } from '../format/messages.js';
import { scaleValue, type ValueScale } from '../scales/value-scale.js';
import { agreementRange } from '../data/agreement-range.js';
import { layoutTicks } from './axis-ticks.js';
import { groupFigures, type SortOrder } from './row-order.js';
import { fontSizes, type TextMeasurer, type TextStyle } from './text-measurer.js';
import { wrapText } from './wrap-text.js';
import { formatRange } from '../format/format-figure.js';
import { layoutIntervalKey } from './interval-key.js';
import type { ChartLayoutOptions } from './chart-layout-options.js';
import type { AxisGeometry, GroupGeometry, RangeChartGeometry, RowGeometry, Stroke } from './range-chart-geometry.js';
import type { TextLine } from './text-line.js';

/** `auto`: each group gets its own axis when their magnitudes differ more than twentyfold. */
export type AxesMode = 'auto' | 'shared' | 'independent';

export interface RangeChartOptions extends ChartLayoutOptions {
  axes?: AxesMode;
  sort?: SortOrder;
  /** The label of a row to highlight. */
  highlight?: string;
  /** Shade where all sources of a group agree. */
  agreement?: boolean;
}

/** Below this width labels go above the bars. */
export const BESIDE_MIN_WIDTH = 480;
/** Below this width numbers are compact ("15K"). */
export const COMPACT_MAX_WIDTH = 520;
/** Magnitude ratio between groups beyond which `auto` gives each group its own axis. */
export const INDEPENDENT_RATIO = 20;

const GAP = 12;
/**
 * Text set against the right edge stops this far short of it: engines draw glyphs' side bearings a
 * pixel or two past the measured advance at large sizes (seen in Firefox at 30 px).
 */
const EDGE = 3;
const BAR = 10;
/** Room left at an open end for its chevron (drawn 2 px past the bar, 6 px long). */
const CHEVRON_ROOM = 9;

/** Lays out a range chart. */
export function layoutRangeChart(options: RangeChartOptions): RangeChartGeometry {
  const width = Math.max(120, Math.floor(options.width));
  const locale = options.locale ?? 'en';
  const measure = options.measure;
  const sizes = fontSizes(options.fontSize ?? 15);
  const lineHeight = (style: TextStyle) => Math.round(sizes[style] * 1.35);
  const messages = messagesFor(locale);
  const placement: 'beside' | 'above' = width >= BESIDE_MIN_WIDTH ? 'beside' : 'above';
  const compact = width < COMPACT_MAX_WIDTH;
  const groups = groupFigures(options.figures, options.sort ?? 'none', locale);
  const independent = useIndependentAxes(
    groups.map((g) => g.figures),
    options.axes ?? 'auto',
  );
  const highlight = options.highlight?.trim().toLowerCase();

  const dates = datesText(options.figures, locale);

  // The label column: as wide as the longest label needs, up to 38 % of the chart.
  let labelWidth = 0;
  if (placement === 'beside') {
    const widest = max(options.figures, (f) => measure.width(f.label, 'label')) ?? 0;
    labelWidth = Math.min(Math.ceil(widest), Math.round(width * 0.38), 260);
    labelWidth = Math.max(labelWidth, Math.min(90, Math.round(width * 0.25)));
  }

  // Scales: one per group (independent) or one for all; the pixel range leaves half a tick label
  // of room at each end so that end ticks are not cut.
  const scaleFigures = independent ? groups.map((g) => g.figures) : [options.figures];
  const plotLeft = placement === 'beside' ? labelWidth + GAP : 0;
  const axes: AxisGeometry[] = scaleFigures.map((figs) => {
    const probe = scaleValue(figs, [plotLeft, width], { type: options.scale, zero: options.zero });
    const probeTicks = layoutTicks(probe, measure, locale, compact);
    const first = probeTicks[0]?.width ?? 0;
    const last = probeTicks[probeTicks.length - 1]?.width ?? 0;
    const x0 = plotLeft + Math.ceil(first / 2) + 2;
    const x1 = width - Math.ceil(last / 2) - 2;
    const scale = scaleValue(figs, [x0, Math.max(x0 + 40, x1)], { type: options.scale, zero: options.zero });
    return { y: 0, labelY: 0, ticks: layoutTicks(scale, measure, locale, compact), gridSpans: [], scale };
  });
  const plot = { x0: axes[0].scale.range[0], x1: axes[0].scale.range[1] };

  let y = 0;
  const key = layoutIntervalKey(options.figures, width, locale, measure, lineHeight('small'));
  if (key.length) y = Math.max(...key.map((k) => k.y)) + lineHeight('small') / 2 + 6;

  const allRows: RowGeometry[] = [];
  const groupGeometries: GroupGeometry[] = [];
  const placeAxis = (axis: AxisGeometry) => {
    axis.y = y + 4;
    axis.labelY = axis.y + sizes.small;
    y = axis.labelY + 4;
    if (options.unit) {
      y += lineHeight('small') - 4;
      const w = measure.width(options.unit, 'small');
      axis.title = {
        text: options.unit,
        x: axis.scale.range[1] + Math.ceil((axis.ticks.at(-1)?.width ?? 0) / 2),
        y,
        anchor: 'end',
        style: 'small',
        width: w,
      };
      y += 4;
    }
  };

  groups.forEach((group, groupIndex) => {
    const axisIndex = independent ? groupIndex : 0;
    const axis = axes[axisIndex];
    const scale = axis.scale;
    const top = y + (groupIndex > 0 ? 18 : 0);
    y = top;
    const heading: TextLine[] = [];
    if (group.name !== undefined && (groups.length > 1 || group.name !== '')) {
      for (const text of wrapText(group.name, width, 'heading', measure)) {
        y += lineHeight('heading');
        heading.push({
          text,
          x: 0,
          y: y - Math.round(sizes.heading * 0.3),
          anchor: 'start',
          style: 'heading',
          width: measure.width(text, 'heading'),
        });
      }
      y += 6;
    }
    const rowsTop = y;
    for (const figure of group.figures) {
      const row = layoutRow(figure, allRows.length, y, scale, {
        placement,
        labelWidth,
        width,
        locale,
        measure,
        compact,
        lineHeight,
        sizes,
        dates,
        highlight,
      });
      allRows.push(row);
      y = row.bottom;
    }
    const rowsBottom = y;
    const geometry: GroupGeometry = {
      name: group.name,
      heading,
      top,
      rowsTop,
      rowsBottom,
      rows: allRows.slice(allRows.length - group.figures.length),
      axis: axisIndex,
    };

    const agreed = options.agreement ? agreementRange(group.figures) : undefined;
    if (agreed) {
      const x0 = scale(agreed[0]);
      const x1 = scale(agreed[1]);
      const text = message(messages, 'agreement', {
        range: formatRange(agreed[0], agreed[1], locale, compact ? 'compact' : 'words', group.figures[0].unit),
      });
      const w = measure.width(text, 'small');
      const centre = Math.min(Math.max((x0 + x1) / 2, w / 2), width - w / 2);
      y += lineHeight('small');
      const label: TextLine = { text, x: centre, y: y - 4, anchor: 'middle', style: 'small', width: w };
      geometry.agreement = { x0, x1, top: rowsTop, bottom: rowsBottom, low: agreed[0], high: agreed[1], label };
    }
    if (placement === 'beside') axis.gridSpans.push({ top: rowsTop, bottom: y });
    else {
      // Narrow: gridlines pause where a label sits above its bar, so that no line crosses text.
      geometry.rows.forEach((row, i) => {
        const last = i === geometry.rows.length - 1;
        axis.gridSpans.push({ top: row.y - BAR, bottom: last ? y : row.bottom });
      });
    }
    groupGeometries.push(geometry);
    if (independent) placeAxis(axis);
  });
  if (!independent) placeAxis(axes[0]);

  const footer: TextLine[] = [];
  if (dates.common) {
    y += 4;
    const text = message(messages, dates.all ? 'allAsOf' : 'mostAsOf', { date: dates.common });
    for (const line of wrapText(text, width, 'small', measure)) {
      y += lineHeight('small');
      footer.push({ text: line, x: 0, y: y - 4, anchor: 'start', style: 'small', width: measure.width(line, 'small') });
    }
  }

  return {
    width,
    height: Math.ceil(y + 4),
    labelPlacement: placement,
    compact,
    plot,
    key,
    groups: groupGeometries,
    axes,
    footer,
    independentAxes: independent,
    rows: allRows,
  };
}

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

interface DatesText {
  /** The date most figures share, said once under the chart. */
  common?: string;
  /** Whether every figure has the common date ("All figures as of …") or most do ("… unless stated"). */
  all: boolean;
  /** Date text for the rows whose date differs from the common one. */
  perRow: Map<Figure, string>;
}

/**
 * Dates are said once when figures share them and per row only where a row differs, so that a
 * reader sees at a glance which figure is older (the casualty counts were revised weekly).
 */
function datesText(figures: Figure[], locale: string): DatesText {
  const dated = figures.filter((f) => f.date);
  const perRow = new Map<Figure, string>();
  if (dated.length === 0) return { all: false, perRow };
  const medium = new Map(dated.map((f) => [f, formatFigureDate(f.date!, locale, 'medium')]));
  const counts = new Map<string, number>();
  for (const d of medium.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const [common, commonCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const all = commonCount === figures.length;
  // A date shared by fewer than half the figures is no common date: every row says its own.
  const shared = commonCount * 2 > figures.length ? common : undefined;
  const years = new Set(dated.map((f) => f.date!.time.getUTCFullYear()));
  const length = years.size === 1 && dated.every((f) => f.date!.precision !== 'year') ? 'short' : 'medium';
  const m = messagesFor(locale);
  for (const f of dated) {
    if (medium.get(f) !== shared)
      perRow.set(f, message(m, 'asOf', { date: formatFigureDate(f.date!, locale, length) }));
  }
  return { common: shared, all, perRow };
}

interface RowContext {
  placement: 'beside' | 'above';
  labelWidth: number;
  width: number;
  locale: string;
  measure: TextMeasurer;
  compact: boolean;
  lineHeight: (style: TextStyle) => number;
  sizes: Record<TextStyle, number>;
  dates: DatesText;
  highlight?: string;
}

function layoutRow(figure: Figure, index: number, top: number, scale: ValueScale, ctx: RowContext): RowGeometry {
  const { placement, labelWidth, width, measure, lineHeight, sizes } = ctx;
  const labelStyle: TextStyle = 'label';
  const labelLines = wrapText(figure.label, placement === 'beside' ? labelWidth : width, labelStyle, measure);
  const metaText = [
    figure.source && figure.source !== figure.label ? figure.source : '',
    ctx.dates.perRow.get(figure) ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  const metaLines = metaText ? wrapText(metaText, placement === 'beside' ? labelWidth : width, 'small', measure) : [];
  const pad = 7;

  const barBand = 26;
  let y: number;
  let cursor = top + pad;
  const label: TextLine[] = [];
  const meta: TextLine[] = [];
  const addLine = (text: string, style: TextStyle, into: TextLine[]) => {
    cursor += lineHeight(style);
    into.push({
      text,
      x: 0,
      y: cursor - Math.round(sizes[style] * 0.3),
      anchor: 'start',
      style,
      width: measure.width(text, style),
    });
  };
  let bottom: number;
  if (placement === 'beside') {
    // The bar lines up with the centre of the label's first line; more lines run on below it.
    y = top + pad + barBand / 2;
    cursor = y - lineHeight(labelStyle) / 2;
    for (const t of labelLines) addLine(t, labelStyle, label);
    for (const t of metaLines) addLine(t, 'small', meta);
    bottom = Math.max(top + pad + barBand, cursor) + pad;
  } else {
    for (const t of labelLines) addLine(t, labelStyle, label);
    for (const t of metaLines) addLine(t, 'small', meta);
    // Narrow: the bar sits just under its label, so the eye pairs them, with room for a value
    // label beside it at any text size.
    const half = Math.max(BAR, Math.round(sizes.small * 0.75));
    y = cursor + half;
    bottom = y + half + pad;
  }

  const { strokes, openLow, openHigh } = strokesFor(figure, scale);
  const vague = figure.kind === 'vague';
  let mark: RowGeometry['mark'];
  if (figure.value !== undefined) {
    const kind = figure.kind === 'point' ? 'point' : figure.kind === 'approximate' ? 'approximate' : 'centre';
    mark = { x: scale(figure.value), kind };
  }

  // The value label: beside the bar's end, else before its start; compact if the full one does not
  // fit; left out if neither fits (the tooltip and the table still have it).
  const extentX0 = Math.min(...strokes.map((s) => s.x0), mark?.x ?? Infinity) - (mark ? 6 : 0);
  const extentX1 = Math.max(...strokes.map((s) => s.x1), mark?.x ?? -Infinity) + (mark ? 6 : 0);
  const chevron = CHEVRON_ROOM;
  const right0 = extentX1 + (openHigh ? chevron : 0) + 6;
  const left1 = extentX0 - (openLow ? chevron : 0) - 6;
  const minX = placement === 'beside' ? labelWidth + GAP : 0;
  const baseline = y + Math.round(sizes.small * 0.35);
  let valueLabel: TextLine | undefined;
  // The full form, then the compact one. The compact form is written only when it is needed:
  // formatting is a large share of a long chart's layout.
  const forms = ctx.compact ? [true] : [false, true];
  const written = forms.map((compact) => {
    let text: string | undefined;
    return () => (text ??= formatFigure(figure, ctx.locale, compact));
  });

  // Narrow charts: the value label sits on the label's last line, right-aligned, when it fits there.
  if (placement === 'above' && label.length) {
    const last = label[label.length - 1];
    for (const form of written) {
      const text = form();
      const w = measure.width(text, 'small');
      if (last.width + 12 + w <= width - EDGE) {
        valueLabel = { text, x: width - EDGE, y: last.y, anchor: 'end', style: 'small', width: w };
        break;
      }
    }
  }
  for (const form of written) {
    if (valueLabel) break;
    const text = form();
    const w = measure.width(text, 'small');
    if (right0 + w <= width - EDGE)
      valueLabel = { text, x: right0, y: baseline, anchor: 'start', style: 'small', width: w };
    else if (left1 - w >= minX) valueLabel = { text, x: left1, y: baseline, anchor: 'end', style: 'small', width: w };
  }

  return {
    figure,
    index,
    top,
    bottom,
    y,
    label,
    meta,
    strokes,
    openLow,
    openHigh,
    vague,
    mark,
    valueLabel,
    highlighted: ctx.highlight !== undefined && figure.label.trim().toLowerCase() === ctx.highlight,
    dimmed: ctx.highlight !== undefined && figure.label.trim().toLowerCase() !== ctx.highlight,
  };
}

/**
 * The strokes of a row, outer first: the figure's own low–high (when wider than its intervals)
 * then each interval, thicker and stronger inward, as ggdist draws them.
 */
function strokesFor(figure: Figure, scale: ValueScale): { strokes: Stroke[]; openLow: boolean; openHigh: boolean } {
  const [edge0, edge1] = scale.range;
  const spans: { low?: number; high?: number }[] = [];
  const outer = figure.intervals[0];
  const hasOwnRange = figure.low !== undefined || figure.high !== undefined;
  if (hasOwnRange && (!outer || figure.low !== outer.low || figure.high !== outer.high))
    spans.push({ low: figure.low, high: figure.high });
  for (const interval of figure.intervals) spans.push({ low: interval.low, high: interval.high });
  const levels = spans.length;
  const openHigh = figure.kind === 'lower-bound';
  const logZero = scale.type === 'log' && (figure.low ?? 1) <= 0;
  const openLow = figure.kind === 'upper-bound' || logZero;
  const strokes = spans.map((span, depth): Stroke => {
    // Open ends stop short of the axis edge by the chevron's width, so the chevron stays in the plot.
    const x0 =
      span.low === undefined || (scale.type === 'log' && span.low <= 0) ? edge0 + CHEVRON_ROOM : scale(span.low);
    const x1 = span.high === undefined ? edge1 - CHEVRON_ROOM : scale(span.high);
    // Thickness grows inward: a lone range is a full bar; nested levels step from 3 px to the full bar.
    const thickness = levels === 1 ? BAR : Math.round(3 + ((BAR - 3) * depth) / (levels - 1));
    return { x0, x1: Math.max(x1, x0), thickness, depth, levels };
  });
  return { strokes, openLow, openHigh };
}
