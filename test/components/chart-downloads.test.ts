// The downloads under a chart (`downloads="png svg csv"`): which links there are, and the files a
// reader takes away: the SVG the static renderer draws, with the title and sources inside, and a
// PNG of it whose pixels are where the chart's marks are.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, mount, shadow } from '../helpers/chart.js';
import type { EstimateRangeDownloadEvent } from '../../src/events/estimate-range-download-event.js';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import '../../src/estimate-timeline.js';

afterEach(cleanup);

const links = (chart: HTMLElement) =>
  Array.from(shadow(chart).querySelectorAll<HTMLAnchorElement>('[part="download"]'), (a) => a.textContent?.trim());

/** Clicks a download and resolves with its event, the save itself cancelled. */
async function download(chart: HTMLElement, format: string): Promise<EstimateRangeDownloadEvent> {
  const link = shadow(chart).querySelector<HTMLAnchorElement>(`[part="download"][data-format="${format}"]`)!;
  const event = new Promise<EstimateRangeDownloadEvent>((resolve) =>
    chart.addEventListener(
      'estimate-range-download',
      (e) => {
        e.preventDefault();
        resolve(e);
      },
      { once: true },
    ),
  );
  link.click();
  return event;
}

const chartOf = (downloads?: string) =>
  html`<estimate-range .estimates=${seedDeaths} downloads=${downloads ?? ''} unit="Russian troops killed" agreement>
    <span slot="title">How many Russian troops had been killed?</span>
    <span slot="source">Sources: Ukrainian authorities; a NATO source</span>
  </estimate-range>`;

describe('downloads', () => {
  it('offers the CSV alone by default, what `downloads` lists, or nothing for "none"', async () => {
    const plain = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 640);
    expect(links(plain)).to.deep.equal(['Download data (CSV)']);
    const all = await mount(chartOf('svg csv png'), 640);
    expect(links(all)).to.deep.equal(['Download image (PNG)', 'Download image (SVG)', 'Download data (CSV)']);
    const none = await mount(chartOf('none'), 640);
    expect(links(none)).to.deep.equal([]);
  });

  it('the SVG is the chart at its width, with its title, figures and sources inside', async () => {
    const chart = await mount(chartOf('svg'), 640);
    const { detail } = await download(chart, 'svg');
    expect(detail.format).to.equal('svg');
    expect(detail.filename).to.equal('how-many-russian-troops-had-been-killed.svg');
    expect(detail.blob.type).to.equal('image/svg+xml');
    const svg = new DOMParser().parseFromString(await detail.blob.text(), 'image/svg+xml').documentElement;
    expect(svg.getAttribute('width')).to.equal(String(640 + 32));
    const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).to.include('How many Russian troops had been killed?');
    expect(texts).to.include('Sources: Ukrainian authorities; a NATO source');
    for (const f of seedDeaths) expect(texts).to.include(f.label);
    const rowsDrawn = new Set(
      Array.from(svg.querySelectorAll('text.label[data-row]'), (t) => t.getAttribute('data-row')),
    );
    expect(rowsDrawn.size).to.equal(seedDeaths.length);
  });

  it('the SVG reads the figures as the chart does, and names their kind of interval as it does', async () => {
    const chart = await mount(
      html`<estimate-range locale="uk" number-locale="en" interval="claimed range" downloads="svg"
        .estimates=${[
          { label: 'A', estimate: '7,000 to 15,000' },
          { label: 'B', estimate: '10,000' },
        ]}></estimate-range>`,
      640,
    );
    const { detail } = await download(chart, 'svg');
    const svg = new DOMParser().parseFromString(await detail.blob.text(), 'image/svg+xml').documentElement;
    const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
    // Read as English writes numbers: seven thousand, not seven; the key names the claimed range in Ukrainian.
    expect(texts.some((t) => /7\s000/.test(t ?? ''))).to.equal(true);
    expect(texts).to.include('заявлений діапазон');
  });

  it('the PNG is that SVG painted: the first bar is where the SVG puts it, in its colour', async () => {
    const chart = await mount(chartOf('png svg'), 640);
    const svgText = await (await download(chart, 'svg')).detail.blob.text();
    const { detail } = await download(chart, 'png');
    expect(detail.blob.type).to.equal('image/png');
    const image = await createImageBitmap(detail.blob);
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    // Drawn at twice the CSS size, for sharp text on phones and in print.
    expect(image.width).to.equal(2 * Number(svg.getAttribute('width')));
    expect(image.height).to.equal(2 * Number(svg.getAttribute('height')));
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const plot = /translate\(([\d.]+) ([\d.]+)\)/.exec(svg.querySelector('g.plot')!.getAttribute('transform')!)!;
    // The first bar's outline starts at the top of its left cap ("M x,y h … a rx,ry …"): one radius
    // below that point is inside the bar.
    const [, mx, my, ry] = /^M([\d.]+),([\d.]+)h[\d.]+a[\d.]+,([\d.]+)/
      .exec(svg.querySelector('g.plot path.interval')!.getAttribute('d')!)!
      .map(Number);
    const x = Number(plot[1]) + mx;
    const y = Number(plot[2]) + my + ry;
    const [r, g, b] = ctx.getImageData(Math.round(2 * x), Math.round(2 * y), 1, 1).data;
    // The interval colour, #1d5a8e.
    expect([r, g, b]).to.satisfy(
      (c: number[]) => Math.abs(c[0] - 0x1d) + Math.abs(c[1] - 0x5a) + Math.abs(c[2] - 0x8e) < 12,
    );
    // And white where nothing is drawn (the top-left margin).
    expect(Array.from(ctx.getImageData(4, 4, 1, 1).data)).to.deep.equal([255, 255, 255, 255]);
    // The title is painted: dark pixels along its line.
    const title = svg.querySelector('g.header text')!;
    const row = ctx.getImageData(0, Math.round(2 * (Number(title.getAttribute('y')) - 6)), canvas.width, 1).data;
    let dark = 0;
    for (let i = 0; i < row.length; i += 4) if (row[i] < 100) dark++;
    expect(dark, 'dark pixels across the title').to.be.greaterThan(20);
  });

  it('a timeline downloads as an image too', async () => {
    const points = ['2022-03-01', '2022-03-08', '2022-03-15'].map((date, i) => ({
      date,
      value: 1e6 * (i + 1),
      low: 0.9e6 * (i + 1),
      high: 1.1e6 * (i + 1),
    }));
    const chart = await mount<EstimateChartElement>(
      html`<estimate-timeline .estimates=${points} downloads="svg" unit="people"></estimate-timeline>`,
      480,
    );
    const { detail } = await download(chart, 'svg');
    const svg = new DOMParser().parseFromString(await detail.blob.text(), 'image/svg+xml').documentElement;
    expect(svg.getAttribute('width')).to.equal(String(480 + 32));
    expect(svg.querySelectorAll('path').length).to.be.greaterThan(0);
    expect(detail.filename).to.equal('chart.svg');
  });
});
