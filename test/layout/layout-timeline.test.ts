import { expect } from '@esm-bundle/chai';
import { GAP_FACTOR, layoutTimeline } from '../../src/layout/layout-timeline.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import type { SeriesPoint } from '../../src/data/figure.js';

const measure = approximateTextMeasurer(15);
const figures = (points: SeriesPoint[]) => {
  const { figures, issues } = validateEstimates(points, { labelOptional: true, dateRequired: true });
  expect(issues).to.deep.equal([]);
  return figures;
};
const monthly = (group: string, values: number[], from = 2022) =>
  values.map((value, i) => ({
    group,
    date: `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value,
    low: value - 1,
    high: value + 1,
  }));

describe('layoutTimeline', () => {
  it('layoutTimeline puts later dates further right and larger values higher', () => {
    const g = layoutTimeline({ figures: figures(monthly('Refugees', [1, 2, 3, 4])), width: 640, measure });
    const columns = g.columns.map((c) => c.x);
    expect(columns).to.have.length(4);
    expect([...columns].sort((a, b) => a - b)).to.deep.equal(columns);
    const ys = g.yTicks.map((t) => t.y);
    // The first tick is the lowest value, drawn lowest on the page (largest y).
    expect(ys[0]).to.be.greaterThan(ys[ys.length - 1]);
    expect(g.plot.x0).to.be.at.most(columns[0]);
    expect(columns[3]).to.be.at.most(g.plot.x1);
  });

  it(`layoutTimeline breaks a series' line where a step is over ${GAP_FACTOR} times its usual one`, () => {
    const steady = layoutTimeline({ figures: figures(monthly('A', [1, 2, 3, 4, 5, 6])), width: 640, measure });
    expect(steady.series[0].line!.match(/M/g)).to.have.length(1);
    const points = monthly('A', [1, 2, 3, 4, 5, 6]);
    points.splice(3, 0, { group: 'A', date: '2023-06', value: 9, low: 8, high: 10 });
    const gapped = layoutTimeline({
      figures: figures([...points.slice(0, 3), ...points.slice(3).map((p, i) => ({ ...p, date: `2024-0${i + 1}` }))]),
      width: 640,
      measure,
    });
    expect(gapped.series[0].line!.match(/M/g)).to.have.length(2);
  });

  it("layoutTimeline draws a source's estimate as a mark at its date, not as a point of the series", () => {
    const g = layoutTimeline({
      figures: figures([
        ...monthly('Refugees', [1, 2, 3]),
        { group: 'Refugees', label: 'UN', date: '2022-02', low: 1.5, high: 2.5 },
      ]),
      width: 640,
      measure,
    });
    expect(g.series[0].figures).to.have.length(3);
    expect(g.marks.map((m) => m.figure.label)).to.deep.equal(['UN']);
    const feb = g.columns.find((c) => c.marks.length);
    expect(feb?.entries.map((e) => e.figure.value)).to.deep.equal([2]);
    expect(Math.round(g.marks[0].x)).to.equal(Math.round(feb!.x));
  });

  it('layoutTimeline gives each series a direct label at its end when there is room, and a legend when not', () => {
    const two = [...monthly('Refugees', [1, 2, 3]), ...monthly('Displaced within Ukraine', [3, 4, 5])];
    const wide = layoutTimeline({ figures: figures(two), width: 960, measure });
    expect(wide.directLabels.map((l) => l.text).sort()).to.deep.equal(['Displaced within Ukraine', 'Refugees']);
    expect(wide.legend).to.deep.equal([]);
    const narrow = layoutTimeline({ figures: figures(two), width: 320, measure });
    expect(narrow.directLabels).to.deep.equal([]);
    expect(narrow.legend.map((l) => l.label.text).sort()).to.deep.equal(['Displaced within Ukraine', 'Refugees']);
  });

  it('layoutTimeline leaves out undated figures and lays out nothing for none', () => {
    const g = layoutTimeline({ figures: [], width: 640, measure });
    expect(g.series).to.deep.equal([]);
    expect(g.columns).to.deep.equal([]);
  });
});
