/** The key of a fan chart's bands: each swatch stacked as the bands are, beside its level. */
import { nothing, svg, type SVGTemplateResult } from 'lit/html.js';
import type { TimelineGeometry } from '../layout/timeline-geometry.js';
import { KEY_SWATCH } from '../layout/timeline-key.js';
import { round } from './round.js';
import { seriesClass } from './series-class.js';
import { textLines } from './text-line.js';

export function timelineKeyMark(key: TimelineGeometry['key']): SVGTemplateResult | typeof nothing {
  if (!key.length) return nothing;
  return svg`<g class="key" part="key">${key.map((item) => {
    const layers = Array.from({ length: item.depth + 1 }, (_, depth) => depth);
    return svg`<g class=${seriesClass(item.series)}>${layers.map(
      (depth) =>
        svg`<rect class=${`band ${seriesClass(item.series)} ${item.levels > 1 && depth < item.levels - 1 ? 'outer' : 'inner'}`}
          x=${round(item.x)} y=${round(item.y - 6)} width=${KEY_SWATCH} height="12"></rect>`,
    )}</g>${textLines([item.label], 'key-label')}`;
  })}</g>`;
}
