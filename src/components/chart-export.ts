/**
 * A chart's downloads as image files, made in the browser when a reader asks for one (this module is
 * loaded then, not with the chart): the static renderer's SVG, with the title, notes and sources
 * inside, laid out at the chart's width in the page's own font (the canvas measurer), and the same
 * SVG painted to a PNG. Nothing is sent anywhere.
 */
import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderStatic, type StaticChart, type StaticText } from '../static/static-chart.js';
import type { StaticRangeOptions, StaticTimelineOptions } from '../static/static-options.js';
import { rangePlot } from '../static/range-plot.js';
import { timelinePlot } from '../static/timeline-plot.js';
import { PALETTES } from '../marks/palette.js';
import { canvasTextMeasurer } from './canvas-text-measurer.js';
import { announceDownload } from './chart-downloads.js';
import type { ChartFont } from './chart-size-controller.js';
import { paintSvg } from './paint-svg.js';

export type ImageFormat = 'png' | 'svg';

export interface ImageRequest {
  kind: 'estimate-range' | 'estimate-timeline';
  /** The figures as the chart read them (its records), checked again by the renderer. */
  records: readonly unknown[];
  options: StaticRangeOptions & StaticTimelineOptions;
  font: ChartFont;
  /** The chart's background, under the PNG. */
  background: string;
}

/** The chart as the static renderer draws it, measured in the page's canvas. */
export function staticChart(r: ImageRequest): StaticChart {
  const text: StaticText = {
    family: r.font.family,
    measure: (size) => canvasTextMeasurer(r.font.family, size, { letter: r.font.letter, word: r.font.word }),
  };
  return r.kind === 'estimate-timeline'
    ? renderStatic(
        r.records,
        r.options,
        r.kind,
        { labelOptional: true, dateRequired: true },
        timelinePlot(r.options),
        text,
      )
    : renderStatic(r.records, r.options, r.kind, {}, rangePlot(r.options), text);
}

const STYLE = /<style>([\s\S]*?)<\/style>/;

/**
 * The SVG painted to a PNG at `scale` pixels per CSS pixel. The SVG is put in the page, out of
 * view, in a shadow root of its own so that the browser styles it: its style sheet goes in as a
 * constructed sheet and its style attributes through the CSSOM, since a strict style-src blocks
 * both as markup, and the markup goes in through Lit, whose Trusted Types policy the page allows.
 */
export async function pngBlob(chart: StaticChart, background: string, scale = 2): Promise<Blob> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.setProperty('position', 'fixed');
  holder.style.setProperty('left', '-100000px');
  holder.style.setProperty('top', '0');
  const root = holder.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE.exec(chart.svg)?.[1] ?? '');
  root.adoptedStyleSheets = [sheet];
  // Style attributes too would be blocked: they go in as data, and are set through the CSSOM.
  render(unsafeHTML(chart.svg.replace(STYLE, '').replace(/ style="/g, ' data-style="')), root);
  for (const el of Array.from(root.querySelectorAll<SVGElement>('[data-style]')))
    for (const declaration of (el.dataset.style ?? '').split(';')) {
      const [name, ...value] = declaration.split(':');
      if (name.trim()) el.style.setProperty(name.trim(), value.join(':').trim());
    }
  document.body.append(holder);
  try {
    // The page's fonts, before any text is painted.
    await document.fonts?.ready;
    const svg = root.querySelector('svg');
    if (!svg) throw new Error('The chart image could not be made');
    const canvas = paintSvg(svg, scale, background);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    holder.remove();
  }
}

export async function imageBlob(r: ImageRequest, format: ImageFormat): Promise<Blob> {
  const chart = staticChart(r);
  return format === 'svg' ? new Blob([chart.svg], { type: 'image/svg+xml' }) : pngBlob(chart, r.background);
}

/** What a chart element tells its image: the state the reader sees. */
export interface ImageSource extends HTMLElement {
  readonly records: readonly unknown[];
  readonly font: ChartFont;
  readonly drawnWidth: number;
  readonly resolvedLocale: string;
  readonly numberLocale?: string;
  readonly interval?: string;
  readonly unit?: string;
  readonly scale: 'linear' | 'log' | 'auto';
  readonly zero: 'auto' | 'always' | 'never';
  readonly theme?: 'light' | 'dark';
  readonly renderRoot: ParentNode;
  imageOptions(): StaticRangeOptions & StaticTimelineOptions;
}

/** A file name from the chart's title: "How many troops?" → "how-many-troops". */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'chart';
}

const slotText = (chart: Element, name: string) =>
  Array.from(chart.querySelectorAll(`:scope > [slot="${name}"]`), (e) => (e.textContent ?? '').trim()).filter(Boolean);

/** The chart as the reader sees it: the same width, font, colours, options and text around it. */
export function imageRequest(chart: ImageSource): ImageRequest {
  const style = getComputedStyle(chart);
  const colors: Record<string, string> = {};
  for (const name of Object.keys(PALETTES.light)) {
    const value = style.getPropertyValue(`--estimate-range-${name}`).trim();
    if (value) colors[name] = value;
  }
  const margin = 16;
  return {
    kind: chart.localName === 'estimate-timeline' ? 'estimate-timeline' : 'estimate-range',
    records: chart.records,
    font: chart.font,
    background: style.backgroundColor,
    options: {
      width: chart.drawnWidth + 2 * margin,
      margin,
      locale: chart.resolvedLocale,
      // Read as the chart read them: an image of "15,000" read by another locale would be another figure.
      numberLocale: chart.numberLocale,
      interval: chart.interval,
      unit: chart.unit,
      scale: chart.scale,
      zero: chart.zero,
      theme: chart.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
      colors,
      fontSize: chart.font.size,
      title: slotText(chart, 'title')[0],
      description: slotText(chart, 'description')[0],
      notes: slotText(chart, 'note'),
      source: slotText(chart, 'source')[0],
      ...chart.imageOptions(),
    },
  };
}

/** Makes the chart's PNG or SVG, announces it, and saves it through a link of the chart's own. */
export async function downloadImage(chart: ImageSource, format: ImageFormat): Promise<void> {
  const filename = `${fileStem(slotText(chart, 'title')[0])}.${format}`;
  const blob = await imageBlob(imageRequest(chart), format);
  if (!announceDownload(chart, format, filename, blob)) return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  chart.renderRoot.append(link);
  link.click();
  link.remove();
  // Released once the browser has the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
