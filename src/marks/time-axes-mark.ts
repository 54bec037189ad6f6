/** A timeline's axes: horizontal gridlines with value labels at the left, date labels under the plot. */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { TimelineGeometry } from '../layout/timeline-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function timeAxesMark(g: TimelineGeometry): SVGTemplateResult {
  const { x0, x1, y1 } = g.plot;
  return svg`<g class="axis" part="axis" aria-hidden="true">
    ${g.yTicks.map(
      (
        t,
      ) => svg`<line class=${t.value === 0 ? 'grid zero' : 'grid'} x1=${x0} x2=${x1} y1=${round(t.y)} y2=${round(t.y)}></line>
        <text class="tick small" x=${x0 - 6} y=${round(t.y + 4)} text-anchor="end">${t.text}</text>`,
    )}
    <line class="grid zero" x1=${x0} x2=${x1} y1=${y1} y2=${y1}></line>
    ${g.xTicks.map((t) => svg`<text class="tick small" x=${round(t.x)} y=${round(g.xLabelY)} text-anchor="middle">${t.text}</text>`)}
    ${g.yTitle ? textLines([g.yTitle], 'axis-title', 'axis-title') : nothing}
  </g>`;
}
