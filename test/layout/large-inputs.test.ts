// Layouts of inputs far longer than a story needs: nothing may overflow the stack (Math.max(...xs)
// with 100,000 numbers did, in the value scale and the timeline) and the geometry stays whole.
import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const measure = approximateTextMeasurer(15);

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
    expect(g.series[0].line?.length).to.be.greaterThan(1000);
    // The value axis covers the band: from under −10 to over 10.
    const ticks = g.yTicks.map((t) => t.value);
    expect(Math.min(...ticks)).to.be.at.most(-10);
    expect(Math.max(...ticks)).to.be.at.least(10);
  });

  it('lays out a range chart of 120,000 rows, each in its own group', () => {
    const estimates = Array.from({ length: 120_000 }, (_, i) => ({ label: `Source ${i}`, group: `Group ${i}`, low: i, high: i + 10 }));
    const { figures } = validateEstimates(estimates);
    const g = layoutRangeChart({ figures, width: 640, measure, axes: 'shared' });
    expect(g.rows).to.have.length(120_000);
    expect(g.rows[119_999].top).to.be.greaterThan(g.rows[0].top);
  });
});
