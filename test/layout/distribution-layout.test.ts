import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { DOTS } from '../../src/layout/distribution-layout.js';
import type { TextLine } from '../../src/layout/text-line.js';
import { covidDeaths } from '../fixtures/covid-deaths.js';

const measure = approximateTextMeasurer(15);
const figures = validateEstimates(covidDeaths).figures;
const WIDTHS = [280, 375, 960];

const box = (t: TextLine) => {
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
  return { x0, x1: x0 + t.width, y0: t.y - 11, y1: t.y + 3 };
};

describe('a distribution in the layout', () => {
  it('dots: 20 a figure, in its own row, between its interval’s ends, stacked where they crowd', () => {
    for (const width of WIDTHS) {
      const g = layoutRangeChart({ figures, width, measure, display: 'dots' });
      const [who, lancet, reported] = g.rows;
      for (const row of [who, lancet]) {
        const d = row.distribution!;
        expect(d.display).to.equal('dots');
        if (d.display !== 'dots') continue;
        expect(d.dots).to.have.length(DOTS);
        for (const p of d.dots) {
          expect(p.y - d.r, `${row.figure.label} at ${width}`).to.be.at.least(row.top);
          expect(p.y + d.r).to.be.at.most(row.bottom);
        }
        const heights = new Map<number, number>();
        for (const p of d.dots) heights.set(p.x, (heights.get(p.x) ?? 0) + 1);
        expect(Math.max(...heights.values()), 'the middle stacks higher than the tails').to.be.above(1);
        expect(row.strokes, 'no bar as well').to.deep.equal([]);
      }
      expect(reported.distribution, 'a count with no interval stays a dot').to.equal(undefined);
      expect(reported.mark?.kind).to.equal('point');
    }
  });

  it('gradient: darkest at the centre, lightest at the interval’s ends', () => {
    const g = layoutRangeChart({ figures, width: 960, measure, display: 'gradient' });
    const d = g.rows[1].distribution!;
    if (d.display !== 'gradient') throw new Error('not a gradient');
    const shades = d.slices.map((s) => s.shade);
    expect(Math.max(...shades)).to.equal(10);
    expect(shades[0]).to.be.below(4);
    expect(shades[shades.length - 1]).to.be.below(4);
    const darkest = d.slices.find((s) => s.shade === 10)!;
    expect(g.rows[1].mark!.x).to.be.within(darkest.x0 - 20, darkest.x1 + 20);
  });

  it('says its assumption under the chart, and keys its marks, with no text crossing another', () => {
    for (const display of ['gradient', 'dots'] as const)
      for (const width of WIDTHS) {
        const g = layoutRangeChart({ figures, width, measure, display });
        expect(g.footer.map((l) => l.text).join(' ')).to.contain('assuming a normal shape');
        expect(g.key.map((k) => k.label.text)).to.deep.equal([
          display === 'gradient' ? 'darker: more likely' : 'each dot: a 1-in-20 chance',
        ]);
        const texts = [
          ...g.key.map((k) => k.label),
          ...g.rows.flatMap((r) => [...r.label, ...r.meta, ...(r.valueLabel ? [r.valueLabel] : [])]),
        ].map(box);
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [texts[i], texts[j]];
            expect(
              a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0,
              `${display} ${width}: ${i}, ${j}`,
            ).to.equal(true);
          }
        for (const row of g.rows) {
          const d = row.distribution;
          if (d?.display !== 'dots' || !row.valueLabel) continue;
          const v = box(row.valueLabel);
          for (const p of d.dots)
            expect(p.x + d.r <= v.x0 || p.x - d.r >= v.x1 || p.y + d.r <= v.y0 || p.y - d.r >= v.y1).to.equal(true);
        }
      }
  });

  it('bars by default: nothing drawn as a distribution', () => {
    const g = layoutRangeChart({ figures, width: 960, measure });
    expect(g.rows.every((r) => r.distribution === undefined)).to.equal(true);
    expect(g.footer.map((l) => l.text).join(' ')).not.to.contain('assuming');
  });
});

describe('a revised claim drawn as dots', () => {
  it('keeps its earlier figures under the dots, inside its row', () => {
    const revised = validateEstimates([
      { label: 'A', estimate: '10 (95% CI 8–12)', date: '2022-03-01' },
      { label: 'A', estimate: '14 (95% CI 12–16)', date: '2022-03-09' },
    ]).figures;
    const joined = [{ ...revised[1], earlier: [revised[0]] }];
    for (const width of WIDTHS) {
      const [row] = layoutRangeChart({ figures: joined, width, measure, display: 'dots' }).rows;
      const d = row.distribution!;
      if (d.display !== 'dots') throw new Error('not dots');
      const lowestDot = Math.max(...d.dots.map((p) => p.y + d.r));
      expect(row.earlier[0].y - 2, `${width}`).to.be.above(lowestDot);
      expect(row.earlier[0].y + 3).to.be.at.most(row.bottom);
    }
  });
});
