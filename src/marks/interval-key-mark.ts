/** The key of nested interval levels: a sample stroke of each thickness, with its level. */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { KeyItem } from '../layout/range-chart-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function intervalKeyMark(items: KeyItem[]): SVGTemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return svg`<g class="key" part="key">${items.map(
    (
      item,
    ) => svg`<rect class=${item.depth === item.levels - 1 ? 'interval inner' : 'interval outer'} x=${round(item.x)} y=${round(item.y - item.thickness / 2)}
      width=${item.sampleWidth} height=${item.thickness} rx=${item.thickness / 2}></rect>${textLines([item.label], 'key-label')}`,
  )}</g>`;
}
