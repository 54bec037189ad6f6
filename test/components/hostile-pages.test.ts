// Pages we do not control: charts in closed <details> and hidden tabs, moved between containers,
// sources that fail or hang, and a long live blog that must not leak.
import { expect } from '@esm-bundle/chai';
import { isChromium, until } from '../helpers/until.js';
import { html } from 'lit';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, drawn, mount, rows, shadow } from '../helpers/chart.js';
import type { EstimateRange } from '../../src/components/estimate-range.js';
import '../../src/estimate-range.js';

afterEach(cleanup);

describe('charts in hidden places', () => {
  it('draws inside a closed <details> at the width it will have, and keeps it when opened', async () => {
    const details = document.createElement('details');
    details.innerHTML = '<summary>Figures</summary><div style="width: 500px"><estimate-range></estimate-range></div>';
    document.body.append(details);
    try {
      const chart = details.querySelector('estimate-range') as EstimateRange;
      chart.estimates = seedDeaths;
      await chart.updateComplete;
      // A closed <details> still lays out its content (content-visibility: hidden), so the chart is
      // ready before the reader opens it. (Booleans only: chai hangs inspecting a live SVG node.)
      const width = () => Number(shadow(chart).querySelector('svg.plot')?.getAttribute('width') ?? 0);
      expect(width()).to.equal(500);
      details.open = true;
      await new Promise((r) => setTimeout(r, 100));
      expect(width()).to.equal(500);
      expect(rows(chart).length).to.equal(2);
    } finally {
      details.remove();
    }
  });

  it('draws when a hidden tab is shown, and after being moved to another container', async () => {
    const tab = document.createElement('div');
    tab.hidden = true;
    tab.style.width = '400px';
    const chart = document.createElement('estimate-range');
    chart.estimates = seedDeaths;
    tab.append(chart);
    document.body.append(tab);
    const other = document.createElement('div');
    other.style.width = '700px';
    document.body.append(other);
    try {
      await new Promise((r) => setTimeout(r, 50));
      tab.hidden = false;
      await until(
        () => Number(shadow(chart).querySelector('svg.plot')?.getAttribute('width')) === 400,
        'a 400 px chart',
      );
      other.append(chart);
      await until(
        () => Number(shadow(chart).querySelector('svg.plot')?.getAttribute('width')) === 700,
        'a 700 px chart',
      );
      expect(rows(chart).length).to.equal(2);
    } finally {
      tab.remove();
      other.remove();
    }
  });
});

describe('sources that fail over time', () => {
  it('reports a src that does not answer in time, and loads it again on refresh()', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      if (calls === 1) {
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      return original(input, init);
    }) as typeof fetch;
    try {
      const chart = await mount(
        html`<estimate-range src="/stories/data/seed-displaced.json" src-timeout="200"></estimate-range>`,
        600,
      );
      await until(() => chart.errors.some((e) => e.code === 'src-timeout'), 'the timeout report');
      // 200 ms: never "0 seconds".
      expect(shadow(chart).querySelector('[part="problems"]')?.textContent).to.contain(
        'did not answer within less than a second',
      );
      chart.refresh();
      await until(() => chart.figures.length === 2, 'the figures');
      await drawn(chart);
      expect(chart.errors).to.deep.equal([]);
      expect(rows(chart).length).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });
});

describe('no leaks', () => {
  const heap = async () => {
    const w = window as unknown as { gc: () => void; performance: { memory: { usedJSHeapSize: number } } };
    for (let i = 0; i < 3; i++) {
      w.gc();
      await new Promise((r) => setTimeout(r, 0));
    }
    return w.performance.memory.usedJSHeapSize;
  };

  it('leaves the heap flat after 1,000 charts are created, drawn and removed', async function () {
    if (!isChromium()) this.skip();
    this.timeout(240000);
    const container = document.createElement('div');
    container.style.width = '600px';
    document.body.append(container);
    const cycle = async () => {
      const chart = document.createElement('estimate-range');
      chart.estimates = seedDeaths;
      container.append(chart);
      await chart.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      chart.remove();
    };
    for (let i = 0; i < 100; i++) await cycle();
    const before = await heap();
    for (let i = 0; i < 1000; i++) await cycle();
    const after = await heap();
    container.remove();
    console.log(`heap before ${(before / 1e6).toFixed(2)} MB, after 1,000 cycles ${(after / 1e6).toFixed(2)} MB`);
    // A leak of even 1 KB per chart would add 1 MB.
    expect(after - before).to.be.below(1_000_000);
  });

  it('does not grow when one chart is updated every second for ten minutes (600 updates)', async function () {
    if (!isChromium()) this.skip();
    this.timeout(240000);
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 600);
    const update = async (i: number) => {
      chart.estimates = seedDeaths.map((f) => ({
        ...f,
        estimate: undefined,
        low: 7000 + (i % 50),
        high: 15000 + (i % 70),
      }));
      await chart.updateComplete;
    };
    for (let i = 0; i < 60; i++) await update(i);
    const before = await heap();
    for (let i = 0; i < 600; i++) await update(i);
    const after = await heap();
    console.log(`heap before ${(before / 1e6).toFixed(2)} MB, after 600 updates ${(after / 1e6).toFixed(2)} MB`);
    expect(after - before).to.be.below(500_000);
  });
});

describe('<estimate-timeline> on hostile pages', () => {
  it('shows sources, notes and events from the data as text, and links only http(s)', async () => {
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (m?: unknown) => void alerts.push(m);
    const evil = '<img src=x onerror="alert(1)">"><svg onload=alert(2)>{{7*7}}${alert(3)}';
    try {
      const chart = await mount(
        html`<estimate-timeline
          .estimates=${[
            { group: 'S', date: '2022-01-01', value: 1 },
            { group: 'S', date: '2022-02-01', value: 2 },
            { group: 'S', label: evil, date: '2022-01-15', value: 1.5, note: evil, url: 'javascript:alert(4)' },
          ]}
          .annotations=${[{ date: '2022-01-20', label: evil }]}
        ></estimate-timeline>`,
        600,
      );
      const root = chart.shadowRoot!;
      const svg = root.querySelector('svg.plot') as SVGSVGElement;
      svg.focus();
      await chart.updateComplete;
      for (let i = 0; i < 3; i++) svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await chart.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(root.querySelector('img, script, foreignObject')).to.equal(null);
      expect(root.querySelector('svg svg')).to.equal(null);
      expect(root.querySelector('.annotation-label')?.textContent).to.equal(evil);
      expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).not.to.include(
        'javascript:alert(4)',
      );
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = originalAlert;
    }
  });

  it("is not distorted by the page's CSS", async () => {
    const style = document.createElement('style');
    style.textContent = `svg { max-width: 100% !important; height: auto !important; } * { box-sizing: content-box; line-height: 4; letter-spacing: 3px; } text, path { font-size: 40px; stroke-width: 10px; }`;
    document.head.append(style);
    try {
      const chart = await mount(
        html`<estimate-timeline .estimates=${[
          { group: 'S', date: '2022-01-01', value: 1, low: 0, high: 2 },
          { group: 'S', date: '2022-03-01', value: 2, low: 1, high: 4 },
        ]}></estimate-timeline>`,
        500,
      );
      const svg = chart.shadowRoot!.querySelector('svg.plot') as SVGSVGElement;
      expect(Math.round(svg.getBoundingClientRect().width)).to.equal(500);
      expect(Number(svg.getAttribute('height'))).to.be.closeTo(svg.getBoundingClientRect().height, 0.5);
      expect(getComputedStyle(chart.shadowRoot!.querySelector('path.series-line')!).strokeWidth).to.equal('2.5px');
    } finally {
      style.remove();
    }
  });
});
