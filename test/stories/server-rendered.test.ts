/**
 * Every story rendered on the server (estimate-range/ssr, in Node, through a wtr command) into an
 * article page, then loaded as a reader's browser loads it:
 * - without JavaScript, the whole chart and its data table are there and fit the column;
 * - with the script at the end of the page, the chart takes the server's DOM over without changing
 *   one node of it (no redraw, no layout shift), and answers pointer, keyboard and "Show data" as a
 *   chart drawn in the browser does;
 * - laid out for another width than the reader's, it draws afresh once, at the reader's width.
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import { storyEntries } from '../../stories/all-stories.js';
import { joinRevisions } from '../../src/data/revisions.js';
import { cleanup, mount } from '../helpers/chart.js';
import { chartReady, closeFrames, frameWindow, nextFrames, openFrame } from '../helpers/frame.js';
import { serverChartOf } from '../helpers/story-input.js';
import { isChromium, until } from '../helpers/until.js';

const WIDTHS = [375, 960];

interface ServerPage {
  url: string;
  html: string;
  problems: unknown[];
  bytes: number;
}

/** The story's chart, rendered by the server for a page `width` px wide. */
async function serverPage(chart: EstimateChartElement, width: number, layoutWidth = width): Promise<ServerPage> {
  const options = await serverChartOf(chart, layoutWidth);
  return (await executeServerCommand('render-ssr', { chart: options, page: { width } })) as ServerPage;
}

function chartIn(frame: HTMLIFrameElement, tag: string): HTMLElement {
  const chart = frameWindow(frame).document.querySelector(tag);
  if (!(chart instanceof frameWindow(frame).HTMLElement)) throw new Error(`no <${tag}> in the page`);
  return chart;
}

function shadow(chart: Element): ShadowRoot {
  if (!chart.shadowRoot) throw new Error('the chart has no shadow root: the declarative shadow DOM was not parsed');
  return chart.shadowRoot;
}

/** Every text line of the plot: what a reader reads in the chart. */
function plotTexts(root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll('svg.plot text'), (t) => t.textContent ?? '');
}

async function tab(frame: HTMLIFrameElement, target: Element, key: string) {
  target.dispatchEvent(new (frameWindow(frame).KeyboardEvent)('keydown', { key, bubbles: true, composed: true }));
  await nextFrames(frame, 1);
}

describe('every story, rendered on the server', function () {
  this.timeout(60000);
  afterEach(() => {
    cleanup();
    closeFrames();
  });

  /** The rows a chart draws: a range chart's revised claim is one, its latest figure (data/revisions.ts). */
  const drawnRows = (chart: EstimateChartElement) =>
    chart.localName === 'estimate-range' && chart.getAttribute('revisions') !== 'separate'
      ? joinRevisions([...chart.figures]).length
      : chart.figures.length;

  for (const entry of storyEntries) {
    for (const width of WIDTHS) {
      it(`${entry.id} at ${width} px: the whole chart without JavaScript`, async function () {
        const story = await mount<EstimateChartElement>(entry.render(), width);
        const page = await serverPage(story, width);
        const frame = await openFrame(page.url, { width, scripts: false });
        const chart = chartIn(frame, story.localName);
        const root = shadow(chart);
        const drawn = story.shadowRoot?.querySelector('svg.plot');
        const plot = root.querySelector('svg.plot');
        expect(Boolean(plot), 'a plot, as in the browser').to.equal(Boolean(drawn));
        if (plot) {
          const box = plot.getBoundingClientRect();
          expect(box.width).to.be.greaterThan(0);
          expect(box.right, 'the plot fits the column').to.be.at.most(width + 0.5);
          expect(plotTexts(root).length).to.be.greaterThan(0);
        }
        const rows = Math.min(drawnRows(story), 500);
        expect(root.querySelectorAll('table tbody tr').length, 'every row in the table').to.equal(rows);
        if (rows) {
          const table = root.querySelector('table')!.getBoundingClientRect();
          expect(table.height, 'the table is shown').to.be.greaterThan(20);
          expect(root.querySelector('#summary')?.textContent?.trim(), 'the summary').to.not.equal('');
          const toggle = root.querySelector('.data-toggle');
          expect(toggle?.getBoundingClientRect().height ?? 0, '"Show data" needs script: not shown').to.equal(0);
        }
        const title = chart.querySelector('[slot="title"]');
        if (title) expect(title.getBoundingClientRect().height, 'the title is shown').to.be.greaterThan(0);
      });

      it(`${entry.id} at ${width} px: taken over without a change`, async function () {
        const story = await mount<EstimateChartElement>(entry.render(), width);
        const page = await serverPage(story, width);
        const frame = await openFrame(page.url, { width });
        const chart = await chartReady(frame, story.localName);
        const root = shadow(chart);
        const probe = frameWindow(frame).__ssr!;
        expect(probe.mutations, 'hydration changed the DOM').to.deep.equal([]);
        expect(probe.cls, `layout shift: ${probe.shifts.join('; ')}`).to.equal(0);
        const live = chart as unknown as EstimateChartElement;
        expect(live.figures.length).to.equal(story.figures.length);
        expect(live.issues.length, 'the problems the server reported').to.equal(page.problems.length);
        // What a screen reader is given is the browser-drawn chart's: each row's spoken name, the
        // figure's name and description (Chromium's accessibility tree).
        const names = (r: ParentNode) =>
          Array.from(r.querySelectorAll('.row[role="option"]'), (row) => row.getAttribute('aria-label'));
        expect(names(root)).to.deep.equal(names(story.shadowRoot!));
        if (isChromium()) {
          const named = (r: ParentNode) =>
            (r.querySelector('figure') as unknown as { computedName: string }).computedName;
          expect(named(root), 'the figure is named by its title').to.equal(named(story.shadowRoot!));
        }
        // "Show data" works: the table is shown, and hidden again.
        const toggle = root.querySelector<HTMLButtonElement>('.data-toggle');
        if (toggle) {
          toggle.click();
          await live.updateComplete;
          expect(toggle.getAttribute('aria-expanded')).to.equal('true');
          expect(root.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(20);
        }
        if (story.localName === 'estimate-range') {
          const rows = root.querySelectorAll<SVGGElement>('.row');
          if (rows.length > 1) {
            // Keyboard: a row takes focus without opening its details, Enter opens them, Down moves on.
            rows[0].focus();
            await live.updateComplete;
            expect(root.activeElement).to.equal(rows[0]);
            const details = () => root.querySelector<HTMLElement>('.tooltip')!;
            expect(details().hidden, 'no details box on focus').to.equal(true);
            await tab(frame, rows[0], 'Enter');
            await live.updateComplete;
            expect(details().hidden, 'the details box on Enter').to.equal(false);
            await tab(frame, rows[0], 'ArrowDown');
            await live.updateComplete;
            expect(root.activeElement?.closest('.row')?.getAttribute('data-index')).to.equal('1');
            // Pointer: hovering the first row again shows its details.
            rows[0].querySelector('.hit')!.dispatchEvent(
              new (frameWindow(frame).PointerEvent)('pointerover', {
                bubbles: true,
                composed: true,
                pointerType: 'mouse',
              }),
            );
            await live.updateComplete;
            const first = live.figures.find((f) => String(f.row) === rows[0].getAttribute('data-row'));
            expect(root.querySelector('.tooltip')?.getAttribute('aria-label')).to.equal(first?.label);
          }
        } else {
          const plot = root.querySelector<SVGSVGElement>('svg.plot');
          if (plot && root.querySelectorAll('.band, .series-line, .value').length) {
            plot.focus();
            await live.updateComplete;
            expect(root.querySelector('.crosshair'), 'the crosshair on focus').to.not.equal(null);
            const x = root.querySelector('.crosshair')!.getAttribute('x1');
            await tab(frame, plot, 'End');
            await live.updateComplete;
            const end = root.querySelector('.crosshair')!.getAttribute('x1');
            if (live.figures.length > 1) expect(end, 'End moves the crosshair').to.not.equal(x);
          }
        }
      });
    }
  }

  it('laid out for another width, draws once more at the reader’s', async function () {
    const entry = storyEntries.find((e) => e.id === 'seed-figures--all-seed-figures')!;
    const story = await mount<EstimateChartElement>(entry.render(), 375);
    const page = await serverPage(story, 375, 640);
    const frame = await openFrame(page.url, { width: 375 });
    const chart = await chartReady(frame, 'estimate-range');
    const root = shadow(chart);
    await until(() => root.querySelector('svg.plot')?.getAttribute('width') === '375', 'the chart drawn at 375 px');
    expect(frameWindow(frame).__ssr!.mutations.length, 'drawn afresh').to.be.greaterThan(0);
    expect(plotTexts(root)).to.deep.equal(plotTexts(story.shadowRoot!));
    expect(root.querySelectorAll('style').length, 'the styles stay').to.equal(1);
    expect(root.querySelectorAll('figure').length, 'one chart, not two').to.equal(1);
  });

  it('hydrates without a layout (Chromium trace)', async function () {
    if (!isChromium()) this.skip();
    const entry = storyEntries.find((e) => e.id === 'seed-figures--all-seed-figures')!;
    const story = await mount<EstimateChartElement>(entry.render(), 640);
    const layouts: number[] = [];
    // Laid out for the page's 640 px, then for 480: the script is loaded once the page has painted,
    // and the trace counts Layout events (boxes laid out), not style recalculations.
    for (const layoutWidth of [640, 480]) {
      const page = (await executeServerCommand('render-ssr', {
        chart: await serverChartOf(story, layoutWidth),
        page: { width: 640, script: false },
      })) as ServerPage;
      const frame = await openFrame(page.url, { width: 640 });
      await nextFrames(frame, 3);
      await executeServerCommand('layout-trace', 'start');
      // Imported from the page's own context, without a <script> element, which would change its DOM.
      void new (frameWindow(frame).Function)('return import("/dist/hydrate.js")')();
      await chartReady(frame, 'estimate-range');
      await nextFrames(frame, 3);
      const trace = (await executeServerCommand('layout-trace', 'stop')) as {
        layouts: number;
        boxLayouts: number;
        forced: unknown[];
      };
      layouts.push(trace.boxLayouts);
      if (trace.forced.length) console.log(JSON.stringify(trace.forced));
      closeFrames();
    }
    console.log(
      `layouts while hydrating: same width ${JSON.stringify(layouts[0])}, other width ${JSON.stringify(layouts[1])}`,
    );
    expect(layouts[1], 'a chart laid out afresh is seen in the trace').to.be.greaterThan(0);
    expect(layouts[0], 'no layout when the server laid the chart out for this width').to.equal(0);
  });
});
