import { expect } from '@esm-bundle/chai';
import { scaleValue, shouldIncludeZero } from '../../src/scales/value-scale.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const f = (e: object[]) => validateEstimates(e).figures;

describe('scaleValue', () => {
  it('shouldIncludeZero includes zero for counts near it, not for figures far from it', () => {
    expect(shouldIncludeZero([7000, 15000])).to.equal(true);
    expect(shouldIncludeZero([6, 8])).to.equal(true);
    expect(shouldIncludeZero([95, 105])).to.equal(false);
    expect(shouldIncludeZero([-0.7, 0.8])).to.equal(true);
    expect(shouldIncludeZero([95, 105], 'always')).to.equal(true);
    expect(shouldIncludeZero([7000, 15000], 'never')).to.equal(false);
  });

  it('scaleValue maps the nice domain onto the pixel range', () => {
    const x = scaleValue(f([{ label: 'a', low: 7000, high: 15000 }]), [100, 500]);
    expect(x.domain).to.deep.equal([0, 16000]);
    expect(x(0)).to.equal(100);
    expect(x(16000)).to.equal(500);
  });

  it('scaleValue gives an open range room to run on past its bound', () => {
    const x = scaleValue(f([{ label: 'a', estimate: 'at least 10,000' }]), [0, 100]);
    expect(x.domain[1]).to.be.greaterThan(10000);
  });

  it('scaleValue on a log scale copes with a low of 0 and ticks at powers of ten', () => {
    const x = scaleValue(
      f([
        { label: 'a', low: 0, high: 15000 },
        { label: 'b', value: 6 },
      ]),
      [0, 400],
      { type: 'log' },
    );
    expect(x.domain[0]).to.be.greaterThan(0);
    expect(Number.isFinite(x(0))).to.equal(true);
    expect(x(0)).to.equal(0);
    expect(x.ticks(6)).to.include.members([1, 10, 100, 1000, 10000]);
    expect(x.ticks(3)).to.include.members([1, 100, 10000]);
  });
});
