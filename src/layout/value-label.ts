/**
 * The figure written beside its bar ("10,000–15,000"): after the bar's end, else before its start,
 * or on a narrow chart at the end of the label's last line; in the compact form ("10K–15K") when the
 * full one does not fit. When it fits on neither side (a wide open range, "at least 100,000" running
 * to the axis end), it gets a line of its own under the bar: a bar is never drawn without its figure.
 */
import type { Figure } from '../data/figure.js';
import { formatFigure } from '../format/format-figure.js';
import { CHEVRON_ROOM } from './interval-strokes.js';
import type { RowGeometry, Stroke } from './range-chart-geometry.js';
import type { TextLine } from './text-line.js';
import type { TextMeasurer, TextStyle } from './text-measurer.js';

/** Between the label column and the plot, in px. */
export const GAP = 12;
/**
 * Text set against the right edge stops this far short of it: engines draw glyphs' side bearings a
 * pixel or two past the measured advance at large sizes (seen in Firefox at 30 px).
 */
const EDGE = 3;

/** What is drawn of the row already: its bar, mark, open ends, centre line and label lines. */
export interface RowMarks {
  strokes: Stroke[];
  mark: RowGeometry['mark'];
  openLow: boolean;
  openHigh: boolean;
  /** The bar's centre line, in px. */
  y: number;
  label: TextLine[];
  /** What else is drawn in the row (earlier figures under the bar), which a value label must not cross. */
  extents?: { x0: number; x1: number }[];
  /** The lowest drawn point under the bar, when lower than the bar itself. */
  marksBottom?: number;
}

/** The chart around the row. */
export interface ValueLabelContext {
  placement: 'beside' | 'above';
  labelWidth: number;
  width: number;
  measure: TextMeasurer;
  sizes: Record<TextStyle, number>;
  /** A narrow chart writes the compact form only. */
  compact: boolean;
  locale: string;
}

export function layoutValueLabel(figure: Figure, row: RowMarks, ctx: ValueLabelContext): TextLine | undefined {
  const { strokes, mark, openLow, openHigh, y, label } = row;
  const { placement, labelWidth, width, measure, sizes } = ctx;
  const others = row.extents ?? [];
  const extentX0 = Math.min(
    Math.min(...strokes.map((s) => s.x0), mark?.x ?? Infinity) - (mark ? 6 : 0),
    ...others.map((e) => e.x0 - 4),
  );
  const extentX1 = Math.max(
    Math.max(...strokes.map((s) => s.x1), mark?.x ?? -Infinity) + (mark ? 6 : 0),
    ...others.map((e) => e.x1 + 4),
  );
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

  return valueLabel;
}

/**
 * The figure on a line of its own under the bar, from the start of the plot (or of the bar, when it
 * starts further in), in the full form when it fits there, else the compact one.
 */
export function valueLabelBelow(figure: Figure, row: RowMarks, ctx: ValueLabelContext, lineHeight: number): TextLine {
  const { placement, labelWidth, width, measure, sizes } = ctx;
  const minX = placement === 'beside' ? labelWidth + GAP : 0;
  const start = Math.max(
    minX,
    Math.min(...row.strokes.map((s) => s.x0), ...(row.extents ?? []).map((e) => e.x0), row.mark?.x ?? Infinity),
  );
  const baseline = Math.max(row.y + BAR_HALF, row.marksBottom ?? 0) + lineHeight - Math.round(sizes.small * 0.3);
  const forms = ctx.compact ? [true] : [false, true];
  let text = '';
  let w = 0;
  for (const compact of forms) {
    text = formatFigure(figure, ctx.locale, compact);
    w = measure.width(text, 'small');
    if (start + w <= width - EDGE) break;
  }
  // Still too wide for the space after the bar's start: end it at the chart's edge instead.
  if (start + w > width - EDGE) return { text, x: width - EDGE, y: baseline, anchor: 'end', style: 'small', width: w };
  return { text, x: start, y: baseline, anchor: 'start', style: 'small', width: w };
}

/** Half the thickest bar, and the dot over it. */
const BAR_HALF = 6;
