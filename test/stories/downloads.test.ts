/**
 * Every story's downloads, at a phone's width and a desktop's: the SVG is the chart at its width with
 * its rows (or series) and the text around it, and the PNG is that SVG painted at twice the size.
 */
import { expect } from '@esm-bundle/chai';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import type { EstimateRangeDownloadEvent } from '../../src/events/estimate-range-download-event.js';
import { storyEntries } from '../../stories/all-stories.js';
import { cleanup, mount } from '../helpers/chart.js';
import { slotTexts } from '../helpers/story-input.js';

const WIDTHS = [375, 960];

async function download(chart: EstimateChartElement, format: string): Promise<Blob> {
  await chart.updateComplete;
  const link = chart.shadowRoot!.querySelector<HTMLAnchorElement>(`[part="download"][data-format="${format}"]`);
  if (!link) throw new Error(`no ${format} download`);
  const made = new Promise<Blob>((resolve) =>
    chart.addEventListener(
      'estimate-range-download',
      (e: EstimateRangeDownloadEvent) => {
        e.preventDefault();
        resolve(e.detail.blob);
      },
      { once: true },
    ),
  );
  link.click();
  return made;
}

describe('every story downloads as an image', function () {
  this.timeout(30000);
  afterEach(cleanup);

  for (const entry of storyEntries) {
    for (const width of WIDTHS) {
      it(`${entry.id} at ${width} px`, async () => {
        const chart = await mount<EstimateChartElement>(entry.render(), width);
        // Only the figures that could be read are drawn, here as in the chart.
        if (!chart.figures.length) return;
        chart.setAttribute('downloads', 'png svg');
        const svgText = await (await download(chart, 'svg')).text();
        const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
        expect(svg.localName, 'a well-formed SVG').to.equal('svg');
        expect(Number(svg.getAttribute('width'))).to.equal(width + 32);
        const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? '');
        const title = slotTexts(chart, 'title')[0];
        if (title) expect(texts.join(' '), 'the title inside').to.contain(title.split(' ')[0]);
        // Rows are drawn as their labels, each tagged with its figure's row.
        const rowsIn = (root: ParentNode, plot: string) =>
          new Set(Array.from(root.querySelectorAll(`${plot} text.label[data-row]`), (t) => t.getAttribute('data-row')))
            .size;
        const live = rowsIn(chart.shadowRoot!, 'svg.plot');
        expect(rowsIn(svg, 'g.plot'), 'every row the chart draws').to.equal(live);
        const png = await createImageBitmap(await download(chart, 'png'));
        expect([png.width, png.height]).to.deep.equal([
          2 * Number(svg.getAttribute('width')),
          2 * Number(svg.getAttribute('height')),
        ]);
      });
    }
  }
});
