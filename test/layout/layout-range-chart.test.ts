import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { useIndependentAxes } from '../../src/layout/range-axes.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedAll, seedDeaths, seedDisplaced } from '../fixtures/seed-figures.js';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';
import type { Estimate } from '../../src/data/figure.js';

const measure = approximateTextMeasurer(15);
const figures = (estimates: Estimate[]) => validateEstimates(estimates).figures;

describe('layoutRangeChart', () => {
  it('layoutRangeChart puts labels beside the bars at 960 px and above them at 375 px', () => {
    const wide = layoutRangeChart({ figures: figures(seedDeaths), width: 960, measure });
    expect(wide.labelPlacement).to.equal('beside');
    for (const row of wide.rows)
      expect(Math.min(...row.strokes.map((s) => s.x0))).to.be.greaterThan(
        Math.max(...row.label.map((l) => l.x + l.width)),
      );
    const narrow = layoutRangeChart({ figures: figures(seedDeaths), width: 375, measure });
    expect(narrow.labelPlacement).to.equal('above');
    for (const row of narrow.rows) expect(row.y - 5).to.be.greaterThan(Math.max(...row.label.map((l) => l.y)));
  });

  // That it is pure (no DOM) is checked by running this file in Node: scripts/test-node.mjs.
  it('layoutRangeChart is deterministic: the same figures and width give the same geometry', () => {
    const a = layoutRangeChart({ figures: figures(seedAll), width: 600, measure, agreement: true });
    const b = layoutRangeChart({ figures: figures(seedAll), width: 600, measure, agreement: true });
    const strip = (g: typeof a) => JSON.stringify({ ...g, axes: g.axes.map((x) => ({ ...x, scale: x.scale.domain })) });
    expect(strip(a)).to.equal(strip(b));
  });

  it('layoutRangeChart stacks rows without overlap, each below the last', () => {
    const g = layoutRangeChart({ figures: figures(seedAll), width: 375, measure });
    for (let i = 1; i < g.rows.length; i++) expect(g.rows[i].top).to.be.at.least(g.rows[i - 1].bottom);
    expect(g.height).to.be.at.least(g.rows[g.rows.length - 1].bottom);
  });

  it('layoutRangeChart never puts a value label over its own bar or mark', () => {
    for (const width of [280, 375, 600, 960]) {
      const g = layoutRangeChart({
        figures: figures([...climateSensitivity, ...seedDeaths]),
        width,
        measure,
        axes: 'independent',
      });
      for (const row of g.rows) {
        const label = row.valueLabel;
        if (!label || label.y < row.y - 8) continue; // on the label line, above the bar
        if (label.y - 10 > row.y + 5) continue; // on a line of its own, under the bar
        const x0 = label.anchor === 'start' ? label.x : label.x - label.width;
        const x1 = x0 + label.width;
        for (const s of row.strokes) expect(x1 <= s.x0 || x0 >= s.x1, `${row.figure.label} at ${width}`).to.equal(true);
        if (row.mark) expect(x1 <= row.mark.x - 5 || x0 >= row.mark.x + 5).to.equal(true);
      }
    }
  });

  it('layoutRangeChart writes every drawn row’s figure, at 280, 375 and 960 px, wide open ranges included', () => {
    const wideOpen: Estimate[] = [
      { label: 'A source whose claim is open and runs to the end of the axis', estimate: 'at least 2,000' },
      { label: 'Another', estimate: 'up to 120,000' },
      { label: 'A third source, whose range spans nearly all of the axis', estimate: '1,000 to 119,000' },
      { label: 'A small one', estimate: '500' },
    ];
    let below = 0;
    for (const width of [280, 375, 960]) {
      for (const list of [wideOpen, seedAll, climateSensitivity]) {
        const g = layoutRangeChart({ figures: figures(list), width, measure, agreement: true });
        for (const row of g.rows) {
          if (row.strokes.length === 0 && !row.mark) continue;
          expect(row.valueLabel, `${row.figure.label} at ${width} px`).not.to.equal(undefined);
          // Inside its own row, so that it can overlap nothing of the next.
          expect(row.valueLabel!.y, row.figure.label).to.be.below(row.bottom);
          const x0 = row.valueLabel!.anchor === 'start' ? row.valueLabel!.x : row.valueLabel!.x - row.valueLabel!.width;
          expect(x0).to.be.at.least(0);
          expect(x0 + row.valueLabel!.width).to.be.at.most(width);
          if (row.valueLabel!.y > row.y + 5) below++;
        }
        for (let i = 1; i < g.rows.length; i++) expect(g.rows[i].top).to.be.at.least(g.rows[i - 1].bottom);
      }
    }
    expect(below, 'some figures fit on neither side of their bar, and go under it').to.be.at.least(2);
  });

  it('layoutRangeChart keeps every text inside the width', () => {
    for (const width of [280, 375, 960]) {
      const g = layoutRangeChart({ figures: figures(seedAll), width, measure, agreement: true });
      const texts = [
        ...g.rows.flatMap((r) => [...r.label, ...r.meta, ...(r.valueLabel ? [r.valueLabel] : [])]),
        ...g.footer,
      ];
      for (const t of texts) {
        const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
        expect(x0, t.text).to.be.at.least(-0.5);
        expect(x0 + t.width, t.text).to.be.at.most(width + 0.5);
      }
    }
  });

  it('useIndependentAxes splits groups a thousandfold apart, not groups of one magnitude', () => {
    const byGroup = (list: Estimate[]) => {
      const groups = new Map<string, ReturnType<typeof figures>>();
      for (const f of figures(list)) groups.set(f.group ?? '', [...(groups.get(f.group ?? '') ?? []), f]);
      return [...groups.values()];
    };
    expect(useIndependentAxes(byGroup([...seedDeaths, ...seedDisplaced]), 'auto')).to.equal(true);
    const sameMagnitude: Estimate[] = [
      { label: 'a', group: 'x', value: 10 },
      { label: 'b', group: 'y', value: 50 },
    ];
    expect(useIndependentAxes(byGroup(sameMagnitude), 'auto')).to.equal(false);
    expect(useIndependentAxes(byGroup(sameMagnitude), 'independent')).to.equal(true);
    expect(useIndependentAxes(byGroup([...seedDeaths, ...seedDisplaced]), 'shared')).to.equal(false);
  });
});

describe('layoutRangeChart says a shared source once', () => {
  const projections: Estimate[] = ['2030', '2040', '2050'].map((label, i) => ({
    label,
    low: 1 + i,
    high: 2 + i,
    source: 'World Population Prospects 2024, United Nations, medium scenario',
  }));

  it('under the chart when every row has it, and on no row', () => {
    const g = layoutRangeChart({ figures: figures(projections), width: 640, measure });
    expect(g.footer.map((l) => l.text).join(' ')).to.contain('All figures from World Population Prospects');
    for (const row of g.rows) expect(row.meta).to.deep.equal([]);
  });

  it('under a group’s heading when every row of the group has it', () => {
    const grouped = [
      ...projections.map((p) => ({ ...p, group: 'World' })),
      { label: 'Ukraine', low: 30, high: 35, group: 'Countries', source: 'UN' },
      { label: 'Poland', low: 36, high: 38, group: 'Countries', source: 'Eurostat' },
    ];
    const g = layoutRangeChart({ figures: figures(grouped), width: 640, measure });
    const world = g.groups.find((group) => group.name === 'World')!;
    expect(world.source.map((l) => l.text).join(' ')).to.contain('All figures from World Population Prospects');
    for (const row of world.rows) expect(row.meta).to.deep.equal([]);
    const countries = g.groups.find((group) => group.name === 'Countries')!;
    expect(countries.rows.map((r) => r.meta.map((l) => l.text).join(' '))).to.deep.equal(['UN', 'Eurostat']);
    expect(g.footer.map((l) => l.text).join(' ')).not.to.contain('All figures from');
    for (let i = 1; i < g.rows.length; i++) expect(g.rows[i].top).to.be.at.least(g.rows[i - 1].bottom);
  });

  it('not under the chart when the caller says it elsewhere (the static image’s source line)', () => {
    const g = layoutRangeChart({ figures: figures(projections), width: 640, measure, chartSource: 'elsewhere' });
    expect(g.footer.map((l) => l.text).join(' ')).not.to.contain('All figures from');
    for (const row of g.rows) expect(row.meta).to.deep.equal([]);
  });
});

describe('layoutRangeChart scale="auto"', () => {
  // Infection fatality rates by age, in %, as a meta-analysis reports them (a thousandfold apart).
  const ifr: Estimate[] = [
    { label: '5–9', low: 0.0006, high: 0.002 },
    { label: '45–54', low: 0.2, high: 0.3 },
    { label: '85+', low: 10, high: 20 },
  ];
  const near: Estimate[] = [
    { label: 'A', low: 7000, high: 15000 },
    { label: 'B', low: 10000, high: 15000 },
  ];

  it('chooses log for positive figures a thousandfold apart, and says so in the axis title', () => {
    const g = layoutRangeChart({ figures: figures(ifr), width: 640, measure, scale: 'auto', unit: 'IFR, %' });
    expect(g.axes[0].scale.type).to.equal('log');
    expect(g.axes[0].title?.text).to.equal('IFR, % (log scale)');
    const bare = layoutRangeChart({ figures: figures(ifr), width: 640, measure, scale: 'auto' });
    expect(bare.axes[0].title?.text).to.equal('log scale');
  });

  it('keeps linear for figures of one magnitude, or with zero or a loss among them', () => {
    expect(
      layoutRangeChart({ figures: figures(near), width: 640, measure, scale: 'auto' }).axes[0].scale.type,
    ).to.equal('linear');
    const withZero = [...ifr, { label: 'none', value: 0 }];
    const g = layoutRangeChart({ figures: figures(withZero), width: 640, measure, scale: 'auto' });
    expect(g.axes[0].scale.type).to.equal('linear');
    expect(g.axes[0].title).to.equal(undefined);
  });

  it('chooses per axis when groups have their own, and never unless asked', () => {
    const grouped = [...ifr.map((f) => ({ ...f, group: 'IFR' })), ...near.map((f) => ({ ...f, group: 'Deaths' }))];
    const g = layoutRangeChart({ figures: figures(grouped), width: 640, measure, scale: 'auto', axes: 'independent' });
    expect(g.axes.map((a) => a.scale.type)).to.deep.equal(['log', 'linear']);
    expect(layoutRangeChart({ figures: figures(ifr), width: 640, measure }).axes[0].scale.type).to.equal('linear');
  });
});
