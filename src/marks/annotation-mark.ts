/** An event on a timeline: a dated vertical rule with its short label. */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { AnnotationGeometry } from '../layout/timeline-geometry.js';
import { round } from './round.js';
import { textLines } from './text-line.js';

export function annotationMark(a: AnnotationGeometry): SVGTemplateResult {
  return svg`<g class="annotation" part="annotation">
    <line class="annotation-rule" x1=${round(a.x)} x2=${round(a.x)} y1=${round(a.top)} y2=${round(a.bottom)}></line>
    ${textLines([a.label], 'annotation-label')}
  </g>`;
}
