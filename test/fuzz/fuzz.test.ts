// A few thousand generated cases per property in every `npm test` (in the browsers and in Node);
// `npm run fuzz` runs 100,000+. The rendered charts are fuzzed in test/components/estimate-range.fuzz.test.ts.
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
