/**
 * The key of nested interval levels (a sample stroke of each thickness, with its level), of a range
 * kind, and of a distribution's gradient or dots.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { KeyItem } from '../layout/range-chart-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function intervalKeyMark(items: KeyItem[]): SVGTemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return svg`<g class="key" part="key">${items.map((item) => svg`${sample(item)}${textLines([item.label], 'key-label')}`)}</g>`;
}

/** Shades of a gradient's sample: a normal's density from its centre out to 1.96 sd either side. */
const SAMPLE_SHADES = [2, 3, 5, 7, 9, 10, 10, 9, 7, 5, 3, 2];

function sample(item: KeyItem): SVGTemplateResult {
  const y = item.y - item.thickness / 2;
  if (item.sample === 'dot')
    return svg`<circle class="distribution-dots" cx=${round(item.x + 4)} cy=${round(item.y)} r="3.5"></circle>`;
  if (item.sample === 'gradient') {
    const step = item.sampleWidth / SAMPLE_SHADES.length;
    return svg`${SAMPLE_SHADES.map(
      (shade, i) =>
        svg`<rect class="distribution" fill-opacity=${shade / 10} x=${round(item.x + i * step)} y=${round(y)} width=${round(step)} height=${item.thickness}></rect>`,
    )}`;
  }
  return svg`<rect class=${item.depth === item.levels - 1 ? 'interval inner' : 'interval outer'} x=${round(item.x)} y=${round(y)}
      width=${item.sampleWidth} height=${item.thickness} rx=${item.thickness / 2}></rect>`;
}
