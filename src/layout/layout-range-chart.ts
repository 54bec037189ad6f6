/**
 * `layoutRangeChart`: figures + width → geometry. Pure: the same input gives the same output,
 * with no DOM, so it runs in the browser, in tests and on a server.
 *
 * The vertical rhythm, top to bottom: the interval key, then for each group its heading, its rows
 * (label beside or above a bar), the agreement line, and its axis (when axes are independent);
 * a shared axis comes once, after the last group; then the footer.
 */
// d3-array's max rather than Math.max(...xs): spreading 100,000 numbers overflows the stack.
import { max } from 'd3-array';
import { figureMax, figureMin, type Figure } from '../data/figure.js';
import { message, messagesFor } from '../format/messages.js';
import { resolveScaleType, scaleValue, type ValueScale } from '../scales/value-scale.js';
import { agreementRange } from '../data/agreement-range.js';
import { layoutTicks } from './axis-ticks.js';
import { groupFigures, type SortOrder } from './row-order.js';
import type { TextStyle } from './text-measurer.js';
import { wrapText } from './wrap-text.js';
import { formatRange } from '../format/format-figure.js';
import { layoutIntervalKey, withDistributionKey } from './interval-key.js';
import type { ChartLayoutOptions } from './chart-layout-options.js';
import type { AxisGeometry, GroupGeometry, RangeChartGeometry, RowGeometry } from './range-chart-geometry.js';
import type { TextLine } from './text-line.js';
import { COMPACT_MAX_WIDTH, textMetrics } from './chart-text.js';
import { useIndependentAxes, type AxesMode } from './range-axes.js';
import { BAR, strokesFor } from './interval-strokes.js';
import { rowDates, type RowDates } from './row-dates.js';
import { rowSources, type RowSources } from './row-sources.js';
import { GAP, layoutValueLabel, valueLabelBelow, type ValueLabelContext } from './value-label.js';
import { EARLIER_TICK, earlierMarks } from './earlier-marks.js';
import { distributionExtent, layoutDistribution, STACK_HEIGHT, type DisplayMode } from './distribution-layout.js';
import { fitDistribution } from '../data/distribution.js';
import { earlierFigures } from '../format/earlier-figures.js';

export type { AxesMode };

export interface RangeChartOptions extends ChartLayoutOptions {
  axes?: AxesMode;
  sort?: SortOrder;
  /** The label of a row to highlight. */
  highlight?: string;
  /** Shade where all sources of a group agree. */
  agreement?: boolean;
  /**
   * `bars` (default); `gradient` or `dots` draws a figure that gives a probability (a centre and an
   * interval at a stated level) as a distribution: a gradient interval or a 20-dot quantile dotplot.
   */
  display?: DisplayMode;
  /**
   * `elsewhere`: the one source every row shares is said by the caller (the static renderer's source
   * line), not under the chart as well.
   */
  chartSource?: 'under' | 'elsewhere';
}

/** Below this width labels go above the bars. */
export const BESIDE_MIN_WIDTH = 480;

/**
 * Lays out a range chart: figures, a width in CSS px and a text measurer → every row, bar, label,
 * axis and heading, in px. Rows are grouped by `group` and stacked top to bottom; labels sit beside
 * the bars from 480 px, above them below that. Example:
 * `layoutRangeChart({ figures, width: 640, measure: approximateTextMeasurer(15), sort: 'value' })`.
 */
export function layoutRangeChart(options: RangeChartOptions): RangeChartGeometry {
  const width = Math.max(120, Math.floor(options.width));
  const locale = options.locale ?? 'en';
  const measure = options.measure;
  const { sizes, lineHeight } = textMetrics(options.fontSize);
  const messages = messagesFor(locale);
  const placement: 'beside' | 'above' = width >= BESIDE_MIN_WIDTH ? 'beside' : 'above';
  const compact = width < COMPACT_MAX_WIDTH;
  const groups = groupFigures(options.figures, options.sort ?? 'none', locale);
  const independent = useIndependentAxes(
    groups.map((g) => g.figures),
    options.axes ?? 'auto',
  );
  const highlight = options.highlight?.trim().toLowerCase();

  const dates = rowDates(options.figures, locale);

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
    const type = resolveScaleType(figs, options.scale);
    const probe = scaleValue(figs, [plotLeft, width], { type, zero: options.zero });
    const probeTicks = layoutTicks(probe, measure, locale, compact);
    const first = probeTicks[0]?.width ?? 0;
    const last = probeTicks[probeTicks.length - 1]?.width ?? 0;
    const x0 = plotLeft + Math.ceil(first / 2) + 2;
    const x1 = width - Math.ceil(last / 2) - 2;
    const scale = scaleValue(figs, [x0, Math.max(x0 + 40, x1)], { type, zero: options.zero });
    // A log axis the chart chose is said in the axis title, so that no reader takes it for linear.
    const chosenLog = options.scale === 'auto' && type === 'log';
    return { y: 0, labelY: 0, ticks: layoutTicks(scale, measure, locale, compact), gridSpans: [], scale, chosenLog };
  });
  const plot = { x0: axes[0].scale.range[0], x1: axes[0].scale.range[1] };

  let y = 0;
  let key = layoutIntervalKey(options.figures, width, locale, measure, lineHeight('small'));
  const display = options.display ?? 'bars';
  if (display !== 'bars' && options.figures.some((f) => fitDistribution(f)))
    key = withDistributionKey(key, display, width, locale, measure, lineHeight('small'));
  if (key.length) y = Math.max(...key.map((k) => k.y)) + lineHeight('small') / 2 + 6;

  const allRows: RowGeometry[] = [];
  const groupGeometries: GroupGeometry[] = [];
  const placeAxis = (axis: AxisGeometry) => {
    axis.y = y + 4;
    axis.labelY = axis.y + sizes.small;
    y = axis.labelY + 4;
    const titleText = axis.chosenLog
      ? options.unit
        ? message(messages, 'withLogScale', { unit: options.unit })
        : message(messages, 'logScale')
      : options.unit;
    if (titleText) {
      y += lineHeight('small') - 4;
      const w = measure.width(titleText, 'small');
      axis.title = {
        text: titleText,
        x: axis.scale.range[1] + Math.ceil((axis.ticks.at(-1)?.width ?? 0) / 2),
        y,
        anchor: 'end',
        style: 'small',
        width: w,
      };
      y += 4;
    }
  };

  const sources = rowSources(groups);
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
    const groupSource = group.name !== undefined ? sources.byGroup.get(group.name) : undefined;
    const source: TextLine[] = [];
    if (groupSource !== undefined) {
      for (const text of wrapText(message(messages, 'allFrom', { source: groupSource }), width, 'small', measure)) {
        y += lineHeight('small');
        source.push({ text, x: 0, y: y - 4, anchor: 'start', style: 'small', width: measure.width(text, 'small') });
      }
      y += 4;
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
        sources,
        highlight,
        display,
      });
      allRows.push(row);
      y = row.bottom;
    }
    const rowsBottom = y;
    const geometry: GroupGeometry = {
      name: group.name,
      heading,
      source,
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
  if (sources.chart !== undefined && options.chartSource !== 'elsewhere') {
    y += 4;
    for (const line of wrapText(message(messages, 'allFrom', { source: sources.chart }), width, 'small', measure)) {
      y += lineHeight('small');
      footer.push({ text: line, x: 0, y: y - 4, anchor: 'start', style: 'small', width: measure.width(line, 'small') });
    }
  }
  // The shape of a distribution drawn is an assumption, and is said as one.
  if (allRows.some((r) => r.distribution)) {
    y += 4;
    for (const line of wrapText(message(messages, 'distributionAssumed'), width, 'small', measure)) {
      y += lineHeight('small');
      footer.push({ text: line, x: 0, y: y - 4, anchor: 'start', style: 'small', width: measure.width(line, 'small') });
    }
  }
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

interface RowContext extends ValueLabelContext {
  lineHeight: (style: TextStyle) => number;
  dates: RowDates;
  sources: RowSources;
  highlight?: string;
  display: DisplayMode;
}

function layoutRow(figure: Figure, index: number, top: number, scale: ValueScale, ctx: RowContext): RowGeometry {
  const { placement, labelWidth, width, measure, lineHeight, sizes } = ctx;
  const labelStyle: TextStyle = 'label';
  const labelLines = wrapText(figure.label, placement === 'beside' ? labelWidth : width, labelStyle, measure);
  const metaText = [ctx.sources.perRow.get(figure) ?? '', ctx.dates.perRow.get(figure) ?? '']
    .filter(Boolean)
    .join(' · ');
  const textWidth = placement === 'beside' ? labelWidth : width;
  const metaLines = metaText ? wrapText(metaText, textWidth, 'small', measure) : [];
  const was = earlierFigures(figure, { locale: ctx.locale, dateLength: ctx.dates.length, form: 'drawn' });
  if (was) metaLines.push(...wrapText(was, textWidth, 'small', measure));
  const pad = 7;

  // A figure drawn as its distribution: dots stack taller than a bar.
  const fit = ctx.display !== 'bars' ? fitDistribution(figure) : undefined;
  const stacked = fit !== undefined && ctx.display === 'dots';
  const barBand = stacked ? STACK_HEIGHT + 2 : 26;
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
    const half = stacked ? STACK_HEIGHT / 2 + 2 : Math.max(BAR, Math.round(sizes.small * 0.75));
    y = cursor + half;
    bottom = y + half + pad;
  }

  let { strokes, openLow, openHigh } = strokesFor(figure, scale);
  const vague = figure.kind === 'vague';
  let mark: RowGeometry['mark'];
  if (figure.value !== undefined) {
    const kind = figure.kind === 'point' ? 'point' : figure.kind === 'approximate' ? 'approximate' : 'centre';
    mark = { x: scale(figure.value), kind };
  }
  // A figure that gives a probability, drawn as its distribution in place of its bars (dots in
  // place of its centre's mark too: the dots show where it is).
  const distribution = fit
    ? layoutDistribution(
        fit,
        ctx.display as 'gradient' | 'dots',
        { low: figureMin(figure)!, high: figureMax(figure)! },
        scale,
        y,
      )
    : undefined;
  if (distribution) {
    strokes = [];
    openLow = openHigh = false;
    if (distribution.display === 'dots') mark = undefined;
  }

  const earlier = earlierMarks(figure, scale, y, stacked ? y + STACK_HEIGHT / 2 : undefined);
  const marksBottom = earlier.length ? Math.max(...earlier.map((e) => e.y)) + EARLIER_TICK : undefined;
  if (marksBottom !== undefined) bottom = Math.max(bottom, marksBottom + pad);
  const extents = distribution ? [...earlier, distributionExtent(distribution)] : earlier;
  const marks = { strokes, mark, openLow, openHigh, y, label, extents, marksBottom };
  let valueLabel = layoutValueLabel(figure, marks, ctx);
  if (!valueLabel && (strokes.length > 0 || mark || distribution)) {
    valueLabel = valueLabelBelow(figure, marks, ctx, lineHeight('small'));
    bottom = Math.max(bottom, valueLabel.y + Math.round(sizes.small * 0.3) + pad);
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
    earlier,
    ...(distribution ? { distribution } : {}),
    highlighted: ctx.highlight !== undefined && figure.label.trim().toLowerCase() === ctx.highlight,
    dimmed: ctx.highlight !== undefined && figure.label.trim().toLowerCase() !== ctx.highlight,
  };
}
