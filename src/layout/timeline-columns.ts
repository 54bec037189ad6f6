import type { Figure } from '../data/figure.js';
import type { TimeScale } from '../scales/time-scale.js';
import type { ColumnGeometry } from './timeline-geometry.js';

/** Every date something was said, with the series' figures and sources' estimates there. */
export function layoutColumns(own: Figure[][], sources: Figure[], x: TimeScale): ColumnGeometry[] {
  const byTime = new Map<number, ColumnGeometry>();
  const column = (f: Figure) => {
    const time = +f.date!.time;
    let c = byTime.get(time);
    if (!c) {
      c = { time, x: x(f.date!.time), entries: [], marks: [] };
      byTime.set(time, c);
    }
    return c;
  };
  own.forEach((figures, series) => figures.forEach((f) => column(f).entries.push({ series, figure: f })));
  sources.forEach((f, i) => column(f).marks.push(i));
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
