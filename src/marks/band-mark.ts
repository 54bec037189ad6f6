/** A series' bands, widest first: outer levels lighter, the inner level strongest (a fan chart). */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import { seriesClass } from './series-class.js';
import type { SeriesGeometry } from '../layout/timeline-geometry.js';

export function bandMark(series: SeriesGeometry): SVGTemplateResult[] {
  return series.bands.map(
    (band) =>
      svg`<path class=${`band ${seriesClass(series.index)} ${band.levels > 1 && band.depth < band.levels - 1 ? 'outer' : 'inner'}`}
        part="band" data-depth=${band.depth} d=${band.d}></path>`,
  );
}
