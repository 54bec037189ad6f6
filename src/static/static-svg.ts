/**
 * A whole static chart as one SVG file: accessible on its own (`role="img"`, a `<title>` and a
 * `<desc>` with the generated summary), its colours and font in an inline style sheet, its title,
 * notes, source and how-to-read line drawn into the image so that they travel with it.
 */
import { svg } from 'lit/html.js';
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
  /** The plot's marks as markup (templateToString), in the plot's coordinates: made once for both SVGs. */
  plot: string;
  /** The element's name, as the root's class: "estimate-range" or "estimate-timeline". */
  kind: string;
}

function frameLines(lines: readonly FrameLine[]) {
  return lines.map(
    (l) =>
      svg`<text class=${`${l.className} ${l.style}`} x=${round(l.x)} y=${round(l.y)} text-anchor=${l.anchor}>${l.text}</text>`,
  );
}

/** FNV-1a of a text, in base 36: a short name that is the same for the same chart on every machine. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The SVG markup of a chart; with `frame`, the text around the plot too (see static-frame.ts). Its
 * ids and style rules carry a name made from the chart itself, so that several charts inline in one
 * HTML page neither share gradients nor restyle each other (or the page's own SVG).
 */
export function staticSvg(p: StaticSvgParts): { markup: string; scope: string } {
  const plotTop = p.frame?.plotTop ?? p.margin;
  const footerTop = plotTop + p.plotHeight;
  const scope = `er-${hash([p.kind, p.width, p.height, p.theme, JSON.stringify(p.colors ?? {}), p.name, p.summary, p.plot].join('|'))}`;
  // The marks' gradient ids and references; a quoted attribute, so never a label's (escaped) text.
  const scoped = p.plot
    .replace(/id="fade-/g, `id="${scope}-fade-`)
    .replace(/style="fill: url\(#fade-/g, `style="fill: url(#${scope}-fade-`);
  const template = svg`<svg xmlns="http://www.w3.org/2000/svg" class=${`${p.kind} static-chart ${scope}`} width=${p.width} height=${p.height} viewBox=${`0 0 ${p.width} ${p.height}`}
  role="img" aria-labelledby=${`${scope}-title`} aria-describedby=${`${scope}-summary`} font-family=${fontStack(p.fontFamily)} font-size=${p.fontSize} overflow="visible">
<title id=${`${scope}-title`}>${p.name}</title>
<desc id=${`${scope}-summary`}>${p.summary}</desc>
<style>${staticStyles(p.theme, p.fontSize, p.colors, `.${scope}`)}</style>
<rect class="background" width=${p.width} height=${p.height} fill=${paletteFor(p.theme, p.colors).background}></rect>
<g class="header" aria-hidden="true">${frameLines(p.frame?.header ?? [])}</g>
<g class="plot" aria-hidden="true" transform=${`translate(${p.margin} ${round(plotTop)})`}><!--plot--></g>
<g class="footer" aria-hidden="true" transform=${`translate(0 ${round(footerTop)})`}>${frameLines(p.frame?.footer ?? [])}</g>
</svg>`;
  // The plot goes in as markup already made, at a comment, which no escaped text can contain.
  return { markup: templateToString(template).replace('<!--plot-->', () => scoped), scope };
}
