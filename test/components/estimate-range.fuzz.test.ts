// Generated figures drawn by the element: the same SVG twice, and a row for each figure.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261127 });

describe('fuzzing the rendered charts', () => {
  it('draws the same SVG twice for the same generated figures', async function () {
    this.timeout(60000);
    await import('../../src/estimate-range.js');
    const container = document.createElement('div');
    container.style.width = '500px';
    document.body.append(container);
    const svgOf = async (figures: unknown[]) => {
      const chart = document.createElement('estimate-range');
      chart.estimates = figures as never;
      container.append(chart);
      const start = performance.now();
      while (
        performance.now() - start < 2000 &&
        chart.figures.length > 0 &&
        !chart.shadowRoot?.querySelector('svg.plot')
      )
        await new Promise((r) => requestAnimationFrame(r));
      await chart.updateComplete;
      // Lit's comment markers carry no drawing; strip them before comparing.
      const out = (chart.shadowRoot?.querySelector('svg.plot')?.outerHTML ?? '').replace(/<!--[^>]*-->/g, '');
      chart.remove();
      return out;
    };
    const figure = fc
      .record({
        // A blank label is an error (tested elsewhere); here every figure is valid.
        label: fc.string({ minLength: 1, maxLength: 30 }).filter((l) => l.trim() !== ''),
        low: fc.integer({ min: -1000, max: 1000 }),
        span: fc.integer({ min: 0, max: 2000 }),
        group: fc.constantFrom(undefined, 'A', 'B'),
      })
      .map(({ label, low, span, group }) => ({ label, low, high: low + span, ...(group ? { group } : {}) }));
    await fc.assert(
      fc.asyncProperty(fc.array(figure, { minLength: 1, maxLength: 6 }), async (figures) => {
        const a = await svgOf(figures);
        const b = await svgOf(figures);
        return a !== '' && a === b && (a.match(/class="row/g)?.length ?? 0) === figures.length;
      }),
      { numRuns: 40 },
    );
    container.remove();
  });
});
