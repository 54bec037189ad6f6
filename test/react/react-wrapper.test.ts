/**
 * estimate-range/react in React 19, as an app uses it: client rendering, and hydration of server-rendered
 * HTML (where React 19 on its own skips a custom element's properties and `on…` handlers).
 */
import { expect } from '@esm-bundle/chai';
import { createElement, act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { EstimateRange, EstimateTimeline } from '../../src/react/index.js';
import type { EstimateRangeErrorEvent } from '../../src/events/estimate-range-error-event.js';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { drawn } from '../helpers/chart.js';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const withBadRow = [...seedDeaths, { label: 'A NATO official', low: 'abc', high: 15000, date: '2022-03-24' }];

function container(): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '640px';
  document.body.append(div);
  return div;
}

describe('estimate-range/react', () => {
  it('sets estimates and options as properties, and hands the error event to onEstimateRangeError', async () => {
    const events: EstimateRangeErrorEvent[] = [];
    const div = container();
    const root = createRoot(div);
    await act(async () =>
      root.render(
        createElement(EstimateRange, {
          estimates: withBadRow,
          agreement: true,
          unit: 'Russian troops killed',
          onEstimateRangeError: (e: EstimateRangeErrorEvent) => events.push(e),
        }),
      ),
    );
    const chart = div.querySelector('estimate-range') as EstimateChartElement;
    await drawn(chart);
    expect(chart.figures.map((f) => f.label)).to.deep.equal(['Ukrainian authorities', 'A NATO source']);
    expect(chart.hasAttribute('estimates')).to.equal(false);
    expect(chart.shadowRoot?.querySelectorAll('.row').length).to.equal(2);
    expect(events.map((e) => e.detail.issues.map((i) => [i.row, i.field]))).to.deep.equal([[[3, 'low']]]);
    await act(async () => root.unmount());
    div.remove();
  });

  it('draws after hydrating server-rendered HTML, with the handler attached', async () => {
    const events: EstimateRangeErrorEvent[] = [];
    const app = (onError?: (e: EstimateRangeErrorEvent) => void) =>
      createElement(EstimateTimeline, {
        estimates: [
          { date: '2022-03-01', value: 1, group: 'Refugees' },
          { date: '2022-03-10', value: 'x', group: 'Refugees' },
          { date: '2022-03-20', value: 3, group: 'Refugees' },
        ],
        onEstimateRangeError: onError,
      });
    const div = container();
    div.innerHTML = renderToString(app());
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(
        div,
        app((e) => events.push(e)),
      );
    });
    const chart = div.querySelector('estimate-timeline') as EstimateChartElement;
    await drawn(chart);
    expect(chart.figures.length).to.equal(2);
    expect(chart.shadowRoot?.querySelector('svg.plot')).to.not.equal(null);
    expect(events.map((e) => e.detail.issues[0]?.row)).to.deep.equal([2]);
    await act(async () => root?.unmount());
    div.remove();
  });
});
