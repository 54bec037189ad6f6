/**
 * Decimation for long timelines: a band or line with many more points than the screen has pixels
 * draws nothing more, and costs time and memory (a path of 100,000 points is megabytes of markup).
 */

/** A series' point in px: x, and the y of its low, high, value and intervals (lower y is higher up). */
export interface TimelinePoint {
  x: number;
  low?: number;
  high?: number;
  value?: number;
  intervals: { low: number; high: number }[];
  gapBefore: boolean;
}

/** A band's points: x, the low edge's y and the high edge's y, in px; undefined where it has none. */
export type BandPoint = [number, number, number] | undefined;
/** A line's points: x and y in px; undefined where it has none. */
export type LinePoint = [number, number] | undefined;

/**
 * Many more points than the screen has pixels draw nothing more and cost time and memory (a path of
 * 100,000 points is megabytes of markup). Above POINTS_PER_PX points per pixel column, a band keeps
 * each column's envelope (its lowest low and highest high) and a line each column's first, lowest,
 * highest and last point (M4), so that every pixel the full path would reach is still reached.
 * Below it, every point is drawn: at 4 to 8 points a pixel (HadCRUT's 2,000 months on a phone) the
 * envelope visibly widens a noisy band, because antialiasing draws the full path's thin peaks light.
 */
export const POINTS_PER_PX = 16;

/** Whether points are denser than POINTS_PER_PX per pixel column. */
export function crowded(points: TimelinePoint[]): boolean {
  if (points.length < 2) return false;
  const span = Math.abs(points[points.length - 1].x - points[0].x);
  return points.length > POINTS_PER_PX * Math.max(1, span);
}

/** The band's points, one per pixel column when crowded (see POINTS_PER_PX). */
export function bandEnvelope(
  points: TimelinePoint[],
  read: (p: TimelinePoint) => [number, number] | undefined,
): BandPoint[] {
  const full = points.map((p): BandPoint => {
    const r = read(p);
    return r ? [p.x, r[0], r[1]] : undefined;
  });
  if (!crowded(points)) return full;
  const out: BandPoint[] = [];
  let column = NaN;
  for (const p of full) {
    if (!p) {
      if (out[out.length - 1] !== undefined) out.push(undefined);
      column = NaN;
      continue;
    }
    const c = Math.floor(p[0]);
    const last = out[out.length - 1];
    // In px, a lower value is further down: the envelope takes the largest low y and the smallest high y.
    if (c === column && last) out[out.length - 1] = [last[0], Math.max(last[1], p[1]), Math.min(last[2], p[2])];
    else out.push(p);
    column = c;
  }
  return out;
}

/** The line's points, at most four per pixel column when crowded (see POINTS_PER_PX); undefined where it has none. */
export function lineExtremes(points: TimelinePoint[]): LinePoint[] {
  const full = points.map((p): LinePoint => (p.value !== undefined ? [p.x, p.value] : undefined));
  if (!crowded(points)) return full;
  const out: LinePoint[] = [];
  let i = 0;
  while (i < full.length) {
    const first = full[i];
    if (!first) {
      if (out[out.length - 1] !== undefined) out.push(undefined);
      i++;
      continue;
    }
    // The run of defined points in this pixel column: keep its first, lowest, highest and last.
    const c = Math.floor(first[0]);
    let j = i;
    let lo = i;
    let hi = i;
    while (j + 1 < full.length && full[j + 1] && Math.floor(full[j + 1]![0]) === c) {
      j++;
      if (full[j]![1] < full[lo]![1]) lo = j;
      if (full[j]![1] > full[hi]![1]) hi = j;
    }
    for (const k of [...new Set([i, lo, hi, j])].sort((a, b) => a - b)) out.push(full[k]);
    i = j + 1;
  }
  return out;
}
