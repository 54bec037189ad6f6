/**
 * A whole static chart as one SVG file: accessible on its own (`role="img"`, a `<title>` and a
 * `<desc>` with the generated summary), its colours and font in an inline style sheet, its title,
 * notes, source and how-to-read line drawn into the image so that they travel with it.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { Palette, Theme } from '../marks/palette.js';
import { round } from '../marks/round.js';
import type { FrameGeometry, FrameLine } from './static-frame.js';
import { fontStack, paletteFor, staticStyles } from './static-styles.js';
import { templateToString } from './template-to-string.js';

export interface StaticSvgParts {
  width: number;
  height: number;
  /** The plot's own size: its geometry's width and height. */
  plotWidth: number;
  plotHeight: number;
  margin: number;
  frame?: FrameGeometry;
  /** What the image is called (the title), and what it shows in words (the summary). */
  name: string;
  summary: string;
  theme: Theme;
  colors?: Partial<Palette>;
  fontFamily: string;
  fontSize: number;
  /** The plot's marks, in the plot's coordinates. */
  plot: SVGTemplateResult;
  /** The element's name, as the root's class: "estimate-range" or "estimate-timeline". */
  kind: string;
}

function frameLines(lines: readonly FrameLine[]) {
  return lines.map(
    (l) =>
      svg`<text class=${`${l.className} ${l.style}`} x=${round(l.x)} y=${round(l.y)} text-anchor=${l.anchor}>${l.text}</text>`,
  );
}

/** The SVG markup of a chart; with `frame`, the text around the plot too (see static-frame.ts). */
export function staticSvg(p: StaticSvgParts): string {
  const plotTop = p.frame?.plotTop ?? p.margin;
  const footerTop = plotTop + p.plotHeight;
  const template = svg`<svg xmlns="http://www.w3.org/2000/svg" class=${`${p.kind} static-chart`} width=${p.width} height=${p.height} viewBox=${`0 0 ${p.width} ${p.height}`}
  role="img" aria-labelledby="chart-title" aria-describedby="chart-summary" font-family=${fontStack(p.fontFamily)} font-size=${p.fontSize}>
<title id="chart-title">${p.name}</title>
<desc id="chart-summary">${p.summary}</desc>
<style>${staticStyles(p.theme, p.fontSize, p.colors)}</style>
<rect class="background" width=${p.width} height=${p.height} fill=${paletteFor(p.theme, p.colors).background}></rect>
<g class="header" aria-hidden="true">${frameLines(p.frame?.header ?? [])}</g>
<g class="plot" aria-hidden="true" transform=${`translate(${p.margin} ${round(plotTop)})`}>${p.plot}</g>
<g class="footer" aria-hidden="true" transform=${`translate(0 ${round(footerTop)})`}>${frameLines(p.frame?.footer ?? [])}</g>
</svg>`;
  return templateToString(template);
}
