// Layouts of inputs far longer than a story needs: nothing may overflow the stack (Math.max(...xs)
// with 100,000 numbers did, in the value scale and the timeline) and the geometry stays whole.
import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const measure = approximateTextMeasurer(15);

/** The coordinate pairs of an SVG path written by d3-shape ("M1,2L3,4…"). */
function pairs(d: string): [number, number][] {
  return Array.from(d.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g), (m) => [Number(m[1]), Number(m[2])]);
}

describe('layouts of very long inputs', () => {
  it('lays out a timeline of 150,000 points', () => {
    const start = Date.UTC(1700, 0, 1);
    const points = Array.from({ length: 150_000 }, (_, i) => ({
      group: 'Series',
      date: new Date(start + i * 864e5).toISOString().slice(0, 10),
      value: Math.sin(i / 500) * 10,
      low: Math.sin(i / 500) * 10 - 1,
      high: Math.sin(i / 500) * 10 + 1,
    }));
    const { figures, issues } = validateEstimates(points, { labelOptional: true, dateRequired: true });
    expect(issues).to.deep.equal([]);
    const g = layoutTimeline({ figures, width: 640, measure });
    expect(g.series).to.have.length(1);
    // More points than pixels: the paths keep each pixel column's extremes, not every point.
    const line = pairs(g.series[0].line ?? '');
    const band = pairs(g.series[0].bands[0].d);
    const plotWidth = g.plot.x1 - g.plot.x0;
    expect(line.length).to.be.greaterThan(plotWidth);
    expect(line.length).to.be.at.most(4 * (plotWidth + 2));
    expect(band.length).to.be.at.most(2 * (plotWidth + 2));
    // Every pixel the full path would reach is still reached: the same vertical extent, and the same ends.
    const yOf = (v: number) =>
      g.yTicks[0].y +
      ((v - g.yTicks[0].value) * (g.yTicks[1].y - g.yTicks[0].y)) / (g.yTicks[1].value - g.yTicks[0].value);
    // (reduce, not Math.max(...xs), which overflows the stack at this length)
    const most = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
    const least = (xs: number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity);
    const values = figures.map((f) => f.value!);
    expect(least(line.map((p) => p[1]))).to.be.closeTo(yOf(most(values)), 0.6);
    expect(most(line.map((p) => p[1]))).to.be.closeTo(yOf(least(values)), 0.6);
    expect(least(band.map((p) => p[1]))).to.be.closeTo(yOf(most(figures.map((f) => f.high!))), 0.6);
    expect(most(band.map((p) => p[1]))).to.be.closeTo(yOf(least(figures.map((f) => f.low!))), 0.6);
    expect(line[0][0]).to.be.closeTo(g.plot.x0, 1);
    expect(line[line.length - 1][0]).to.be.closeTo(g.plot.x1, 1);
    // The value axis covers the band: from under −10 to over 10.
    const ticks = g.yTicks.map((t) => t.value);
    expect(Math.min(...ticks)).to.be.at.most(-10);
    expect(Math.max(...ticks)).to.be.at.least(10);
  });

  it('lays out a range chart of 120,000 rows, each in its own group', () => {
    const estimates = Array.from({ length: 120_000 }, (_, i) => ({
      label: `Source ${i}`,
      group: `Group ${i}`,
      low: i,
      high: i + 10,
    }));
    const { figures } = validateEstimates(estimates);
    const g = layoutRangeChart({ figures, width: 640, measure, axes: 'shared' });
    expect(g.rows).to.have.length(120_000);
    expect(g.rows[119_999].top).to.be.greaterThan(g.rows[0].top);
  });
});
