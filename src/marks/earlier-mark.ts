/**
 * Revised claims' earlier figures: thin muted lines under their rows' bars, ticked at closed ends,
 * a small chevron at open ones and a ring at the value. Like the bars (interval-mark.ts), the lines
 * of many rows are one path, their rings another and their chevrons a third.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { EARLIER_TICK } from '../layout/earlier-marks.js';
import { round } from './round.js';

const LINE = 2;
const TICK = 1.5;
const RING = 2.5;

const box = (x: number, y: number, w: number, h: number) =>
  `M${round(x)},${round(y)}h${round(w)}v${round(h)}h${-round(w)}z`;

export function earlierMarks(rows: readonly RowGeometry[]): SVGTemplateResult | [] {
  const lines: string[] = [];
  const rings: string[] = [];
  const chevrons: string[] = [];
  for (const row of rows) {
    for (const e of row.earlier) {
      if (e.x1 > e.x0) lines.push(box(e.x0, e.y - LINE / 2, e.x1 - e.x0, LINE));
      const ticks = [e.openLow ? undefined : e.x0, e.openHigh || e.x1 === e.x0 ? undefined : e.x1];
      for (const x of ticks)
        if (x !== undefined && !(e.x1 === e.x0 && e.value !== undefined))
          lines.push(box(x - TICK / 2, e.y - EARLIER_TICK, TICK, 2 * EARLIER_TICK));
      const d = EARLIER_TICK;
      if (e.openHigh) chevrons.push(`M${round(e.x1 + 1)},${round(e.y - d)}l${d},${d}l${-d},${d}`);
      if (e.openLow) chevrons.push(`M${round(e.x0 - 1)},${round(e.y - d)}l${-d},${d}l${d},${d}`);
      if (e.value !== undefined)
        rings.push(
          `M${round(e.value - RING)},${round(e.y)}a${RING},${RING} 0 1 0 ${2 * RING},0a${RING},${RING} 0 1 0 ${-2 * RING},0z`,
        );
    }
  }
  if (!lines.length && !rings.length) return [];
  return svg`${lines.length ? svg`<path class="earlier" part="earlier" d=${lines.join('')}></path>` : []}${
    chevrons.length ? svg`<path class="earlier-open" part="earlier" d=${chevrons.join('')}></path>` : []
  }${rings.length ? svg`<path class="earlier-value" part="earlier" d=${rings.join('')}></path>` : []}`;
}
