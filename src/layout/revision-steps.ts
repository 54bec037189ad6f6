/**
 * A source's revisions on a timeline: its dated estimates of one series joined by a step line, each
 * figure holding until the next replaced it, so that "12,000, then 13,500, then 16,100" reads as one
 * claim moving rather than three marks. Only the latest mark of a claim is named (labelSources).
 */
import type { SourceMarkGeometry } from './timeline-geometry.js';

export interface RevisionStep {
  series: number;
  /** The marks' anchors, in date order: the value, else the given bound, else the range's middle. */
  points: { x: number; y: number }[];
}

export interface RevisionSteps {
  steps: RevisionStep[];
  /** Marks that an later mark of the same claim replaced: drawn, but not named again. */
  superseded: Set<number>;
}

export function revisionSteps(marks: readonly SourceMarkGeometry[]): RevisionSteps {
  const claims = new Map<string, number[]>();
  marks.forEach((m, i) => {
    const key = `${m.series}\u0000${m.figure.label.trim().toLowerCase()}`;
    const list = claims.get(key);
    if (list) list.push(i);
    else claims.set(key, [i]);
  });
  const steps: RevisionStep[] = [];
  const superseded = new Set<number>();
  for (const indices of claims.values()) {
    if (indices.length < 2) continue;
    const ordered = indices.slice().sort((a, b) => marks[a].x - marks[b].x);
    for (const i of ordered.slice(0, -1)) superseded.add(i);
    steps.push({
      series: marks[ordered[0]].series,
      points: ordered.map((i) => {
        const m = marks[i];
        const y = m.y ?? (m.openHigh ? m.y1 : m.openLow ? m.y0 : (m.y0 + m.y1) / 2);
        return { x: m.x, y };
      }),
    });
  }
  return { steps, superseded };
}
