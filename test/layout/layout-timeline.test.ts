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

describe('layoutTimeline key', () => {
  const fan = (levels: number[]) =>
    figures(
      [0, 1, 2, 3].map((i) => ({
        group: 'Projection',
        date: `2025-0${i + 1}`,
        value: 2 + i * 0.1,
        intervals: levels.map((level, depth) => ({
          low: 2 - (levels.length - depth) * 0.3,
          high: 2.3 + (levels.length - depth) * 0.3 + i * 0.1,
          level,
        })),
      })),
    );

  it('names each band of a fan chart, inner first, above the plot and inside the width', () => {
    for (const width of [280, 375, 960]) {
      const g = layoutTimeline({ figures: fan([0.95, 0.8, 0.5]), width, measure });
      expect(g.key.map((k) => k.label.text)).to.deep.equal(['50% interval', '80% interval', '95% interval']);
      expect(g.key.map((k) => k.depth)).to.deep.equal([2, 1, 0]);
      for (const k of g.key) {
        expect(k.label.x + k.label.width, `${width} px`).to.be.at.most(width);
        expect(k.y, 'above the plot').to.be.below(g.plot.y0);
      }
    }
  });

  it('draws no key for bands that are plain ranges', () => {
    const g = layoutTimeline({ figures: figures(monthly('A', [1, 2, 3, 4])), width: 640, measure });
    expect(g.key).to.deep.equal([]);
  });
});

describe('layoutTimeline time axis', () => {
  it('keeps its ticks on a short span that starts at a year’s first day, moving the end labels inside', () => {
    const points = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ group: 'A', date: `2025-0${i + 1}-01`, value: i }));
    for (const width of [280, 375, 640]) {
      const g = layoutTimeline({ figures: figures(points), width, measure });
      expect(g.xTicks.length, `${width} px`).to.be.at.least(2);
      expect(g.xTicks[0].text).to.match(/2025/);
      for (const t of g.xTicks) {
        expect(t.x - t.width / 2).to.be.at.least(0);
        expect(t.x + t.width / 2).to.be.at.most(width);
      }
    }
  });
});
