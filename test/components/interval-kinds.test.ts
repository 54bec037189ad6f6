import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import type { EstimateTimeline } from '../../src/components/estimate-timeline.js';
import { covidDeaths } from '../fixtures/covid-deaths.js';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, drawn, mount, mountStory, overlappingTexts, rowByLabel, shadow } from '../helpers/chart.js';

afterEach(cleanup);

const keyLabels = (chart: HTMLElement) =>
  Array.from(shadow(chart).querySelectorAll('svg.plot text.key-label'), (t) => t.textContent);

describe('the kind of each interval, named', () => {
  for (const width of [280, 375, 960]) {
    it(`interval="claimed range" draws a key of one bar that says so, with no text overlapping, at ${width} px`, async () => {
      const chart = await mount(
        html`<estimate-range interval="claimed range" .estimates=${seedDeaths}></estimate-range>`,
        width,
      );
      expect(keyLabels(chart)).to.deep.equal(['claimed range']);
      expect(overlappingTexts(chart)).to.deep.equal([]);
      expect(rowByLabel(chart, 'A NATO source').getAttribute('aria-label')).to.contain(
        'between 7,000 and 15,000 (claimed range)',
      );
    });
  }

  it('follows the attribute: named, then not', async () => {
    const chart = await mount(
      html`<estimate-range interval="claimed range" .estimates=${seedDeaths}></estimate-range>`,
    );
    chart.removeAttribute('interval');
    await drawn(chart);
    expect(keyLabels(chart)).to.deep.equal([]);
    expect(rowByLabel(chart, 'A NATO source').getAttribute('aria-label')).not.to.contain('claimed');
  });

  it('each row of mixed kinds says its own, in its name, its details, the table and the summary', async () => {
    const chart = await mount(html`<estimate-range .estimates=${covidDeaths}></estimate-range>`);
    const who = rowByLabel(chart, 'WHO: excess deaths');
    expect(who.getAttribute('aria-label')).to.contain('(95% confidence interval 13.3 million to 16.6 million)');
    expect(rowByLabel(chart, 'The Lancet: excess deaths').getAttribute('aria-label')).to.contain(
      '95% uncertainty interval',
    );
    const cells = Array.from(shadow(chart).querySelectorAll('table tbody tr td:first-of-type'), (c) => c.textContent);
    expect(cells[0]).to.contain('95% confidence interval');
    expect(chart.summary).to.contain('What the ranges are: 95% confidence interval (WHO: excess deaths)');
    who.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(shadow(chart).querySelector('.tooltip')!.textContent).to.contain('95% confidence interval');
  });

  it('a fan chart’s key names its bands as confidence intervals', async () => {
    const chart = await mountStory<EstimateTimeline>('timeline--fan-chart');
    const labels = Array.from(shadow(chart).querySelectorAll('svg.plot text.key-label'), (t) => t.textContent);
    expect(labels).to.deep.equal(['50% confidence interval', '80% confidence interval', '95% confidence interval']);
  });
});
