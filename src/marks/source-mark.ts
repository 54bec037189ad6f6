/**
 * A source's estimate at its date on a timeline: a dot for a point, a short vertical range with
 * caps for a range, running to the plot's edge with a chevron when it is open, dashed when vague.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { SourceMarkGeometry } from '../layout/timeline-geometry.js';
import { round } from './round.js';

export function sourceMark(mark: SourceMarkGeometry): SVGTemplateResult {
  const x = round(mark.x);
  const isRange = Math.abs(mark.y1 - mark.y0) > 0.5;
  const cap = (y: number) =>
    svg`<line class="source-cap" x1=${x - 5} x2=${x + 5} y1=${round(y)} y2=${round(y)}></line>`;
  const chevron = (y: number, direction: 1 | -1) =>
    svg`<path class="chevron" part="open-end" d=${`M${x - 5},${round(y + direction * 5)} L${x},${round(y)} L${x + 5},${round(y + direction * 5)}`}></path>`;
  return svg`<g class=${mark.vague ? 'source-mark vague' : 'source-mark'} part="estimate">
    ${isRange ? svg`<line class="source-range" x1=${x} x2=${x} y1=${round(mark.y0)} y2=${round(mark.y1)}></line>` : nothing}
    ${isRange && !mark.openHigh ? cap(mark.y0) : nothing}
    ${isRange && !mark.openLow ? cap(mark.y1) : nothing}
    ${mark.openHigh ? chevron(mark.y0, 1) : nothing}
    ${mark.openLow ? chevron(mark.y1, -1) : nothing}
    ${mark.y !== undefined || !isRange ? svg`<circle class="value point" cx=${x} cy=${round(mark.y ?? mark.y0)} r="5"></circle>` : nothing}
  </g>`;
}
