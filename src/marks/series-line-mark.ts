/**
 * A series' central line and lone points. Each series has its own dash pattern as well as its own
 * colour, so series stay apart without colour.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import { seriesClass } from './series-class.js';
import type { SeriesGeometry } from '../layout/timeline-geometry.js';
import { round } from './round.js';

export function seriesLineMark(series: SeriesGeometry): SVGTemplateResult {
  const cls = seriesClass(series.index);
  return svg`${series.line ? svg`<path class=${`series-line ${cls}`} part="line" d=${series.line}></path>` : nothing}
    ${series.dots.map((d) => svg`<circle class=${`series-dot ${cls}`} cx=${round(d.x)} cy=${round(d.y)} r="3.5"></circle>`)}`;
}
