import { expect } from '@esm-bundle/chai';
import { groupFigures } from '../../src/layout/row-order.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const figures = validateEstimates([
  { label: 'B', group: 'Deaths', low: 7000, high: 15000 },
  { label: 'A', group: 'Deaths', value: 12000 },
  { label: 'C', group: 'Displaced', value: 6_500_000 },
  { label: 'D', group: 'Deaths', estimate: 'at least 20,000' },
]).figures;
const labels = (sort: Parameters<typeof groupFigures>[1]) =>
  groupFigures(figures, sort).map((g) => [g.name, g.figures.map((f) => f.label)]);

describe('groupFigures', () => {
  it('groupFigures keeps groups in order of first appearance, and rows as given by default', () => {
    expect(labels('none')).to.deep.equal([
      ['Deaths', ['B', 'A', 'D']],
      ['Displaced', ['C']],
    ]);
  });

  it('groupFigures sorts within each group, largest first, by centre, low or high', () => {
    expect(labels('value')[0]).to.deep.equal(['Deaths', ['D', 'A', 'B']]);
    expect(labels('low')[0]).to.deep.equal(['Deaths', ['D', 'A', 'B']]);
    expect(labels('label')[0]).to.deep.equal(['Deaths', ['A', 'B', 'D']]);
  });
});
