/**
 * Everything a timeline draws from its geometry, in drawing order: axes, events, bands, lines, each
 * source's estimate with its label (a revised one's marks joined by a step line), the series' direct labels or legend. The element adds its
 * crosshair and focus frame; the static renderer draws this as it is.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { TimelineGeometry } from '../layout/timeline-geometry.js';
import { annotationMark } from './annotation-mark.js';
import { bandMark } from './band-mark.js';
import { revisionStepMark } from './revision-step-mark.js';
import { round } from './round.js';
import { seriesClass } from './series-class.js';
import { seriesLineMark } from './series-line-mark.js';
import { sourceMark } from './source-mark.js';
import { textLines } from './text-line.js';
import { timeAxesMark } from './time-axes-mark.js';
import { timelineKeyMark } from './timeline-key-mark.js';

export function timelineMarks(g: TimelineGeometry): SVGTemplateResult {
  return svg`${timeAxesMark(g)}
    ${g.annotations.map(annotationMark)}
    ${g.series.map(bandMark)}
    ${g.series.map(seriesLineMark)}
    ${g.revisionSteps.map(revisionStepMark)}
    ${g.marks.map(sourceMark)}
    ${textLines(g.sourceLabels, 'source-label', 'label')}
    ${g.directLabels.map((l) => svg`<g class=${seriesClass(l.series)} part="label">${textLines([l], 'direct-label')}</g>`)}
    ${g.legend.map(
      (l) => svg`<g class=${seriesClass(l.series)} part="label">
        <line class=${`legend-swatch ${seriesClass(l.series)}`} x1=${round(l.x)} x2=${round(l.x + 18)} y1=${round(l.y)} y2=${round(l.y)}></line>
        ${textLines([l.label], 'legend-label')}</g>`,
    )}
    ${timelineKeyMark(g.key)}`;
}
