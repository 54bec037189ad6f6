/** Placing a timeline's names so that none touches another: series names at their ends, sources' names by their marks. */
import type { TextLine } from './text-line.js';
import type { TextMeasurer } from './text-measurer.js';
import type { AnnotationGeometry, SeriesGeometry, SourceMarkGeometry, TimelineGeometry } from './timeline-geometry.js';

/** Series names at their ends, moved apart vertically so that none overlaps another. */
export function placeDirectLabels(
  series: SeriesGeometry[],
  x: number,
  top: number,
  bottom: number,
  lineHeight: number,
  measure: TextMeasurer,
): TimelineGeometry['directLabels'] {
  const labels = series
    .filter((s) => s.end && s.name)
    .map((s) => ({ series: s.index, text: s.name, y: s.end!.y, width: measure.width(s.name, 'small') }))
    .sort((a, b) => a.y - b.y);
  // Push down from the top, then back up from the bottom: a simple one-dimensional dodge.
  for (let i = 0; i < labels.length; i++)
    labels[i].y = Math.max(labels[i].y, i === 0 ? top + lineHeight / 2 : labels[i - 1].y + lineHeight);
  for (let i = labels.length - 1; i >= 0; i--)
    labels[i].y = Math.min(
      labels[i].y,
      i === labels.length - 1 ? bottom - lineHeight / 2 : labels[i + 1].y - lineHeight,
    );
  return labels.map((l) => ({
    series: l.series,
    text: l.text,
    x,
    y: l.y + 4,
    anchor: 'start' as const,
    style: 'small' as const,
    width: l.width,
  }));
}

/**
 * Names beside sources' marks ("A NATO source"), so a reader sees who said what without hovering:
 * right of the mark, or left of it near the right edge; a name that would touch another is left
 * for the details box and the table. A revised claim is named once, at its latest mark (`unnamed`
 * holds the earlier ones: revision-steps.ts).
 */
export function labelSources(
  marks: SourceMarkGeometry[],
  width: number,
  plot: { x0: number; x1: number; y0: number; y1: number },
  measure: TextMeasurer,
  annotations: AnnotationGeometry[],
  unnamed: ReadonlySet<number> = new Set(),
): (TextLine & { mark: number })[] {
  const boxes = annotations.map((a) => box(a.label));
  const placed: (TextLine & { mark: number })[] = [];
  marks.forEach((m, i) => {
    if (unnamed.has(i)) return;
    const text = m.figure.label;
    const w = measure.width(text, 'small');
    const y = (m.y ?? (m.y0 + m.y1) / 2) + 4;
    const candidates: TextLine[] = [
      { text, x: m.x + 8, y, anchor: 'start', style: 'small', width: w },
      { text, x: m.x - 8, y, anchor: 'end', style: 'small', width: w },
    ];
    for (const c of candidates) {
      const b = box(c);
      if (b.left < plot.x0 || b.right > width - 3 || b.top < plot.y0 - 4 || b.bottom > plot.y1) continue;
      const clashes =
        boxes.some((o) => overlaps(o, b)) ||
        annotations.some((a) => a.x >= b.left - 2 && a.x <= b.right + 2) ||
        marks.some(
          (o, j) =>
            j !== i &&
            o.x >= b.left - 8 &&
            o.x <= b.right + 8 &&
            Math.min(o.y0, o.y1) - 6 <= b.bottom &&
            Math.max(o.y0, o.y1) + 6 >= b.top,
        );
      if (clashes) continue;
      boxes.push(b);
      placed.push({ ...c, mark: i });
      break;
    }
  });
  return placed;
}

function box(t: TextLine): { left: number; right: number; top: number; bottom: number } {
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
  return { left, right: left + t.width, top: t.y - 12, bottom: t.y + 4 };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
