import { expect } from '@esm-bundle/chai';
import { agreementRange } from '../../src/data/agreement-range.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedDeaths } from '../fixtures/seed-figures.js';

describe('agreementRange', () => {
  it('agreementRange(seed deaths) is 10,000–15,000, where both sources agree', () => {
    expect(agreementRange(validateEstimates(seedDeaths).figures)).to.deep.equal([10000, 15000]);
  });

  it('agreementRange is undefined for ranges that do not all overlap, for points and for one figure', () => {
    const f = (e: object[]) => validateEstimates(e).figures;
    expect(
      agreementRange(
        f([
          { label: 'a', low: 1, high: 2 },
          { label: 'b', low: 3, high: 4 },
        ]),
      ),
    ).to.equal(undefined);
    expect(
      agreementRange(
        f([
          { label: 'a', low: 1, high: 5 },
          { label: 'b', value: 3 },
        ]),
      ),
    ).to.equal(undefined);
    expect(agreementRange(f([{ label: 'a', low: 1, high: 5 }]))).to.equal(undefined);
  });

  it('agreementRange takes an open range as reaching on', () => {
    const f = validateEstimates([
      { label: 'a', estimate: 'at least 7,000' },
      { label: 'b', estimate: '10-15,000' },
    ]).figures;
    expect(agreementRange(f)).to.deep.equal([10000, 15000]);
  });
});
