/**
 * The central or single value. A stated point is a solid dot; a hedged one ("about 3.5 million") an
 * open ring; the centre of a range a dot ringed in the background colour so it stands off the bar.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { round } from './round.js';

/** The mark of a row, or nothing. */
export function valueMark(row: RowGeometry): SVGTemplateResult | typeof nothing {
  const mark = row.mark;
  if (!mark) return nothing;
  const r = mark.kind === 'centre' ? 5 : 6;
  return svg`<circle class=${`value ${mark.kind}`} part="value" cx=${round(mark.x)} cy=${round(row.y)} r=${r}></circle>`;
}
