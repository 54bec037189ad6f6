/**
 * The server-rendering examples, loaded as a reader loads them: examples/ssr-node, run as its own
 * Node server (scripts/ssr-render-plugin.mjs starts it), and examples/eleventy, built by Eleventy
 * with Lit's plugin (`npm run build:examples`) and served as files. In each, the chart is in the first
 * HTML, stays put when the one-file hydration build takes it over, works without JavaScript, and
 * answers the keyboard after.
 */
import { expect } from '@esm-bundle/chai';
import { chartReady, closeFrames, frameWindow, openFrame } from '../helpers/frame.js';

const EXAMPLES = [
  { name: 'ssr-node', url: '/examples/ssr-node/' },
  { name: 'eleventy', url: '/examples/eleventy/_site/index.html' },
];
/** The seed figures (examples/static/seed-figures.csv, examples/eleventy/_data/seed.json): a row each. */
const ROWS = 8;

/**
 * The layout shifts of the chart's own content, from the page's buffered entries: a shift whose
 * moved nodes are all outside the chart's shadow root (the article's text as its web font arrives)
 * is the page's, not the chart's.
 */
async function chartShift(frame: HTMLIFrameElement, chart: Element): Promise<number> {
  const w = frameWindow(frame);
  type Shift = { value: number; sources?: { node?: Node }[] };
  return new Promise((resolve) => {
    const sum = (entries: Shift[]) =>
      entries
        .filter((e) => e.sources?.some((s) => s.node?.getRootNode() === chart.shadowRoot))
        .reduce((total, e) => total + e.value, 0);
    new w.PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(sum(list.getEntries() as unknown as Shift[]));
    }).observe({ type: 'layout-shift', buffered: true });
    // No entry at all: nothing shifted.
    setTimeout(() => resolve(0), 500);
  });
}

/** The plot as the server wrote it, from the page's HTML (the declarative shadow root's template). */
async function serverPlot(url: string): Promise<string> {
  const page = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
  const template = page.querySelector<HTMLTemplateElement>('estimate-range > template[shadowrootmode]');
  return withoutComments(template?.content.querySelector('svg.plot')?.outerHTML ?? '');
}

const withoutComments = (markup: string) => markup.replace(/<!--[^]*?-->/g, '');

for (const { name, url: URL } of EXAMPLES) {
  describe(`examples/${name}`, function () {
    this.timeout(30000);
    afterEach(closeFrames);

    it('serves the finished chart, taken over in place at the column width', async () => {
      const frame = await openFrame(URL, { width: 960 });
      const chart = await chartReady(frame, 'estimate-range');
      const root = chart.shadowRoot!;
      expect(root.querySelector('svg.plot')?.getAttribute('width')).to.equal('640');
      expect(root.querySelectorAll('.row').length).to.equal(ROWS);
      expect(await chartShift(frame, chart)).to.equal(0);
      // Taken over, not drawn again: the plot is the server's to the last attribute.
      expect(withoutComments(root.querySelector('svg.plot')!.outerHTML)).to.equal(await serverPlot(URL));
      const row = root.querySelector<SVGGElement>('.row')!;
      row.focus();
      await (chart as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(root.querySelector('.tooltip'), 'details on focus').to.not.equal(null);
    });

    it('draws once more for a phone', async () => {
      const frame = await openFrame(URL, { width: 375 });
      const chart = await chartReady(frame, 'estimate-range');
      expect(chart.shadowRoot!.querySelector('svg.plot')?.getAttribute('width')).to.equal('343');
    });

    it('shows the chart and its table without JavaScript', async () => {
      const frame = await openFrame(URL, { width: 375, scripts: false });
      const chart = frameWindow(frame).document.querySelector('estimate-range')!;
      const root = chart.shadowRoot!;
      const plot = root.querySelector('svg.plot')!.getBoundingClientRect();
      expect(plot.right).to.be.at.most(375);
      expect(root.querySelectorAll('table tbody tr').length).to.equal(ROWS);
      expect(root.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(100);
    });
  });
}
