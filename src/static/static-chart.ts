/**
 * What both static charts share: options with their defaults, the figures read and checked, the
 * measurer over the font, the frame of text around the plot, and the SVG and HTML made from a plot.
 * A kind of chart (render-range.ts, render-timeline.ts) adds its layout and marks.
 */
// The static renderer draws in one pass: every language is registered before it does.
import '../format/all-languages.js';
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { Figure } from '../data/figure.js';
import type { FigureIssue } from '../data/figure-issue.js';
import type { ValidationOptions } from '../data/validate-estimates.js';
import { message, messagesFor, type Messages } from '../format/messages.js';
import type { ChartLayoutOptions } from '../layout/chart-layout-options.js';
import type { Theme } from '../marks/palette.js';
import { readFigures, type FiguresInput } from './read-input.js';
import { layoutFrame } from './static-frame.js';
import type { StaticFont } from './static-font.js';
import type { TextMeasurer } from '../layout/text-measurer.js';
import { staticHtml } from './static-html.js';
import type { StaticChartOptions } from './static-options.js';
import { staticSvg } from './static-svg.js';
import { templateToString } from './template-to-string.js';

/** A chart rendered without a browser. */
export interface StaticChart {
  /** A standalone SVG file: the chart with its title, notes, source and how-to-read line inside. */
  svg: string;
  /** A `<figure>` for a page that runs no script: caption, inline SVG, notes, source, summary, data table. */
  html: string;
  /** Every problem found in the input, as the elements report them; the rows without errors are drawn. */
  problems: FigureIssue[];
  /** The SVG's size in px. */
  width: number;
  height: number;
  /** The figures in words, as the SVG's `<desc>`. */
  summary: string;
  /** The figures drawn: every row without an error. */
  figures: Figure[];
  /** The font the text was measured in, which a PNG must be drawn in (none when a browser measured it). */
  font?: StaticFont;
  /** What the chart is, for an image's metadata: PNG's Title, Description, Source, Author and Software. */
  about: Record<string, string | undefined>;
}

/**
 * How a static chart measures its text: in Node, a font file's metrics (font-text.ts); in the
 * browser (a chart's downloads), the page's canvas, in the font the reader sees.
 */
export interface StaticText {
  /** The CSS family the SVG names. */
  family: string;
  /** A measurer at a base size in px. */
  measure: (fontSize: number) => TextMeasurer;
  /** The font files, when there are any (a PNG drawn by resvg needs them). */
  font?: StaticFont;
}

/** What a kind of chart makes of the shared context: its plot, in its own coordinates. */
export interface StaticPlot {
  marks: SVGTemplateResult;
  width: number;
  height: number;
  summary: string;
  /** The line saying how to read the marks ("Bars show each source's range; dashed: a vague figure"). */
  howToRead: string;
}

export interface StaticContext {
  /** What every layout is given, as the elements' `layoutInputs` give it: figures, plot width, measurer, font size, locale, value axis. */
  layout: ChartLayoutOptions & { locale: string; fontSize: number };
  annotations: unknown[];
  m: Messages;
}

/** A plot for no figures: the elements' own words for it. */
function emptyPlot(c: StaticContext): StaticPlot {
  const y = c.layout.fontSize * 1.35;
  return {
    marks: svg`<text class="status" x="0" y=${y}>${message(c.m, 'empty')}</text>`,
    width: c.layout.width,
    height: Math.round(y * 1.6),
    summary: message(c.m, 'empty'),
    howToRead: '',
  };
}

export function renderStatic(
  input: FiguresInput,
  options: StaticChartOptions & { annotations?: readonly unknown[] },
  kind: 'estimate-range' | 'estimate-timeline',
  rules: ValidationOptions,
  plot: (c: StaticContext) => StaticPlot,
  text: StaticText,
): StaticChart {
  const width = Math.max(200, Math.round(options.width ?? 640));
  const margin = Math.max(0, options.margin ?? 16);
  const locale = options.locale ?? 'en';
  const theme: Theme = options.theme === 'dark' ? 'dark' : 'light';
  const fontSize = Math.max(12, options.fontSize ?? 15);
  const m = messagesFor(locale);
  const read = readFigures(input, {
    ...rules,
    locale: options.numberLocale || locale,
    trustLocale: Boolean(options.numberLocale),
    interval: options.interval,
  });
  const measure = text.measure(fontSize);
  const context: StaticContext = {
    layout: {
      figures: read.figures,
      width: width - 2 * margin,
      measure,
      fontSize,
      locale,
      scale: options.scale,
      zero: options.zero,
      unit: options.unit,
    },
    annotations: [...(options.annotations ?? []), ...read.annotations],
    m,
  };
  const drawn = read.figures.length ? plot(context) : emptyPlot(context);
  const notes = typeof options.notes === 'string' ? [options.notes] : (options.notes ?? []);
  // As given. A source every row shares is said once by the plot itself ("All figures from UN.",
  // layout/row-sources.ts), as the element says it.
  const source = options.source || undefined;
  const frame = layoutFrame(
    {
      title: options.title,
      description: options.description,
      notes,
      source,
      howToRead: drawn.howToRead,
      credit: options.credit,
    },
    { width, margin, fontSize, measure },
  );
  const parts = {
    plotWidth: drawn.width,
    plotHeight: drawn.height,
    name: options.title ?? message(m, 'chartLabel'),
    summary: drawn.summary,
    theme,
    colors: options.colors,
    fontFamily: text.family,
    fontSize,
    plot: templateToString(drawn.marks),
    kind,
  };
  const height = Math.ceil(frame.plotTop + drawn.height + frame.footerHeight);
  const inline = staticSvg({ ...parts, width: drawn.width, height: Math.ceil(drawn.height), margin: 0 });
  return {
    svg: staticSvg({ ...parts, width, height, margin, frame }).markup,
    html: staticHtml({
      kind,
      svg: inline.markup,
      scope: inline.scope,
      figures: read.figures,
      title: options.title,
      description: options.description,
      notes,
      source,
      credit: options.credit,
      summary: drawn.summary,
      locale,
      unit: options.unit,
      theme,
      colors: options.colors,
      fontFamily: text.family,
      fontUrl: options.fontUrl,
      m,
    }),
    problems: read.problems,
    width,
    height,
    summary: drawn.summary,
    figures: read.figures,
    font: text.font,
    about: {
      Title: options.title,
      Description: drawn.summary,
      Source: source,
      Author: options.credit,
      Software: 'estimate-range',
    },
  };
}
