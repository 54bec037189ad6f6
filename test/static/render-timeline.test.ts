/// <reference types="node" />
import { expect } from '@esm-bundle/chai';
import { readFileSync } from 'node:fs';
import { renderTimeline } from '../../src/static/render-timeline.js';

const monthly = readFileSync('stories/data/hadcrut5-global-monthly-anomaly.csv', 'utf8');

describe('renderTimeline', () => {
  it('draws a series from CSV with its band, line and axes, and says how to read it', () => {
    const chart = renderTimeline(monthly, { title: 'Global temperature', unit: '°C' });
    expect(chart.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(chart.svg).to.match(/<path class="band series-1/);
    expect(chart.svg).to.match(/<path class="series-line series-1"/);
    expect(chart.svg).to.contain('Lines show each series’ central figure, bands its range.');
    expect(chart.summary).to.match(/°C|1850/);
  });

  it('marks events given as an option or with JSON data', () => {
    const figures = [
      { date: '2022-02-24', value: 0, group: 'Refugees' },
      { date: '2022-03-30', value: 4_000_000, group: 'Refugees' },
    ];
    const fromOption = renderTimeline(figures, { annotations: [{ date: '2022-03-01', label: 'Corridors open' }] });
    const fromJson = renderTimeline(
      JSON.stringify({ estimates: figures, annotations: [{ date: '2022-03-01', label: 'Corridors open' }] }),
    );
    for (const chart of [fromOption, fromJson]) expect(chart.svg).to.contain('>Corridors open</text>');
  });

  it('reports rows without a date, as the element does', () => {
    const chart = renderTimeline([
      { label: 'A', value: 1 },
      { date: '2022-01-01', value: 2, group: 'S' },
    ]);
    expect(chart.problems.some((p) => p.row === 1 && p.field === 'date' && p.severity === 'error')).to.equal(true);
  });
});
