/**
 * The geometry of a range chart: everything the templates draw, in CSS pixels, computed by
 * `layoutRangeChart` from figures and a width. Plain data, no DOM, so the same layout serves the
 * browser, tests and server rendering.
 */
import type { Figure } from '../data/figure.js';
import type { TextLine } from './text-line.js';
import type { ValueScale } from '../scales/value-scale.js';
import type { Tick } from './axis-ticks.js';
import type { RowDistribution } from './distribution-layout.js';

/** A horizontal stroke from x0 to x1 at the row's centre line. */
export interface Stroke {
  x0: number;
  x1: number;
  /** Thickness in px. */
  thickness: number;
  /** 0 for the outermost interval; the innermost has the highest depth. */
  depth: number;
  /** Number of levels drawn for this row, so that styles can tell outer from inner. */
  levels: number;
}

export interface RowGeometry {
  figure: Figure;
  /** Position in reading order across the whole chart, from 0: what the arrow keys step through. */
  index: number;
  top: number;
  bottom: number;
  /** The centre line of the bar. */
  y: number;
  label: TextLine[];
  /** Source and date, in small muted text. */
  meta: TextLine[];
  strokes: Stroke[];
  /** The range runs on past the axis: drawn fading, with a chevron. */
  openLow: boolean;
  openHigh: boolean;
  vague: boolean;
  /** The central or single value. */
  mark?: { x: number; kind: 'point' | 'approximate' | 'centre' };
  /** Omitted when it cannot be placed without overlapping anything. */
  valueLabel?: TextLine;
  /** A revised claim's earlier figures, drawn faint under the bar, the latest of them nearest it. */
  earlier: EarlierMark[];
  /** With `display="gradient"` or `"dots"`, the figure's distribution, drawn in place of its bars. */
  distribution?: RowDistribution;
  highlighted: boolean;
  dimmed: boolean;
}

/** One earlier figure of a revised claim: a thin line under the bar, with ticks at its closed ends. */
export interface EarlierMark {
  figure: Figure;
  /** The line's centre, in px. */
  y: number;
  /** The line's ends; equal for a single number. */
  x0: number;
  x1: number;
  openLow: boolean;
  openHigh: boolean;
  /** Its central or single value. */
  value?: number;
}

export interface AxisGeometry {
  /** Top of the tick labels line. */
  y: number;
  ticks: Tick[];
  /** Baseline of the tick labels. */
  labelY: number;
  title?: TextLine;
  /** Where the gridlines run, one span per group the axis serves. */
  gridSpans: { top: number; bottom: number }[];
  scale: ValueScale;
  /** `scale="auto"` chose a log scale for this axis (its title says so). */
  chosenLog?: boolean;
}

export interface GroupGeometry {
  name?: string;
  heading: TextLine[];
  /** The one source every row of the group shares, said once under the heading (row-sources.ts). */
  source: TextLine[];
  top: number;
  rowsTop: number;
  rowsBottom: number;
  rows: RowGeometry[];
  /** Where every source's range overlaps. */
  agreement?: { x0: number; x1: number; top: number; bottom: number; low: number; high: number; label: TextLine };
  /** Index into `axes` of the axis this group is drawn against. */
  axis: number;
}

export interface KeyItem {
  /** What the sample is: a bar (an interval level, the default) or a distribution's gradient or dot. */
  sample?: 'gradient' | 'dot';
  level: string;
  thickness: number;
  depth: number;
  levels: number;
  x: number;
  y: number;
  sampleWidth: number;
  label: TextLine;
}

export interface RangeChartGeometry {
  width: number;
  height: number;
  /** Labels beside the bars (wide) or above them (narrow). */
  labelPlacement: 'beside' | 'above';
  /** Numbers in compact form ("15K"). */
  compact: boolean;
  plot: { x0: number; x1: number };
  key: KeyItem[];
  groups: GroupGeometry[];
  axes: AxisGeometry[];
  /** A line under the chart: "All figures as of 24 Mar 2022." */
  footer: TextLine[];
  /** Whether each group has its own axis. */
  independentAxes: boolean;
  rows: RowGeometry[];
}
