import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { joinRevisions } from '../../src/data/revisions.js';
import type { RowGeometry } from '../../src/layout/range-chart-geometry.js';
import type { TextLine } from '../../src/layout/text-line.js';
import { revisedClaims } from '../fixtures/revised-claims.js';

const measure = approximateTextMeasurer(15);
const joined = joinRevisions(validateEstimates(revisedClaims).figures);
const WIDTHS = [280, 375, 960];

const textBox = (t: TextLine) => {
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
  return { x0, x1: x0 + t.width, y0: t.y - 11, y1: t.y + 3 };
};
const rowTexts = (r: RowGeometry) => [...r.label, ...r.meta, ...(r.valueLabel ? [r.valueLabel] : [])];

describe('a revised claim’s earlier figures in the layout', () => {
  it('are drawn under the bar, the latest nearest it, inside their row, at 280, 375 and 960 px', () => {
    for (const width of WIDTHS) {
      const g = layoutRangeChart({ figures: joined, width, measure });
      const ukraine = g.rows[0];
      expect(
        ukraine.earlier.map((e) => e.figure.value),
        `${width}`,
      ).to.deep.equal([13500, 12000]);
      const [latest, first] = ukraine.earlier;
      expect(latest.y).to.be.above(ukraine.y + 5);
      expect(first.y).to.be.above(latest.y);
      expect(first.y + 3).to.be.below(ukraine.bottom);
      // Each at its own number on the row's axis: 12,000 left of 13,500, left of today's 16,100.
      expect(first.value!).to.be.below(latest.value!);
      expect(latest.value!).to.be.below(ukraine.mark!.x);
      const us = g.rows[1];
      expect(us.earlier).to.have.length(1);
      expect(us.earlier[0].openHigh).to.equal(false);
      expect(us.earlier[0].x1).to.be.below(us.strokes[0].x0);
      expect(g.rows[2].earlier, 'NATO gave one figure').to.deep.equal([]);
    }
  });

  it('say what the claim was on the row’s own line, under its label', () => {
    const g = layoutRangeChart({ figures: joined, width: 960, measure });
    const meta = (r: RowGeometry) => r.meta.map((l) => l.text).join(' ');
    expect(meta(g.rows[0])).to.contain('was 12,000 on Mar 9 and 13,500 on Mar 16');
    expect(meta(g.rows[3])).to.contain('was 498 on Mar 2');
    expect(meta(g.rows[2])).not.to.contain('was');
  });

  it('cross no text of the chart, and no text crosses another, at 280, 375 and 960 px', () => {
    for (const width of WIDTHS) {
      const g = layoutRangeChart({ figures: joined, width, measure });
      const texts = g.rows.flatMap(rowTexts).map(textBox);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i], texts[j]];
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `texts ${i} and ${j} at ${width} px`).to.equal(true);
        }
      for (const row of g.rows)
        for (const e of row.earlier)
          for (const t of texts) {
            const apart = e.x1 + 3 <= t.x0 || t.x1 <= e.x0 - 3 || e.y + 3 <= t.y0 || t.y1 <= e.y - 3;
            expect(apart, `${row.figure.label}'s earlier figure at ${width} px`).to.equal(true);
          }
    }
  });

  it('are not drawn when the rows are kept separate', () => {
    const separate = validateEstimates(revisedClaims).figures;
    const g = layoutRangeChart({ figures: separate, width: 960, measure });
    expect(g.rows).to.have.length(8);
    expect(g.rows.every((r) => r.earlier.length === 0)).to.equal(true);
  });
});
