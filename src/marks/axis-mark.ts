/** A value axis: gridlines through the rows it serves, tick labels under them, the unit as its title. */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { AxisGeometry } from '../layout/range-chart-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function axisMark(axis: AxisGeometry): SVGTemplateResult {
  const grid = axis.ticks.flatMap((tick) =>
    axis.gridSpans.map(
      (span) =>
        svg`<line class=${tick.value === 0 ? 'grid zero' : 'grid'} x1=${round(tick.x)} x2=${round(tick.x)} y1=${round(span.top)} y2=${round(span.bottom)}></line>`,
    ),
  );
  const labels = axis.ticks.map(
    (tick) =>
      svg`<text class="tick small" x=${round(tick.x)} y=${round(axis.labelY)} text-anchor="middle">${tick.text}</text>`,
  );
  return svg`<g class="axis" part="axis" aria-hidden="true">${grid}${labels}${axis.title ? textLines([axis.title], 'axis-title', 'axis-title') : nothing}</g>`;
}
