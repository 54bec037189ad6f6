/**
 * The style sheet inside a static SVG: the elements' rules for what the plot draws, with every colour
 * written out from the palette (marks/palette.ts). SVG renderers such as resvg read simple class
 * selectors but no custom properties or `color-mix()`, so the values are resolved here.
 */
import { fontSizes } from '../layout/text-measurer.js';
import { PALETTES, SERIES_COLORS, type Palette, type Theme } from '../marks/palette.js';

/** `a` mixed into `b` by `share` of a, in sRGB, as CSS `color-mix(in srgb, a share, b)`. */
function mix(a: string, b: string, share: number): string {
  if (!isHex(a) || !isHex(b)) return a;
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x
    .map((c, i) =>
      Math.round(c * share + y[i] * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The CSS font-family value: the font first, then generic fallbacks for a viewer without it. */
export function fontStack(family: string): string {
  return `'${family.replace(/'/g, '')}', 'Helvetica Neue', Arial, sans-serif`;
}

/** A colour for mixing: `#rgb` and `#rrggbb` as given, anything else left unmixed by `mix`. */
function isHex(color: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(color);
}

/** The theme's palette with a page's own colours over it. */
export function paletteFor(theme: Theme, colors: Partial<Palette> = {}): Palette {
  return { ...PALETTES[theme], ...colors };
}

/** Every selector of a style sheet under `scope` (`text{…}` → `.er-1 text{…}`). */
function scoped(css: string, scope: string): string {
  return css.replace(/(^|\})\s*([^{}]+)\{/g, (_, end: string, selectors: string) => {
    const list = selectors.split(',').map((sel) => `${scope} ${sel.trim()}`);
    return `${end}\n${list.join(',')}{`;
  });
}

export function staticStyles(theme: Theme, baseSize: number, colors: Partial<Palette> = {}, scope = ''): string {
  const p = paletteFor(theme, colors);
  const series = [p['interval-color'], ...SERIES_COLORS[theme]];
  const size = fontSizes(baseSize);
  // As the elements' style sheet sets them (0.87 and 1.07 em, unrounded), though the layout measures
  // at fontSizes' rounded sizes: the image draws what the element draws.
  const base = Math.max(12, baseSize);
  const small = Math.max(12, Math.round(base * 0.87 * 100) / 100);
  const heading = Math.max(12, Math.round(base * 1.07 * 100) / 100);
  const dashes = ['none', '8 4', '2 3', '10 3 2 3', '4 4', 'none'];
  const seriesRules = series
    .map(
      (c, i) => `.band.series-${i + 1}{fill:${c}}.series-line.series-${i + 1}{stroke:${c};stroke-dasharray:${dashes[i]}}
.series-dot.series-${i + 1},.series-${i + 1} .direct-label{fill:${c}}.legend-swatch.series-${i + 1}{stroke:${c}}`,
    )
    .join('\n');
  const css = `text{fill:${p.color};font-size:${size.label}px}
text.small{font-size:${small}px}
text.heading,text.title{font-size:${heading}px;font-weight:700}
text.title{font-size:${Math.max(12, baseSize) * 1.25}px}
text.description,.tick,.axis-title,.meta,.agreement-label,.key-label,.annotation-label,.provenance{fill:${p['muted-color']}}
.value-label{fill:${p.color};font-variant-numeric:tabular-nums}
.grid{stroke:${p['grid-color']};stroke-width:1;shape-rendering:crispEdges}
.grid.zero{stroke:${p['zero-color']}}
.chevron{fill:none;stroke:${p['interval-color']};stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.value{fill:${p['value-color']};stroke:${p.background};stroke-width:2}
.value.approximate{fill:${p.background};stroke:${p['value-color']};stroke-width:2.5}
.distribution,.distribution-dots{fill:${p['interval-color']}}
.earlier{fill:${p['muted-color']}}
.earlier-open{fill:none;stroke:${p['muted-color']};stroke-width:1.5}
.earlier-value{fill:${p.background};stroke:${p['muted-color']};stroke-width:1.5}
.interval{fill:${p['interval-color']}}
.interval.outer{fill:${p['interval-outer-color']}}
.fade-stop{stop-color:${p['interval-color']}}
.interval.vague{fill:${p['interval-color']};fill-opacity:0.2;stroke:${p['interval-color']};stroke-width:1.5;stroke-dasharray:4 3}
.agreement-band{fill:${p['agreement-color']}}
.interval.highlighted{fill:${p['highlight-color']}}
.interval.outer.highlighted{fill:${mix(p['highlight-color'], p.background, 0.78)}}
.chevron.highlighted{stroke:${p['highlight-color']}}
.label.highlighted{font-weight:700}
.interval.dimmed{fill:${p['interval-outer-color']}}
.band{fill-opacity:0.28;stroke:none}
.band.outer{fill-opacity:0.14}
.series-line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}
.legend-swatch{stroke-width:3}
.source-range,.source-cap{stroke:${p['value-color']};stroke-width:2}
.source-mark.vague .source-range{stroke-dasharray:3 3}
.revision-step{fill:none;stroke:${p['value-color']};stroke-opacity:0.6;stroke-width:1.5;stroke-dasharray:2 3}
.annotation-rule{stroke:${p['muted-color']};stroke-width:1;stroke-dasharray:3 3}
${seriesRules}`;
  return scope ? scoped(css, scope).trim() : css;
}
