/** The shaded stretch where every source of a group agrees, with its label under the rows. */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { GroupGeometry } from '../layout/range-chart-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function agreementMark(group: GroupGeometry): SVGTemplateResult | typeof nothing {
  const a = group.agreement;
  if (!a) return nothing;
  return svg`<g class="agreement" part="agreement">
    <rect class="agreement-band" x=${round(a.x0)} y=${round(a.top)} width=${round(Math.max(1, a.x1 - a.x0))} height=${round(a.bottom - a.top)}></rect>
    ${textLines([a.label], 'agreement-label')}
  </g>`;
}
