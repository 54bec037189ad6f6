// A few thousand generated cases per property in every `npm test`; `npm run fuzz` runs 100,000+.
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { checkLayout, checkParseEstimate, checkRangesRoundTrip, checkReaders, checkValidation } from './properties.js';

// A fixed seed in `npm test`, so that CI is repeatable; `npm run fuzz` draws new cases every run.
fc.configureGlobal({ seed: 20261127 });

describe('fuzzing the figures contract', () => {
  it('parseEstimate never throws, and reads or rejects every string with a reason', () => {
    expect(() => checkParseEstimate(3000)).not.to.throw();
  });
  it('parseEstimate reads back any range and bound it is given', () => {
    expect(() => checkRangesRoundTrip(1000)).not.to.throw();
  });
  it('validateEstimates draws every row or names it in an error, never both', () => {
    expect(() => checkValidation(2000)).not.to.throw();
  });
  it('the CSV and JSON readers never throw on any text', () => {
    expect(() => checkReaders(2000)).not.to.throw();
  });
  it('the layouts give the same geometry twice, a row per valid figure, and no NaN', function () {
    this.timeout(30000);
    expect(() => checkLayout(300)).not.to.throw();
  });
});

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
      while (performance.now() - start < 2000 && chart.figures.length > 0 && !chart.shadowRoot?.querySelector('svg.plot')) await new Promise((r) => requestAnimationFrame(r));
      await chart.updateComplete;
      // Lit's comment markers carry no drawing; strip them before comparing.
      const out = (chart.shadowRoot?.querySelector('svg.plot')?.outerHTML ?? '').replace(/<!--[^>]*-->/g, '');
      chart.remove();
      return out;
    };
    const figure = fc.record({
      // A blank label is an error (tested elsewhere); here every figure is valid.
      label: fc.string({ minLength: 1, maxLength: 30 }).filter((l) => l.trim() !== ''),
      low: fc.integer({ min: -1000, max: 1000 }),
      span: fc.integer({ min: 0, max: 2000 }),
      group: fc.constantFrom(undefined, 'A', 'B'),
    }).map(({ label, low, span, group }) => ({ label, low, high: low + span, ...(group ? { group } : {}) }));
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
