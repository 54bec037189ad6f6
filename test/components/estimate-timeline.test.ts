import { expect } from '@esm-bundle/chai';
import { html, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { EstimateTimeline } from '../../src/components/estimate-timeline.js';
import type { SeriesPoint } from '../../src/data/figure.js';
import { refugees, internallyDisplaced, deathEstimates } from '../fixtures/ukraine-timeline.js';
import { cleanup, mount, mountStory, nextFrame, overlappingTexts, round, shadow } from '../helpers/chart.js';
import '../../src/estimate-timeline.js';

afterEach(cleanup);

const mountTimeline = (template: TemplateResult, width = 960) => mount<EstimateTimeline>(template, width);
const mountTimelineStory = (id: string, width = 960) => mountStory<EstimateTimeline>(id, width);

/** Reads a d3-shape path ("M x,y L x,y … Z") into its points. */
function pathPoints(d: string): Array<[number, number]> {
  return Array.from(d.matchAll(/[ML]\s*(-?[\d.e-]+)[ ,](-?[\d.e-]+)/g), (m) => [Number(m[1]), Number(m[2])]);
}

/** The y of a value read off the value axis's tick labels, and the x of a date from the data. */
function yOnAxis(chart: EstimateTimeline, value: number): number {
  const ticks = Array.from(shadow(chart).querySelectorAll('text.tick[text-anchor="end"]'), (t) => ({
    value: Number((t.textContent ?? '').replace(/,/g, '').replace('\u2212', '-')),
    y: Number(t.getAttribute('y')) - 4,
  })).filter((t) => Number.isFinite(t.value));
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

const band: SeriesPoint[] = [
  { group: 'Series', date: '2022-01-01', value: 10, low: 5, high: 15 },
  { group: 'Series', date: '2022-02-01', value: 12, low: 8, high: 20 },
  { group: 'Series', date: '2022-03-01', value: 11, low: 6, high: 14 },
  { group: 'Series', date: '2022-04-01', value: 13, low: 9, high: 18 },
];

describe('<estimate-timeline> geometry', () => {
  it('draws the band through the highs on top and the lows below, at each date', async () => {
    const chart = await mountTimeline(html`<estimate-timeline .estimates=${band}></estimate-timeline>`);
    const root = shadow(chart);
    const points = pathPoints(root.querySelector('path.band')!.getAttribute('d')!);
    // d3's area runs along the top (y1 = high) then back along the bottom (y0 = low).
    expect(points.length).to.equal(8);
    const xs = points.slice(0, 4).map((p) => p[0]);
    expect(xs[0]).to.be.below(xs[1]);
    band.forEach((f, i) => {
      const top = points.find(
        (p) => round(p[0]) === round(xs[i]) && Math.abs(p[1] - yOnAxis(chart, f.high as number)) < 0.6,
      );
      const bottom = points.find(
        (p) => round(p[0]) === round(xs[i]) && Math.abs(p[1] - yOnAxis(chart, f.low as number)) < 0.6,
      );
      expect(top, `high of ${f.date}`).to.not.equal(undefined);
      expect(bottom, `low of ${f.date}`).to.not.equal(undefined);
    });
    // Dates map linearly: 1 Jan → 1 Feb is 31 days, 1 Feb → 1 Mar 28.
    expect((xs[1] - xs[0]) / (xs[2] - xs[1])).to.be.closeTo(31 / 28, 0.01);
    const line = pathPoints(root.querySelector('path.series-line')!.getAttribute('d')!);
    line.forEach((p, i) => expect(p[1]).to.be.closeTo(yOnAxis(chart, band[i].value as number), 0.6));
  });

  it('leaves a gap where data are missing: no band or line across it', async () => {
    const gappy: SeriesPoint[] = [
      ...band,
      { group: 'Series', date: '2022-12-01', value: 10, low: 6, high: 14 },
      { group: 'Series', date: '2023-01-01', value: 11, low: 7, high: 16 },
    ];
    const chart = await mountTimeline(html`<estimate-timeline .estimates=${gappy}></estimate-timeline>`);
    const root = shadow(chart);
    const d = root.querySelector('path.band')!.getAttribute('d')!;
    const line = root.querySelector('path.series-line')!.getAttribute('d')!;
    // Two stretches: two moves in each path, none joining April to December.
    expect(d.match(/M/g)?.length).to.equal(2);
    expect(line.match(/M/g)?.length).to.equal(2);
  });

  it("marks each source's estimate at its date, ranges as vertical bars, and names the source", async () => {
    const chart = await mountTimelineStory('timeline--sources-over-months');
    const root = shadow(chart);
    const ranges = Array.from(root.querySelectorAll('line.source-range'));
    expect(ranges.length).to.equal(2);
    const nato = ranges[0];
    expect(Number(nato.getAttribute('y2'))).to.be.closeTo(yOnAxis(chart, 7000), 0.6);
    expect(Number(nato.getAttribute('y1'))).to.be.closeTo(yOnAxis(chart, 15000), 0.6);
    const names = Array.from(root.querySelectorAll('text.source-label'), (t) => t.textContent);
    expect(names).to.include('UK defence secretary');
    expect(root.querySelector('.annotation-label')?.textContent).to.equal('Invasion begins');
  });

  it('draws nested bands for nested intervals, the inner one stronger', async () => {
    const chart = await mountTimelineStory('timeline--fan-chart');
    const root = shadow(chart);
    const bands = Array.from(root.querySelectorAll('path.band'));
    expect(bands.length).to.equal(3);
    const opacity = (el: Element) => Number(getComputedStyle(el).fillOpacity);
    expect(opacity(bands[2])).to.be.greaterThan(opacity(bands[0]));
  });
});

describe('<estimate-timeline> text', () => {
  it('says under the plot how to read its lines and bands', async () => {
    const chart = await mountTimeline(html`<estimate-timeline .estimates=${refugees}></estimate-timeline>`);
    expect(shadow(chart).querySelector('[part="how-to-read"]')?.textContent).to.match(
      /^Lines show each series’ central figure, bands its range/,
    );
  });

  it("labels dates in the chart's locale, in UTC", async () => {
    const en = await mountTimeline(html`<estimate-timeline locale="en-GB" .estimates=${refugees}></estimate-timeline>`);
    const uk = await mountTimeline(html`<estimate-timeline locale="uk" .estimates=${refugees}></estimate-timeline>`);
    const ticks = (c: EstimateTimeline) =>
      Array.from(shadow(c).querySelectorAll('text.tick[text-anchor="middle"]'), (t) => t.textContent);
    expect(ticks(en)[0]).to.match(/2022/);
    expect(ticks(en).join(' ')).to.match(/Mar/);
    expect(ticks(uk).join(' ')).to.match(/бер/);
  });

  for (const width of [280, 375, 960]) {
    for (const id of [
      'timeline--two-series',
      'timeline--sources-over-months',
      'timeline--fan-chart',
      'timeline--refugees',
    ]) {
      it(`draws no overlapping text in ${id} at ${width} px`, async () => {
        const chart = await mountTimelineStory(id, width);
        expect(overlappingTexts(chart)).to.deep.equal([]);
        const host = chart.getBoundingClientRect();
        for (const t of shadow(chart).querySelectorAll('svg.plot text')) {
          const b = t.getBoundingClientRect();
          expect(b.right, t.textContent ?? '').to.be.at.most(host.right + 1.5);
          expect(b.left, t.textContent ?? '').to.be.at.least(host.left - 1.5);
        }
      });
    }
  }

  it('labels series directly when the labels fit, and with a legend when they do not', async () => {
    const wide = await mountTimeline(
      html`<estimate-timeline .estimates=${[...refugees, ...internallyDisplaced]}></estimate-timeline>`,
      960,
    );
    expect(Array.from(shadow(wide).querySelectorAll('text.direct-label'), (t) => t.textContent)).to.have.members([
      'Refugees from Ukraine',
      'Displaced within Ukraine',
    ]);
    const narrow = await mountTimeline(
      html`<estimate-timeline .estimates=${[...refugees, ...internallyDisplaced]}></estimate-timeline>`,
      320,
    );
    expect(shadow(narrow).querySelectorAll('text.direct-label').length).to.equal(0);
    expect(Array.from(shadow(narrow).querySelectorAll('text.legend-label'), (t) => t.textContent)).to.have.members([
      'Refugees from Ukraine',
      'Displaced within Ukraine',
    ]);
  });

  it("says each series' trend in its summary", async () => {
    const chart = await mountTimeline(
      html`<estimate-timeline locale="en-GB" .estimates=${[...refugees, ...deathEstimates]}></estimate-timeline>`,
    );
    expect(chart.summary).to.contain(
      'Refugees from Ukraine rose from 0 on 24 February 2022 to 4 million on 30 March 2022.',
    );
    expect(chart.summary).to.contain('5 estimates from named sources are marked on the chart.');
  });

  it('requires a date on every figure and says so', async () => {
    const chart = await mountTimeline(
      html`<estimate-timeline .estimates=${[{ group: 'S', value: 1 }, ...band]}></estimate-timeline>`,
    );
    expect(chart.errors.map((e) => [e.row, e.field, e.code])).to.deep.equal([[1, 'date', 'no-date']]);
  });
});

describe('<estimate-timeline> crosshair', () => {
  it('reads every series at a date with the keyboard, and says it as the slider’s value', async () => {
    const chart = await mountTimeline(
      html`<estimate-timeline locale="en-GB" .estimates=${[...refugees, ...internallyDisplaced]}></estimate-timeline>`,
    );
    const root = shadow(chart);
    (root.querySelector('svg.plot') as SVGSVGElement).focus();
    await chart.updateComplete;
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
    await chart.updateComplete;
    await nextFrame();
    // Columns: 24 Feb, 3 Mar, 8 Mar, 15 Mar, 16 Mar …: four steps right is 16 March (IOM round 1).
    const tooltip = root.querySelector('.tooltip') as HTMLElement;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.contain('16 March 2022');
    expect(tooltip.textContent).to.contain('Displaced within Ukraine: 6.48 million');
    const slider = root.querySelector('svg.plot')!;
    expect(slider.getAttribute('role')).to.equal('slider');
    expect(slider.getAttribute('aria-valuetext')).to.equal('16 March 2022: Displaced within Ukraine: 6.48 million');
    expect(slider.getAttribute('aria-valuenow')).to.equal('4');
    expect(Number(root.querySelector('line.crosshair')!.getAttribute('x1'))).to.be.greaterThan(0);
    await sendKeys({ press: 'End' });
    await chart.updateComplete;
    expect(root.querySelector('.tooltip')?.textContent).to.contain('3 May 2022');
    await sendKeys({ press: 'Escape' });
    await chart.updateComplete;
    expect((root.querySelector('.tooltip') as HTMLElement).hidden).to.equal(true);
  });

  it('says the first date on focus, and steps between series with Up and Down, and back', async () => {
    const chart = await mountTimeline(
      html`<estimate-timeline locale="en-GB" .estimates=${[...refugees, ...internallyDisplaced]}></estimate-timeline>`,
    );
    const root = shadow(chart);
    const value = () => root.querySelector('svg.plot')?.getAttribute('aria-valuetext') ?? '';
    (root.querySelector('svg.plot') as SVGSVGElement).focus();
    await chart.updateComplete;
    expect(value()).to.match(/^24 February 2022: Refugees from Ukraine: /);
    // Down: the second series (people displaced within Ukraine) at its date nearest 24 February.
    await sendKeys({ press: 'ArrowDown' });
    await chart.updateComplete;
    expect(value()).to.match(/^16 March 2022: /);
    expect(value()).to.contain('Displaced within Ukraine: 6.48 million');
    expect(chart.activeFigures.map((f) => f.group)).to.include('Displaced within Ukraine');
    // Up: back to the refugees on the date Down started from, not on the refugees' date nearest 16 March.
    await sendKeys({ press: 'ArrowUp' });
    await chart.updateComplete;
    expect(chart.activeFigures.map((f) => f.group)).to.include('Refugees from Ukraine');
    expect(value()).to.match(/^24 February 2022: /);
    // From a date chosen with Right, Down and Up come back to it too.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await chart.updateComplete;
    const chosen = value().split(':')[0];
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await chart.updateComplete;
    expect(value().split(':')[0]).to.equal(chosen);
  });

  it('follows the pointer to the nearest date', async () => {
    const chart = await mountTimeline(
      html`<estimate-timeline locale="en-GB" .estimates=${refugees}></estimate-timeline>`,
    );
    const root = shadow(chart);
    const svgEl = root.querySelector('svg.plot') as SVGSVGElement;
    const line = pathPoints(root.querySelector('path.series-line')!.getAttribute('d')!);
    const box = svgEl.getBoundingClientRect();
    svgEl.dispatchEvent(
      new PointerEvent('pointermove', {
        clientX: box.left + line[2][0] + 3,
        clientY: box.top + 100,
        bubbles: true,
        pointerType: 'mouse',
      }),
    );
    await chart.updateComplete;
    expect(chart.activeFigures.map((f) => f.value)).to.deep.equal([2000000]);
    expect(root.querySelector('.tooltip')?.textContent).to.contain('8 March 2022');
  });
});

describe('<estimate-timeline> events', () => {
  it('takes events from JSON data, the property and <time> children, and keeps their labels apart', async () => {
    const json = JSON.stringify({
      estimates: refugees,
      annotations: [{ date: '2022-03-16', label: 'IOM survey round 1' }],
    });
    const chart = await mountTimeline(
      html`<estimate-timeline .annotations=${[{ date: '2022-03-03', label: 'One million' }]}>
      <script type="application/json">${json}</script>
      <time datetime="2022-02-24">Invasion begins</time>
    </estimate-timeline>`,
      375,
    );
    const labels = Array.from(shadow(chart).querySelectorAll('.annotation-label'));
    expect(labels.map((l) => l.textContent)).to.have.members(['Invasion begins', 'One million', 'IOM survey round 1']);
    expect(overlappingTexts(chart)).to.deep.equal([]);
  });
});
