// "No layout is read during render": a Chromium performance trace of a drawn story being resized,
// given new figures, hovered and navigated by keyboard must hold no forced synchronous layout or
// style recalculation that our code caused. Two reads are by design and documented where they are
// made: the element's width when it connects (before the trace starts here; it buys a first frame with
// the chart drawn, see EstimateChartElement.connectedCallback) and focus() on a key press (below).
import { expect } from '@esm-bundle/chai';
import { isChromium } from '../helpers/until.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cleanup, mountStory, nextFrame, optionOf, rows, shadow } from '../helpers/chart.js';
import { seedCasualties, seedDeaths } from '../fixtures/seed-figures.js';
import { hadcrutFan } from '../fixtures/hadcrut-timeline.js';

afterEach(cleanup);

interface TraceResult {
  layouts: number;
  forced: { name: string; stack: string[] }[];
}

/** A layout forced on purpose from this file, so that the test shows the trace would catch one. */
function forceLayoutHere(): number {
  const probe = document.createElement('div');
  document.body.append(probe);
  const width = probe.offsetWidth;
  probe.remove();
  return width;
}

async function settle(chart: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await nextFrame();
  await chart.updateComplete;
  await nextFrame();
}

/**
 * Forced layouts read by the library's own code: the top frame of the stack is in src/. (With the
 * accessibility tree on, which the a11y tests leave on, Chromium may also update style while Lit
 * writes a text node; no code of ours reads anything there.) Moving keyboard focus is left out:
 * focus() lays out to scroll the row into view, as the browser's own Tab does, and the chart calls it
 * before re-rendering so that it meets the last frame's layout (EstimateRange.focusRow).
 */
function fromLibrary(result: TraceResult): string[] {
  return result.forced
    .filter((f) => f.stack[0]?.includes('/src/') && !f.stack[0].startsWith('focusRow '))
    .map((f) => `${f.name}: ${f.stack.slice(0, 4).join(' ← ')}`);
}

describe('no forced synchronous layout', () => {
  before(function () {
    if (!isChromium()) this.skip();
  });

  it('while a range chart is resized, given new figures, hovered and moved through by keyboard', async () => {
    const chart = await mountStory('seed-figures--all-seed-figures', 640);
    await executeServerCommand('layout-trace', 'start');
    forceLayoutHere();
    chart.parentElement!.style.width = '420px';
    await settle(chart);
    chart.parentElement!.style.width = '700px';
    await settle(chart);
    chart.estimates = [...seedDeaths, ...seedCasualties];
    await settle(chart);
    rows(chart)[1].dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    await settle(chart);
    optionOf(rows(chart)[0]).focus();
    await settle(chart);
    await sendKeys({ press: 'ArrowDown' });
    await settle(chart);
    const result = (await executeServerCommand('layout-trace', 'stop')) as TraceResult;
    // The trace saw the frames, and the layout this test forced on purpose.
    expect(result.layouts).to.be.greaterThan(3);
    expect(result.forced.some((f) => f.stack.some((frame) => frame.includes('layout-reads.test')))).to.equal(true);
    expect(fromLibrary(result)).to.deep.equal([]);
    expect(shadow(chart).activeElement).to.equal(optionOf(rows(chart)[1]));
  });

  it('while a timeline is resized, given new figures and its crosshair moved', async () => {
    const chart = await mountStory('timeline--fan-chart', 640);
    await executeServerCommand('layout-trace', 'start');
    forceLayoutHere();
    chart.parentElement!.style.width = '420px';
    await settle(chart);
    chart.estimates = hadcrutFan.slice(0, 60);
    await settle(chart);
    const plot = shadow(chart).querySelector('svg.plot') as SVGSVGElement;
    plot.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse', clientX: 200, clientY: 100 }),
    );
    await settle(chart);
    const result = (await executeServerCommand('layout-trace', 'stop')) as TraceResult;
    expect(result.layouts).to.be.greaterThan(2);
    expect(result.forced.some((f) => f.stack.some((frame) => frame.includes('layout-reads.test')))).to.equal(true);
    expect(fromLibrary(result)).to.deep.equal([]);
  });
});
