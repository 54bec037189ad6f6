/**
 * A row's range: one rounded bar per level, outer thin and light, inner thick and strong. An open
 * end runs to the axis edge, fades, and ends in a chevron pointing on, so it never reads as a bound.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import { styleProps } from './style-props.js';
import type { RowGeometry, Stroke } from '../layout/range-chart-geometry.js';
import { round } from './round.js';

const CHEVRON = 6;

function strokeClass(stroke: Stroke): string {
  if (stroke.levels === 1) return 'interval';
  return stroke.depth === stroke.levels - 1 ? 'interval inner' : 'interval outer';
}

/**
 * The fade of an open bar, as an inline style: a presentation attribute would lose to the
 * stylesheet's fill, and an inline url(#…) resolves inside the shadow root in every engine.
 */
function fill(row: RowGeometry): ReturnType<typeof styleProps> | typeof nothing {
  if (row.vague) return nothing;
  // Through the CSSOM, not a style attribute, so that a strict CSP allows it.
  if (row.openHigh && row.openLow) return styleProps({ fill: 'url(#fade-both)' });
  if (row.openHigh) return styleProps({ fill: 'url(#fade-high)' });
  if (row.openLow) return styleProps({ fill: 'url(#fade-low)' });
  return nothing;
}

/** The bars of one row. */
export function intervalMark(row: RowGeometry): SVGTemplateResult {
  const fade = fill(row);
  const bars = row.strokes.map((stroke) => {
    const width = Math.max(0, stroke.x1 - stroke.x0);
    const h = stroke.thickness;
    return svg`<rect class=${strokeClass(stroke) + (row.vague ? ' vague' : '')} part=${row.vague ? 'interval vague' : 'interval'}
      data-depth=${stroke.depth} x=${round(stroke.x0)} y=${round(row.y - h / 2)} width=${round(width)} height=${h}
      rx=${row.openHigh || row.openLow ? 0 : h / 2} style=${fade}></rect>`;
  });
  const outer = row.strokes[0];
  const chevrons: SVGTemplateResult[] = [];
  if (outer && row.openHigh) chevrons.push(chevron(outer.x1 + 2, row.y, 1));
  if (outer && row.openLow) chevrons.push(chevron(outer.x0 - 2, row.y, -1));
  return svg`${bars}${chevrons}`;
}

function chevron(x: number, y: number, direction: 1 | -1): SVGTemplateResult {
  const d = `M${round(x)},${round(y - CHEVRON)} L${round(x + direction * CHEVRON)},${round(y)} L${round(x)},${round(y + CHEVRON)}`;
  return svg`<path class="chevron" part="open-end" d=${d}></path>`;
}

/** Gradients for fading open ends; objectBoundingBox units so one definition serves every bar. */
export function fadeDefinitions(): SVGTemplateResult {
  return svg`<defs>
    <linearGradient id="fade-high" x1="0" x2="1" y1="0" y2="0"><stop offset="0.45" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
    <linearGradient id="fade-low" x1="1" x2="0" y1="0" y2="0"><stop offset="0.45" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
    <linearGradient id="fade-both" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="fade-stop" stop-opacity="0.08"></stop><stop offset="0.35" class="fade-stop"></stop><stop offset="0.65" class="fade-stop"></stop><stop offset="1" class="fade-stop" stop-opacity="0.08"></stop></linearGradient>
  </defs>`;
}
