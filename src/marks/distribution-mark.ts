/**
 * Rows' distributions (layout/distribution-layout.ts): a gradient interval's slices as one path per
 * shade, and a quantile dotplot's dots as one path, for all the rows given.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { BAR } from '../layout/interval-strokes.js';
import { round } from './round.js';

export function distributionMarks(rows: readonly RowGeometry[]): SVGTemplateResult[] {
  const shades = new Map<number, string[]>();
  const dots: string[] = [];
  for (const row of rows) {
    const d = row.distribution;
    if (!d) continue;
    if (d.display === 'gradient') {
      const y = round(row.y - BAR / 2);
      for (const s of d.slices) {
        const piece = `M${round(s.x0)},${y}H${round(s.x1)}v${BAR}H${round(s.x0)}z`;
        const list = shades.get(s.shade);
        if (list) list.push(piece);
        else shades.set(s.shade, [piece]);
      }
    } else {
      const r = Math.max(1, d.r - 0.5);
      for (const p of d.dots)
        dots.push(`M${round(p.x - r)},${round(p.y)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0z`);
    }
  }
  const out = Array.from(
    shades,
    // The shade as a presentation attribute (a strict CSP allows those): ten style rules would cost more.
    ([shade, d]) =>
      svg`<path class="distribution" part="distribution" fill-opacity=${shade / 10} d=${d.join('')}></path>`,
  );
  if (dots.length) out.push(svg`<path class="distribution-dots" part="distribution" d=${dots.join('')}></path>`);
  return out;
}
