/**
 * Rows' ranges: one rounded bar per level, outer thin and light, inner thick and strong. An open end
 * runs to the axis edge, fades, and ends in a chevron pointing on, so it never reads as a bound.
 *
 * The bars of many rows that look alike are one `<path>`: a row then costs no element for its bars
 * (issue "Every row as cheap as Plot's"). An open bar keeps a `<rect>` of its own, because its fade
 * is a gradient over its own box.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import { styleProps } from './style-props.js';
import type { RowGeometry, Stroke } from '../layout/range-chart-geometry.js';
import { round } from './round.js';
import { rowState } from './row-state.js';

const CHEVRON = 6;

/** The classes of a bar: its level, whether vague, and its row's state. */
function barClass(row: RowGeometry, stroke: Stroke): string {
  const level =
    stroke.levels === 1 ? 'interval' : stroke.depth === stroke.levels - 1 ? 'interval inner' : 'interval outer';
  return `${level}${row.vague ? ' vague' : ''}${rowState(row)}`;
}

/** A bar as a closed outline with the corners a `<rect rx=h/2>` has (elliptical when shorter than tall). */
function pill(x0: number, y0: number, width: number, height: number): string {
  const rx = Math.min(height / 2, width / 2);
  const ry = height / 2;
  const straight = round(width - 2 * rx);
  return `M${round(x0 + rx)},${round(y0)}h${straight}a${round(rx)},${round(ry)} 0 0 1 0,${round(height)}h${-straight}a${round(rx)},${round(ry)} 0 0 1 0,${-round(height)}z`;
}

/**
 * The fade of an open bar, as an inline style: a presentation attribute would lose to the
 * stylesheet's fill, and an inline url(#…) resolves inside the shadow root in every engine.
 */
function fade(row: RowGeometry): ReturnType<typeof styleProps> {
  // Through the CSSOM, not a style attribute, so that a strict CSP allows it.
  if (row.openHigh && row.openLow) return styleProps({ fill: 'url(#fade-both)' });
  return styleProps({ fill: row.openHigh ? 'url(#fade-high)' : 'url(#fade-low)' });
}

function chevron(x: number, y: number, direction: 1 | -1): string {
  return `M${round(x)},${round(y - CHEVRON)}L${round(x + direction * CHEVRON)},${round(y)}L${round(x)},${round(y + CHEVRON)}`;
}

/** The bars of `rows`: a path per look, a rect per open bar, and the open ends' chevrons. */
export function intervalMarks(rows: readonly RowGeometry[]): SVGTemplateResult {
  const paths = new Map<string, string[]>();
  const chevrons = new Map<string, string[]>();
  const openBars: SVGTemplateResult[] = [];
  const add = (into: Map<string, string[]>, key: string, d: string) => {
    const list = into.get(key);
    if (list) list.push(d);
    else into.set(key, [d]);
  };
  for (const row of rows) {
    const open = !row.vague && (row.openHigh || row.openLow);
    for (const stroke of row.strokes) {
      const width = Math.max(0, stroke.x1 - stroke.x0);
      if (width === 0) continue;
      const h = stroke.thickness;
      const className = barClass(row, stroke);
      if (open)
        openBars.push(
          svg`<rect class=${className} part="interval" data-row=${row.figure.row} x=${round(stroke.x0)} y=${round(row.y - h / 2)} width=${round(width)} height=${h} style=${fade(row)}></rect>`,
        );
      else add(paths, className, pill(stroke.x0, row.y - h / 2, width, h));
    }
    const outer = row.strokes[0];
    if (!outer) continue;
    if (row.openHigh) add(chevrons, `chevron${rowState(row)}`, chevron(outer.x1 + 2, row.y, 1));
    if (row.openLow) add(chevrons, `chevron${rowState(row)}`, chevron(outer.x0 - 2, row.y, -1));
  }
  return svg`${Array.from(
    paths,
    ([className, d]) =>
      svg`<path class=${className} part=${className.includes('vague') ? 'interval vague' : 'interval'} d=${d.join('')}></path>`,
  )}${openBars}${Array.from(chevrons, ([className, d]) => svg`<path class=${className} part="open-end" d=${d.join('')}></path>`)}`;
}

/** Gradients for fading open ends; objectBoundingBox units so one definition serves every bar. */
export function fadeDefinitions(): SVGTemplateResult {
  return svg`<defs>
    <linearGradient id="fade-high" x1="0" x2="1" y1="0" y2="0"><stop offset="0.45" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
    <linearGradient id="fade-low" x1="1" x2="0" y1="0" y2="0"><stop offset="0.45" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
    <linearGradient id="fade-both" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="fade-stop" stop-opacity="0.08"></stop><stop offset="0.35" class="fade-stop"></stop><stop offset="0.65" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
  </defs>`;
}
