/**
 * The geometry of a timeline, computed by `layoutTimeline`: paths, marks, ticks and labels in CSS
 * pixels. Plain data, no DOM.
 */
import type { RevisionStep } from './revision-steps.js';
import type { Figure } from '../data/figure.js';
import type { TextLine } from './text-line.js';

/** One series: its band(s) and central line, one path per unbroken stretch. */
export interface SeriesGeometry {
  name: string;
  /** Position among the series, for its colour and dash pattern. */
  index: number;
  /** Band paths, widest level first; each level may have several stretches (gaps are gaps). */
  bands: { depth: number; levels: number; d: string }[];
  /** The central line through the values, broken at gaps. */
  line?: string;
  /** Points with only a value and no neighbours, drawn as dots so they do not vanish. */
  dots: { x: number; y: number }[];
  figures: Figure[];
  /** Where the series ends, for its direct label. */
  end?: { x: number; y: number };
}

/** A source's estimate at its date: a dot, or a short vertical range. */
export interface SourceMarkGeometry {
  figure: Figure;
  x: number;
  /** Top and bottom of the range (top = high); equal for a point. */
  y0: number;
  y1: number;
  /** The value's y, when there is one. */
  y?: number;
  openLow: boolean;
  openHigh: boolean;
  vague: boolean;
  series: number;
}

/** A vertical rule at a date with its label above the plot. */
export interface AnnotationGeometry {
  x: number;
  label: TextLine;
  top: number;
  bottom: number;
}

/** One date the crosshair can stop at, with what each series and source says there. */
export interface ColumnGeometry {
  time: number;
  x: number;
  /** The series' figures at this date (at most one per series). */
  entries: { series: number; figure: Figure }[];
  /** Sources' estimates made on this date. */
  marks: number[];
}

export interface TimelineGeometry {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  series: SeriesGeometry[];
  marks: SourceMarkGeometry[];
  /** Each revised claim's marks joined in date order, drawn as a step line under them. */
  revisionSteps: RevisionStep[];
  annotations: AnnotationGeometry[];
  xTicks: { x: number; text: string; width: number }[];
  yTicks: { y: number; value: number; text: string }[];
  xLabelY: number;
  /** The unit, over the value axis. */
  yTitle?: TextLine;
  /** Direct labels at the ends of the series, or a legend above the plot when they cannot fit. */
  directLabels: (TextLine & { series: number })[];
  legend: { series: number; x: number; y: number; label: TextLine }[];
  /**
   * What each band's shade means ("50% interval", "95% interval"), inner first, when figures give
   * nested intervals: a swatch as the bands stack up to that level, in the series' colour.
   */
  key: { series: number; depth: number; levels: number; x: number; y: number; label: TextLine }[];
  /** Sources' names beside their marks, where they fit. */
  sourceLabels: (TextLine & { mark: number })[];
  columns: ColumnGeometry[];
}
