import { expect } from '@esm-bundle/chai';
import { layoutTicks, TICK_GAP } from '../../src/layout/axis-ticks.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { scaleValue } from '../../src/scales/value-scale.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const measure = approximateTextMeasurer(15);
const scaleOf = (low: number, high: number, range: [number, number]) =>
  scaleValue(validateEstimates([{ label: 'A', low, high }]).figures, range, { zero: 'never' });

describe('layoutTicks', () => {
  it(`layoutTicks keeps at least ${TICK_GAP} px between labels at any width`, () => {
    for (const width of [120, 300, 640, 960]) {
      const ticks = layoutTicks(scaleOf(0, 15000, [0, width]), measure, 'en', false);
      expect(ticks.length, `at ${width}`).to.be.at.least(1);
      for (let i = 1; i < ticks.length; i++) {
        const gap = ticks[i].x - ticks[i].width / 2 - (ticks[i - 1].x + ticks[i - 1].width / 2);
        expect(gap, `at ${width}`).to.be.at.least(TICK_GAP);
      }
    }
  });

  it('layoutTicks gives more ticks to a wider axis', () => {
    const narrow = layoutTicks(scaleOf(0, 15000, [0, 200]), measure, 'en', false);
    const wide = layoutTicks(scaleOf(0, 15000, [0, 900]), measure, 'en', false);
    expect(wide.length).to.be.greaterThan(narrow.length);
  });

  it('layoutTicks writes negatives with a true minus, even in the fallback of a very narrow axis', () => {
    const normal = layoutTicks(scaleOf(-10, 10, [0, 600]), measure, 'en', false);
    expect(normal.some((t) => t.text.startsWith('\u2212'))).to.equal(true);
    const tiny = layoutTicks(scaleOf(-1234567, -1000000, [0, 40]), measure, 'en', false);
    expect(tiny.every((t) => !t.text.startsWith('-'))).to.equal(true);
  });
});
