/**
 * Rows' central or single values. A stated point is a solid dot; a hedged one ("about 3.5 million")
 * an open ring; the centre of a range a dot ringed in the background colour so it stands off the bar.
 * The dots of many rows of one kind are one `<path>`, as the bars are (interval-mark.ts).
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { round } from './round.js';

/** A circle as two arcs, so that many are one path. */
function dot(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0z`;
}

/** The value marks of `rows`, one path per kind. */
export function valueMarks(rows: readonly RowGeometry[]): SVGTemplateResult[] {
  const byKind = new Map<string, string[]>();
  for (const row of rows) {
    const mark = row.mark;
    if (!mark) continue;
    const d = dot(mark.x, row.y, mark.kind === 'centre' ? 5 : 6);
    const list = byKind.get(mark.kind);
    if (list) list.push(d);
    else byKind.set(mark.kind, [d]);
  }
  return Array.from(byKind, ([kind, d]) => svg`<path class=${`value ${kind}`} part="value" d=${d.join('')}></path>`);
}
